// TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) with node:crypto, for
// the console driver (e2e/console.mjs) and the mock server. Not in the bundle:
// officers use their own authenticator app.

import { createHmac } from "node:crypto";

export const STEP_SECONDS = 30;

/** RFC 4648 base32 (padding and spaces ignored, any case) to bytes. */
export function base32Decode(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const clean = String(text).replace(/[\s=-]/g, "").toUpperCase();
  const out = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error("not base32");
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

export function base32Encode(bytes) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

export function stepAt(unixMs) {
  return Math.floor(unixMs / 1000 / STEP_SECONDS);
}

/** The code of a step, `digits` long (6 for authenticator apps). */
export function totpAt(secret, step, digits = 6) {
  const key = Buffer.isBuffer(secret) || secret instanceof Uint8Array ? Buffer.from(secret) : base32Decode(secret);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = createHmac("sha1", key).update(counter).digest();
  const offset = h[h.length - 1] & 0x0f;
  const bin = ((h[offset] & 0x7f) << 24) | (h[offset + 1] << 16) | (h[offset + 2] << 8) | h[offset + 3];
  return String(bin % 10 ** digits).padStart(digits, "0");
}
