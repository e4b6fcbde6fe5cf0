import { test } from "node:test";
import assert from "node:assert/strict";
import { pad } from "../src/crypto.js";

const BUCKETS = [
  [0, 1024],
  [1, 1024],
  [1024, 1024],
  [1025, 2048],
  [2048, 2048],
  [2049, 4096],
  [40000, 65536],
  [65536, 65536],
];

for (const [len, bucket] of BUCKETS) {
  test(`pad: ${len} bytes -> ${bucket}`, () => {
    const json = "x".repeat(len);
    const out = pad(json);
    assert.equal(out.length, bucket);
    assert.equal(new TextDecoder().decode(out.subarray(0, len)), json);
    assert.ok(out.subarray(len).every((b) => b === 0x20));
  });
}

test("pad counts UTF-8 bytes, not characters", () => {
  // 600 Arabic letters are 1200 bytes in UTF-8.
  assert.equal(pad("ع".repeat(600)).length, 2048);
});

test("pad refuses more than 64 KiB", () => {
  assert.throws(() => pad("x".repeat(65537)), (err) => err.code === "too_large");
  assert.throws(() => pad("é".repeat(32769)), (err) => err.code === "too_large");
});

test("padded JSON still parses", () => {
  const json = JSON.stringify({ v: 1, kind: "message", text: "bonjour" });
  assert.deepEqual(JSON.parse(new TextDecoder().decode(pad(json))), JSON.parse(json));
});
