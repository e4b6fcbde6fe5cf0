// Browser side of the crypto contract in docs/crypto.md: follow-up code,
// key derivation, padding and age envelopes.
//
// This module must stay importable in Node (the tests run it there): no DOM
// access, WebCrypto only through globalThis.crypto, nothing done at import time.

import { Encrypter, Decrypter, identityToRecipient } from "age-encryption";
import { base64, base64urlnopad, bech32 } from "@scure/base";

const CODE_RANDOM_DIGITS = 27;
const CODE_LENGTH = 28;
const PBKDF2_ITERATIONS = 600000;
const PBKDF2_SALT = "passerelle/follow-up/v1";
const INFO_LOOKUP = "passerelle/v1/lookup";
const INFO_REPLY_IDENTITY = "passerelle/v1/reply-identity";
const PAD_MIN = 1024;
const PAD_MAX_INPUT = 65536;

// Only native X25519 recipients (62 characters). typage also accepts
// post-quantum and tag recipients, which the server refuses and units cannot
// read, so anything else from the API is treated as an error.
const X25519_RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;

const utf8 = new TextEncoder();

function subtle() {
  const c = globalThis.crypto;
  if (!c || !c.subtle) {
    // Browsers hide WebCrypto outside secure contexts (plain http on a public name).
    throw new Error("WebCrypto is not available (a secure context is required)");
  }
  return c.subtle;
}

// ---------------------------------------------------------------------------
// Damm check digit

const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** Damm check digit (0–9) of a string of ASCII digits. */
export function dammCheckDigit(digits) {
  let interim = 0;
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48;
    if (d < 0 || d > 9) throw new Error("not a digit");
    interim = DAMM[interim][d];
  }
  return interim;
}

/** True when the last digit is the Damm check digit of the others. */
export function dammValid(digits) {
  return digits.length > 0 && dammCheckDigit(digits) === 0;
}

// ---------------------------------------------------------------------------
// Follow-up code

/**
 * A new follow-up code: 27 uniform random digits (rejection sampling keeps
 * them uniform: 250 is the largest multiple of 10 under 256) and the Damm
 * check digit. Returns the canonical 28-digit string.
 */
export function generateCode() {
  const digits = [];
  const buf = new Uint8Array(64);
  while (digits.length < CODE_RANDOM_DIGITS) {
    globalThis.crypto.getRandomValues(buf);
    for (const b of buf) {
      if (b >= 250) continue;
      digits.push(b % 10);
      if (digits.length === CODE_RANDOM_DIGITS) break;
    }
  }
  buf.fill(0);
  const body = digits.join("");
  return body + String(dammCheckDigit(body));
}

/** Why a typed code was refused; `reason` picks the message shown to the user. */
export class CodeError extends Error {
  constructor(reason) {
    super(`invalid follow-up code: ${reason}`);
    this.name = "CodeError";
    /** "invalid_character" | "wrong_length" | "bad_check_digit" */
    this.reason = reason;
  }
}

// First code point of each run of ten digits that we accept besides ASCII.
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0xff10, // full-width
];

const WHITE_SPACE = /^\p{White_Space}$/u;

/**
 * Canonical form (28 ASCII digits) of a code as typed or pasted by a person.
 * Throws CodeError.
 */
export function normaliseCode(input) {
  let out = "";
  for (const ch of String(input)) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x30 && cp <= 0x39) {
      out += ch;
      continue;
    }
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    if (zero !== undefined) {
      out += String(cp - zero);
      continue;
    }
    if (ch === "-" || WHITE_SPACE.test(ch)) continue;
    throw new CodeError("invalid_character");
  }
  if (out.length !== CODE_LENGTH) throw new CodeError("wrong_length");
  if (!dammValid(out)) throw new CodeError("bad_check_digit");
  return out;
}

/** Display form: seven groups of four digits separated by spaces. */
export function formatCode(code) {
  if (!/^[0-9]{28}$/.test(code)) throw new CodeError("wrong_length");
  return code.match(/[0-9]{4}/g).join(" ");
}

// ---------------------------------------------------------------------------
// Key derivation

async function hkdf32(seedKey, info) {
  const bits = await subtle().deriveBits(
    { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: utf8.encode(info) },
    seedKey,
    256,
  );
  return new Uint8Array(bits);
}

/**
 * Keys derived from a canonical code (see docs/crypto.md §3):
 *   lookup    unpadded base64url, sent to the server to find the case;
 *   identity  "AGE-SECRET-KEY-1…", decrypts the unit's replies; stays here;
 *   recipient "age1…", sent with the report so units can reply.
 * Slow on purpose (PBKDF2, 600 000 iterations): show progress to the user.
 */
