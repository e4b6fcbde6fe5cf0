// Officer console: same-origin JSON calls with the HttpOnly session cookie
// (credentials "same-origin"), the CSRF token on every POST, no HTTP cache, no
// referrer and no redirects. The cookie is never visible to this code; the
// CSRF token lives in this module's memory only.

const TIMEOUT_MS = 60000;

/** 401 codes that mean "this session is over": back to the sign-in form. */
export const SESSION_LOST = new Set(["session_expired", "unauthorized", "officer_disabled", "token_expired"]);

/** A failed console call. `code` is the server's error code, "network", or "bad_response". */
export class ConsoleError extends Error {
  constructor(status, code, body) {
    super(`console API error ${status} ${code}`);
    this.name = "ConsoleError";
    this.status = status;
    this.code = code;
    this.body = body;
    const e = body && typeof body === "object" && body.error && typeof body.error === "object" ? body.error : null;
    /** Seconds to wait, from 429 too_many_attempts. */
    this.retryAfter = e && Number.isFinite(e.retry_after) ? Math.max(0, Math.ceil(e.retry_after)) : null;
  }

  /** The session is gone (expired, revoked, unknown or disabled officer). */
  get sessionLost() {
    return this.status === 401 && SESSION_LOST.has(this.code);
  }
}

let csrf = null;
let lostHandler = null;

/** Keeps the CSRF token given at sign-in or by GET /console/api/session. */
export function setCsrf(token) {
  csrf = typeof token === "string" && token ? token : null;
}

/** Called once per failed call whose answer says the session is over. */
export function onSessionLost(fn) {
  lostHandler = fn;
}

function errorCode(status, body) {
  if (body && typeof body === "object") {
    const e = body.error;
    if (e && typeof e === "object" && typeof e.code === "string") return e.code;
    if (typeof e === "string") return e;
  }
  return `http_${status}`;
}

/**
 * One call. `auth: false` for sign-in and enrolment, which are not part of a
 * session: their 401s are answers to show on the form, not a lost session.
 */
async function call(method, path, { body, auth = true, retriedCsrf = false, raw = false } = {}) {
  // `raw`: a GET whose answer is bytes (an attachment), not JSON; errors are JSON still.
  const headers = { Accept: raw ? "application/octet-stream" : "application/json" };
  const post = method === "POST";
  if (post) {
    headers["Content-Type"] = "application/json";
    if (auth && csrf) headers["X-CSRF-Token"] = csrf;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      // Endpoints without a body still get an empty JSON object: valid for a
      // strict JSON reader, ignored by one that reads nothing.
      body: post ? JSON.stringify(body === undefined ? {} : body) : undefined,
      mode: "same-origin",
      credentials: "same-origin",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      redirect: "error",
      signal: controller.signal,
    });
  } catch {
    throw new ConsoleError(0, "network", null);
  } finally {
    clearTimeout(timer);
  }
  if (raw && res.ok) {
    try {
      return new Uint8Array(await res.arrayBuffer());
    } catch {
      throw new ConsoleError(0, "network", null);
    }
  }
  let json = null;
  if (res.status !== 204) {
    try {
      json = await res.json();
    } catch {
      json = null;
    }
  }
  if (!res.ok) {
    const err = new ConsoleError(res.status, errorCode(res.status, json), json);
    if (auth && err.status === 403 && err.code === "csrf_failed" && !retriedCsrf) {
      // The token may have been renewed by another tab: fetch it, try once more.
      const s = await call("GET", "/console/api/session");
      setCsrf(s && s.csrf);
      return call(method, path, { body, auth, raw, retriedCsrf: true });
    }
    if (auth && err.sessionLost) {
      csrf = null;
      if (lostHandler) lostHandler(err);
    }
    throw err;
  }
  return json;
}

const str = (v) => (typeof v === "string" ? v : null);
const arr = (v) => (Array.isArray(v) ? v.filter((x) => x && typeof x === "object") : []);
const seg = (v) => encodeURIComponent(String(v));

function bad(json) {
  return new ConsoleError(200, "bad_response", json);
}

function normaliseUnits(list) {
  return arr(list).map((u) => ({ slug: str(u.slug), name: str(u.name) || str(u.slug), role: str(u.role) }));
}

function normaliseSignedIn(json) {
  return {
    status: "signed_in",
    login: str(json.login),
    name: str(json.name) || str(json.login),
    units: normaliseUnits(json.units),
    csrf: str(json.csrf),
  };
}

