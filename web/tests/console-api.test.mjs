// The console's fetch wrapper: cookie credentials, CSRF header on POSTs,
// no cache, errors and lost sessions. fetch is replaced by a recorder.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import * as api from "../src/console/api.js";

let calls = [];
let answers = [];

function answer(status, body) {
  answers.push({ status, body });
}

globalThis.fetch = async (url, opts) => {
  calls.push({ url, ...opts, headers: { ...opts.headers } });
  const a = answers.shift();
  if (!a) throw new TypeError("network down");
  return {
    status: a.status,
    ok: a.status >= 200 && a.status < 300,
    arrayBuffer: async () => a.raw.slice().buffer,
    json: async () => {
      if (a.body === undefined) throw new SyntaxError("no body");
      return a.body;
    },
  };
};

/** The JSON body of the last request. */
const lastBody = () => JSON.parse(calls[calls.length - 1].body);

let lost = [];
api.onSessionLost((err) => lost.push(err.code));

beforeEach(() => {
  calls = [];
  answers = [];
  lost = [];
  api.setCsrf(null);
});

const SIGNED_IN = { status: "signed_in", login: "amina", name: "Amina", units: [{ slug: "gbv", name: "GBV", role: "supervisor" }], csrf: "tok-1" };

test("sign-in: no CSRF header, no totp field when empty, cookies same-origin, no cache", async () => {
  answer(200, SIGNED_IN);
  const s = await api.login("amina", "pw", "");
  assert.equal(s.status, "signed_in");
  const c = calls[0];
  assert.equal(c.url, "/console/api/login");
  assert.equal(c.method, "POST");
  assert.deepEqual(JSON.parse(c.body), { login: "amina", password: "pw" });
  assert.equal(c.credentials, "same-origin");
  assert.equal(c.mode, "same-origin");
  assert.equal(c.cache, "no-store");
  assert.equal(c.redirect, "error");
  assert.equal(c.referrerPolicy, "no-referrer");
  assert.equal(c.headers["Content-Type"], "application/json");
  assert.equal(c.headers["X-CSRF-Token"], undefined);

  answer(200, SIGNED_IN);
  await api.login("amina", "pw", "123456");
  assert.deepEqual(JSON.parse(calls[1].body), { login: "amina", password: "pw", totp: "123456" });
});

test("every later POST carries the CSRF token from sign-in; GETs do not need it", async () => {
  answer(200, SIGNED_IN);
  await api.login("amina", "pw", "123456");
  answer(200, { case: "A", status: "under_review" });
  await api.setStatus("7K2M-Q9XD-4HRT", "under_review", "");
  answer(201, { case: "A", at: "x" });
  await api.postNote("7K2M-Q9XD-4HRT", "ZW52", 4);
  answer(200, { case: "A", assigned_to: null });
  await api.assign("7K2M-Q9XD-4HRT", "");
  answer(204);
  await api.logout();
  const posts = calls.slice(1);
  for (const c of posts) assert.equal(c.headers["X-CSRF-Token"], "tok-1", c.url);
  assert.equal(posts[0].url, "/api/v1/cases/7K2M-Q9XD-4HRT/status");
  assert.deepEqual(JSON.parse(posts[0].body), { status: "under_review", outcome: null });
  // With the key-set version it was encrypted to: the re-key list then leaves the case alone.
  assert.deepEqual(JSON.parse(posts[1].body), { envelope: "ZW52", key_set: 4 });
  assert.deepEqual(JSON.parse(posts[2].body), { login: null });
  assert.equal(posts[3].url, "/console/api/logout");
  assert.equal(posts[3].body, "{}", "body-less POSTs send an empty JSON object");

  // After sign-out the token is gone.
  answer(200, { cases: [], next: null });
  await api.listCases("unit=gbv");
  assert.equal(calls.at(-1).url, "/api/v1/cases?unit=gbv");
  assert.equal(calls.at(-1).method, "GET");
  assert.equal(calls.at(-1).body, undefined);
});

