// Attachments of a case (docs/crypto.md §2, "Attachments"): each is its own
// age file; its plaintext is the file's bytes then zero bytes up to a multiple
// of 64 KiB. The envelope it came with describes it (name, type, size, sha256,
// kind, metadata_removed), in the same order. This module opens one, cuts the
// padding at `size`, checks the SHA-256, and makes a name that is safe to save
// under. Nothing here renders anything: the console offers a download (and a
// playback for voice recordings), never an inline view of unknown content.
//
// Importable in Node (the tests run it): no DOM.

import { Decrypter } from "age-encryption";

/** Attachments are padded to a multiple of this (an empty file to one block). */
export const ATTACHMENT_BLOCK = 65536;
export const KINDS = ["photo", "document", "voice"];
const MAX_NAME = 120;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** An attachment that cannot be given to the officer as it is. */
export class AttachmentError extends Error {
  constructor(reason) {
    super(`attachment: ${reason}`);
    this.name = "AttachmentError";
    /** "undecryptable" | "undescribed" | "size" | "sha256_mismatch" */
    this.reason = reason;
    this.code = `attachment_${reason}`;
  }
}

const str = (v) => (typeof v === "string" ? v : "");

/**
 * The descriptions from a decrypted plaintext, normalised (unknown keys
 * dropped, wrong types emptied): [{name, type, size, sha256, kind, metadataRemoved}].
 * `size` is null unless a whole number; `metadataRemoved` null unless a boolean.
 */
export function readDescriptions(list) {
  if (!Array.isArray(list)) return [];
  return list.map((a) => {
    const x = a && typeof a === "object" && !Array.isArray(a) ? a : {};
    const kind = KINDS.includes(x.kind) ? x.kind : "other";
    return {
      name: str(x.name),
      type: str(x.type),
      size: Number.isSafeInteger(x.size) && x.size >= 0 ? x.size : null,
      sha256: SHA256_HEX.test(str(x.sha256)) ? x.sha256 : str(x.sha256).toLowerCase(),
      kind,
      metadataRemoved: typeof x.metadata_removed === "boolean" ? x.metadata_removed : null,
    };
  });
}

// C0 and C1 controls, DEL, and the bidirectional controls and invisible marks
// that can make "gpj.exe" look like "exe.jpg".
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
// Characters that some file systems refuse or give a meaning to.
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A file name safe to save under: no directory part, no control or bidi
 * characters, no reserved characters, no leading dot, at most 120 characters
 * with the extension kept; `attachment-<n>` (with the extension, if one
 * survives) when nothing usable is left. `n` counts from 1.
 */
export function sanitiseName(name, n) {
  const fallback = `attachment-${n}`;
  let s = String(name ?? "").normalize("NFC");
  // Only the last path segment, whatever the separator.
  s = s.split(/[/\\]/).pop();
  s = s.replace(UNSAFE_CHARS, "").replace(RESERVED, "_");
  s = s.replace(/\s+/g, " ").trim();
  // No hidden files, no "..", and no trailing dots or spaces (Windows drops them).
  s = s.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  const dot = s.lastIndexOf(".");
  let ext = dot > 0 ? s.slice(dot) : "";
  if (!/^\.[\p{L}\p{N}_-]{1,12}$/u.test(ext)) ext = "";
  let stem = ext ? s.slice(0, -ext.length) : s;
  if (stem.replace(/[\s._-]/g, "") === "" || WINDOWS_DEVICE.test(s)) return `${fallback}${ext}`;
  const room = MAX_NAME - ext.length;
  if ([...stem].length > room) stem = [...stem].slice(0, room).join("").trimEnd();
  return `${stem}${ext}`;
}

/** The file inside a decrypted, padded plaintext: its first `size` bytes. */
export function cutPadding(plain, size) {
  if (!(plain instanceof Uint8Array)) throw new TypeError("plaintext bytes expected");
  if (!Number.isSafeInteger(size) || size < 0 || size > plain.length) throw new AttachmentError("size");
  return plain.subarray(0, size);
}

/** Lowercase hex SHA-256 (WebCrypto, in the browser and in Node). */
export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Cuts the padding and checks the digest the reporter's device wrote in the
 * envelope. → the file's bytes (a copy: the padded plaintext is wiped).
 */
export async function checkedFile(plain, description) {
  try {
    if (!description || description.size === null || !SHA256_HEX.test(description.sha256)) throw new AttachmentError("undescribed");
    const file = cutPadding(plain, description.size).slice();
    if ((await sha256Hex(file)) !== description.sha256) {
      file.fill(0);
      throw new AttachmentError("sha256_mismatch");
    }
    return file;
  } finally {
    plain.fill(0);
  }
}

/** Decrypts an attachment's age file with the officer's identity. */
export async function decryptAttachment(identity, bytes) {
  const d = new Decrypter();
  d.addIdentity(identity);
  try {
    return await d.decrypt(bytes);
  } catch {
    throw new AttachmentError("undecryptable");
  }
}

/** Decrypt, cut, check: → {bytes, name} ready to save as attachment number `n`. */
export async function openAttachment(identity, bytes, description, n) {
  if (!description) throw new AttachmentError("undescribed");
  const plain = await decryptAttachment(identity, bytes);
  const file = await checkedFile(plain, description);
  return { bytes: file, name: sanitiseName(description.name, n) };
}

/**
 * Media type for playing a voice recording from a blob: URL, or null when the
 * description does not make it a plain audio type (then: download only).
 */
export function playableAudioType(description) {
  if (!description || description.kind !== "voice") return null;
  const type = description.type.trim().toLowerCase();
  return /^audio\/[a-z0-9.+-]+(;\s*codecs="?[a-z0-9.,+ -]+"?)?$/.test(type) ? type : null;
}

/** "180 KB", "1.4 MB" in the page's language. */
export function formatSize(bytes, lang = "en") {
  if (!Number.isFinite(bytes) || bytes < 0) return "";
  const [value, unit] =
    bytes < 1000 ? [bytes, "byte"] : bytes < 1e6 ? [bytes / 1e3, "kilobyte"] : [bytes / 1e6, "megabyte"];
  const digits = value >= 100 || unit === "byte" ? 0 : 1;
  try {
    // "50 bytes" in words (the short form says "50 byte"); "183 kB", "1.4 MB".
    const unitDisplay = unit === "byte" ? "long" : "short";
    return new Intl.NumberFormat(lang, { style: "unit", unit, unitDisplay, maximumFractionDigits: digits }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${{ byte: "B", kilobyte: "KB", megabyte: "MB" }[unit]}`;
  }
}

/** Zero-padded plaintext of a file, as the reporter's device makes it (tests, mock). */
export function padAttachment(bytes) {
  const size = Math.max(ATTACHMENT_BLOCK, Math.ceil(bytes.length / ATTACHMENT_BLOCK) * ATTACHMENT_BLOCK);
  const out = new Uint8Array(size);
  out.set(bytes);
  return out;
}
