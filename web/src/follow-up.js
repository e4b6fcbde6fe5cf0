// Follow-up page: the code typed here is turned into keys on this device. Only
// the lookup key is sent; the reply identity decrypts the unit's replies here.
// Everything from the server is shown with textContent, never as HTML.
// A message may carry files, encrypted here like on the report page. No
// history entry is ever added (no pushState, no #hash).

import { ApiError, getDirectory, getFollowUp, postMessage } from "./api.js";
import * as pow from "./pow.js";
import { attachmentArea, createProgress, encryptSnapshot, wipeSnapshot } from "./attachments.js";
import { CodeError, decryptWith, deriveKeys, encryptTo, fromBase64, normaliseCode, toBase64, utf8Length } from "./crypto.js";
import { createIdentifyWarning } from "./identify-ui.js";
import { verifiedUnit } from "./keylog.js";
import { errorText as sendErrorText } from "./report.js";
import { byId, el, say, t, timeEl } from "./ui.js";

const MAX_PLAINTEXT = 65536;

const CODE_ERRORS = {
  invalid_character: "js-code-error-invalid-character",
  wrong_length: "js-code-error-wrong-length",
  bad_check_digit: "js-code-error-check-digit",
};

function errorText(err) {
  if (err instanceof CodeError) return t(CODE_ERRORS[err.reason] || "js-code-error-wrong-length");
  if (err instanceof ApiError && (err.status === 404 || err.status === 401 || err.status === 403)) return t("js-error-not-found");
  return sendErrorText(err);
}

function statusLabel(status) {
  return status ? t(`js-status-${status}`) : "";
}

/** Text of a unit reply, or null if it is not one we can read. */
async function openReply(identity, envelope) {
  try {
    const json = JSON.parse(await decryptWith(identity, fromBase64(envelope)));
    if (json && json.kind === "reply" && typeof json.text === "string") return json.text;
  } catch {
    // Not encrypted to us, damaged, or not JSON: say so rather than guess.
  }
  return null;
}

function renderHistory(list, history) {
  list.replaceChildren();
  for (const h of history) {
    const item = el("li", "history-item");
    item.append(timeEl(h.at), " ", el("strong", "history-status", statusLabel(h.status)));
    if (h.outcome) item.append(" ", el("span", "history-outcome", t(`js-outcome-${h.outcome}`)));
    list.append(item);
  }
}

async function threadItems(messages, identity) {
  const items = [];
  let first = true;
  for (const m of messages) {
    const item = el("li", m.fromReporter ? "message message-mine" : "message message-unit");
    if (m.fromReporter) {
      // Encrypted to the unit only: by design the reporter cannot read it back.
      // The server keeps the report itself as the first message of the thread.
      const label = first ? t("js-thread-your-report") : t("js-thread-yours");
      const head = el("p", "message-head", `${label} (${t("js-thread-sent")} `);
      head.append(timeEl(m.at), ")");
      item.append(head);
      if (m.attachments > 0) item.append(el("p", "message-files", `${t("js-thread-files")} ${m.attachments}`));
    } else {
      const head = el("p", "message-head", `${t("js-thread-unit")} · `);
      head.append(timeEl(m.at));
      const text = m.envelope ? await openReply(identity, m.envelope) : null;
      const body = el("p", text === null ? "message-body message-unreadable" : "message-body", text ?? t("js-thread-unreadable"));
      body.dir = "auto";
      item.append(head, body);
    }
    items.push(item);
    first = false;
  }
  if (items.length === 0) items.push(el("li", "message-empty", t("js-thread-empty")));
  return items;
}