function normaliseLoginAnswer(json) {
  if (!json || typeof json !== "object") throw bad(json);
  if (json.status === "enrolment_required") {
    return { status: "enrolment_required", secret: str(json.secret), otpauth: str(json.otpauth), qrSvg: str(json.qr_svg) };
  }
  if (json.status === "signed_in") return normaliseSignedIn(json);
  throw bad(json);
}

// ---------------------------------------------------------------------------
// Sessions

/** POST /console/api/login; the TOTP code is left out when empty. */
export async function login(loginName, password, totp) {
  const body = { login: loginName, password };
  if (totp) body.totp = totp;
  const answer = normaliseLoginAnswer(await call("POST", "/console/api/login", { body, auth: false }));
  if (answer.status === "signed_in") setCsrf(answer.csrf);
  return answer;
}

/** POST /console/api/enrol: confirms the pending TOTP secret with a code. */
export async function enrol(loginName, password, totp) {
  const answer = normaliseLoginAnswer(
    await call("POST", "/console/api/enrol", { body: { login: loginName, password, totp }, auth: false }),
  );
  if (answer.status !== "signed_in") throw bad(answer);
  setCsrf(answer.csrf);
  return answer;
}

/** GET /console/api/session: who is signed in, their key, oversight right. */
export async function getSession() {
  const json = await call("GET", "/console/api/session");
  if (!json || typeof json !== "object") throw bad(json);
  setCsrf(str(json.csrf));
  const k = json.key && typeof json.key === "object" ? json.key : null;
  const pk = k && k.passkey && typeof k.passkey === "object" ? k.passkey : null;
  return {
    login: str(json.login),
    name: str(json.name) || str(json.login),
    units: normaliseUnits(json.units),
    key:
      k && str(k.recipient)
        ? {
            recipient: str(k.recipient),
            wrappedIdentity: str(k.wrapped_identity),
            // The security-key copy of the same identity, if the officer made one.
            passkey: pk && str(pk.credential) && str(pk.wrapped_identity) ? { credential: str(pk.credential), wrappedIdentity: str(pk.wrapped_identity) } : null,
          }
        : null,
    oversight: json.oversight === true,
    notify: {
      email: json.notify && typeof json.notify === "object" ? str(json.notify.email) : null,
      mode: json.notify && typeof json.notify === "object" ? str(json.notify.mode) : null,
    },
  };
}

/** POST /console/api/preferences: where and how often to be told (content-free). */
export async function setPreferences(email, notify) {
  return call("POST", "/console/api/preferences", { body: { email: email || null, notify } });
}

export async function logout() {
  try {
    await call("POST", "/console/api/logout");
  } finally {
    setCsrf(null);
  }
}

export async function logoutAll() {
  try {
    await call("POST", "/console/api/logout-all");
  } finally {
    setCsrf(null);
  }
}

/** POST /console/api/keys: only the recipient and the passphrase-wrapped file. */
export async function putKey(recipient, wrappedIdentityBase64) {
  return call("POST", "/console/api/keys", { body: { recipient, wrapped_identity: wrappedIdentityBase64 } });
}

/**
 * POST /console/api/keys/passkey: the credential string (not secret) and the
 * identity wrapped by the security key (fido2prf stanzas only), and the
 * recipient it is a copy of (refused with 409 key_changed if that is no longer
 * the officer's key).
 */
export async function putPasskey(credential, wrappedIdentityBase64, recipient) {
  return call("POST", "/console/api/keys/passkey", { body: { credential, wrapped_identity: wrappedIdentityBase64, recipient } });
}

/** POST /console/api/keys/passkey/remove: the passphrase copy stays. */
export async function removePasskey() {
  return call("POST", "/console/api/keys/passkey/remove");
}

// ---------------------------------------------------------------------------
// Supervisors and oversight

export async function getMembers(unit) {
  const json = await call("GET", `/console/api/units/${seg(unit)}/members`);
  return arr(json && json.members).map((m) => ({
    login: str(m.login),
    name: str(m.name) || str(m.login),
    role: str(m.role),
    active: m.active !== false,
    recipient: str(m.recipient),
    inSet: m.in_set === true,
  }));
}

export async function getUnitKeys(unit) {
  const json = await call("GET", `/console/api/units/${seg(unit)}/keys`);
  if (!json || typeof json !== "object") throw bad(json);
  return {
    keySet: Number.isInteger(json.key_set) ? json.key_set : null,
    recipients: arr(json.recipients).map((r) => ({
      id: r.id,
      kind: str(r.kind),
      login: str(r.login),
      label: str(r.label),
      recipient: str(r.recipient),
      active: r.active === true,
      addedAt: str(r.added_at),
      revokedAt: str(r.revoked_at),
    })),
  };
}

