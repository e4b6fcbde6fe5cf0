// Files that go with a report or a reporter message: photos (cleaned of
// location and camera details unless the reporter keeps them), documents, and a
// voice recording. Everything stays in memory; each file is encrypted on its
// own, to the same keys as the text (docs/crypto.md §2, "Attachments").
//
// The markup is in the templates (a <fieldset class="attach"> with data-attach
// parts); this module fills the list with textContent only.

import { DEFAULT_LIMITS, getDirectory } from "./api.js";
import { attachmentCiphertextLength, encryptAttachment, sha256Hex, toBase64 } from "./crypto.js";
import { cleanPhoto } from "./exif.js";
import { byId, el, pageLang, say, t } from "./ui.js";
import { formatDuration, startRecording, voiceSupported } from "./voice.js";

const VOICE_NAME = "voice-message";
const VOICE_EXT = { "audio/webm": ".webm", "audio/ogg": ".ogg", "audio/mp4": ".m4a" };
// Recipients are not known before sending; a generous guess for the header.
const RECIPIENTS_GUESS = 16;

/** An error whose text is ready for the reporter (a js- id and a value). */
export class AttachmentError extends Error {
  constructor(id, value = "") {
    super(id);
    this.name = "AttachmentError";
    this.id = id;
    this.value = value;
  }
  get text() {
    return this.value ? `${t(this.id)} ${this.value}` : t(this.id);
  }
}