test("enrolment answers and the enrolment POST", async () => {
  answer(200, { status: "enrolment_required", secret: "JBSWY3DPEHPK3PXP", otpauth: "otpauth://totp/x", qr_svg: "<svg/>" });
  const e = await api.login("amina", "pw", "");
  assert.deepEqual(e, { status: "enrolment_required", secret: "JBSWY3DPEHPK3PXP", otpauth: "otpauth://totp/x", qrSvg: "<svg/>" });
  answer(200, SIGNED_IN);
  await api.enrol("amina", "pw", "654321");
  assert.equal(calls[1].url, "/console/api/enrol");
  assert.deepEqual(JSON.parse(calls[1].body), { login: "amina", password: "pw", totp: "654321" });
  assert.equal(calls[1].headers["X-CSRF-Token"], undefined);
});

test("sign-in refusals are answers, not lost sessions; 429 gives the wait", async () => {
  answer(401, { error: { code: "invalid_credentials", message: "x" } });
  await assert.rejects(api.login("a", "b", ""), (e) => e.code === "invalid_credentials" && e.status === 401);
  answer(429, { error: { code: "too_many_attempts", message: "x", retry_after: 59.2 } });
  await assert.rejects(api.login("a", "b", ""), (e) => e.code === "too_many_attempts" && e.retryAfter === 60);
  assert.deepEqual(lost, []);
});

test("a 401 on a session call ends the session once, and drops the token", async () => {
  api.setCsrf("tok-2");
  answer(401, { error: { code: "session_expired", message: "x" } });
  await assert.rejects(api.getCase("X"), (e) => e.sessionLost);
  assert.deepEqual(lost, ["session_expired"]);
  answer(200, { case: "A" });
  await api.setStatus("X", "closed", null);
  assert.equal(calls.at(-1).headers["X-CSRF-Token"], undefined);
  answer(401, { error: { code: "officer_disabled", message: "x" } });
  await assert.rejects(api.listCases(""));
  assert.deepEqual(lost, ["session_expired", "officer_disabled"]);
  // 403 forbidden is not a lost session.
  answer(403, { error: { code: "forbidden", message: "x" } });
  await assert.rejects(api.getMembers("gbv"), (e) => e.code === "forbidden");
  assert.equal(lost.length, 2);
});

test("403 csrf_failed: fetch the session's token and try once more", async () => {
  api.setCsrf("old");
  answer(403, { error: { code: "csrf_failed", message: "x" } });
  answer(200, { login: "amina", name: "Amina", units: [], csrf: "new", key: null, oversight: false });
  answer(201, { case: "A", at: "x" });
  await api.postReply("A", "ZW52");
  assert.deepEqual(calls.map((c) => [c.method, c.url, c.headers["X-CSRF-Token"]]), [
    ["POST", "/api/v1/cases/A/replies", "old"],
    ["GET", "/console/api/session", undefined],
    ["POST", "/api/v1/cases/A/replies", "new"],
  ]);
  // Only once.
  answer(403, { error: { code: "csrf_failed", message: "x" } });
  answer(200, { login: "amina", units: [], csrf: "newer", key: null });
  answer(403, { error: { code: "csrf_failed", message: "x" } });
  await assert.rejects(api.postReply("A", "ZW52"), (e) => e.code === "csrf_failed");
});

test("network failures and odd answers", async () => {
  await assert.rejects(api.getSession(), (e) => e.code === "network" && e.status === 0);
  answer(500, undefined);
  await assert.rejects(api.getSession(), (e) => e.code === "http_500");
  answer(200, { cases: "nope" });
  await assert.rejects(api.listCases(""), (e) => e.code === "bad_response");
});