export function initFollowUp() {
  const codeForm = byId("code-form");
  const codeFieldset = byId("code-fieldset");
  const codeInput = byId("code-input");
  // The code is typed in a text area (it wraps on a phone); Enter opens the case.
  if (codeInput) {
    // The proof of work a lookup needs is solved while the code is typed.
    codeInput.addEventListener("input", () => pow.prepare("lookup"));
    codeInput.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        codeForm.requestSubmit();
      }
    });
  }
  const codeStatus = byId("code-status");
  const caseSection = byId("case");
  const messageForm = byId("message-form");
  const messageFieldset = byId("message-fieldset");
  const messageText = byId("message-text");
  const messageStatus = byId("message-status");
  if (!codeForm || !codeFieldset || !caseSection) return;

  if (!globalThis.crypto || !globalThis.crypto.subtle) {
    say(codeStatus, t("js-error-crypto"), "error");
    return;
  }
  codeFieldset.disabled = false;
  if (messageText) messageText.addEventListener("input", () => pow.prepare("message"));

  const area = attachmentArea("message-attach");
  const files = area.files;
  const progress = createProgress(byId("message-progress"));
  const warningNode = byId("message-identify");
  const warning = warningNode ? createIdentifyWarning(warningNode) : null;

  // The only copy of the keys: dropped by "forget", never stored anywhere.
  let session = null;
  let busy = false;
  // Bumped by "forget", so that work started before it cannot bring keys back.
  let generation = 0;

  const showClosed = (closed) => {
    messageForm.hidden = closed;
    const note = byId("message-closed");
    if (note) note.hidden = !closed;
  };

  const show = async () => {
    const current = session;
    const c = await getFollowUp(current.keys.lookup);
    const items = await threadItems(c.messages, current.keys.identity);
    // "Forget" may have been pressed while we were waiting: show nothing then.
    if (session !== current) return false;
    current.unit = c.unit;
    byId("case-ref").textContent = c.caseRef || "";
    byId("case-status").textContent = statusLabel(c.status);
    byId("case-status").dataset.status = c.status || "";
    renderHistory(byId("case-history"), c.history);
    byId("case-thread").replaceChildren(...items);
    showClosed(!c.acceptsMessages);
    return true;
  };

  codeForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    codeFieldset.disabled = true;
    try {
      const code = normaliseCode(codeInput.value);
      say(codeStatus, t("js-progress-opening"), "info");
      const started = generation;
      const keys = await deriveKeys(code);
      if (started !== generation) return;
      session = { keys, unit: null };
      if (!(await show())) return;
      // The code is not needed any more once the keys exist.
      codeInput.value = "";
      say(codeStatus, "", "info");
      codeForm.hidden = true;
      caseSection.hidden = false;
      messageFieldset.disabled = false;
      const heading = byId("case-title");
      if (heading) heading.focus();
    } catch (err) {
      session = null;
      say(codeStatus, errorText(err), "error");
      codeInput.focus();
    } finally {
      busy = false;
      codeFieldset.disabled = false;
    }
  });

  messageForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy || !session) return;
    const text = messageText.value.trim();
    if (!text && !(files && files.count > 0)) {
      say(messageStatus, t("js-message-empty"), "error");
      messageText.focus();
      return;
    }
    if (warning && !(await warning.ask({ text: messageText }))) return;
    if (busy || !session) return;
    busy = true;
    messageFieldset.disabled = true;
    let snapshot = [];
    try {
      if (files) await files.settle();
      snapshot = files ? await files.snapshot() : [];
      const message = { v: 1, kind: "message", text };
      if (snapshot.length) message.attachments = snapshot.map((s) => s.description);
      const json = JSON.stringify(message);
      if (utf8Length(json) > MAX_PLAINTEXT) {
        const err = new Error("too large");
        err.code = "too_large";
        throw err;
      }
      say(messageStatus, t("js-progress-protecting"), "info");
      // Messages are not deduplicated by the server: no automatic retry.
      const sendOnce = async () => {
        // Only to keys the public key log states (docs/transparency.md).
        const { directory, unit } = await verifiedUnit(
          () => getDirectory(),
          (units) => units.find((u) => u.slug === session.unit && u.recipients.length > 0),
        );
        if (!unit) throw new ApiError(0, "no_unit", null);
        area.check(snapshot.map((s) => s.bytes.length), directory.limits, unit.recipients.length);
        const envelope = toBase64(await encryptTo(unit.recipients, json));
        const body = { envelope, key_set: unit.keySet };
        if (snapshot.length) {
          body.attachments = await encryptSnapshot(snapshot, unit.recipients, (done, total) =>
            progress.show("js-progress-encrypting-files", done, total),
          );
        }
        say(messageStatus, t("js-progress-sending"), "info");
        const onProgress = snapshot.length ? (done, total) => progress.show("js-progress-sending", done, total) : undefined;
        return postMessage(session.keys.lookup, JSON.stringify(body), { onProgress });
      };
      try {
        await sendOnce();
      } catch (err) {
        // Keys changed between fetching and sending: encrypt again (files too), once.
        if (!(err instanceof ApiError && err.status === 409 && err.code === "keys_changed")) throw err;
        await sendOnce();
      }
      progress.hide();
      messageText.value = "";
      if (files) files.clear();
      await show();
      say(messageStatus, t("js-message-sent"), "ok");
    } catch (err) {
      progress.hide();
      if (err instanceof ApiError && err.status === 409 && err.code === "case_closed") showClosed(true);
      say(messageStatus, errorText(err), "error");
    } finally {
      wipeSnapshot(snapshot);
      busy = false;
      if (session) messageFieldset.disabled = false;
    }
  });

  // Quick exit (and any other way of leaving): the code, the keys, the text
  // and the files go. The quick-exit click is seen here first (capture).
  const wipe = () => {
    generation += 1;
    session = null;
    pow.clearAll();
    messageText.value = "";
    codeInput.value = "";
    if (files) files.clear();
    if (warning) warning.reset();
    progress.hide();
  };
  document.addEventListener(
    "click",
    (event) => {
      if (event.target instanceof Element && event.target.closest("#quick-exit")) wipe();
    },
    true,
  );
  window.addEventListener("pagehide", wipe);

  byId("forget-button").addEventListener("click", () => {
    wipe();
    byId("case-ref").textContent = "";
    byId("case-status").textContent = "";
    byId("case-history").replaceChildren();
    byId("case-thread").replaceChildren();
    say(messageStatus, "", "info");
    showClosed(false);
    messageFieldset.disabled = true;
    caseSection.hidden = true;
    codeForm.hidden = false;
    say(codeStatus, t("js-forgotten"), "ok");
    codeInput.focus();
  });
}
