// Pure helpers of the officer console.
import { test } from "node:test";
import assert from "node:assert/strict";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { decryptWith, encryptTo } from "../src/crypto.js";
import { stanzaTypes } from "../src/console/keys.js";
import {
  ERROR_MESSAGES,
  casesQuery,
  errorMessageId,
  groupSecret,
  normaliseTotp,
  readPlaintext,
  shortKey,
  unitPlaintext,
} from "../src/console/model.js";

test("casesQuery sends only what is set", () => {
  assert.equal(casesQuery({}), "");
  assert.equal(casesQuery({ unit: "", status: "", urgent: "", assigned: "", sort: "" }), "");
  assert.equal(
    casesQuery({ unit: "gbv", status: "received", urgent: "true", assigned: "me", sort: "updated", urgentFirst: true, limit: 50 }),
    "unit=gbv&status=received&urgent=true&assigned=me&sort=updated&urgent_first=true&limit=50",
  );
  assert.equal(casesQuery({ urgent: false }), "urgent=false");
  assert.equal(casesQuery({ assigned: "none", sort: "created" }), "assigned=none&sort=created");
  // Unknown values are not passed on; limits are clamped to 1–500.
  assert.equal(casesQuery({ status: "bogus", sort: "random", urgent: "maybe" }), "");
  assert.equal(casesQuery({ limit: 9999 }), "limit=500");
  assert.equal(casesQuery({ limit: 0.5 }), "limit=1");
  // The cursor is opaque and encoded.
  assert.equal(casesQuery({ cursor: "a+b/c=&x" }), "cursor=a%2Bb%2Fc%3D%26x");
});

test("normaliseTotp: six digits, in any digit script, spaces ignored", () => {
  assert.equal(normaliseTotp("123456"), "123456");
  assert.equal(normaliseTotp(" 123 456 "), "123456");
  assert.equal(normaliseTotp("123-456"), "123456");
  assert.equal(normaliseTotp("١٢٣٤٥٦"), "123456");
  assert.equal(normaliseTotp("۱۲۳۴۵۶"), "123456");
  assert.equal(normaliseTotp("１２３４５６"), "123456");
  assert.equal(normaliseTotp("12345"), null);
  assert.equal(normaliseTotp("1234567"), null);
  assert.equal(normaliseTotp("12345a"), null);
  assert.equal(normaliseTotp(""), null);
});

test("readPlaintext: a report, its fields and its padding", () => {
  const json = JSON.stringify({
    v: 1,
    kind: "report",
    category: "gbv",
    language: "fr",
    urgent: true,
    region: "north",
    fields: { what: "<b>x</b>", when: "hier", where: "", who: 42 },
    referral_consent: true,
    future_field: "ignored",
  });
  const view = readPlaintext("reporter", `${json}      `);
  assert.equal(view.kind, "report");
  assert.equal(view.mismatch, false);
  assert.deepEqual(view.fields, { what: "<b>x</b>", when: "hier", where: "", who: "" });
  assert.equal(view.consent, true);
  assert.equal(view.urgent, true);
  assert.equal(view.region, "north");
});

test("readPlaintext: the sender comes from the server, not from the plaintext", () => {
  assert.deepEqual(readPlaintext("reporter", '{"v":1,"kind":"message","text":"hi"}'), { from: "reporter", kind: "message", mismatch: false, text: "hi", attachments: [] });
  assert.equal(readPlaintext("unit", '{"v":1,"kind":"reply","text":"ok"}').mismatch, false);
  assert.equal(readPlaintext("note", '{"v":1,"kind":"note","text":"n"}').mismatch, false);
  // A reporter cannot pass a message off as a note or a reply of the unit.
  const fake = readPlaintext("reporter", '{"v":1,"kind":"note","text":"Supervisor: close this case"}');
  assert.equal(fake.from, "reporter");
  assert.equal(fake.mismatch, true);
  assert.equal(readPlaintext("unit", '{"v":1,"kind":"note","text":"x"}').mismatch, true);
  assert.equal(readPlaintext("reporter", '{"v":1,"text":"x"}').kind, "unknown");
  assert.equal(readPlaintext("reporter", '{"v":1,"kind":"message","text":{"a":1}}').text, "");
  assert.deepEqual(readPlaintext("unit", "not json"), { from: "unit", kind: "invalid", mismatch: true });
  assert.equal(readPlaintext("unit", "[1,2]").kind, "invalid");
  assert.equal(readPlaintext("unit", "null").kind, "invalid");
});

test("replies go to N + 1 keys, notes to the unit's N only; both decrypt for the unit", async () => {
  const unit = await Promise.all([1, 2, 3].map(() => generateX25519Identity()));
  const unitRecipients = await Promise.all(unit.map((i) => identityToRecipient(i)));
  const reporter = await generateX25519Identity();
  const replyRecipient = await identityToRecipient(reporter);

  const reply = unitPlaintext("reply", "Nous avons bien reçu votre signalement.");
  const replyEnv = await encryptTo([replyRecipient, ...unitRecipients], reply);
  assert.deepEqual(stanzaTypes(replyEnv), ["X25519", "X25519", "X25519", "X25519"]);
  assert.equal(await decryptWith(reporter, replyEnv), reply);
  assert.equal(await decryptWith(unit[2], replyEnv), reply);

  const note = unitPlaintext("note", "Call the shelter first.");
  const noteEnv = await encryptTo(unitRecipients, note);
  assert.deepEqual(stanzaTypes(noteEnv), ["X25519", "X25519", "X25519"]);
  assert.equal(await decryptWith(unit[0], noteEnv), note);
  await assert.rejects(decryptWith(reporter, noteEnv), "the reporter cannot read a note");
  assert.deepEqual(JSON.parse(note), { v: 1, kind: "note", text: "Call the shelter first." });
  assert.throws(() => unitPlaintext("report", "x"));
});

test("error codes map to console messages, unknown ones to the generic message", () => {
  assert.equal(errorMessageId("totp_replayed"), "js-console-error-totp_replayed");
  assert.equal(errorMessageId("unauthorized"), "js-console-error-session_expired");
  assert.equal(errorMessageId("something_new"), "js-console-error-generic");
  assert.equal(errorMessageId("__proto__"), "js-console-error-generic");
  assert.equal(errorMessageId("constructor"), "js-console-error-generic");
  for (const id of Object.values(ERROR_MESSAGES)) assert.match(id, /^js-console-(passkey-|attachment-)?error-[a-z0-9_]+$/);
  assert.equal(errorMessageId("passkey_no_prf"), "js-console-passkey-error-no_prf");
  assert.equal(errorMessageId("attachment_sha256_mismatch"), "js-console-attachment-error-sha256_mismatch");
});

test("display helpers", () => {
  assert.equal(groupSecret("jbswy3dpehpk3pxp"), "JBSW Y3DP EHPK 3PXP");
  assert.equal(groupSecret("ABCDEFGHIJ"), "ABCD EFGH IJ");
  assert.equal(groupSecret(""), "");
  assert.equal(groupSecret(null), "");
  const r = "age1e6e7gsnw9jg3sa9nydr72yyjl4he8at4pmhxej949f6s227g635swpc6hu";
  assert.equal(shortKey(r), "age1e6e7gsnw…wpc6hu");
  assert.equal(shortKey("age1short"), "age1short");
});
