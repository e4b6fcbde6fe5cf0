// The officer's key: made, wrapped with a passphrase (age scrypt) and opened
// again, with the same age-encryption package as the bundle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { decryptWith, encryptTo, fromBase64, toBase64 } from "../src/crypto.js";
import {
  MIN_PASSPHRASE,
  PassphraseError,
  UnwrapError,
  checkNewPassphrase,
  createOfficerKey,
  stanzaTypes,
  unwrapIdentity,
  wrapIdentity,
} from "../src/console/keys.js";

// Tests use a small scrypt work factor where the factor itself is not under test.
const FAST = { workFactor: 10 };
const PASS = "correct horse battery staple";

test("a new key round-trips through the passphrase (age's default work factor)", async () => {
  const key = await createOfficerKey(PASS);
  assert.match(key.identity, /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
  assert.equal(key.recipient, await identityToRecipient(key.identity));
  const wrapped = fromBase64(key.wrappedBase64);
  assert.deepEqual(stanzaTypes(wrapped), ["scrypt"], "exactly one scrypt stanza");
  const header = new TextDecoder().decode(wrapped.subarray(0, 200));
  assert.match(header, /^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 18\n/, "binary age, scrypt work factor 18");
  assert.equal(await unwrapIdentity(key.wrappedBase64, PASS, key.recipient), key.identity);
});

test("what is uploaded holds neither the identity nor the passphrase", async () => {
  const key = await createOfficerKey(PASS, FAST);
  const body = JSON.stringify({ recipient: key.recipient, wrapped_identity: key.wrappedBase64 });
  assert.ok(!body.includes(key.identity));
  assert.ok(!body.includes(key.identity.slice(16, 40)));
  assert.ok(!body.includes(PASS));
  assert.ok(!Buffer.from(fromBase64(key.wrappedBase64)).includes(Buffer.from("AGE-SECRET-KEY")));
});

test("the unwrapped identity opens envelopes made for its recipient, in a unit set", async () => {
  const key = await createOfficerKey(PASS, FAST);
  const colleague = await generateX25519Identity();
  const set = [key.recipient, await identityToRecipient(colleague)];
  const json = JSON.stringify({ v: 1, kind: "report", fields: { what: "CANARY-7f3a" } });
  const envelope = toBase64(await encryptTo(set, json));
  const identity = await unwrapIdentity(key.wrappedBase64, PASS, key.recipient);
  assert.equal(await decryptWith(identity, fromBase64(envelope)), json);
});

test("a wrong passphrase is told apart from a damaged file and from another key", async () => {
  const key = await createOfficerKey(PASS, FAST);
  await assert.rejects(unwrapIdentity(key.wrappedBase64, "not the passphrase", key.recipient), (e) => e instanceof UnwrapError && e.reason === "wrong_passphrase");
  const other = await createOfficerKey(PASS, FAST);
  await assert.rejects(unwrapIdentity(key.wrappedBase64, PASS, other.recipient), (e) => e instanceof UnwrapError && e.reason === "mismatch");
  await assert.rejects(unwrapIdentity("not base64!", PASS, key.recipient), (e) => e instanceof UnwrapError && e.reason === "malformed");
  await assert.rejects(unwrapIdentity(null, PASS, key.recipient), (e) => e instanceof UnwrapError && e.reason === "malformed");
  // An X25519 envelope is not a wrapped identity, even if it holds one.
  const x = new Encrypter();
  x.addRecipient(key.recipient);
  const notWrapped = toBase64(await x.encrypt(key.identity));
  await assert.rejects(unwrapIdentity(notWrapped, PASS, key.recipient), (e) => e instanceof UnwrapError && e.reason === "malformed");
  // A wrapped file holding something else than an identity.
  const junk = new Encrypter();
  junk.setPassphrase(PASS);
  junk.setScryptWorkFactor(10);
  await assert.rejects(unwrapIdentity(toBase64(await junk.encrypt("hello")), PASS, null), (e) => e instanceof UnwrapError && e.reason === "malformed");
});

test("wrapIdentity takes only X25519 identities", async () => {
  await assert.rejects(wrapIdentity("hello", PASS, FAST));
  await assert.rejects(wrapIdentity((await generateX25519Identity()).toLowerCase(), PASS, FAST));
});

test("two wrappings of the same key differ (fresh salt and file key)", async () => {
  const identity = await generateX25519Identity();
  const a = await wrapIdentity(identity, PASS, FAST);
  const b = await wrapIdentity(identity, PASS, FAST);
  assert.notEqual(toBase64(a), toBase64(b));
});

test("new passphrases: long enough and typed twice the same", () => {
  assert.equal(MIN_PASSPHRASE, 12);
  assert.throws(() => checkNewPassphrase("short", "short"), (e) => e instanceof PassphraseError && e.reason === "too_short");
  // Counted in characters, not UTF-16 units or bytes.
  assert.throws(() => checkNewPassphrase("😀".repeat(11), "😀".repeat(11)), (e) => e.reason === "too_short");
  checkNewPassphrase("😀".repeat(12), "😀".repeat(12));
  assert.throws(() => checkNewPassphrase(PASS, `${PASS} `), (e) => e.reason === "mismatch");
  checkNewPassphrase(PASS, PASS);
});

test("stanzaTypes reads headers and ignores grease", () => {
  const enc = (s) => new TextEncoder().encode(s);
  assert.deepEqual(stanzaTypes(enc("age-encryption.org/v1\n-> scrypt abc 18\nBODY\n--- mac\n")), ["scrypt"]);
  assert.deepEqual(stanzaTypes(enc("age-encryption.org/v1\n-> x-grease a\n\n-> scrypt abc 18\nBODY\n--- mac\n")), ["scrypt"]);
  assert.deepEqual(stanzaTypes(enc("age-encryption.org/v1\n-> X25519 a\nB\n-> X25519 c\nD\n--- mac\n")), ["X25519", "X25519"]);
  assert.equal(stanzaTypes(enc("-----BEGIN AGE ENCRYPTED FILE-----\n")), null);
  assert.equal(stanzaTypes(enc("age-encryption.org/v1\n-> scrypt abc 18\n")), null, "no header end");
});
