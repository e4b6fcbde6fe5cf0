// The voice message's clock: minutes and seconds in the page language's digits,
// like the file sizes beside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDuration } from "../src/voice.js";

test("durations are m:ss in the language's own digits", () => {
  assert.equal(formatDuration(0, "en"), "0:00");
  assert.equal(formatDuration(75.9, "en"), "1:15");
  assert.equal(formatDuration(3600, "fr"), "60:00");
  assert.equal(formatDuration(75, "fa"), "۱:۱۵");
  assert.equal(formatDuration(-3, "en"), "0:00");
  // A language the runtime has no data for still gives a clock.
  assert.match(formatDuration(75, "ti"), /^\S+:\S\S$/);
});
