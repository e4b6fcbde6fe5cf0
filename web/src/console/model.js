// Pure helpers of the officer console: query strings, message ids for codes,
// and the reading of decrypted plaintexts. No DOM here (the tests run it in Node).

import { readDescriptions } from "./attachments.js";

export const STATUSES = ["received", "under_review", "action_taken", "referred", "closed"];
export const OUTCOMES = [
  "investigation_opened",
  "protection_measures",
  "referred_to_partner",
  "referred_to_other_authority",
  "no_offence_identified",
  "insufficient_information",
  "resolved",
];

// Message ids are written out in full (not built from a prefix) so that the
// locale test finds every one of them.
export const STATUS_LABELS = {
  received: "js-console-status-received",
  under_review: "js-console-status-under_review",
  action_taken: "js-console-status-action_taken",
  referred: "js-console-status-referred",
  closed: "js-console-status-closed",
};

export const OUTCOME_LABELS = {
  investigation_opened: "js-console-outcome-investigation_opened",
  protection_measures: "js-console-outcome-protection_measures",
  referred_to_partner: "js-console-outcome-referred_to_partner",
  referred_to_other_authority: "js-console-outcome-referred_to_other_authority",
  no_offence_identified: "js-console-outcome-no_offence_identified",
  insufficient_information: "js-console-outcome-insufficient_information",
  resolved: "js-console-outcome-resolved",
};

export const CATEGORY_LABELS = {
  gbv: "js-console-category-gbv",
  "child-protection": "js-console-category-child-protection",
  "trafficking-smuggling": "js-console-category-trafficking-smuggling",
  "hate-crime": "js-console-category-hate-crime",
  "community-policing": "js-console-category-community-policing",
  "police-conduct": "js-console-category-police-conduct",
  unsure: "js-console-category-unsure",
};

export const ROLE_LABELS = {
  member: "js-console-role-member",
  supervisor: "js-console-role-supervisor",
};

export const KEY_KIND_LABELS = {
  officer: "js-console-key-kind-officer",
  recovery: "js-console-key-kind-recovery",
};

export const LANGUAGE_LABELS = {
  en: "js-console-language-en",
  fr: "js-console-language-fr",
  ar: "js-console-language-ar",
};

/** Server error codes (and a few of our own) with a message of their own. */
export const ERROR_MESSAGES = {
  network: "js-console-error-network",
  invalid_credentials: "js-console-error-invalid_credentials",
  totp_required: "js-console-error-totp_required",
  totp_replayed: "js-console-error-totp_replayed",
  officer_disabled: "js-console-error-officer_disabled",
  key_changed: "js-console-error-key_changed",
  too_many_attempts: "js-console-error-too_many_attempts",
  session_expired: "js-console-error-session_expired",
  unauthorized: "js-console-error-session_expired",
  token_expired: "js-console-error-session_expired",
  csrf_failed: "js-console-error-csrf_failed",
  forbidden: "js-console-error-forbidden",
  not_found: "js-console-error-not_found",
  no_key: "js-console-error-no_key",
  wrong_recipient_count: "js-console-error-keys_changed",
  keys_changed: "js-console-error-keys_changed",
  thread_full: "js-console-error-thread_full",
  envelope_too_large: "js-console-error-too_long",
  body_too_large: "js-console-error-too_long",
  too_long: "js-console-error-too_long",
  unit_unavailable: "js-console-error-no_unit_keys",
  no_unit_keys: "js-console-error-no_unit_keys",
  no_reply_recipient: "js-console-error-no_reply_recipient",
  unavailable: "js-console-error-unavailable",
  internal: "js-console-error-unavailable",
  unsure_sent: "js-console-error-unsure_sent",
  totp_format: "js-console-error-totp_format",
  enrol_code: "js-console-error-enrol_code",
  too_short: "js-console-error-passphrase_too_short",
  mismatch: "js-console-error-passphrase_mismatch",
  wrong_passphrase: "js-console-error-wrong_passphrase",
  malformed: "js-console-error-key_malformed",
  key_mismatch: "js-console-error-key_mismatch",
  crypto: "js-console-error-crypto",
  thread_changed: "js-console-error-thread_changed",
  reencryption_pending: "js-console-error-reencryption_pending",
  not_pending: "js-console-error-not_pending",
  added_since_transfer: "js-console-error-added_since_transfer",
  undecryptable: "js-console-error-undecryptable",
  check_failed: "js-console-error-check_failed",
  case_purged: "js-console-error-case_purged",
  no_consent: "js-console-error-no_consent",
  unknown_partner: "js-console-error-unknown_partner",
  unknown_unit: "js-console-error-unknown_unit",
  not_a_member: "js-console-error-not_a_member",
  cannot_revoke: "js-console-error-cannot_revoke",
  invalid_email: "js-console-error-invalid_email",
  invalid_query: "js-console-error-invalid_query",
  // Security key (passkey) copy of the identity.
  passkey_unsupported: "js-console-passkey-error-unsupported",
  passkey_no_prf: "js-console-passkey-error-no_prf",
  passkey_cancelled: "js-console-passkey-error-cancelled",
  passkey_exists: "js-console-passkey-error-exists",
  passkey_wrong_key: "js-console-passkey-error-wrong_key",
  passkey_failed: "js-console-passkey-error-failed",
  // Attachments.
  attachment_undecryptable: "js-console-attachment-error-undecryptable",
  attachment_undescribed: "js-console-attachment-error-undescribed",
  attachment_size: "js-console-attachment-error-size",
  attachment_sha256_mismatch: "js-console-attachment-error-sha256_mismatch",
};

