// deriveKeys (WebCrypto) checked against an independent computation with
// node:crypto, so that the derivation is pinned even before shared vectors exist.
import { test } from "node:test";
import assert from "node:assert/strict";
import { hkdfSync, pbkdf2Sync } from "node:crypto";
import { Decrypter, Encrypter } from "age-encryption";
import { bech32 } from "@scure/base";
import { deriveKeys, generateCode } from "../src/crypto.js";

function reference(code) {
  const seed = pbkdf2Sync(code, "passerelle/follow-up/v1", 600000, 32, "sha256");
  const lookup = Buffer.from(hkdfSync("sha256", seed, Buffer.alloc(0), "passerelle/v1/lookup", 32));
  const secret = Buffer.from(hkdfSync("sha256", seed, Buffer.alloc(0), "passerelle/v1/reply-identity", 32));
  return { lookup: lookup.toString("base64url"), secret };
}

test("deriveKeys matches PBKDF2 + HKDF computed with node:crypto", async () => {
  const code = "4821093755182260719304856632";
  const keys = await deriveKeys(code);
  const ref = reference(code);
  assert.equal(keys.lookup, ref.lookup);
  assert.equal(keys.lookup.length, 43);
  assert.match(keys.lookup, /^[A-Za-z0-9_-]{43}$/);
  assert.match(keys.identity, /^AGE-SECRET-KEY-1[02-9ACDEFGHJKLMNPQRSTUVWXYZ]{58}$/);
  const decoded = bech32.decodeToBytes(keys.identity.toLowerCase());
  assert.equal(decoded.prefix, "age-secret-key-");
  assert.deepEqual(Buffer.from(decoded.bytes), ref.secret);
  assert.match(keys.recipient, /^age1[02-9ac-hj-np-z]{58}$/);
});

test("the derived recipient and identity are a working pair", async () => {
  const keys = await deriveKeys(generateCode());
  const e = new Encrypter();
  e.addRecipient(keys.recipient);
  const d = new Decrypter();
  d.addIdentity(keys.identity);
  assert.equal(await d.decrypt(await e.encrypt("reply"), "text"), "reply");
});

test("different codes give unrelated keys", async () => {
  const a = await deriveKeys("4821093755182260719304856632");
  const b = await deriveKeys(generateCode());
  assert.notEqual(a.lookup, b.lookup);
  assert.notEqual(a.identity, b.identity);
});

test("deriveKeys takes only the canonical form", async () => {
  await assert.rejects(deriveKeys("4821 0937 5518 2260 7193 0485 6632"));
  await assert.rejects(deriveKeys("482109375518226071930485663"));
});
