// Voice message recorded in the browser (MediaRecorder). The recording stays in
// memory only: never in storage, never sent except encrypted with the report.
// The microphone is released as soon as the recording stops.

import { pageLang } from "./ui.js";

const PREFERRED = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/mp4"];
const BITS_PER_SECOND = 32000; // speech: about 4 KB a second

export function voiceSupported() {
  return Boolean(
    globalThis.MediaRecorder && globalThis.navigator && navigator.mediaDevices && navigator.mediaDevices.getUserMedia,
  );
}

function pickType() {
  const MR = globalThis.MediaRecorder;
  if (typeof MR.isTypeSupported !== "function") return "";
  return PREFERRED.find((t) => MR.isTypeSupported(t)) || "";
}

/**
 * Starts recording from the microphone (asks for permission). Resolves to
 * {stop, cancel, seconds}: stop() resolves to {bytes, type, seconds}; cancel()
 * drops everything. `maxSeconds` stops the recording by itself (onLimit is
 * called then, with the same result as stop()).
 */
export async function startRecording({ maxSeconds = 900, onLimit } = {}) {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  const type = pickType();
  let recorder;
  try {
    recorder = new MediaRecorder(stream, type ? { mimeType: type, audioBitsPerSecond: BITS_PER_SECOND } : { audioBitsPerSecond: BITS_PER_SECOND });
  } catch (err) {
    stream.getTracks().forEach((tr) => tr.stop());
    throw err;
  }
  let chunks = [];
  const started = performance.now();
  const release = () => stream.getTracks().forEach((tr) => tr.stop());
  recorder.ondataavailable = (e) => {
    if (e.data && e.data.size) chunks.push(e.data);
  };
  const stopped = new Promise((resolve) => {
    recorder.onstop = resolve;
    recorder.onerror = resolve;
  });
  recorder.start(1000);

  let result = null;
  const stop = async () => {
    if (result) return result;
    result = (async () => {
      const seconds = (performance.now() - started) / 1000;
      if (recorder.state !== "inactive") recorder.stop();
      await stopped;
      release();
      const blob = new Blob(chunks, { type: recorder.mimeType || type || "audio/webm" });
      chunks = [];
      return { bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type || "audio/webm", seconds };
    })();
    return result;
  };
  const limit = setTimeout(async () => {
    const r = await stop();
    if (onLimit) onLimit(r);
  }, maxSeconds * 1000);
  return {
    stop: () => {
      clearTimeout(limit);
      return stop();
    },
    cancel: () => {
      clearTimeout(limit);
      chunks = [];
      recorder.ondataavailable = null;
      if (recorder.state !== "inactive") recorder.stop();
      release();
    },
    seconds: () => (performance.now() - started) / 1000,
  };
}

/** "m:ss" in the page language's digits, as file sizes are (shown left to right). */
export function formatDuration(seconds, lang = pageLang()) {
  const s = Math.max(0, Math.floor(seconds));
  try {
    const whole = new Intl.NumberFormat(lang, { useGrouping: false });
    const two = new Intl.NumberFormat(lang, { minimumIntegerDigits: 2, useGrouping: false });
    return `${whole.format(Math.floor(s / 60))}:${two.format(s % 60)}`;
  } catch {
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  }
}