export async function addRecipient(unit, memberLogin) {
  return call("POST", `/console/api/units/${seg(unit)}/recipients`, { body: { login: memberLogin } });
}

export async function revokeRecipient(unit, id) {
  return call("POST", `/console/api/units/${seg(unit)}/recipients/${seg(id)}/revoke`);
}

export async function getAudit({ limit = 50, before = null } = {}) {
  const q = new URLSearchParams({ limit: String(limit) });
  if (before !== null && before !== undefined) q.set("before", String(before));
  const json = await call("GET", `/console/api/audit?${q}`);
  if (!json || typeof json !== "object") throw bad(json);
  return {
    entries: arr(json.entries).map((e) => ({
      seq: e.seq,
      at: str(e.at),
      actor: str(e.actor),
      action: str(e.action),
      subject: str(e.subject),
    })),
    verified: json.verified === true,
    fault: str(json.fault),
  };
}

// ---------------------------------------------------------------------------
// Cases (the officer JSON API, with the session cookie)

/** Public unit list: current recipient sets, names and regions. */
export async function getUnitsPublic() {
  const json = await call("GET", "/api/v1/units");
  if (!json || typeof json !== "object") throw bad(json);
  return {
    units: arr(json.units).map((u) => ({
      slug: str(u.slug),
      name: str(u.name) || str(u.slug),
      recipients: Array.isArray(u.recipients) ? u.recipients.filter((r) => typeof r === "string") : [],
      keySet: u.key_set,
    })),
    regions: arr(json.regions).map((r) => ({
      code: str(r.code),
      labels: r.labels && typeof r.labels === "object" ? r.labels : {},
    })),
  };
}

function normaliseCaseSummary(c) {
  return {
    case: str(c.case),
    unit: str(c.unit),
    category: str(c.category),
    status: str(c.status),
    urgent: c.urgent === true,
    region: str(c.region),
    language: str(c.language),
    created: str(c.created),
    updated: str(c.updated),
    assignedTo: str(c.assigned_to),
    unread: c.unread === true,
    // "spam" or "abuse" when a supervisor marked the case (lists carry the kind).
    flag: FLAGS.includes(c.flag) ? c.flag : null,
  };
}

const FLAGS = ["spam", "abuse"];

/** GET /api/v1/cases?… ; `query` is the string built by casesQuery(). */
export async function listCases(query) {
  const json = await call("GET", `/api/v1/cases${query ? `?${query}` : ""}`);
  if (!json || typeof json !== "object" || !Array.isArray(json.cases)) throw bad(json);
  return { cases: arr(json.cases).map(normaliseCaseSummary), next: str(json.next) };
}

export async function getCase(ref) {
  const json = await call("GET", `/api/v1/cases/${seg(ref)}`);
  if (!json || typeof json !== "object") throw bad(json);
  // A long thread comes in pages of bounded size; `next` is where the rest starts.
  json.messages = arr(json.messages);
  for (let next = json.next; next === json.messages.length && next > 0; ) {
    const page = await call("GET", `/api/v1/cases/${seg(ref)}?from=${next}`);
    if (!page || !Array.isArray(page.messages)) throw bad(page);
    json.messages.push(...page.messages);
    next = page.next;
  }
  return {
    ...normaliseCaseSummary(json),
    replyRecipient: str(json.reply_recipient),
    referralConsent: json.referral_consent === true,
    referrals: arr(json.referrals).map((r) => ({ partner: str(r.partner), at: str(r.at) })),
    // A transfer or re-key whose replaced versions are kept until confirmed.
    reencryption:
      json.reencryption && typeof json.reencryption === "object"
        ? {
            at: str(json.reencryption.at),
            by: str(json.reencryption.by),
            fromUnit: str(json.reencryption.from_unit),
            keptUntil: str(json.reencryption.kept_until),
            // False after a transfer once messages were added: confirm instead.
            restorable: json.reencryption.restorable !== false,
          }
        : null,
    flag:
      json.flag && typeof json.flag === "object" && FLAGS.includes(json.flag.kind)
        ? { kind: json.flag.kind, at: str(json.flag.at), purgeAfter: str(json.flag.purge_after) }
        : null,
    // A tombstone: the content was deleted at the end of its retention.
    purgedAt: str(json.purged_at),
    history: arr(json.history).map((h) => ({ status: str(h.status), outcome: str(h.outcome), at: str(h.at) })),
    messages: arr(json.messages).map((m) => ({
      id: m.id,
      keySet: Number.isInteger(m.key_set) ? m.key_set : null,
      from: str(m.from),
      at: str(m.at),
      envelope: str(m.envelope),
      attachments: arr(m.attachments)
        .filter((a) => Number.isSafeInteger(a.id) || (typeof a.id === "string" && a.id))
        .map((a) => ({
          id: a.id,
          size: Number.isSafeInteger(a.size) ? a.size : null,
          keySet: Number.isInteger(a.key_set) ? a.key_set : null,
        })),
    })),
  };
}

