// Shared test vectors (tests/vectors/follow-up.json), produced by the Rust
// side. Both implementations must agree on them; a missing file is a failure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CodeError, deriveKeys, formatCode, normaliseCode } from "../src/crypto.js";

const PATH = fileURLToPath(new URL("../../tests/vectors/follow-up.json", import.meta.url));

function load() {
  let text;
  try {
    text = readFileSync(PATH, "utf8");
  } catch (err) {
    assert.fail(`shared vectors missing: ${PATH} (${err.code}). They are written by the Rust side; see docs/crypto.md.`);
  }
  return JSON.parse(text);
}

test("shared vectors: file shape", () => {
  const v = load();
  assert.equal(v.version, 1);
  assert.equal(v.pbkdf2_iterations, 600000);
  assert.ok(Array.isArray(v.cases) && v.cases.length > 0, "no derivation cases");
  assert.ok(Array.isArray(v.normalisation) && v.normalisation.length > 0, "no normalisation cases");
});

test("shared vectors: deriveKeys, formatCode, normaliseCode", async () => {
  const v = load();
  for (const c of v.cases) {
    assert.equal(normaliseCode(c.code), c.code, `canonical ${c.code}`);
    assert.equal(formatCode(c.code), c.display, `display of ${c.code}`);
    assert.equal(normaliseCode(c.display), c.code, `display of ${c.code} normalises back`);
    const keys = await deriveKeys(c.code);
    assert.equal(keys.lookup, c.lookup, `lookup of ${c.code}`);
    assert.equal(keys.identity, c.identity, `identity of ${c.code}`);
    assert.equal(keys.recipient, c.recipient, `recipient of ${c.code}`);
  }
});

test("shared vectors: normalisation table", () => {
  const v = load();
  for (const n of v.normalisation) {
    const label = JSON.stringify(n.input);
    if (n.canonical === null) {
      assert.throws(() => normaliseCode(n.input), CodeError, `${label} must be refused`);
    } else {
      assert.equal(normaliseCode(n.input), n.canonical, label);
    }
  }
});
