// Report page: the report is built, padded and encrypted here, to the keys of
// the unit that handles its category; only the ciphertext and routing metadata
// are sent. The follow-up code is made here and never leaves the page. Files
// (photos, documents, a voice recording) are encrypted here too, each on its
// own, and sent in the same request (docs/crypto.md §2, "Attachments").
//
// No history entry is ever added (no pushState, no #hash): the quick exit's
// location.replace then leaves nothing of this page behind the Back button.

import { ApiError, getDirectory, postReport, withRetry } from "./api.js";
import * as pow from "./pow.js";
import { AttachmentError, attachmentArea, createProgress, encryptSnapshot, wipeSnapshot } from "./attachments.js";
import {
  deriveKeys,
  encryptTo,
  formatCode,
  generateCode,
  toBase64,
  utf8Length,
} from "./crypto.js";
import { createIdentifyWarning } from "./identify-ui.js";
import { KeyLogError, verifiedUnit } from "./keylog.js";
import { byId, say, t } from "./ui.js";

const MAX_PLAINTEXT = 65536;
const FREE_TEXT = ["what", "when", "where", "who"];

function value(id) {
  const node = byId(id);
  return node ? node.value.trim() : "";
}

function checked(id) {
  const node = byId(id);
  return Boolean(node && node.checked);
}

/**
 * The report as it is encrypted. A question the category does not ask has no
 * input in the page and is simply absent here; `urgent`, `region` and
 * `referral_consent` are always there (the request body repeats them).
 */
export function buildReport(data, attachments) {
  const region = value("field-region");
  const fields = {};
  for (const k of FREE_TEXT) if (byId(`field-${k}`)) fields[k] = value(`field-${k}`);
  const report = {
    v: 1,
    kind: "report",
    category: data.category,
    language: data.lang,
    urgent: checked("field-urgent"),
    region: region === "" ? null : region,
    fields,
    referral_consent: checked("field-referral"),
  };
  // In the envelope only: never in the request body.
  if (byId("field-child")) report.child_involved = checked("field-child");
  if (byId("field-contact")) {
    const allowed = checked("field-contact");
    report.contact = { allowed, how: allowed ? value("field-contact-how") : "" };
  }
  if (attachments.length) report.attachments = attachments;
  return report;
}

/**
 * "Someone is in danger now" shows the numbers to call (those of the chosen
 * region too), and "the unit may contact me" the question about how. The
 * focus stays where the reporter is typing; a polite live region says that
 * the numbers appeared. Returns a function that brings the page in line with
 * the inputs again (after a reset).
 */
export function initReveals() {
  const urgent = byId("field-urgent");
  const block = byId("emergency-numbers");
  const announce = byId("emergency-announce");
  const regionSelect = byId("field-region");
  const contact = byId("field-contact");
  const contactDetails = byId("field-contact-details");

  const syncEmergency = (fromUser) => {
    if (!block) return;
    const show = Boolean(urgent && urgent.checked);
    const region = regionSelect ? regionSelect.value : "";
    for (const item of block.querySelectorAll("li[data-region]")) item.hidden = item.dataset.region !== region;
    const wasHidden = block.hidden;
    block.hidden = !show;
    if (urgent) urgent.setAttribute("aria-expanded", String(show));
    if (announce) {
      if (show && wasHidden && fromUser) {
        announce.textContent = t("js-emergency-shown");
        // Into view without moving the focus away from the checkbox.
        if (typeof block.scrollIntoView === "function") block.scrollIntoView({ block: "nearest" });
      }
      else if (!show) announce.textContent = "";
    }
  };
  const syncContact = () => {
    if (!contactDetails) return;
    const show = Boolean(contact && contact.checked);
    contactDetails.hidden = !show;
    if (contact) contact.setAttribute("aria-expanded", String(show));
  };

  if (urgent) urgent.addEventListener("change", () => syncEmergency(true));
  if (regionSelect) regionSelect.addEventListener("change", () => syncEmergency(false));
  if (contact) contact.addEventListener("change", syncContact);
  const sync = () => {
    syncEmergency(false);
    syncContact();
  };
  sync();
  return sync;
}

function unitFor(units, category) {
  return units.find((u) => u.categories.includes(category) && u.recipients.length > 0);
}

