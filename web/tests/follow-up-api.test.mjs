// The reporter's follow-up read: a long thread arrives in pages, put together here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getFollowUp } from "../src/api.js";

test("getFollowUp follows next until the thread ends, with the lookup on every page", async () => {
  const pages = [
    { case: "A", status: "received", history: [], messages: [{ from: "reporter", envelope: "YQ==", at: "t" }], next: 1 },
    { case: "A", status: "received", history: [], messages: [{ from: "unit", envelope: "Yg==", at: "t" }, { from: "reporter", envelope: "Yw==", at: "t" }], next: null },
  ];
  const calls = [];
  globalThis.fetch = async (url, opts) => {
    calls.push({ url, auth: opts.headers.Authorization, credentials: opts.credentials });
    const body = pages.shift();
    return { ok: true, status: 200, json: async () => body };
  };
  const f = await getFollowUp("KEY");
  assert.deepEqual(f.messages.map((m) => m.envelope), ["YQ==", "Yg==", "Yw=="]);
  assert.deepEqual(f.messages.map((m) => m.fromReporter), [true, false, true]);
  assert.deepEqual(calls.map((c) => c.url), ["/api/v1/follow-up", "/api/v1/follow-up?from=1"]);
  assert.ok(calls.every((c) => c.auth === "Lookup KEY" && c.credentials === "omit"));
});
