// Dates in the thread: the browser's own names when it has this language's date
// data, numbers otherwise (never a mix with English month names or AM/PM).
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatTime, numericTime } from "../src/ui.js";

test("numeric form: year-month-day hour:minute, zero-padded", () => {
  assert.equal(numericTime(new Date(2026, 0, 5, 7, 3)), "2026-01-05 07:03");
});

test("a 24-hour clock, no AM/PM, in a language the runtime knows", () => {
  // ui.js defaults to English until a page's data block is read.
  const out = formatTime("2026-11-27T14:00:00Z");
  assert.doesNotMatch(out, /AM|PM/);
  assert.match(out, /2026/);
});
