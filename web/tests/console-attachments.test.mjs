// Attachments in the officer console (docs/crypto.md §2, "Attachments"):
// opened here, the zero padding cut at `size`, the SHA-256 checked, and a name
// that is safe to save under.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import {
  ATTACHMENT_BLOCK,
  AttachmentError,
  checkedFile,
  cutPadding,
  formatSize,
  openAttachment,
  padAttachment,
  playableAudioType,
  readDescriptions,
  sanitiseName,
  sha256Hex,
} from "../src/console/attachments.js";
import { readPlaintext } from "../src/console/model.js";

const hex = (bytes) => createHash("sha256").update(bytes).digest("hex");

test("sanitiseName: no directories, no controls, extension kept, fallback", () => {
  assert.equal(sanitiseName("photo.jpg", 1), "photo.jpg");
  assert.equal(sanitiseName("../../etc/passwd", 1), "passwd");
  assert.equal(sanitiseName("C:\\Users\\x\\Desktop\\scan 1.pdf", 2), "scan 1.pdf");
  assert.equal(sanitiseName("/", 3), "attachment-3");
  assert.equal(sanitiseName("..", 3), "attachment-3");
  assert.equal(sanitiseName("", 4), "attachment-4");
  assert.equal(sanitiseName(null, 4), "attachment-4");
  assert.equal(sanitiseName(42, 4), "42");
  assert.equal(sanitiseName(".bashrc", 5), "bashrc", "no hidden files");
  assert.equal(sanitiseName(".jpg", 5), "jpg");
  assert.equal(sanitiseName("a\u0000b\u0007c\u001b[31m.png", 1), "abc[31m.png");
  assert.equal(sanitiseName("line\nbreak\r.txt", 1), "linebreak.txt");
  assert.equal(sanitiseName("x\u0085y.txt", 1), "xy.txt", "C1 controls go too");
  // Right-to-left override: "photo\u202Egpj.exe" would look like "photoexe.jpg".
  assert.equal(sanitiseName("photo\u202Egpj.exe", 1), "photogpj.exe");
  assert.equal(sanitiseName("a\u200Fb\u2066c\u2069.txt", 1), "abc.txt");
  assert.equal(sanitiseName('what?<is>:"this"|*.doc', 1), "what__is___this___.doc");
  assert.equal(sanitiseName("report.pdf...  ", 1), "report.pdf");
  assert.equal(sanitiseName("CON", 6), "attachment-6");
  assert.equal(sanitiseName("nul.txt", 6), "attachment-6.txt");
  assert.equal(sanitiseName("___.png", 7), "attachment-7.png");
  assert.equal(sanitiseName("صورة الشارع.jpg", 1), "صورة الشارع.jpg", "any script is kept");
  assert.equal(sanitiseName("e\u0301te\u0301.txt", 1), "été.txt", "NFC");
  // Long names are cut, the extension stays.
  const long = sanitiseName(`${"a".repeat(500)}.jpeg`, 1);
  assert.equal(long.length, 120);
  assert.ok(long.endsWith(".jpeg"));
  // A silly "extension" is not one.
  assert.equal(sanitiseName(`x.${"y".repeat(40)}`, 1).length, 42);
});

test("cutPadding and the sha256 check", async () => {
  const file = new TextEncoder().encode("%PDF-1.7 evidence\n");
  const padded = padAttachment(file);
  assert.equal(padded.length, ATTACHMENT_BLOCK);
  assert.ok(padded.subarray(file.length).every((b) => b === 0));
  assert.deepEqual(cutPadding(padded, file.length), file);
  assert.equal(cutPadding(padded, 0).length, 0);
  assert.throws(() => cutPadding(padded, ATTACHMENT_BLOCK + 1), (e) => e instanceof AttachmentError && e.reason === "size");
  assert.throws(() => cutPadding(padded, -1), (e) => e.reason === "size");
  assert.throws(() => cutPadding(padded, 1.5), (e) => e.reason === "size");
  assert.equal(await sha256Hex(file), hex(file));

  const good = { size: file.length, sha256: hex(file) };
  assert.deepEqual(await checkedFile(padAttachment(file), good), file);
  // The padded plaintext is wiped; the answer is a copy.
  const p2 = padAttachment(file);
  const out = await checkedFile(p2, good);
  assert.ok(p2.every((b) => b === 0));
  assert.deepEqual(out, file);

  // One byte changed, or cut one byte short: refused.
  const evil = padAttachment(file);
  evil[3] ^= 1;
  await assert.rejects(checkedFile(evil, good), (e) => e.code === "attachment_sha256_mismatch");
  await assert.rejects(checkedFile(padAttachment(file), { ...good, size: file.length - 1 }), (e) => e.reason === "sha256_mismatch");
  // Without a size or a digest, nothing can be checked: refused too.
  await assert.rejects(checkedFile(padAttachment(file), { size: null, sha256: good.sha256 }), (e) => e.reason === "undescribed");
  await assert.rejects(checkedFile(padAttachment(file), { size: file.length, sha256: "" }), (e) => e.reason === "undescribed");

  // Sizes on the block boundaries.
  assert.equal(padAttachment(new Uint8Array(0)).length, ATTACHMENT_BLOCK);
  assert.equal(padAttachment(new Uint8Array(ATTACHMENT_BLOCK)).length, ATTACHMENT_BLOCK);
  assert.equal(padAttachment(new Uint8Array(ATTACHMENT_BLOCK + 1)).length, 2 * ATTACHMENT_BLOCK);
});