test("paths are encoded; shapes are normalised", async () => {
  answer(200, { members: [{ login: "a", name: "A", role: "member", active: true, recipient: null, in_set: false }] });
  const m = await api.getMembers("g/b?v");
  assert.equal(calls[0].url, "/console/api/units/g%2Fb%3Fv/members");
  assert.deepEqual(m, [{ login: "a", name: "A", role: "member", active: true, recipient: null, inSet: false }]);
  answer(200, { key_set: 4 });
  await api.revokeRecipient("gbv", 12);
  assert.equal(calls[1].url, "/console/api/units/gbv/recipients/12/revoke");
  answer(200, { entries: [], verified: false, fault: "seq 5: hash mismatch" });
  const a = await api.getAudit({ limit: 10, before: 99 });
  assert.equal(calls[2].url, "/console/api/audit?limit=10&before=99");
  assert.deepEqual(a, { entries: [], verified: false, fault: "seq 5: hash mismatch" });
  answer(200, { login: "a", units: [], csrf: "c", key: { recipient: "age1x", wrapped_identity: "d3JhcA==" }, oversight: true });
  const s = await api.getSession();
  assert.deepEqual(s.key, { recipient: "age1x", wrappedIdentity: "d3JhcA==", passkey: null });
  assert.equal(s.oversight, true);
  answer(200, { login: "a", units: [], csrf: "c", key: null });
  assert.equal((await api.getSession()).key, null);
});

test("transfer, re-key, partners, referrals and preferences", async () => {
  api.setCsrf("tok-3");
  answer(200, { case: "A", unit: "child", key_set: 7 });
  await api.reencrypt("A", "child", 7, [{ id: 1, envelope: "ZQ==" }]);
  assert.equal(calls[0].url, "/api/v1/cases/A/reencrypt");
  // No attachments: the list is sent empty, never left out.
  assert.deepEqual(JSON.parse(calls[0].body), { unit: "child", key_set: 7, envelopes: [{ id: 1, envelope: "ZQ==" }], attachments: [] });
  assert.equal(calls[0].headers["X-CSRF-Token"], "tok-3");

  answer(200, { unit: "gbv", key_set: 4, remaining: 12, cases: ["A", 3, "B"], unconfirmed: 2, unconfirmed_cases: ["C", null, "D"] });
  assert.deepEqual(await api.rekeyList("gbv", 50), { keySet: 4, remaining: 12, cases: ["A", "B"], unconfirmed: 2, unconfirmedCases: ["C", "D"] });
  assert.equal(calls[1].url, "/api/v1/rekey?unit=gbv&limit=50");

  answer(200, { partners: [{ slug: "shelter", name: "Shelter", kind: "shelter", recipients: ["age1x", 5] }] });
  assert.deepEqual(await api.getPartners(), [{ slug: "shelter", name: "Shelter", kind: "shelter", recipients: ["age1x"] }]);

  answer(201, { case: "A", partner: "shelter", status: "referred" });
  await api.refer("A", "shelter", "ZQ==");
  assert.deepEqual(JSON.parse(calls[3].body), { partner: "shelter", envelope: "ZQ==" });

  answer(200, { email: null, notify: "off" });
  await api.setPreferences("", "off");
  assert.equal(calls[4].url, "/console/api/preferences");
  assert.deepEqual(JSON.parse(calls[4].body), { email: null, notify: "off" });

  answer(200, {
    case: "A",
    unit: "gbv",
    referral_consent: true,
    referrals: [{ partner: "shelter", at: "2025-11-27T14:00:00Z" }],
    messages: [{ id: 3, key_set: 2, from: "reporter", at: "x", envelope: "ZQ==" }],
  });
  const c = await api.getCase("A");
  assert.equal(c.reencryption, null);
  assert.equal(c.referralConsent, true);
  assert.deepEqual(c.referrals, [{ partner: "shelter", at: "2025-11-27T14:00:00Z" }]);
  assert.deepEqual(c.messages[0], { id: 3, keySet: 2, from: "reporter", at: "x", envelope: "ZQ==", attachments: [] });

  // A transfer or re-key waiting for a supervisor's check, and what they can do.
  answer(200, { case: "A", unit: "gbv", messages: [], reencryption: { at: "t1", by: "chief", from_unit: "child", kept_until: "t2" } });
  assert.deepEqual((await api.getCase("A")).reencryption, { at: "t1", by: "chief", fromUnit: "child", keptUntil: "t2", restorable: true });
  answer(200, { case: "A", unit: "gbv", messages: [], reencryption: { at: "t1", by: "chief", from_unit: "child", kept_until: "t2", restorable: false } });
  assert.equal((await api.getCase("A")).reencryption.restorable, false);

  // The spam or abuse mark, in a case and in a list; a tombstone's date.
  answer(200, { case: "A", unit: "gbv", messages: [], purged_at: "t3", flag: { kind: "spam", at: "t1", purge_after: "t2" } });
  const marked = await api.getCase("A");
  assert.deepEqual(marked.flag, { kind: "spam", at: "t1", purgeAfter: "t2" });
  assert.equal(marked.purgedAt, "t3");
  answer(200, { case: "A", unit: "gbv", messages: [], flag: { kind: "<script>", at: "t1" } });
  assert.equal((await api.getCase("A")).flag, null);
  answer(200, { cases: [{ case: "A", flag: "abuse" }, { case: "B", flag: "other" }, { case: "C" }], next: null });
  assert.deepEqual((await api.listCases("")).cases.map((c) => c.flag), ["abuse", null, null]);
  answer(200, { case: "A", status: "closed", flag: "spam" });
  await api.setFlag("A", "spam");
  assert.equal(calls[calls.length - 1].url, "/api/v1/cases/A/flag");
  assert.deepEqual(lastBody(), { flag: "spam" });
  answer(200, { case: "A", status: "closed", flag: null });
  await api.setFlag("A", null);
  assert.deepEqual(lastBody(), { flag: null });
  const n = calls.length;
  answer(200, { case: "A", reencryption: null });
  await api.confirmReencryption("A");
  assert.equal(calls[n].url, "/api/v1/cases/A/reencrypt/confirm");
  assert.equal(calls[n].method, "POST");
  answer(200, { case: "A", unit: "child", reencryption: null });
  assert.equal((await api.restoreReencryption("A")).unit, "child");
  assert.equal(calls[n + 1].url, "/api/v1/cases/A/reencrypt/restore");
  answers.push({ status: 200, raw: new Uint8Array([1, 2]) });
  await api.getMessage("A", 3);
  assert.equal(calls[n + 2].url, "/api/v1/cases/A/messages/3");
});

