// Officer console part of the development mock (docs/console.md): sessions
// with an HttpOnly cookie and a CSRF token, password + TOTP sign-in with
// enrolment, lockout, officer keys (and their security-key copies), unit key
// sets, the case queue with filters and cursors, attachments, notes,
// assignment, transfer and re-key, and an audit log. In memory; NOT the
// product. It is deliberately strict where a client could get things wrong
// (unknown fields, missing CSRF header, stanza counts, content type), so that
// the console is tested against the contract, not against leniency.

import { createHash, randomBytes, randomUUID } from "node:crypto";
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { stepAt, totpAt } from "./totp.mjs";

const COOKIE = "passerelle_console";
const MAX_FAILURES = 5;
const LOCKOUT_SECONDS = 60;
const STATUSES = ["received", "under_review", "action_taken", "referred", "closed"];
const OUTCOMES = [
  "investigation_opened",
  "protection_measures",
  "referred_to_partner",
  "referred_to_other_authority",
  "no_offence_identified",
  "insufficient_information",
  "resolved",
];
const RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;
const PASSKEY_CREDENTIAL = /^AGE-PLUGIN-FIDO2PRF-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]+$/;
const FIDO2PRF = "age-encryption.org/fido2prf";
const ATTACHMENT_BLOCK = 65536;

const idleSeconds = (() => {
  const i = process.argv.indexOf("--idle-seconds");
  return i > 0 ? Number(process.argv[i + 1]) : 15 * 60;
})();

class HttpError extends Error {
  constructor(status, code, message, extra = {}) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

function send(res, status, bodyObj, headers = {}) {
  res.writeHead(status, { "Cache-Control": "no-store", ...(bodyObj === undefined ? {} : { "Content-Type": "application/json" }), ...headers });
  res.end(bodyObj === undefined ? undefined : JSON.stringify(bodyObj));
}

async function readJson(req, required, optional = []) {
  const type = (req.headers["content-type"] || "").toLowerCase();
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/.test(type)) throw new HttpError(415, "unsupported_media_type", "send JSON");
  const chunks = [];
  for await (const c of req) chunks.push(c);
  let b;
  try {
    b = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "invalid_json", "the body is not valid JSON");
  }
  if (!b || typeof b !== "object" || Array.isArray(b)) throw new HttpError(400, "invalid_json", "the body must be an object");
  for (const k of Object.keys(b)) {
    if (!required.includes(k) && !optional.includes(k)) throw new HttpError(400, "invalid_json", "a field of the body has the wrong type or value");
  }
  for (const k of required) if (!(k in b)) throw new HttpError(400, "invalid_json", `the field "${k}" is missing`);
  return b;
}

function stanzas(bytes) {
  const magic = Buffer.from("age-encryption.org/v1\n");
  if (!bytes.subarray(0, magic.length).equals(magic)) return null;
  const header = bytes.subarray(0, Math.min(bytes.length, 8192)).toString("latin1");
  const end = header.indexOf("\n---");
  if (end < 0) return null;
  return header
    .slice(0, end)
    .split("\n")
    .filter((l) => l.startsWith("-> "))
    .map((l) => l.split(" ")[1])
    .filter((tag) => !tag.endsWith("-grease"));
}

/** Stanza lines of a binary age header: [[tag, ...args]] (grease left out). */
function stanzaArgs(bytes) {
  const magic = Buffer.from("age-encryption.org/v1\n");
  if (!bytes.subarray(0, magic.length).equals(magic)) return null;
  const header = bytes.subarray(0, Math.min(bytes.length, 8192)).toString("latin1");
  const end = header.indexOf("\n---");
  if (end < 0) return null;
  return header
    .slice(0, end)
    .split("\n")
    .filter((l) => l.startsWith("-> "))
    .map((l) => l.slice(3).split(" "))
    .filter((a) => !a[0].endsWith("-grease"));
}

/** Bytes after the header (nonce and STREAM): the same for the same padded plaintext. */
function payloadLength(bytes) {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192)).toString("latin1");
  const mac = head.indexOf("\n--- ");
  const end = mac < 0 ? -1 : head.indexOf("\n", mac + 1);
  return end < 0 ? -1 : bytes.length - (end + 1);
}

/** A passkey copy: only fido2prf stanzas, each with one argument, a 16-byte nonce. */
function passkeyFileCheck(b64) {
  const ok =
    typeof b64 === "string" &&
    /^[A-Za-z0-9+/]+={0,2}$/.test(b64) &&
    (() => {
      const st = stanzaArgs(Buffer.from(b64, "base64"));
      return (
        st &&
        st.length > 0 &&
        st.every((a) => a.length === 2 && a[0] === FIDO2PRF && /^[A-Za-z0-9+/]{22}$/.test(a[1]) && Buffer.from(a[1], "base64").length === 16)
      );
    })();
  if (!ok) throw new HttpError(400, "invalid_wrapped_identity", "the wrapped identity must be a binary age file with only age-encryption.org/fido2prf stanzas");
}