/** Message id for an error code; the generic one when we have none. */
export function errorMessageId(code) {
  return Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code) ? ERROR_MESSAGES[code] : "js-console-error-generic";
}

/** Six ASCII digits from what was typed (other digit scripts, spaces). */
export function normaliseTotp(input) {
  let out = "";
  for (const ch of String(input)) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x30 && cp <= 0x39) out += ch;
    else if (cp >= 0x0660 && cp <= 0x0669) out += String(cp - 0x0660);
    else if (cp >= 0x06f0 && cp <= 0x06f9) out += String(cp - 0x06f0);
    else if (cp >= 0xff10 && cp <= 0xff19) out += String(cp - 0xff10);
    else if (!/\s|-/.test(ch)) return null;
  }
  return /^[0-9]{6}$/.test(out) ? out : null;
}

/**
 * Query string of GET /api/v1/cases for the queue filters. Only set values
 * are sent: the server refuses unknown or empty parameters.
 */
export function casesQuery({ unit, status, urgent, assigned, sort, urgentFirst, limit, cursor } = {}) {
  const q = new URLSearchParams();
  if (unit) q.set("unit", unit);
  if (status && STATUSES.includes(status)) q.set("status", status);
  if (urgent === "true" || urgent === "false" || urgent === true || urgent === false) q.set("urgent", String(urgent));
  if (assigned) q.set("assigned", assigned);
  if (sort === "created" || sort === "updated") q.set("sort", sort);
  if (urgentFirst) q.set("urgent_first", "true");
  if (limit) q.set("limit", String(Math.min(500, Math.max(1, Math.floor(limit)))));
  if (cursor) q.set("cursor", cursor);
  return q.toString();
}

/** Base32 TOTP secret in groups of four, easier to type into an app. */
export function groupSecret(secret) {
  const clean = String(secret || "").replace(/[^A-Za-z2-7]/g, "").toUpperCase();
  return clean.match(/.{1,4}/g)?.join(" ") ?? "";
}

/** "age1abcdefgh…uvwxyz": enough to compare keys by eye. */
export function shortKey(recipient) {
  const r = String(recipient || "");
  return r.length > 20 ? `${r.slice(0, 12)}…${r.slice(-6)}` : r;
}

// Who may have written which kind of plaintext. The author shown is always the
// server's `from`; a reporter who writes {"kind":"note"} is still the reporter.
const KINDS_BY_SENDER = {
  reporter: ["report", "message"],
  unit: ["reply"],
  note: ["note"],
};

const str = (v) => (typeof v === "string" ? v : "");

/**
 * What a decrypted plaintext says, for display:
 *   {from, kind: "report", fields: {what, when, where, who}, consent, child, contact, urgent, region, language, category, attachments, mismatch}
 *   {from, kind: "message"|"reply"|"note"|…, text, attachments, mismatch}
 * `attachments` are the files' descriptions (attachments.js readDescriptions).
 *   {from, kind: "invalid"} when it is not a JSON object.
 * `mismatch` is true when the kind is not one its sender may write.
 */
export function readPlaintext(from, text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { from, kind: "invalid", mismatch: true };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return { from, kind: "invalid", mismatch: true };
  const kind = str(json.kind) || "unknown";
  const mismatch = !(KINDS_BY_SENDER[from] || []).includes(kind);
  if (kind === "report") {
    const f = json.fields && typeof json.fields === "object" ? json.fields : {};
    return {
      from,
      kind,
      mismatch,
      fields: { what: str(f.what), when: str(f.when), where: str(f.where), who: str(f.who) },
      consent: json.referral_consent === true,
      // Guided questions a category may not ask: null when not asked.
      child: typeof json.child_involved === "boolean" ? json.child_involved : null,
      contact:
        json.contact && typeof json.contact === "object"
          ? { allowed: json.contact.allowed === true, how: str(json.contact.how) }
          : null,
      urgent: json.urgent === true,
      region: str(json.region) || null,
      language: str(json.language) || null,
      category: str(json.category) || null,
      attachments: readDescriptions(json.attachments),
    };
  }
  return { from, kind, mismatch, text: str(json.text), attachments: readDescriptions(json.attachments) };
}

export const NOTIFY_MODES = ["each", "digest", "off"];

/**
 * Plaintext of a referral: what the officer chose to share with the partner
 * (their own summary, and the report's fields only if they include them).
 */
export function referralPlaintext({ caseRef, unit, category, language, text, report }) {
  const out = { v: 1, kind: "referral", case: caseRef, unit, category, language, text };
  if (report) out.report = { what: report.what, when: report.when, where: report.where, who: report.who };
  return JSON.stringify(out);
}

/** Plaintext JSON of a reply or a note (padded and encrypted by the caller). */
export function unitPlaintext(kind, text) {
  if (kind !== "reply" && kind !== "note") throw new Error("unit messages are replies or notes");
  return JSON.stringify({ v: 1, kind, text });
}
