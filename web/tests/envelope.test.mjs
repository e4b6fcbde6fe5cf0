import { test } from "node:test";
import assert from "node:assert/strict";
import { Decrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { decryptWith, encryptTo, fromBase64, fromBase64Url, toBase64, toBase64Url } from "../src/crypto.js";

const MAGIC = "age-encryption.org/v1\n";

async function keyPair() {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

function stanzaTags(bytes) {
  const header = new TextDecoder().decode(bytes.subarray(0, 2000)).split("\n---")[0];
  return header
    .split("\n")
    .filter((l) => l.startsWith("-> "))
    .map((l) => l.split(" ")[1]);
}

test("encrypt to a unit set, every member decrypts, padding trimmed", async () => {
  const keys = [await keyPair(), await keyPair(), await keyPair()];
  const json = JSON.stringify({ v: 1, kind: "report", fields: { what: "عنف — violence" } });
  const bytes = await encryptTo(keys.map((k) => k.recipient), json);
  assert.equal(new TextDecoder().decode(bytes.subarray(0, MAGIC.length)), MAGIC, "binary, not armored");
  assert.deepEqual(stanzaTags(bytes), ["X25519", "X25519", "X25519"], "exactly N X25519 stanzas");
  for (const k of keys) assert.equal(await decryptWith(k.identity, bytes), json);
  // The padded plaintext is a 1024-byte bucket.
  const d = new Decrypter();
  d.addIdentity(keys[0].identity);
  assert.equal((await d.decrypt(bytes)).length, 1024);
});

test("the ciphertext does not contain the plaintext", async () => {
  const k = await keyPair();
  const secret = "CANARY-4d1f0c plaintext sentence";
  const bytes = await encryptTo([k.recipient], JSON.stringify({ text: secret }));
  assert.ok(!Buffer.from(bytes).includes(Buffer.from("CANARY-4d1f0c")));
  assert.ok(!toBase64(bytes).includes("CANARY"));
});

test("a stranger cannot decrypt", async () => {
  const unit = await keyPair();
  const stranger = await keyPair();
  const bytes = await encryptTo([unit.recipient], "{}");
  await assert.rejects(decryptWith(stranger.identity, bytes));
});

test("only native X25519 recipients are accepted", async () => {
  await assert.rejects(encryptTo([], "{}"));
  await assert.rejects(encryptTo(["age1notarecipient"], "{}"));
  const k = await keyPair();
  await assert.rejects(encryptTo([k.recipient.toUpperCase()], "{}"));
  await assert.rejects(encryptTo([k.identity], "{}"));
});

test("base64 helpers: standard padded and unpadded url-safe", () => {
  const bytes = new Uint8Array([0xfb, 0xff, 0xfe, 0x00, 0x01]);
  assert.equal(toBase64(bytes), "+//+AAE=");
  assert.deepEqual(fromBase64("+//+AAE="), bytes);
  assert.equal(toBase64Url(bytes), "-__-AAE");
  assert.deepEqual(fromBase64Url("-__-AAE"), bytes);
  assert.throws(() => fromBase64("not base64!"));
});