/** "183 KB", "4.2 MB", in the page's number format and units. */
export function formatSize(bytes) {
  const lang = pageLang();
  const mb = bytes / (1024 * 1024);
  try {
    if (mb >= 1) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(mb)} ${t("js-unit-mb")}`;
    return `${new Intl.NumberFormat(lang).format(Math.max(1, Math.ceil(bytes / 1024)))} ${t("js-unit-kb")}`;
  } catch {
    return mb >= 1 ? `${mb.toFixed(1)} ${t("js-unit-mb")}` : `${Math.ceil(bytes / 1024)} ${t("js-unit-kb")}`;
  }
}

/**
 * The server's limits applied to a list of sizes, before anything is
 * encrypted. Throws AttachmentError; `recipients` is the size of the key set.
 */
export function checkLimits(sizes, limits = DEFAULT_LIMITS, recipients = RECIPIENTS_GUESS) {
  if (sizes.length > limits.maxAttachments) {
    throw new AttachmentError("js-attach-error-too-many", new Intl.NumberFormat(pageLang()).format(limits.maxAttachments));
  }
  let total = 0;
  for (const size of sizes) {
    const c = attachmentCiphertextLength(size, recipients);
    if (c > limits.maxAttachmentBytes) {
      throw new AttachmentError("js-attach-error-too-large", formatSize(largestFitting(limits.maxAttachmentBytes, recipients)));
    }
    total += c;
  }
  if (total > limits.maxMessageAttachmentBytes) {
    throw new AttachmentError("js-attach-error-total", formatSize(largestFitting(limits.maxMessageAttachmentBytes, recipients)));
  }
}

/** Largest file size whose encrypted form fits in `bytes` (whole 64 KiB blocks). */
function largestFitting(bytes, recipients) {
  const blocks = Math.floor((bytes - attachmentCiphertextLength(0, recipients) + 65552) / 65552);
  return Math.max(0, blocks) * 65536;
}

const extOf = (type) => VOICE_EXT[type.split(";")[0].trim()] || ".webm";

/**
 * Wires one attachment area. `root` is the <fieldset class="attach">; the
 * form's own fieldset disables it while sending.
 */
export function createAttachments(root, { getLimits = () => DEFAULT_LIMITS } = {}) {
  const part = (name) => root.querySelector(`[data-attach="${name}"]`);
  const list = part("list");
  const status = part("status");
  const photoInput = part("photo-input");
  const fileInput = part("file-input");
  const voiceStart = part("voice-start");
  const voicePanel = part("voice-panel");
  const voiceTime = part("voice-time");
  const voiceStop = part("voice-stop");
  const prefix = root.id || "attach";

  let items = [];
  let nextId = 1;
  let version = 0;
  let recording = null;
  let ticker = null;
  let onChange = () => {};

  const changed = () => {
    version += 1;
    onChange();
  };

  const sizesWith = (extra) => [...items.map((it) => current(it).bytes.length), ...extra];

  /** What is sent for an item: bytes, kind and the metadata flag. */
  function current(it) {
    if (it.source === "photo") {
      return it.keep
        ? { bytes: it.original, kind: "photo", removed: false }
        : { bytes: it.cleaned, kind: "photo", removed: true };
    }
    if (it.source === "image") return { bytes: it.original, kind: it.asPhoto ? "photo" : "document", removed: false };
    return { bytes: it.original, kind: it.source, removed: false };
  }

  function forget(it) {
    if (it.url) URL.revokeObjectURL(it.url);
    it.url = null;
    for (const b of [it.original, it.cleaned]) if (b && b.buffer && b.byteLength) b.fill(0);
    it.original = it.cleaned = null;
  }

  function remove(it, focusAfter = true) {
    items = items.filter((x) => x !== it);
    forget(it);
    render();
    changed();
    if (focusAfter) (voiceStart && !voiceStart.hidden ? voiceStart : part("photo-button"))?.focus();
  }

  function checkbox(it, key, labelId, hintId) {
    const box = el("div", "field-check attach-check");
    const input = el("input");
    input.type = "checkbox";
    input.id = `${prefix}-${key}-${it.id}`;
    input.checked = key === "keep" ? it.keep : it.asPhoto;
    const label = el("label", null, t(labelId));
    label.htmlFor = input.id;
    box.append(input, label);
    if (hintId) {
      const hint = el("p", "hint", t(hintId));
      hint.id = `${input.id}-hint`;
      input.setAttribute("aria-describedby", hint.id);
      box.append(hint);
    }
    input.addEventListener("change", () => {
      if (key === "keep") it.keep = input.checked;
      else it.asPhoto = input.checked;
      try {
        checkLimits(sizesWith([]), getLimits());
        say(status, "", "info");
      } catch (err) {
        // Keeping the original may make it larger than allowed: undo.
        if (!(err instanceof AttachmentError)) throw err;
        if (key === "keep") it.keep = input.checked = false;
        say(status, err.text, "error");
      }
      render(input.id);
      changed();
    });
    return box;
  }

  function render(focusId) {
    const nodes = items.map((it) => {
      const now = current(it);
      const li = el("li", "attach-item");
      li.dataset.kind = now.kind;
      if (it.url && it.source === "photo") {
        const img = el("img", "attach-thumb");
        img.src = it.url;
        img.alt = "";
        li.append(img);
      }
      const info = el("p", "attach-info");
      const kindLabel = { photo: "js-attach-kind-photo", document: "js-attach-kind-document", voice: "js-attach-kind-voice" }[now.kind];
      info.append(el("strong", null, t(kindLabel)), " ");
      if (it.source === "voice") {
        const d = el("span", "attach-duration", formatDuration(it.seconds));
        d.dir = "ltr";
        info.append(d);
      } else {
        const name = el("span", "attach-name", it.name);
        name.dir = "auto";
        info.append(name);
      }
      info.append(" ", el("span", "attach-size", `(${formatSize(now.bytes.length)})`));
      li.append(info);
      if (it.source === "voice" && it.url) {
        const audio = el("audio", "attach-audio");
        audio.controls = true;
        audio.preload = "metadata";
        audio.src = it.url;
        audio.setAttribute("aria-label", t("js-voice-preview"));
        li.append(audio);
      }
      if (it.source === "photo") {
        li.append(el("p", "attach-note", t(it.keep ? "js-attach-kept" : "js-attach-cleaned")));
        li.append(checkbox(it, "keep", "js-attach-keep-details", "js-attach-keep-details-hint"));
      } else if (it.source === "image") {
        li.append(el("p", "attach-note attach-warn", t("js-attach-uncleanable")));
        li.append(checkbox(it, "photo", "js-attach-send-as-photo", null));
      } else if (it.source === "document") {
        // Only photos are cleaned; say so where it matters.
        li.append(el("p", "attach-note attach-warn", t("js-attach-document-as-is")));
      }
      const actions = el("div", "attach-item-actions");
      if (it.source === "voice") {
        const again = el("button", "button button-secondary button-small", t("js-voice-rerecord"));
        again.type = "button";
        again.addEventListener("click", () => {
          remove(it, false);
          record();
        });
        actions.append(again);
      }
      const del = el("button", "button button-secondary button-small", t("js-attach-remove"));
      del.type = "button";
      del.setAttribute("aria-label", `${t("js-attach-remove")}: ${it.source === "voice" ? t("js-attach-kind-voice") : it.name}`);
      del.addEventListener("click", () => remove(it));
      actions.append(del);
      li.append(actions);
      return li;
    });
    list.replaceChildren(...nodes);
    list.hidden = nodes.length === 0;
    if (voiceStart) voiceStart.hidden = !voiceSupported() || items.some((x) => x.source === "voice") || Boolean(recording);
    if (focusId) byId(focusId)?.focus();
  }

  async function addFiles(files, fromPhotoButton) {
    for (const file of files) {
      try {
        // Before reading: a file that can never fit is refused at once.
        checkLimits(sizesWith([file.size]), getLimits());
        const original = new Uint8Array(await file.arrayBuffer());
        const it = { id: nextId++, name: file.name || "file", original, cleaned: null, keep: false, asPhoto: false, url: null };
        let cleaned = null;
        try {
          cleaned = cleanPhoto(original);
        } catch {
          cleaned = null; // damaged image: cannot be cleaned, sent untouched as a document
        }
        if (cleaned && cleaned.cleanable) {
          it.source = "photo";
          it.type = cleaned.type;
          it.cleaned = cleaned.bytes === original ? original : cleaned.bytes;
          it.url = URL.createObjectURL(new Blob([it.cleaned], { type: it.type }));
        } else if (/^image\//i.test(file.type) || (fromPhotoButton && !file.type) || cleaned === null) {
          it.source = "image";
          it.type = file.type || "application/octet-stream";
        } else {
          it.source = "document";
          it.type = file.type || "application/octet-stream";
        }
        items.push(it);
        say(status, "", "info");
      } catch (err) {
        say(status, err instanceof AttachmentError ? err.text : t("js-attach-error-read"), "error");
        break;
      }
    }
    render();
    changed();
  }

  function stopTicker() {
    clearInterval(ticker);
    ticker = null;
  }

  async function finishRecording(result) {
    stopTicker();
    recording = null;
    voicePanel.hidden = true;
    if (!result || result.bytes.length === 0) {
      render();
      return;
    }
    const type = result.type;
    const it = {
      id: nextId++,
      source: "voice",
      name: VOICE_NAME + extOf(type),
      type,
      original: result.bytes,
      seconds: result.seconds,
      url: URL.createObjectURL(new Blob([result.bytes], { type })),
    };
    try {
      checkLimits(sizesWith([result.bytes.length]), getLimits());
      items.push(it);
      say(status, t("js-voice-done"), "ok");
    } catch (err) {
      forget(it);
      say(status, err instanceof AttachmentError ? err.text : t("js-attach-error-read"), "error");
    }
    render();
    changed();
    const audio = list.querySelector("li:last-child audio");
    if (audio) audio.focus();
  }

  async function record() {
    if (recording) return;
    try {
      checkLimits(sizesWith([0]), getLimits());
    } catch (err) {
      say(status, err.text, "error");
      return;
    }
    try {
      recording = startRecording({ onLimit: (r) => finishRecording(r) });
      recording = await recording;
    } catch {
      recording = null;
      say(status, t("js-voice-denied"), "error");
      render();
      return;
    }
    voicePanel.hidden = false;
    render();
    voiceTime.textContent = formatDuration(0);
    ticker = setInterval(() => {
      if (recording && recording.seconds) voiceTime.textContent = formatDuration(recording.seconds());
    }, 500);
    say(status, t("js-voice-recording"), "info");
    voiceStop.focus();
  }

  async function stopRecording() {
    if (!recording || typeof recording.stop !== "function") return;
    const r = recording;
    await finishRecording(await r.stop());
  }

  if (photoInput) {
    part("photo-button").addEventListener("click", () => photoInput.click());
    photoInput.addEventListener("change", async () => {
      const files = [...photoInput.files];
      photoInput.value = "";
      await addFiles(files, true);
    });
  }
  if (fileInput) {
    part("file-button").addEventListener("click", () => fileInput.click());
    fileInput.addEventListener("change", async () => {
      const files = [...fileInput.files];
      fileInput.value = "";
      await addFiles(files, false);
    });
  }
  if (voiceStart) {
    voiceStart.hidden = !voiceSupported();
    voiceStart.addEventListener("click", () => record());
    voiceStop.addEventListener("click", () => stopRecording());
  }
  render();

  return {
    get count() {
      return items.length;
    },
    /** Changes whenever the set of files or a choice about one changes. */
    get version() {
      return version;
    },
    set onChange(fn) {
      onChange = fn;
    },
    /** Stops a recording in progress and keeps it (the reporter pressed send). */
    async settle() {
      await stopRecording();
    },
    /** Checks the limits with the server's values and the real key set size. */
    check(limits, recipients) {
      checkLimits(sizesWith([]), limits, recipients);
    },
    /**
     * A frozen copy of what would be sent now: [{bytes, description}], in
     * order. The description is the envelope's entry (docs/crypto.md §2).
     */
    async snapshot() {
      const out = [];
      for (const it of items) {
        const now = current(it);
        const bytes = now.bytes.slice();
        out.push({
          bytes,
          description: {
            name: it.name,
            type: it.type,
            size: bytes.length,
            sha256: await sha256Hex(bytes),
            kind: now.kind,
            // Said of photos only (docs/crypto.md §2): true when cleaned here.
            ...(now.kind === "photo" ? { metadata_removed: now.removed } : {}),
          },
        });
      }
      return out;
    },
    /** Dropped from the page and from memory (after sending, on quick exit). */
    clear() {
      if (recording && typeof recording.cancel === "function") recording.cancel();
      recording = null;
      stopTicker();
      if (voicePanel) voicePanel.hidden = true;
      items.forEach(forget);
      items = [];
      if (photoInput) photoInput.value = "";
      if (fileInput) fileInput.value = "";
      say(status, "", "info");
      render();
      changed();
    },
  };
}

/**
 * Encrypts a snapshot's files to `recipients`: base64 age files, in order.
 * `onProgress(done, total)` counts plaintext bytes.
 */
/**
 * The file area of a form (element `rootId`), if the page has one, with the
 * server's limits: fetched when the reporter first reaches for a file, and set
 * again (`setLimits`) from the fresh values read just before encrypting.
 */
export function attachmentArea(rootId) {
  let limits = DEFAULT_LIMITS;
  const root = byId(rootId);
  const files = root ? createAttachments(root, { getLimits: () => limits }) : null;
  if (root) {
    root.addEventListener(
      "click",
      () => {
        getDirectory().then(
          (d) => {
            limits = d.limits;
          },
          () => {},
        );
      },
      { once: true },
    );
  }
  return {
    files,
    /** Sets the limits and checks these file sizes against them. */
    check(sizes, fresh, recipients) {
      limits = fresh;
      checkLimits(sizes, limits, recipients);
    },
  };
}

export async function encryptSnapshot(snapshot, recipients, onProgress) {
  const total = snapshot.reduce((n, s) => n + s.bytes.length, 0) || 1;
  let done = 0;
  const out = [];
  for (const s of snapshot) {
    out.push(toBase64(await encryptAttachment(recipients, s.bytes)));
    done += s.bytes.length;
    if (onProgress) onProgress(done, total);
  }
  return out;
}

/** Wipes a snapshot's plaintext copies. */
export function wipeSnapshot(snapshot) {
  if (snapshot) for (const s of snapshot) s.bytes.fill(0);
}

/**
 * A <progress> with its <label> (data-attach="progress", "progress-label"
 * inside `wrapper`): show(id, done, total) with a js- id for the label.
 */
export function createProgress(wrapper) {
  const bar = wrapper ? wrapper.querySelector("progress") : null;
  const label = wrapper ? wrapper.querySelector("label") : null;
  return {
    show(id, done, total) {
      if (!bar) return;
      label.textContent = t(id);
      bar.max = 100;
      bar.value = total > 0 ? Math.min(100, Math.round((100 * done) / total)) : 0;
      wrapper.hidden = false;
    },
    hide() {
      if (!bar) return;
      wrapper.hidden = true;
      bar.value = 0;
    },
  };
}
