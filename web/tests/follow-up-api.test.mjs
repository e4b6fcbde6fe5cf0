// The reporter's follow-up read: a long thread arrives in pages, put together here,
// every page paid with the one lookup proof of work, solved once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getFollowUp } from "../src/api.js";
import { clearAll } from "../src/pow.js";
import { makeChallenge } from "./pow-challenge.mjs";

const ok = (body) => ({ ok: true, status: 200, json: async () => body });

test("getFollowUp follows next until the thread ends, with the lookup and one solution on every page", async () => {
  clearAll();
  const pages = [
    { case: "A", status: "received", history: [], messages: [{ from: "reporter", envelope: "YQ==", at: "t" }], next: 1 },
    { case: "A", status: "received", history: [], messages: [{ from: "unit", envelope: "Yg==", at: "t" }, { from: "reporter", envelope: "Yw==", at: "t" }], next: null },
  ];
  const { challenge, key } = makeChallenge("lookup", 7);
  const calls = [];
  globalThis.fetch = async (url, opts) => {
    calls.push({ url, auth: opts.headers.Authorization, pow: opts.headers["Passerelle-Pow"], credentials: opts.credentials });
    if (url === "/api/v1/pow/lookup") return ok(challenge);
    return ok(pages.shift());
  };
  const f = await getFollowUp("KEY");
  assert.deepEqual(f.messages.map((m) => m.envelope), ["YQ==", "Yg==", "Yw=="]);
  assert.deepEqual(f.messages.map((m) => m.fromReporter), [true, false, true]);
  assert.deepEqual(calls.map((c) => c.url), ["/api/v1/pow/lookup", "/api/v1/follow-up", "/api/v1/follow-up?from=1"]);
  assert.ok(calls.every((c) => c.credentials === "omit"));
  const reads = calls.slice(1);
  assert.ok(reads.every((c) => c.auth === "Lookup KEY"));
  const sent = JSON.parse(atob(reads[0].pow));
  assert.deepEqual(sent.challenge, challenge);
  assert.deepEqual(sent.solution, { counter: 7, derivedKey: key });
  assert.equal(reads[1].pow, reads[0].pow);
});

test("a solution the server refuses is replaced and the request sent again, twice at most", async () => {
  clearAll();
  const urls = [];
  let refusals = 1;
  globalThis.fetch = async (url) => {
    urls.push(url);
    if (url === "/api/v1/pow/lookup") return ok(makeChallenge("lookup", 3).challenge);
    if (refusals-- > 0) return { ok: false, status: 403, json: async () => ({ error: { code: "pow_spent", message: "x" } }) };
    return ok({ case: "A", status: "received", history: [], messages: [], next: null });
  };
  const f = await getFollowUp("KEY");
  assert.equal(f.caseRef, "A");
  assert.deepEqual(urls, ["/api/v1/pow/lookup", "/api/v1/follow-up", "/api/v1/pow/lookup", "/api/v1/follow-up"]);
  // Refused every time: the third refusal is the answer.
  clearAll();
  refusals = 10;
  urls.length = 0;
  await assert.rejects(getFollowUp("KEY"), (err) => err.code === "pow_spent");
  assert.equal(urls.filter((u) => u === "/api/v1/follow-up").length, 3);
});