function envelopeCheck(b64, expected) {
  if (typeof b64 !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64.trim()) || b64.trim().length % 4 !== 0) {
    throw new HttpError(400, "invalid_envelope", "the envelope must be standard base64");
  }
  const tags = stanzas(Buffer.from(b64, "base64"));
  if (!tags) throw new HttpError(400, "invalid_envelope", "the envelope is not a binary age v1 file");
  if (tags.includes("scrypt")) throw new HttpError(400, "invalid_envelope", "the envelope is encrypted with a passphrase; only X25519 recipients are accepted");
  if (tags.some((t) => t !== "X25519")) throw new HttpError(400, "invalid_envelope", "the envelope uses an unsupported recipient type");
  if (tags.length !== expected) {
    throw new HttpError(400, "wrong_recipient_count", `the envelope has ${tags.length} X25519 recipients; this unit's set needs exactly ${expected}`);
  }
}

/** A stand-in QR code: the look of one, from the URI's hash. Hostile on purpose:
 *  a script, links, and images that would load (one from another origin) if the
 *  console inserted the SVG without pruning it. (Event handler and style
 *  attributes are left out: Chromium reports them to the CSP at parse time
 *  already, where they are blocked and harmless.) */
function fakeQrSvg(uri) {
  const h = createHash("sha256").update(uri).digest();
  const n = 25;
  const finder = (x, y) => {
    for (const [fx, fy] of [[0, 0], [n - 7, 0], [0, n - 7]]) {
      const dx = x - fx;
      const dy = y - fy;
      if (dx >= 0 && dx < 7 && dy >= 0 && dy < 7) {
        return dx === 0 || dx === 6 || dy === 0 || dy === 6 || (dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4) ? 1 : 0;
      }
    }
    return null;
  };
  let d = "";
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const f = finder(x, y);
      const on = f === null ? (h[(x * 7 + y * 13) % 32] >> ((x * 3 + y) % 8)) & 1 : f;
      if (on) d += `M${x + 2} ${y + 2}h1v1h-1z`;
    }
  }
  return (
    `<?xml version="1.0" standalone="yes"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="232" height="232" viewBox="0 0 29 29" shape-rendering="crispEdges">` +
    `<script>alert("svg script")</script><rect x="0" y="0" width="29" height="29" fill="#fff"/>` +
    `<path fill="#000" d="${d}"/>` +
    `<image href="https://evil.example/qr-tracker.png" width="1" height="1"/><image xlink:href="/mock-qr-image.png" width="1" height="1"/>` +
    `<a href="javascript:alert('svg link')"><rect width="1" height="1" fill="#000"/></a>` +
    `<foreignObject width="1" height="1"><img xmlns="http://www.w3.org/1999/xhtml" src="/mock-qr-img.png"/></foreignObject></svg>`
  );
}

function verifyTotp(secret, code, nowMs) {
  if (!/^[0-9]{6}$/.test(String(code || ""))) return null;
  const now = stepAt(nowMs);
  return [now - 1, now, now + 1].find((s) => totpAt(secret, s) === code) ?? null;
}