test("passkey: the session's copy, adding and removing it (CSRF on both POSTs)", async () => {
  api.setCsrf("tok-p");
  answer(200, {
    login: "a",
    units: [],
    csrf: "tok-p",
    key: { recipient: "age1x", wrapped_identity: "d3JhcA==", passkey: { credential: "AGE-PLUGIN-FIDO2PRF-1QQ", wrapped_identity: "cGs=" } },
  });
  const s = await api.getSession();
  assert.deepEqual(s.key.passkey, { credential: "AGE-PLUGIN-FIDO2PRF-1QQ", wrappedIdentity: "cGs=" });
  answer(200, { login: "a", units: [], csrf: "tok-p", key: { recipient: "age1x", wrapped_identity: "d3JhcA==", passkey: { credential: 5 } } });
  assert.equal((await api.getSession()).key.passkey, null, "a half-shaped copy is no copy");

  answer(200, { passkey: true });
  assert.deepEqual(await api.putPasskey("AGE-PLUGIN-FIDO2PRF-1QQ", "cGs=", "age1abc"), { passkey: true });
  assert.equal(calls[2].url, "/console/api/keys/passkey");
  assert.equal(calls[2].method, "POST");
  assert.equal(calls[2].headers["X-CSRF-Token"], "tok-p");
  assert.deepEqual(JSON.parse(calls[2].body), { credential: "AGE-PLUGIN-FIDO2PRF-1QQ", wrapped_identity: "cGs=", recipient: "age1abc" });
  answer(200, { passkey: false });
  await api.removePasskey();
  assert.equal(calls[3].url, "/console/api/keys/passkey/remove");
  assert.equal(calls[3].headers["X-CSRF-Token"], "tok-p");
  answer(409, { error: { code: "no_key", message: "x" } });
  await assert.rejects(api.putPasskey("AGE-PLUGIN-FIDO2PRF-1QQ", "cGs=", "age1abc"), (e) => e.code === "no_key");
});

