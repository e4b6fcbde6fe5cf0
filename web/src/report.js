// Report page: the report is built, padded and encrypted here, to the keys of
// the unit that handles its category; only the ciphertext and routing metadata
// are sent. The follow-up code is made here and never leaves the page.

import { ApiError, getUnits, postReport, withRetry } from "./api.js";
import {
  deriveKeys,
  encryptTo,
  formatCode,
  generateCode,
  toBase64,
  utf8Length,
} from "./crypto.js";
import { byId, say, t } from "./ui.js";

const MAX_PLAINTEXT = 65536;

function value(id) {
  const node = byId(id);
  return node ? node.value.trim() : "";
}

function checked(id) {
  const node = byId(id);
  return Boolean(node && node.checked);
}

function buildReport(data) {
  const region = value("field-region");
  return {
    v: 1,
    kind: "report",
    category: data.category,
    language: data.lang,
    urgent: checked("field-urgent"),
    region: region === "" ? null : region,
    fields: {
      what: value("field-what"),
      when: value("field-when"),
      where: value("field-where"),
      who: value("field-who"),
    },
    referral_consent: checked("field-referral"),
  };
}

function unitFor(units, category) {
  return units.find((u) => u.categories.includes(category) && u.recipients.length > 0);
}

function errorText(err) {
  if (err && err.code === "too_large") return t("js-error-too-long");
  if (err instanceof ApiError) {
    if (err.code === "network") return t("js-error-network");
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

  // Kept between attempts: if a send failed after the server stored it, the
  // same request again gets the same case back instead of a second report.
  let pending = null;
  let busy = false;

  const protect = async (report, json) => {
    const code = generateCode();
    const [keys, units] = await Promise.all([deriveKeys(code), getUnits()]);
    return { report, json, code, keys, units };
  };

  const seal = async (p) => {
    const unit = unitFor(p.units, data.category);
    if (!unit) throw new ApiError(0, "no_unit", null);
    const envelope = toBase64(await encryptTo(unit.recipients, p.json));
    p.body = {
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
  };

  const send = (p) =>
    withRetry(() => postReport(p.body), {
      onRetry: () => say(status, t("js-progress-retrying"), "info"),
    });

  form.addEventListener("submit", async (event) => {
    // Always intercepted: the form has no action and no named fields anyway.
    event.preventDefault();
    if (busy) return;
    busy = true;
    fieldset.disabled = true;
    try {
      const report = buildReport(data);
      const json = JSON.stringify(report);
      if (utf8Length(json) > MAX_PLAINTEXT) {
        const err = new Error("too large");
        err.code = "too_large";
        throw err;
      }
      say(status, t("js-progress-protecting"), "info");
      if (!pending || pending.json !== json) pending = await protect(report, json);
      if (!pending.body) await seal(pending);
      say(status, t("js-progress-sending"), "info");
      let caseRef;
      try {
        caseRef = await send(pending);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 409 && err.code === "keys_changed")) throw err;
        // The unit's keys changed since we fetched them: encrypt again, once.
        say(status, t("js-progress-protecting"), "info");
        pending.units = await getUnits();
        await seal(pending);
        say(status, t("js-progress-sending"), "info");
        caseRef = await send(pending);
      }
      showReceipt(form, pending.code, caseRef);
      pending = null;
    } catch (err) {
      // Another report already holds this lookup key: a fresh code is needed.
      if (err instanceof ApiError && err.code === "lookup_in_use") pending = null;
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

  const title = byId("receipt-title");
  window.scrollTo(0, 0);
  if (title) title.focus();
}