/** GET /api/v1/cases/{case}/attachments/{id}: the attachment's age file, as bytes. */
export async function getAttachment(ref, id) {
  return call("GET", `/api/v1/cases/${seg(ref)}/attachments/${seg(id)}`, { raw: true });
}

export async function setStatus(ref, status, outcome) {
  return call("POST", `/api/v1/cases/${seg(ref)}/status`, { body: { status, outcome: outcome || null } });
}

/**
 * A reply or a note, with the key-set version it was encrypted to: without it
 * the server records the envelope as of unknown version, and the re-key list
 * counts the case as stale.
 */
export async function postReply(ref, envelope, keySet) {
  return call("POST", `/api/v1/cases/${seg(ref)}/replies`, { body: withKeySet({ envelope }, keySet) });
}

export async function postNote(ref, envelope, keySet) {
  return call("POST", `/api/v1/cases/${seg(ref)}/notes`, { body: withKeySet({ envelope }, keySet) });
}

function withKeySet(body, keySet) {
  return Number.isInteger(keySet) ? { ...body, key_set: keySet } : body;
}

export async function assign(ref, memberLogin) {
  return call("POST", `/api/v1/cases/${seg(ref)}/assign`, { body: { login: memberLogin || null } });
}

/**
 * Transfer (another unit) or re-key (the same unit): every envelope and every
 * attachment of the case, re-encrypted here ([{id, envelope}] each).
 */
export async function reencrypt(ref, unit, keySet, envelopes, attachments = []) {
  return call("POST", `/api/v1/cases/${seg(ref)}/reencrypt`, { body: { unit, key_set: keySet, envelopes, attachments } });
}

/** GET /api/v1/cases/{case}/messages/{id}: one envelope, as bytes (not audited as a read). */
export async function getMessage(ref, id) {
  return call("GET", `/api/v1/cases/${seg(ref)}/messages/${seg(id)}`, { raw: true });
}

/** The supervisor's device opened every envelope and file: the replaced versions go. */
export async function confirmReencryption(ref) {
  return call("POST", `/api/v1/cases/${seg(ref)}/reencrypt/confirm`, { body: {} });
}

/** Marks the case as spam or abuse (it is closed), or removes the mark with null. */
export async function setFlag(ref, flag) {
  return call("POST", `/api/v1/cases/${seg(ref)}/flag`, { body: { flag } });
}

/** Puts back what the last transfer or re-key replaced; {case, unit}. */
export async function restoreReencryption(ref) {
  return call("POST", `/api/v1/cases/${seg(ref)}/reencrypt/restore`, { body: {} });
}

/**
 * Open cases of a unit not yet encrypted to its current set, and those whose
 * re-encryption waits for confirmation: {keySet, remaining, cases, unconfirmed, unconfirmedCases}.
 */
export async function rekeyList(unit, limit = 100) {
  const q = new URLSearchParams({ unit, limit: String(limit) });
  const json = await call("GET", `/api/v1/rekey?${q}`);
  if (!json || typeof json !== "object") throw bad(json);
  return {
    keySet: Number.isInteger(json.key_set) ? json.key_set : null,
    remaining: Number.isInteger(json.remaining) ? json.remaining : 0,
    cases: Array.isArray(json.cases) ? json.cases.filter((c) => typeof c === "string") : [],
    unconfirmed: Number.isInteger(json.unconfirmed) ? json.unconfirmed : 0,
    unconfirmedCases: Array.isArray(json.unconfirmed_cases) ? json.unconfirmed_cases.filter((c) => typeof c === "string") : [],
  };
}

/** Partner organisations (shelters, legal aid, health) and their keys. */
export async function getPartners() {
  const json = await call("GET", "/api/v1/partners");
  return arr(json && json.partners).map((p) => ({
    slug: str(p.slug),
    name: str(p.name) || str(p.slug),
    kind: str(p.kind),
    recipients: Array.isArray(p.recipients) ? p.recipients.filter((r) => typeof r === "string") : [],
  }));
}

/** A copy of what the officer chose to share, encrypted to the partner's keys only. */
export async function refer(ref, partner, envelope) {
  return call("POST", `/api/v1/cases/${seg(ref)}/referrals`, { body: { partner, envelope } });
}
