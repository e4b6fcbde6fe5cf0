// Attachment encryption (src/crypto.js, docs/crypto.md §2 "Attachments"):
// zero padding to 64 KiB blocks, one age file per file, the size known before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Decrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import {
  ATTACHMENT_BLOCK,
  attachmentCiphertextLength,
  encryptAttachment,
  padAttachment,
  paddedAttachmentLength,
  sha256Hex,
} from "../src/crypto.js";

test("padding: zero bytes up to the next multiple of 65536, an empty file to 65536", () => {
  assert.equal(ATTACHMENT_BLOCK, 65536);
  assert.equal(paddedAttachmentLength(0), 65536);
  assert.equal(paddedAttachmentLength(1), 65536);
  assert.equal(paddedAttachmentLength(65536), 65536);
  assert.equal(paddedAttachmentLength(65537), 131072);
  const p = padAttachment(new Uint8Array([1, 2, 3]));
  assert.equal(p.length, 65536);
  assert.deepEqual([...p.subarray(0, 4)], [1, 2, 3, 0]);
  assert.ok(p.subarray(3).every((b) => b === 0));
});

test("one age file to every recipient; decrypts to the padded bytes; size predicted", async () => {
  const ids = [await generateX25519Identity(), await generateX25519Identity(), await generateX25519Identity()];
  const recipients = await Promise.all(ids.map(identityToRecipient));
  for (const size of [0, 1000, 65536, 70000]) {
    const file = new Uint8Array(size).map((_, i) => (i * 7) & 0xff);
    const age = await encryptAttachment(recipients, file);
    assert.equal(age.length, attachmentCiphertextLength(size, recipients.length), `size ${size}`);
    const header = Buffer.from(age.subarray(0, 400)).toString("latin1");
    assert.ok(header.startsWith("age-encryption.org/v1\n"));
    assert.equal(header.split("\n").filter((l) => l.startsWith("-> X25519 ")).length, 3);
    for (const id of ids) {
      const d = new Decrypter();
      d.addIdentity(id);
      const plain = await d.decrypt(age);
      assert.equal(plain.length, paddedAttachmentLength(size));
      assert.deepEqual(Buffer.from(plain.subarray(0, size)), Buffer.from(file));
    }
  }
});

test("sha256Hex is lowercase hex SHA-256", async () => {
  const bytes = new TextEncoder().encode("test");
  assert.equal(await sha256Hex(bytes), createHash("sha256").update("test").digest("hex"));
  assert.equal(await sha256Hex(bytes), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
});

test("limits are checked before encrypting, with the server's numbers", async () => {
  const { checkLimits, AttachmentError } = await import("../src/attachments.js");
  const limits = { maxAttachments: 2, maxAttachmentBytes: 10485760, maxMessageAttachmentBytes: 20971520 };
  checkLimits([1000, 5_000_000], limits, 3);
  assert.throws(() => checkLimits([1, 2, 3], limits, 3), (e) => e instanceof AttachmentError && e.id === "js-attach-error-too-many");
  // 10 MiB of file pads to 10 MiB and grows by the age overhead: over the limit.
  assert.throws(() => checkLimits([10485760], limits, 3), (e) => e.id === "js-attach-error-too-large");
  checkLimits([10485760 - 65536], limits, 3);
  assert.throws(() => checkLimits([9_000_000, 9_000_000], { ...limits, maxMessageAttachmentBytes: 15_000_000 }, 3), (e) => e.id === "js-attach-error-total");
});