test("openAttachment: decrypt with the officer's identity, cut, check, name", async () => {
  const me = await generateX25519Identity();
  const other = await generateX25519Identity();
  const file = new Uint8Array(70000).map((_, i) => (i * 7) % 251);
  const e = new Encrypter();
  e.addRecipient(await identityToRecipient(me));
  const age = await e.encrypt(padAttachment(file));
  const [description] = readDescriptions([{ name: "../scan.png", type: "image/png", size: file.length, sha256: hex(file), kind: "photo", metadata_removed: true }]);
  const opened = await openAttachment(me, age, description, 1);
  assert.equal(opened.name, "scan.png");
  assert.deepEqual(opened.bytes, file);
  await assert.rejects(openAttachment(other, age, description, 1), (err) => err.code === "attachment_undecryptable");
  await assert.rejects(openAttachment(me, age, null, 1), (err) => err.code === "attachment_undescribed");
  await assert.rejects(openAttachment(me, age, { ...description, sha256: hex(new Uint8Array(1)) }, 1), (err) => err.code === "attachment_sha256_mismatch");
});

test("descriptions are read defensively, in order", () => {
  const sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  assert.deepEqual(
    readDescriptions([
      { name: "photo.jpg", type: "image/jpeg", size: 183204, sha256: sha, kind: "photo", metadata_removed: true, extra: 1 },
      { name: 5, type: null, size: "12", sha256: sha.toUpperCase(), kind: "virus", metadata_removed: "yes" },
      null,
    ]),
    [
      { name: "photo.jpg", type: "image/jpeg", size: 183204, sha256: sha, kind: "photo", metadataRemoved: true },
      { name: "", type: "", size: null, sha256: sha, kind: "other", metadataRemoved: null },
      { name: "", type: "", size: null, sha256: "", kind: "other", metadataRemoved: null },
    ],
  );
  assert.deepEqual(readDescriptions("nope"), []);
  const view = readPlaintext("reporter", JSON.stringify({ v: 1, kind: "message", text: "see photo", attachments: [{ name: "a.jpg", size: 1, sha256: sha, kind: "photo", metadata_removed: false }] }));
  assert.equal(view.attachments.length, 1);
  assert.equal(view.attachments[0].metadataRemoved, false);
  const report = readPlaintext("reporter", JSON.stringify({ v: 1, kind: "report", fields: {}, attachments: [{ name: "v.webm", kind: "voice" }] }));
  assert.equal(report.attachments[0].kind, "voice");
});

test("only plain audio types of voice recordings are played; sizes read well", () => {
  assert.equal(playableAudioType({ kind: "voice", type: "audio/webm;codecs=opus" }), "audio/webm;codecs=opus");
  assert.equal(playableAudioType({ kind: "voice", type: "audio/ogg" }), "audio/ogg");
  assert.equal(playableAudioType({ kind: "voice", type: "text/html" }), null);
  assert.equal(playableAudioType({ kind: "voice", type: "audio/x<script>" }), null);
  assert.equal(playableAudioType({ kind: "document", type: "audio/ogg" }), null, "a document is downloaded, never played");
  assert.equal(playableAudioType({ kind: "photo", type: "image/svg+xml" }), null);
  assert.equal(playableAudioType(null), null);
  assert.equal(formatSize(512, "en"), "512 bytes");
  assert.equal(formatSize(1, "en"), "1 byte");
  assert.equal(formatSize(183204, "en"), "183 kB");
  assert.equal(formatSize(1400000, "en"), "1.4 MB");
  assert.match(formatSize(1400000, "fr"), /^1,4\s?Mo$/);
  assert.equal(formatSize(-1), "");
});
