// Follow-up page: the code typed here is turned into keys on this device. Only
// the lookup key is sent; the reply identity decrypts the unit's replies here.
// Everything from the server is shown with textContent, never as HTML.

import { ApiError, getFollowUp, getUnits, postMessage } from "./api.js";
import { CodeError, decryptWith, deriveKeys, encryptTo, fromBase64, normaliseCode, toBase64, utf8Length } from "./crypto.js";
import { byId, el, say, t, timeEl } from "./ui.js";

const MAX_PLAINTEXT = 65536;

const CODE_ERRORS = {
  invalid_character: "js-code-error-invalid-character",
  wrong_length: "js-code-error-wrong-length",
  bad_check_digit: "js-code-error-check-digit",
};

function errorText(err) {
  if (err instanceof CodeError) return t(CODE_ERRORS[err.reason] || "js-code-error-wrong-length");
  if (err && err.code === "too_large") return t("js-error-too-long");
  if (err instanceof ApiError) {
    if (err.code === "network") return t("js-error-network");
    if (err.status === 404 || err.status === 401 || err.status === 403) return t("js-error-not-found");
    if (err.status === 429) return t("js-error-rate-limited");
    if (err.code === "no_unit") return t("js-error-no-unit");
    return t("js-error-generic");
  }
  return t("js-error-crypto");
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

  // The only copy of the keys: dropped by "forget", never stored anywhere.
  let session = null;
  let busy = false;
  // Bumped by "forget", so that work started before it cannot bring keys back.
  let generation = 0;

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
    if (!text) return;
    busy = true;
    messageFieldset.disabled = true;
    try {
      const json = JSON.stringify({ v: 1, kind: "message", text });
      if (utf8Length(json) > MAX_PLAINTEXT) {
        const err = new Error("too large");
        err.code = "too_large";
        throw err;
      }
      say(messageStatus, t("js-progress-sending"), "info");
      const sendOnce = async () => {
        const unit = (await getUnits()).find((u) => u.slug === session.unit && u.recipients.length > 0);
        if (!unit) throw new ApiError(0, "no_unit", null);
        const envelope = toBase64(await encryptTo(unit.recipients, json));
        return postMessage(session.keys.lookup, { envelope, key_set: unit.keySet });
      };
      try {
        await sendOnce();
      } catch (err) {
        // Keys changed between fetching and sending: encrypt again, once.
        if (!(err instanceof ApiError && err.status === 409 && err.code === "keys_changed")) throw err;
        await sendOnce();
      }
      messageText.value = "";
      await show();
      say(messageStatus, t("js-message-sent"), "ok");
    } catch (err) {
      say(messageStatus, errorText(err), "error");
    } finally {
      busy = false;
      if (session) messageFieldset.disabled = false;
    }
  });

  byId("forget-button").addEventListener("click", () => {
    generation += 1;
    session = null;
    messageText.value = "";
    codeInput.value = "";
    byId("case-ref").textContent = "";
    byId("case-status").textContent = "";
    byId("case-history").replaceChildren();
    byId("case-thread").replaceChildren();
    say(messageStatus, "", "info");
    messageFieldset.disabled = true;
    caseSection.hidden = true;
    codeForm.hidden = false;
    say(codeStatus, t("js-forgotten"), "ok");
    codeInput.focus();
  });
}
