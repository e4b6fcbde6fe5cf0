import { test } from "node:test";
import assert from "node:assert/strict";
import { dammCheckDigit, dammValid, generateCode } from "../src/crypto.js";

test("Damm check digit of known vectors", () => {
  // The textbook example (Wikipedia, Damm algorithm): 572 -> 4.
  assert.equal(dammCheckDigit("572"), 4);
  assert.equal(dammCheckDigit(""), 0);
  assert.ok(dammValid("5724"));
  assert.ok(!dammValid("5723"));
});

test("Damm catches every single-digit error and adjacent transposition", () => {
  const body = "482109375518226071930485663";
  const code = body + dammCheckDigit(body);
  for (let i = 0; i < code.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) === code[i]) continue;
      const typo = code.slice(0, i) + d + code.slice(i + 1);
      assert.ok(!dammValid(typo), `single error at ${i} not caught`);
    }
    if (i + 1 < code.length && code[i] !== code[i + 1]) {
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      assert.ok(!dammValid(swapped), `transposition at ${i} not caught`);
    }
  }
});

test("generated codes: 28 digits, valid check digit, all digits used", () => {
  const seen = new Array(10).fill(0);
  const codes = new Set();
  for (let n = 0; n < 500; n++) {
    const code = generateCode();
    assert.match(code, /^[0-9]{28}$/);
    assert.ok(dammValid(code));
    codes.add(code);
    for (const ch of code.slice(0, 27)) seen[Number(ch)]++;
  }
  assert.equal(codes.size, 500);
  // 13 500 random digits: each digit ~1350 times; a biased or broken generator
  // (e.g. modulo without rejection, or a constant) fails this loose bound.
  for (const count of seen) assert.ok(count > 1150 && count < 1550, `digit counts ${seen}`);
});