test("attachments: listed per message; fetched as bytes with the console's fetch rules", async () => {
  answer(200, {
    case: "A",
    messages: [
      { id: 3, key_set: 2, from: "reporter", at: "x", envelope: "ZQ==", attachments: [{ id: 17, size: 196656, key_set: 2 }, { id: "bad" }, { size: 4 }, 7] },
    ],
  });
  const c = await api.getCase("A");
  assert.deepEqual(c.messages[0].attachments, [
    { id: 17, size: 196656, keySet: 2 },
    { id: "bad", size: null, keySet: null },
  ]);

  const bytes = new Uint8Array([0x61, 0x67, 0x65, 0x2d]);
  answers.push({ status: 200, raw: bytes });
  const got = await api.getAttachment("A/B", 17);
  assert.deepEqual([...got], [...bytes]);
  const call = calls[1];
  assert.equal(call.url, "/api/v1/cases/A%2FB/attachments/17");
  assert.equal(call.method, "GET");
  assert.equal(call.credentials, "same-origin");
  assert.equal(call.mode, "same-origin");
  assert.equal(call.cache, "no-store");
  assert.equal(call.redirect, "error");
  assert.equal(call.referrerPolicy, "no-referrer");
  assert.equal(call.headers.Accept, "application/octet-stream");
  assert.equal(call.body, undefined);

  // Errors are JSON, as everywhere.
  answer(404, { error: { code: "not_found", message: "x" } });
  await assert.rejects(api.getAttachment("A", 99), (e) => e.code === "not_found" && e.status === 404);
  answer(401, { error: { code: "session_expired", message: "x" } });
  await assert.rejects(api.getAttachment("A", 17), (e) => e.sessionLost);
  assert.deepEqual(lost, ["session_expired"]);
});

test("reencrypt carries the attachments beside the envelopes", async () => {
  api.setCsrf("tok-r");
  answer(200, { case: "A", unit: "gbv", key_set: 3 });
  await api.reencrypt("A", "gbv", 3, [{ id: 1, envelope: "ZQ==" }], [{ id: 17, envelope: "YXR0" }]);
  assert.deepEqual(JSON.parse(calls[0].body), { unit: "gbv", key_set: 3, envelopes: [{ id: 1, envelope: "ZQ==" }], attachments: [{ id: 17, envelope: "YXR0" }] });
});

test("a long thread: the pages that next names are fetched and put together, in order", async () => {
  const m = (id) => ({ id, key_set: 1, from: "reporter", at: "x", envelope: "ZQ==" });
  answer(200, { case: "A", messages: [m(1), m(2)], message_count: 5, next: 2 });
  answer(200, { case: "A", messages: [m(3)], message_count: 5, next: 3 });
  answer(200, { case: "A", messages: [m(4), m(5)], message_count: 5, next: null });
  const c = await api.getCase("A/B");
  assert.deepEqual(c.messages.map((x) => x.id), [1, 2, 3, 4, 5]);
  assert.deepEqual(calls.map((x) => x.url), ["/api/v1/cases/A%2FB", "/api/v1/cases/A%2FB?from=2", "/api/v1/cases/A%2FB?from=3"]);
  // A next that does not follow the messages so far is not followed (no loop).
  answer(200, { case: "A", messages: [m(1)], next: 0 });
  assert.deepEqual((await api.getCase("A")).messages.map((x) => x.id), [1]);
  assert.equal(calls.length, 4);
});
