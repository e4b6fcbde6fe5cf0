// The proof-of-work solver (src/pow-solver.js) against challenges made with
// Node's own PBKDF2, as the server makes them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { header, solveRange } from "../src/pow-solver.js";
import { makeChallenge } from "./pow-challenge.mjs";

test("the solver finds the server's counter and key, in one thread or split across several", async () => {
  for (const counter of [0, 1, 37, 120]) {
    const { challenge, key } = makeChallenge("report", counter);
    assert.deepEqual(await solveRange(challenge.parameters, 0, 1), { counter, derivedKey: key });
    // Three workers: the one whose share holds the counter finds it.
    const share = counter % 3;
    assert.deepEqual(await solveRange(challenge.parameters, share, 3), { counter, derivedKey: key });
  }
});

test("an odd-length prefix compares half a byte; a stop request is heard", async () => {
  const { challenge } = makeChallenge("report", 5);
  const params = { ...challenge.parameters, keyPrefix: challenge.parameters.keyPrefix.slice(0, 3) };
  const found = await solveRange(params, 0, 1);
  assert.ok(found.counter <= 5 && found.derivedKey.startsWith(params.keyPrefix));
  const never = { ...challenge.parameters, keyPrefix: "ffffffffffffffffffffffffffffffff" };
  let asked = 0;
  assert.equal(await solveRange(never, 0, 1, () => ++asked > 2), null);
});

test("other algorithms and malformed parameters are refused, not guessed at", async () => {
  const { challenge } = makeChallenge("report", 1);
  await assert.rejects(solveRange({ ...challenge.parameters, algorithm: "SCRYPT" }, 0, 1));
  await assert.rejects(solveRange({ ...challenge.parameters, nonce: "zz" }, 0, 1));
});

test("the header is base64 of the challenge and the solution, as ALTCHA's payload", () => {
  const { challenge } = makeChallenge("message", 2);
  const value = header(challenge, { counter: 2, derivedKey: "ab", time: 12 });
  assert.deepEqual(JSON.parse(atob(value)), { challenge, solution: { counter: 2, derivedKey: "ab" } });
});
