// The TOTP helper of the console driver and the mock (e2e/totp.mjs) against
// RFC 6238 appendix B (SHA-1) and RFC 4648 base32.
import { test } from "node:test";
import assert from "node:assert/strict";
import { base32Decode, base32Encode, stepAt, totpAt } from "../e2e/totp.mjs";

const SECRET = Buffer.from("12345678901234567890");

test("RFC 6238 SHA-1 vectors (8 digits) and their 6-digit codes", () => {
  const vectors = [
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ];
  for (const [t, code] of vectors) {
    assert.equal(totpAt(SECRET, stepAt(t * 1000), 8), code, `T=${t}`);
    assert.equal(totpAt(SECRET, stepAt(t * 1000)), code.slice(2), `T=${t}, 6 digits`);
  }
});

test("base32 secrets as authenticator apps take them", () => {
  assert.equal(base32Encode(Buffer.from("foobar")), "MZXW6YTBOI");
  assert.deepEqual(base32Decode("MZXW6YTBOI"), Buffer.from("foobar"));
  assert.deepEqual(base32Decode("mzxw 6ytb oi=="), Buffer.from("foobar"));
  const b32 = base32Encode(SECRET);
  assert.equal(totpAt(b32, stepAt(59000), 8), "94287082");
  assert.throws(() => base32Decode("not base32!"));
});