export async function deriveKeys(code) {
  if (!/^[0-9]{28}$/.test(code)) throw new CodeError("wrong_length");
  const s = subtle();
  const password = await s.importKey("raw", utf8.encode(code), "PBKDF2", false, ["deriveBits"]);
  const seed = new Uint8Array(
    await s.deriveBits(
      { name: "PBKDF2", hash: "SHA-256", salt: utf8.encode(PBKDF2_SALT), iterations: PBKDF2_ITERATIONS },
      password,
      256,
    ),
  );
  const seedKey = await s.importKey("raw", seed, "HKDF", false, ["deriveBits"]);
  seed.fill(0);
  const lookupBytes = await hkdf32(seedKey, INFO_LOOKUP);
  const secret = await hkdf32(seedKey, INFO_REPLY_IDENTITY);
  const lookup = base64urlnopad.encode(lookupBytes);
  // bech32, not bech32m, as every age implementation expects.
  const identity = bech32.encodeFromBytes("age-secret-key-", secret).toUpperCase();
  // The byte copies can be wiped; the strings cannot (JS has no way to).
  lookupBytes.fill(0);
  secret.fill(0);
  const recipient = await identityToRecipient(identity);
  return { lookup, identity, recipient };
}

// ---------------------------------------------------------------------------
// Padding and envelopes

/**
 * UTF-8 bytes of `json`, padded with spaces to max(1024, next power of two)
 * so that the ciphertext size says little about the length of the text.
 */
export function pad(json) {
  const bytes = utf8.encode(json);
  if (bytes.length > PAD_MAX_INPUT) {
    const err = new Error("plaintext too large");
    err.code = "too_large";
    throw err;
  }
  let size = PAD_MIN;
  while (size < bytes.length) size *= 2;
  const out = new Uint8Array(size).fill(0x20);
  out.set(bytes);
  bytes.fill(0);
  return out;
}

/** Number of bytes a padded plaintext will take, for size checks in forms. */
export function utf8Length(text) {
  return utf8.encode(text).length;
}

/** True for a native X25519 age recipient string. */
export function isX25519Recipient(r) {
  return typeof r === "string" && X25519_RECIPIENT.test(r);
}

/** Binary age file of the padded JSON, encrypted to every recipient given. */
export async function encryptTo(recipients, json) {
  if (!Array.isArray(recipients) || recipients.length === 0) {
    throw new Error("no recipients");
  }
  const e = new Encrypter();
  for (const r of recipients) {
    if (!isX25519Recipient(r)) throw new Error("unsupported recipient");
    e.addRecipient(r);
  }
  const padded = pad(json);
  try {
    return await e.encrypt(padded);
  } finally {
    padded.fill(0);
  }
}

/** Plaintext JSON of an age file, with the space padding removed. */
export async function decryptWith(identity, bytes) {
  const d = new Decrypter();
  d.addIdentity(identity);
  const text = await d.decrypt(bytes, "text");
  // A loop, not / +$/: that regex is quadratic on long runs of inner spaces.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(0, end);
}

// ---------------------------------------------------------------------------
// Encodings used by the API

/** Standard base64 with padding (envelopes). */
export function toBase64(bytes) {
  return base64.encode(bytes);
}

/** Decode standard padded base64; throws on anything malformed. */
export function fromBase64(text) {
  return base64.decode(text);
}

/** Unpadded base64url (lookup keys). */
export function toBase64Url(bytes) {
  return base64urlnopad.encode(bytes);
}

export function fromBase64Url(text) {
  return base64urlnopad.decode(text);
}

// ---------------------------------------------------------------------------
// Attachments (docs/crypto.md §2, "Attachments")

/** Attachments are padded with zero bytes to a multiple of this (64 KiB). */
export const ATTACHMENT_BLOCK = 65536;

/** Length of a file's plaintext once padded: the next multiple of 64 KiB (at least one block). */
export function paddedAttachmentLength(size) {
  return Math.max(1, Math.ceil(size / ATTACHMENT_BLOCK)) * ATTACHMENT_BLOCK;
}

/** The file's bytes followed by 0x00 up to the next multiple of 64 KiB. */
export function padAttachment(bytes) {
  const out = new Uint8Array(paddedAttachmentLength(bytes.length));
  out.set(bytes);
  return out;
}

/**
 * Length of the binary age file of a padded attachment, before encrypting:
 * header (version line, one X25519 stanza per recipient, MAC line), nonce, and
 * one 64 KiB + 16 byte chunk per block. Used to check the server's limits first.
 */
export function attachmentCiphertextLength(size, recipients) {
  const blocks = paddedAttachmentLength(size) / ATTACHMENT_BLOCK;
  return 22 + 98 * recipients + 48 + 16 + blocks * (ATTACHMENT_BLOCK + 16);
}

/** Binary age file of a padded attachment, encrypted to every recipient given. */
export async function encryptAttachment(recipients, bytes) {
  if (!Array.isArray(recipients) || recipients.length === 0) throw new Error("no recipients");
  const e = new Encrypter();
  for (const r of recipients) {
    if (!isX25519Recipient(r)) throw new Error("unsupported recipient");
    e.addRecipient(r);
  }
  const padded = padAttachment(bytes);
  try {
    return await e.encrypt(padded);
  } finally {
    padded.fill(0);
  }
}

/** Lowercase hex SHA-256 of the bytes (WebCrypto). */
export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await subtle().digest("SHA-256", bytes));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}