export async function createConsoleMock({ units, cases, caseRef, now, message }) {
  const unitBySlug = (slug) => units.find((u) => u.slug === slug);

  // Partner organisations with their own keys (docs/console.md, "Referral").
  const partners = [];
  for (const [slug, name, kind, n] of [
    ["demo-shelter", "Demo shelter", "shelter", 2],
    ["legal-aid", "Legal aid clinic", "legal", 1],
  ]) {
    const identities = await Promise.all(Array.from({ length: n }, () => generateX25519Identity()));
    partners.push({ slug, name, kind, identities, recipients: await Promise.all(identities.map((i) => identityToRecipient(i))) });
  }

  // -------------------------------------------------------------------------
  // Officers. Colleagues of the unit keys exist as members without accounts.

  const officers = new Map();
  const addOfficer = (o) =>
    officers.set(o.login, {
      name: o.login,
      password: null,
      secret: null,
      enrolled: false,
      lastStep: null,
      failures: 0,
      lockedUntil: 0,
      active: true,
      recipient: null,
      wrapped: null,
      passkey: null, // {credential, wrapped_identity}
      email: null,
      notify: "off",
      units: new Map(),
      ...o,
    });
  for (const u of units) {
    for (const k of u.keys) {
      if (k.kind === "officer") addOfficer({ login: k.login, name: `Colleague ${k.login.split("-").pop()}, ${u.name}`, recipient: k.recipient, units: new Map([[u.slug, "member"]]) });
    }
  }
  addOfficer({
    login: "gbv-officer",
    name: "Amina Diallo",
    password: "demo password gbv officer",
    secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    units: new Map([
      ["gbv-unit", "supervisor"],
      ["child-unit", "member"],
    ]),
  });
  addOfficer({
    login: "gbv-member",
    name: "Karim Benali",
    password: "demo password gbv member",
    secret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
    enrolled: true,
    units: new Map([["gbv-unit", "member"]]),
  });
  addOfficer({
    login: "oversight-officer",
    name: "Claire Martin",
    password: "demo password oversight",
    secret: "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U",
    enrolled: true,
    units: new Map([["oversight", "supervisor"]]),
  });
  addOfficer({ login: "disabled-officer", name: "Former officer", password: "demo password disabled", secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", enrolled: true, active: false, units: new Map([["gbv-unit", "member"]]) });

  const sessions = new Map(); // token -> {login, csrf, created, seen}
  let attachmentIds = 100;
  const reads = new Map(); // `${login} ${case}` -> number of messages seen
  const audit = [];
  const faults = { audit_fault: null };

  const log = (actor, action, subject) => audit.push({ seq: audit.length + 1, at: now(), actor, action, subject: subject ?? null });

  const unitsOf = (o) =>
    [...o.units].map(([slug, role]) => ({ slug, name: unitBySlug(slug)?.name ?? slug, role }));
  const isOversight = (o) => [...o.units.keys()].some((s) => unitBySlug(s)?.oversight);

  function newSession(res, o) {
    const token = randomBytes(32).toString("base64url");
    const csrf = randomBytes(24).toString("base64url");
    sessions.set(token, { login: o.login, csrf, created: Date.now(), seen: Date.now() });
    log(o.login, "console.login", null);
    return send(
      res,
      200,
      { status: "signed_in", login: o.login, name: o.name, units: unitsOf(o), csrf },
      { "Set-Cookie": `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` },
    );
  }

  function cookieToken(req) {
    const m = new RegExp(`(?:^|;\\s*)${COOKIE}=([A-Za-z0-9_-]+)`).exec(req.headers.cookie || "");
    return m ? m[1] : null;
  }

  /** The signed-in officer; throws 401/403 like the contract. */
  function authenticate(req, post) {
    const token = cookieToken(req);
    const s = token && sessions.get(token);
    if (!s) throw new HttpError(401, token ? "session_expired" : "unauthorized", "sign in");
    if (Date.now() - s.seen > idleSeconds * 1000 || Date.now() - s.created > 8 * 3600 * 1000) {
      sessions.delete(token);
      throw new HttpError(401, "session_expired", "the session has expired");
    }
    const o = officers.get(s.login);
    if (!o || !o.active) throw new HttpError(401, "officer_disabled", "this account is disabled");
    if (post && req.headers["x-csrf-token"] !== s.csrf) throw new HttpError(403, "csrf_failed", "missing or wrong CSRF token");
    s.seen = Date.now();
    return { o, s, token };
  }

  function failure(o) {
    o.failures += 1;
    if (o.failures >= MAX_FAILURES) o.lockedUntil = Date.now() + LOCKOUT_SECONDS * 1000 * 2 ** (o.failures - MAX_FAILURES);
    return new HttpError(401, "invalid_credentials", "wrong login, password or code");
  }

  function checkPassword(b) {
    if (typeof b.login !== "string" || typeof b.password !== "string") throw new HttpError(400, "invalid_json", "a field of the body has the wrong type or value");
    const o = officers.get(b.login);
    if (!o || !o.password) throw new HttpError(401, "invalid_credentials", "wrong login, password or code");
    if (o.lockedUntil > Date.now()) {
      throw new HttpError(429, "too_many_attempts", "too many attempts", { retry_after: Math.ceil((o.lockedUntil - Date.now()) / 1000) });
    }
    if (b.password !== o.password) throw failure(o);
    if (!o.active) throw new HttpError(401, "officer_disabled", "this account is disabled");
    return o;
  }

  // -------------------------------------------------------------------------
  // Cases as officers see them

  const findCase = (ref, o) => {
    const canon = String(ref).toUpperCase().replace(/-/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
    const c = [...cases.values()].find((x) => x.case.replace(/-/g, "") === canon);
    if (!c || !o.units.has(c.unit)) throw new HttpError(404, "not_found", "no such case in your units");
    return c;
  };
  const unread = (c, o) => {
    const seen = reads.get(`${o.login} ${c.case}`) ?? 0;
    return c.messages.some((m, i) => m.from === "reporter" && i >= seen);
  };
  const summary = (c, o) => ({
    case: c.case,
    unit: c.unit,
    category: c.meta.category,
    status: c.status,
    urgent: c.meta.urgent,
    region: c.meta.region || null,
    language: c.meta.language,
    created: c.created,
    updated: c.updated,
    assigned_to: c.assigned_to,
    unread: unread(c, o),
  });

  function listCases(o, query) {
    const allowed = ["unit", "status", "limit", "offset", "urgent", "assigned", "sort", "urgent_first", "cursor"];
    for (const k of query.keys()) if (!allowed.includes(k)) throw new HttpError(400, "invalid_query", `unknown parameter ${k}`);
    const unit = query.get("unit");
    if (unit !== null && !o.units.has(unit)) throw new HttpError(403, "forbidden", "not one of your units");
    const status = query.get("status");
    if (status !== null && !STATUSES.includes(status)) throw new HttpError(400, "invalid_status", "not a status");
    const limit = query.has("limit") ? Number(query.get("limit")) : 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new HttpError(400, "invalid_query", "limit 1–500");
    const urgent = query.get("urgent");
    if (urgent !== null && urgent !== "true" && urgent !== "false") throw new HttpError(400, "invalid_query", "urgent=true|false");
    const sort = query.get("sort") ?? "created";
    if (!["created", "updated"].includes(sort)) throw new HttpError(400, "invalid_query", "sort=created|updated");
    const urgentFirst = query.get("urgent_first");
    if (urgentFirst !== null && urgentFirst !== "true" && urgentFirst !== "false") throw new HttpError(400, "invalid_query", "urgent_first=true|false");
    const assigned = query.get("assigned");
    let start = 0;
    if (query.has("cursor")) {
      start = Number(Buffer.from(query.get("cursor"), "base64url").toString());
      if (!Number.isInteger(start) || start < 0) throw new HttpError(400, "invalid_query", "bad cursor");
    }
    let list = [...cases.values()].filter((c) => o.units.has(c.unit) && (unit === null || c.unit === unit));
    if (status !== null) list = list.filter((c) => c.status === status);
    if (urgent !== null) list = list.filter((c) => c.meta.urgent === (urgent === "true"));
    if (assigned === "me") list = list.filter((c) => c.assigned_to === o.login);
    else if (assigned === "none") list = list.filter((c) => c.assigned_to === null);
    else if (assigned !== null) list = list.filter((c) => c.assigned_to === assigned);
    list.sort((a, b) => (b[sort] < a[sort] ? -1 : b[sort] > a[sort] ? 1 : 0));
    if (urgentFirst === "true") list.sort((a, b) => Number(b.meta.urgent) - Number(a.meta.urgent));
    const page = list.slice(start, start + limit);
    const next = start + limit < list.length ? Buffer.from(String(start + limit)).toString("base64url") : null;
    return { cases: page.map((c) => summary(c, o)), next };
  }

  function requireSupervisor(o, slug) {
    if (!unitBySlug(slug) || o.units.get(slug) !== "supervisor") throw new HttpError(403, "forbidden", "supervisors only");
    return unitBySlug(slug);
  }

  // -------------------------------------------------------------------------

  async function route(req, res, url) {
    const m = req.method;
    const query = new URL(req.url, "http://x").searchParams;

    // Sign-in and enrolment: no session, no CSRF.
    if (m === "POST" && url === "/console/api/login") {
      const b = await readJson(req, ["login", "password"], ["totp"]);
      const o = checkPassword(b);
      if (!o.enrolled) {
        const otpauth = `otpauth://totp/Passerelle:${encodeURIComponent(o.login)}?secret=${o.secret}&issuer=Passerelle&algorithm=SHA1&digits=6&period=30`;
        return send(res, 200, { status: "enrolment_required", secret: o.secret, otpauth, qr_svg: fakeQrSvg(otpauth) });
      }
      if (b.totp === undefined || b.totp === null || b.totp === "") throw new HttpError(401, "totp_required", "enter the code");
      const step = verifyTotp(o.secret, b.totp, Date.now());
      if (step === null) throw failure(o);
      if (o.lastStep !== null && step <= o.lastStep) throw new HttpError(401, "totp_replayed", "this code was already used");
      o.lastStep = step;
      o.failures = 0;
      return newSession(res, o);
    }
    if (m === "POST" && url === "/console/api/enrol") {
      const b = await readJson(req, ["login", "password", "totp"]);
      const o = checkPassword(b);
      if (o.enrolled) throw new HttpError(401, "invalid_credentials", "already enrolled");
      const step = verifyTotp(o.secret, b.totp, Date.now());
      if (step === null) throw failure(o);
      o.enrolled = true;
      o.lastStep = step;
      o.failures = 0;
      return newSession(res, o);
    }

    // Everything else needs a session (or is not ours).
    const ours =
      url.startsWith("/console/api/") ||
      ["/api/v1/me", "/api/v1/cases", "/api/v1/partners", "/api/v1/rekey"].includes(url) ||
      url.startsWith("/api/v1/cases/");
    if (!ours) return false;
    const { o, s, token } = authenticate(req, m === "POST");

    if (m === "GET" && url === "/console/api/session") {
      return send(res, 200, {
        login: o.login,
        name: o.name,
        units: unitsOf(o),
        csrf: s.csrf,
        key: o.recipient && o.wrapped ? { recipient: o.recipient, wrapped_identity: o.wrapped, passkey: o.passkey } : null,
        oversight: isOversight(o),
        notify: { email: o.email, mode: o.notify },
      });
    }
    if (m === "POST" && url === "/console/api/preferences") {
      const b = await readJson(req, ["notify"], ["email"]);
      if (!["each", "digest", "off"].includes(b.notify)) throw new HttpError(400, "invalid_notify", "notify is each, digest or off");
      const email = typeof b.email === "string" && b.email.trim() ? b.email.trim() : null;
      if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new HttpError(400, "invalid_email", "that is not an e-mail address");
      if (b.notify !== "off" && !email) throw new HttpError(400, "invalid_email", "give an address to be notified at");
      o.email = email;
      o.notify = b.notify;
      return send(res, 200, { email, notify: b.notify });
    }
    if (m === "POST" && url === "/console/api/logout") {
      sessions.delete(token);
      log(o.login, "console.logout", null);
      return send(res, 204, undefined, { "Set-Cookie": `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` });
    }
    if (m === "POST" && url === "/console/api/logout-all") {
      for (const [k, v] of sessions) if (v.login === o.login) sessions.delete(k);
      log(o.login, "console.logout_all", null);
      return send(res, 204, undefined, { "Set-Cookie": `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` });
    }
    if (m === "POST" && url === "/console/api/keys") {
      const b = await readJson(req, ["recipient", "wrapped_identity"]);
      if (typeof b.recipient !== "string" || !RECIPIENT.test(b.recipient)) throw new HttpError(400, "invalid_recipient", "not an age X25519 recipient");
      const tags = typeof b.wrapped_identity === "string" ? stanzas(Buffer.from(b.wrapped_identity, "base64")) : null;
      if (!tags || tags.length !== 1 || tags[0] !== "scrypt") throw new HttpError(400, "invalid_wrapped_identity", "the wrapped identity must be a binary age file with one scrypt stanza");
      o.recipient = b.recipient;
      o.wrapped = b.wrapped_identity;
      // The security-key copy holds the old identity: it goes.
      o.passkey = null;
      log(o.login, "officer.key", b.recipient);
      return send(res, 200, { recipient: b.recipient });
    }
    if (m === "POST" && url === "/console/api/keys/passkey") {
      const b = await readJson(req, ["credential", "wrapped_identity", "recipient"]);
      if (typeof b.credential !== "string" || !PASSKEY_CREDENTIAL.test(b.credential)) throw new HttpError(400, "invalid_credential", "not an AGE-PLUGIN-FIDO2PRF-1 identity string");
      passkeyFileCheck(b.wrapped_identity);
      if (!o.recipient || !o.wrapped) throw new HttpError(409, "no_key", "create a key with a passphrase first");
      if (b.recipient !== o.recipient) throw new HttpError(409, "key_changed", "the key changed since this copy was made");
      o.passkey = { credential: b.credential, wrapped_identity: b.wrapped_identity };
      log(o.login, "key.passkey", null);
      return send(res, 200, { passkey: true });
    }
    if (m === "POST" && url === "/console/api/keys/passkey/remove") {
      await readJson(req, []);
      o.passkey = null;
      log(o.login, "key.passkey_remove", null);
      return send(res, 200, { passkey: false });
    }
    let r;
    if (m === "GET" && (r = /^\/console\/api\/units\/([^/]+)\/members$/.exec(url))) {
      const u = requireSupervisor(o, decodeURIComponent(r[1]));
      const active = u.recipients;
      const members = [...officers.values()]
        .filter((x) => x.units.has(u.slug))
        .map((x) => ({ login: x.login, name: x.name, role: x.units.get(u.slug), active: x.active, recipient: x.recipient, in_set: Boolean(x.recipient && active.includes(x.recipient)) }));
      return send(res, 200, { members });
    }
    if (m === "GET" && (r = /^\/console\/api\/units\/([^/]+)\/keys$/.exec(url))) {
      const u = requireSupervisor(o, decodeURIComponent(r[1]));
      return send(res, 200, { key_set: u.key_set, recipients: u.keys });
    }
    if (m === "POST" && (r = /^\/console\/api\/units\/([^/]+)\/recipients$/.exec(url))) {
      const u = requireSupervisor(o, decodeURIComponent(r[1]));
      const b = await readJson(req, ["login"]);
      const member = officers.get(b.login);
      if (!member || !member.units.has(u.slug)) throw new HttpError(404, "not_found", "no such member");
      if (!member.recipient) throw new HttpError(409, "no_key", "this member has no key");
      if (!u.recipients.includes(member.recipient)) {
        u.keys.push({ id: Math.max(0, ...units.flatMap((x) => x.keys.map((k) => k.id))) + 1, kind: "officer", login: member.login, label: member.name, recipient: member.recipient, active: true, added_at: now(), revoked_at: null });
        u.key_set += 1;
        log(o.login, "unit.recipient_add", `${u.slug} ${member.login}`);
      }
      return send(res, 200, { key_set: u.key_set });
    }
    if (m === "POST" && (r = /^\/console\/api\/units\/([^/]+)\/recipients\/([^/]+)\/revoke$/.exec(url))) {
      const u = requireSupervisor(o, decodeURIComponent(r[1]));
      await readJson(req, []);
      const k = u.keys.find((x) => String(x.id) === decodeURIComponent(r[2]));
      if (!k) throw new HttpError(404, "not_found", "no such recipient");
      if (k.active) {
        k.active = false;
        k.revoked_at = now();
        u.key_set += 1;
        log(o.login, "unit.recipient_revoke", `${u.slug} ${k.id}`);
      }
      return send(res, 200, { key_set: u.key_set });
    }
    if (m === "GET" && url === "/console/api/audit") {
      if (!isOversight(o)) throw new HttpError(403, "forbidden", "oversight only");
      const limit = Math.min(500, Math.max(1, Number(query.get("limit") || 100)));
      const before = query.has("before") ? Number(query.get("before")) : Infinity;
      const entries = audit.filter((e) => e.seq < before).reverse().slice(0, limit);
      return send(res, 200, { entries, verified: !faults.audit_fault, fault: faults.audit_fault });
    }

    // The officer JSON API with the session cookie.
    if (m === "GET" && url === "/api/v1/me") return send(res, 200, { login: o.login, name: o.name, units: unitsOf(o) });
    if (m === "GET" && url === "/api/v1/cases") return send(res, 200, listCases(o, query));
    if (m === "GET" && (r = /^\/api\/v1\/cases\/([^/]+)$/.exec(url))) {
      const c = findCase(decodeURIComponent(r[1]), o);
      reads.set(`${o.login} ${c.case}`, c.messages.length);
      log(o.login, "case.fetch", c.case);
      return send(res, 200, {
        ...summary(c, o),
        unread: undefined,
        reply_recipient: c.reply_recipient,
        referral_consent: Boolean(c.meta.referral_consent),
        referrals: (c.referrals || []).map(({ partner, at }) => ({ partner, at })),
        history: c.history,
        messages: c.messages.map((x) => ({
          id: x.id,
          key_set: x.key_set,
          from: x.from,
          envelope: x.envelope,
          at: x.at,
          attachments: (x.attachments || []).map((a) => ({ id: a.id, size: Buffer.from(a.envelope, "base64").length, key_set: a.key_set })),
        })),
      });
    }
    if (m === "GET" && (r = /^\/api\/v1\/cases\/([^/]+)\/attachments\/([^/]+)$/.exec(url))) {
      const c = findCase(decodeURIComponent(r[1]), o);
      const a = c.messages.flatMap((x) => x.attachments || []).find((y) => String(y.id) === decodeURIComponent(r[2]));
      if (!a) throw new HttpError(404, "not_found", "no such attachment in this case");
      log(o.login, "attachment.fetch", `${c.case} ${a.id}`);
      const bytes = Buffer.from(a.envelope, "base64");
      res.writeHead(200, { "Cache-Control": "no-store", "Content-Type": "application/octet-stream", "Content-Length": bytes.length });
      return res.end(bytes);
    }
    if (m === "GET" && url === "/api/v1/partners") {
      return send(res, 200, { partners: partners.map(({ slug, name, kind, recipients }) => ({ slug, name, kind, recipients })) });
    }
    if (m === "GET" && url === "/api/v1/rekey") {
      for (const k of query.keys()) if (!["unit", "limit"].includes(k)) throw new HttpError(400, "invalid_query", `unknown parameter ${k}`);
      const slug = query.get("unit");
      if (!slug || !o.units.has(slug)) throw new HttpError(403, "forbidden", "not one of your units");
      const u = unitBySlug(slug);
      const limit = Math.min(500, Math.max(1, Number(query.get("limit") || 100)));
      const stale = [...cases.values()]
        .filter((c) => c.unit === slug && c.status !== "closed" && c.messages.some((x) => x.key_set !== u.key_set || (x.attachments || []).some((a) => a.key_set !== u.key_set)))
        .sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
      return send(res, 200, { unit: slug, key_set: u.key_set, remaining: stale.length, cases: stale.slice(0, limit).map((c) => c.case) });
    }
    if (m === "POST" && (r = /^\/api\/v1\/cases\/([^/]+)\/reencrypt$/.exec(url))) {
      const b = await readJson(req, ["unit", "key_set", "envelopes", "attachments"]);
      const c = findCase(decodeURIComponent(r[1]), o);
      const target = unitBySlug(b.unit);
      if (!target) throw new HttpError(400, "unknown_unit", "no such unit");
      if (!Array.isArray(b.envelopes)) throw new HttpError(400, "invalid_json", "envelopes must be a list");
      const ids = b.envelopes.map((e) => e && e.id);
      const mine = c.messages.map((x) => x.id);
      if (ids.length !== mine.length || !mine.every((id) => ids.includes(id))) {
        throw new HttpError(409, "thread_changed", "the thread changed since you fetched it; fetch it again");
      }
      if (!Array.isArray(b.attachments)) throw new HttpError(400, "invalid_json", "attachments must be a list");
      const files = c.messages.flatMap((x) => x.attachments || []);
      const sentFiles = b.attachments.map((a) => a && a.id);
      if (sentFiles.length !== files.length || !files.every((a) => sentFiles.includes(a.id))) {
        throw new HttpError(409, "thread_changed", "the attachments changed since you fetched the case; fetch it again");
      }
      if (b.key_set !== target.key_set) throw new HttpError(409, "keys_changed", "the unit's keys have changed");
      for (const e of b.envelopes) {
        const x = c.messages.find((y) => y.id === e.id);
        envelopeCheck(e.envelope, target.recipients.length + (x.from === "unit" ? 1 : 0));
      }
      for (const a of b.attachments) {
        envelopeCheck(a.envelope, target.recipients.length);
        // Padding kept as it is: the same size class, so the same ciphertext length.
        const old = files.find((f) => f.id === a.id);
        if (payloadLength(Buffer.from(a.envelope, "base64")) !== payloadLength(Buffer.from(old.envelope, "base64"))) {
          throw new HttpError(400, "invalid_envelope", `attachment ${a.id}: not the same padded size`);
        }
      }
      for (const e of b.envelopes) Object.assign(c.messages.find((y) => y.id === e.id), { envelope: e.envelope, key_set: target.key_set });
      for (const a of b.attachments) Object.assign(files.find((f) => f.id === a.id), { envelope: a.envelope, key_set: target.key_set });
      const from = c.unit;
      if (from !== target.slug) {
        c.unit = target.slug;
        c.assigned_to = null;
        log(o.login, "case.transfer", `${c.case} ${from} -> ${target.slug}`);
      } else log(o.login, "case.rekey", c.case);
      return send(res, 200, { case: c.case, unit: target.slug, key_set: target.key_set });
    }
    if (m === "POST" && (r = /^\/api\/v1\/cases\/([^/]+)\/referrals$/.exec(url))) {
      const b = await readJson(req, ["partner", "envelope"]);
      const p = partners.find((x) => x.slug === b.partner);
      if (!p) throw new HttpError(400, "unknown_partner", "no such partner organisation");
      envelopeCheck(b.envelope, p.recipients.length);
      const c = findCase(decodeURIComponent(r[1]), o);
      if (!c.meta.referral_consent) throw new HttpError(409, "no_consent", "the reporter did not agree to a referral");
      const at = now();
      (c.referrals ||= []).push({ partner: p.slug, at, envelope: b.envelope });
      c.status = "referred";
      c.history.push({ status: "referred", outcome: "referred_to_partner", at });
      c.updated = at;
      log(o.login, "case.referral", `${c.case} ${p.slug}`);
      return send(res, 201, { case: c.case, partner: p.slug, status: "referred" });
    }
    if (m === "POST" && (r = /^\/api\/v1\/cases\/([^/]+)\/(status|replies|notes|assign)$/.exec(url))) {
      const c = findCase(decodeURIComponent(r[1]), o);
      const u = unitBySlug(c.unit);
      if (r[2] === "status") {
        const b = await readJson(req, ["status"], ["outcome"]);
        if (!STATUSES.includes(b.status)) throw new HttpError(400, "invalid_status", "not a status");
        if (b.outcome !== undefined && b.outcome !== null && !OUTCOMES.includes(b.outcome)) throw new HttpError(400, "invalid_outcome", "not an outcome");
        c.status = b.status;
        c.history.push({ status: b.status, outcome: b.outcome ?? null, at: now() });
        c.updated = now();
        log(o.login, "case.status", c.case);
        return send(res, 200, { case: c.case, status: c.status });
      }
      if (r[2] === "assign") {
        const b = await readJson(req, ["login"]);
        if (b.login !== null && (typeof b.login !== "string" || !officers.get(b.login)?.units.has(c.unit))) throw new HttpError(400, "invalid_login", "not a member of the unit");
        c.assigned_to = b.login;
        log(o.login, "case.assign", `${c.case} ${b.login ?? "-"}`);
        return send(res, 200, { case: c.case, assigned_to: c.assigned_to });
      }
      const b = await readJson(req, ["envelope"]);
      const n = u.recipients.length;
      envelopeCheck(b.envelope, r[2] === "replies" ? n + 1 : n);
      const msg = message(r[2] === "replies" ? "unit" : "note", b.envelope, u);
      const at = msg.at;
      c.messages.push(msg);
      c.updated = at;
      log(o.login, r[2] === "replies" ? "case.reply" : "case.note", c.case);
      return send(res, 201, { case: c.case, at });
    }
    throw new HttpError(404, "not_found", "no such endpoint");
  }

  // -------------------------------------------------------------------------
  // Development helpers

  async function mockRoute(req, res, url) {
    if (req.method === "GET" && url === "/mock/officers") {
      return send(res, 200, {
        officers: [...officers.values()]
          .filter((o) => o.password)
          .map((o) => ({ login: o.login, name: o.name, password: o.password, totp_secret: o.secret, enrolled: o.enrolled, active: o.active, units: Object.fromEntries(o.units) })),
      });
    }
    if (req.method === "POST" && url === "/mock/report") {
      const b = await readJson(req, ["category", "text"], ["urgent", "region", "language", "referral_consent", "attachments"]);
      const unit = units.find((u) => u.categories.includes(b.category));
      if (!unit) throw new HttpError(400, "unknown_category", "unknown category");
      const replyIdentity = await generateX25519Identity();
      const replyRecipient = await identityToRecipient(replyIdentity);
      // Attachments as the reporter's device makes them (docs/crypto.md §2):
      // [{name, type, kind, metadata_removed?, content_base64}] → described in
      // the report, each its own age file, zero-padded to 64 KiB blocks.
      const files = [];
      for (const f of Array.isArray(b.attachments) ? b.attachments : []) {
        const bytes = Buffer.from(String(f.content_base64 || ""), "base64");
        const padded = Buffer.alloc(Math.max(ATTACHMENT_BLOCK, Math.ceil(bytes.length / ATTACHMENT_BLOCK) * ATTACHMENT_BLOCK));
        bytes.copy(padded);
        const ae = new Encrypter();
        for (const rcp of unit.recipients) ae.addRecipient(rcp);
        files.push({
          description: {
            name: String(f.name ?? ""),
            type: String(f.type || "application/octet-stream"),
            size: bytes.length,
            sha256: createHash("sha256").update(bytes).digest("hex"),
            kind: ["photo", "document", "voice"].includes(f.kind) ? f.kind : "document",
            ...(f.kind === "photo" ? { metadata_removed: f.metadata_removed !== false } : {}),
          },
          stored: { id: ++attachmentIds, key_set: unit.key_set, envelope: Buffer.from(await ae.encrypt(padded)).toString("base64") },
        });
      }
      const plain = JSON.stringify({
        v: 1,
        kind: "report",
        category: b.category,
        language: b.language || "fr",
        urgent: Boolean(b.urgent),
        region: b.region || null,
        fields: { what: b.text, when: "hier soir", where: "près de la gare", who: "" },
        referral_consent: b.referral_consent !== false,
        ...(files.length ? { attachments: files.map((f) => f.description) } : {}),
      });
      const e = new Encrypter();
      for (const rcp of unit.recipients) e.addRecipient(rcp);
      const envelope = Buffer.from(await e.encrypt(plain.padEnd(Math.max(1024, 2 ** Math.ceil(Math.log2(plain.length))), " "))).toString("base64");
      const at = now();
      const c = {
        case: caseRef(),
        unit: unit.slug,
        envelope,
        reply_recipient: replyRecipient,
        reply_identity: replyIdentity,
        meta: { category: b.category, language: b.language || "fr", urgent: Boolean(b.urgent), region: b.region || null, referral_consent: b.referral_consent !== false },
        referrals: [],
        status: "received",
        created: at,
        updated: at,
        assigned_to: null,
        history: [{ status: "received", outcome: null, at }],
        messages: [{ ...message("reporter", envelope, unit), at, attachments: files.map((f) => f.stored) }],
      };
      cases.set(randomUUID(), c);
      return send(res, 201, {
        case: c.case,
        reply_identity: replyIdentity,
        attachments: files.map((f) => ({ id: f.stored.id, ...f.description })),
      });
    }
    if (req.method === "GET" && url === "/mock/referrals") {
      // What the partner would read, opened with the partner's own keys.
      const out = [];
      for (const c of cases.values()) {
        for (const ref of c.referrals || []) {
          const p = partners.find((x) => x.slug === ref.partner);
          const d = new Decrypter();
          for (const i of p.identities) d.addIdentity(i);
          out.push({ case: c.case, partner: p.slug, plaintext: (await d.decrypt(Buffer.from(ref.envelope, "base64"), "text")).trimEnd() });
        }
      }
      return send(res, 200, { referrals: out });
    }
    if (req.method === "POST" && url === "/mock/add-key") {
      const b = await readJson(req, ["unit", "login"]);
      const u = unitBySlug(b.unit);
      const member = officers.get(b.login);
      if (!u || !member || !member.recipient) throw new HttpError(409, "no_key", "no such unit or member key");
      if (!u.recipients.includes(member.recipient)) {
        u.keys.push({ id: Math.max(0, ...units.flatMap((x) => x.keys.map((k) => k.id))) + 1, kind: "officer", login: member.login, label: member.name, recipient: member.recipient, active: true, added_at: now(), revoked_at: null });
        u.key_set += 1;
        if (!member.units.has(u.slug)) member.units.set(u.slug, "member");
      }
      return send(res, 200, { key_set: u.key_set });
    }
    if (req.method === "POST" && url === "/mock/expire") {
      const b = await readJson(req, ["login"]);
      for (const [k, v] of sessions) if (v.login === b.login) sessions.delete(k);
      return send(res, 200, { ok: true });
    }
    if (req.method === "POST" && url === "/mock/console-faults") {
      Object.assign(faults, await readJson(req, [], ["audit_fault"]));
      return send(res, 200, faults);
    }
    return false;
  }

  return {
    officers,
    async api(req, res, url) {
      try {
        if (url.startsWith("/mock/")) return await mockRoute(req, res, url);
        return await route(req, res, url);
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        const headers = err.status === 401 ? { "WWW-Authenticate": "Bearer" } : {};
        return send(res, err.status, { error: { code: err.code, message: err.message, ...err.extra } }, headers);
      }
    },
  };
}