// Answers about files (docs/api.md, "Attachments"); literal ids, see locales.test.mjs.
const FILE_ERRORS = {
  too_many_attachments: "js-error-too-many-attachments",
  attachment_too_large: "js-error-attachment-too-large",
  attachments_too_large: "js-error-attachments-too-large",
  body_too_large: "js-error-attachments-too-large",
};

/** Text for a failed send; shared with the follow-up page. */
export function errorText(err) {
  if (err instanceof AttachmentError) return err.text;
  if (err instanceof KeyLogError) return t("js-error-key-log");
  if (err && err.code === "too_large") return t("js-error-too-long");
  if (err instanceof ApiError) {
    if (err.code === "network") return t("js-error-network");
    if (FILE_ERRORS[err.code]) return t(FILE_ERRORS[err.code]);
    if (err.status === 413) return t("js-error-attachments-too-large");
    if (err.status === 429) return t("js-error-rate-limited");
    if (err.code === "no_unit") return t("js-error-no-unit");
    return t("js-error-generic");
  }
  // Anything else comes from WebCrypto or age: this browser cannot encrypt.
  return t("js-error-crypto");
}

export function initReport(data) {
  const form = byId("report-form");
  const fieldset = byId("report-fieldset");
  const status = byId("report-status");
  if (!form || !fieldset) return;

  // The form is disabled in the HTML so that, without JavaScript, nothing can
  // be typed or sent in clear. It comes alive only once encryption is possible.
  if (!globalThis.crypto || !globalThis.crypto.subtle) {
    say(status, t("js-error-crypto"), "error");
    return;
  }
  fieldset.disabled = false;
  const syncReveals = initReveals();

  const area = attachmentArea("report-attach");
  const files = area.files;
  const progress = createProgress(byId("report-progress"));
  const warningNode = byId("report-identify");
  const warning = warningNode ? createIdentifyWarning(warningNode) : null;

  // Kept between attempts: if a send failed after the server stored it, the
  // same request again gets the same case back instead of a second report.
  // It holds the encrypted files too, so that a retry is byte-identical.
  let pending = null;
  let busy = false;

  // The proof of work a report needs is solved while the person writes.
  form.addEventListener("input", () => pow.prepare("report"));

  const drop = () => {
    if (pending) wipeSnapshot(pending.snapshot);
    pending = null;
  };

  const protect = async (report, json, snapshot) => {
    const code = generateCode();
    const [keys, directory] = await Promise.all([deriveKeys(code), getDirectory()]);
    return { report, json, snapshot, code, keys, directory };
  };

  const seal = async (p) => {
    // Encrypt only to keys the public key log states (docs/transparency.md).
    const { unit } = await verifiedUnit(
      async (attempt) => (attempt === 0 ? p.directory : (p.directory = await getDirectory())),
      (units) => unitFor(units, data.category),
    );
    if (!unit) throw new ApiError(0, "no_unit", null);
    area.check(p.snapshot.map((s) => s.bytes.length), p.directory.limits, unit.recipients.length);
    const envelope = toBase64(await encryptTo(unit.recipients, p.json));
    let attachments = [];
    if (p.snapshot.length) {
      progress.show("js-progress-encrypting-files", 0, 1);
      attachments = await encryptSnapshot(p.snapshot, unit.recipients, (done, total) =>
        progress.show("js-progress-encrypting-files", done, total),
      );
    }
    const body = {
      category: data.category,
      key_set: unit.keySet,
      language: data.lang,
      urgent: p.report.urgent,
      region: p.report.region,
      envelope,
      lookup: p.keys.lookup,
      reply_recipient: p.keys.recipient,
      // In clear too (docs/console.md, "Referral"): the server refuses a
      // referral without it. The envelope holds the same answer.
      referral_consent: p.report.referral_consent,
    };
    // The field people never see (robots fill it in; the server then refuses).
    const trap = byId("field-website");
    if (trap && trap.value) body.website = trap.value;
    if (attachments.length) body.attachments = attachments;
    // Built once: every retry sends exactly these bytes.
    p.text = JSON.stringify(body);
  };

  const send = (p) => {
    const withFiles = p.snapshot.length > 0;
    const onProgress = withFiles ? (done, total) => progress.show("js-progress-sending", done, total) : undefined;
    if (withFiles) progress.show("js-progress-sending", 0, 1);
    return withRetry(() => postReport(p.text, { onProgress }), {
      onRetry: () => say(status, t("js-progress-retrying"), "info"),
    });
  };

  // Quick exit (and any other way of leaving): nothing of the report stays in
  // the page or in memory. The quick-exit click is seen here first (capture).
  const wipe = () => {
    form.reset();
    syncReveals();
    if (files) files.clear();
    if (warning) warning.reset();
    progress.hide();
    drop();
    pow.clearAll();
  };
  document.addEventListener(
    "click",
    (event) => {
      if (event.target instanceof Element && event.target.closest("#quick-exit")) wipe();
    },
    true,
  );
  window.addEventListener("pagehide", wipe);

  form.addEventListener("submit", async (event) => {
    // Always intercepted: the form has no action and no named fields anyway.
    event.preventDefault();
    if (busy) return;
    // A calm reminder about phone numbers, addresses… (nothing is sent for it).
    if (warning) {
      const fields = Object.fromEntries(FREE_TEXT.map((k) => [k, byId(`field-${k}`)]));
      if (!(await warning.ask(fields))) return;
    }
    if (busy) return;
    busy = true;
    fieldset.disabled = true;
    let snapshot = [];
    try {
      if (files) await files.settle();
      snapshot = files ? await files.snapshot() : [];
      const report = buildReport(data, snapshot.map((s) => s.description));
      const json = JSON.stringify(report);
      if (utf8Length(json) > MAX_PLAINTEXT) {
        const err = new Error("too large");
        err.code = "too_large";
        throw err;
      }
      say(status, t("js-progress-protecting"), "info");
      if (!pending || pending.json !== json) {
        drop();
        pending = await protect(report, json, snapshot);
      } else {
        wipeSnapshot(snapshot);
      }
      snapshot = null;
      if (!pending.text) await seal(pending);
      if (!pow.ready("report")) {
        // Rarely seen: the work started when the person began to type.
        say(status, t("js-progress-checking"), "info");
        await pow.settle("report");
      }
      say(status, t("js-progress-sending"), "info");
      let caseRef;
      try {
        caseRef = await send(pending);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 409 && err.code === "keys_changed")) throw err;
        // The unit's keys changed since we fetched them: encrypt again, once,
        // the files too.
        say(status, t("js-progress-protecting"), "info");
        pending.directory = await getDirectory();
        pending.text = null;
        await seal(pending);
        say(status, t("js-progress-sending"), "info");
        caseRef = await send(pending);
      }
      progress.hide();
      const code = pending.code;
      drop();
      if (files) files.clear();
      showReceipt(form, code, caseRef);
    } catch (err) {
      if (snapshot) wipeSnapshot(snapshot);
      progress.hide();
      // Another report already holds this lookup key: a fresh code is needed.
      if (err instanceof ApiError && err.code === "lookup_in_use") drop();
      // Limits are checked before encrypting: nothing was sent, start afresh.
      if (err instanceof AttachmentError && pending && !pending.text) drop();
      say(status, errorText(err), "error");
      fieldset.disabled = false;
    } finally {
      busy = false;
    }
  });
}

function showReceipt(form, code, caseRef) {
  // The text of the report leaves the page for good.
  form.reset();
  form.remove();
  const intro = byId("report-intro");
  if (intro) intro.remove();

  const receipt = byId("receipt");
  const codeNode = byId("receipt-code");
  const display = formatCode(code);
  codeNode.textContent = display;
  byId("receipt-case").textContent = caseRef;
  receipt.hidden = false;

  const copyStatus = byId("receipt-copy-status");
  const selectCode = () => {
    const range = document.createRange();
    range.selectNodeContents(codeNode);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  };
  byId("receipt-copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(display);
      say(copyStatus, t("js-copied"), "ok");
    } catch {
      selectCode();
      say(copyStatus, t("js-copy-manual"), "info");
    }
  });
  byId("receipt-print").addEventListener("click", () => window.print());
  // A small text file holding only the code, under a name that says nothing.
  byId("receipt-save").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([`${display}\r\n`], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "note.txt";
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(copyStatus, t("js-saved-file"), "ok");
  });

  const title = byId("receipt-title");
  window.scrollTo(0, 0);
  if (title) title.focus();
}
