// The page templates under the strict CSP and the "no plaintext fallback" rule:
// no inline script or style, no event handler attribute, no external URL, and
// no named form field that a browser without JavaScript could submit in clear.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("../templates/", import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith(".html"));
const read = (f) => readFileSync(DIR + f, "utf8");

test("all six templates exist", () => {
  for (const f of ["base.html", "home.html", "report.html", "follow_up.html", "safety.html", "not_found.html"]) {
    assert.ok(files.includes(f), f);
  }
});

for (const f of files) {
  test(`${f}: CSP-clean and without a clear-text fallback`, () => {
    const src = read(f);
    assert.ok(!/\sstyle\s*=/i.test(src), "style attribute");
    assert.ok(!/<style/i.test(src), "style element");
    assert.ok(!/\son[a-z]+\s*=/i.test(src), "event handler attribute");
    assert.ok(!/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i.test(src), "absolute URL");
    assert.ok(!/<(input|textarea|select|button)\b[^>]*\sname\s*=/i.test(src), "named form field");
    assert.ok(!/\saction\s*=/i.test(src), "form action");
    for (const m of src.matchAll(/<script\b([^>]*)>/gi)) {
      const attrs = m[1];
      const ok =
        attrs.trim() === 'type="module" src="/assets/passerelle.js"' ||
        attrs.trim() === 'type="application/json" id="passerelle-data"';
      assert.ok(ok, `unexpected script tag: <script${attrs}>`);
    }
    if (f !== "base.html") assert.match(src, /^\{% extends "base.html" %\}/);
  });
}

test("forms start disabled so nothing works before the encryption code loads", () => {
  assert.match(read("report.html"), /<fieldset id="report-fieldset" disabled>/);
  assert.match(read("follow_up.html"), /<fieldset id="code-fieldset" disabled>/);
  assert.match(read("follow_up.html"), /<fieldset id="message-fieldset" disabled>/);
});

test("base layout: language, direction, data block, quick exit, noscript", () => {
  const src = read("base.html");
  assert.match(src, /<html lang="\{\{ s\.lang \}\}" dir="\{\{ s\.dir \}\}">/);
  assert.match(src, /<body data-page="\{\{ s\.page \}\}">/);
  assert.match(src, /<script type="application\/json" id="passerelle-data">\{\{ s\.js_data\|safe \}\}<\/script>/);
  assert.match(src, /<meta name="referrer" content="no-referrer">/);
  assert.match(src, /id="quick-exit" href="\{\{ s\.quick_exit_url \}\}"/);
  assert.match(src, /<noscript>/);
  // js_data is the only value output without escaping.
  assert.equal([...src.matchAll(/\|safe/g)].length, 1);
  for (const f of files) if (f !== "base.html") assert.ok(!read(f).includes("|safe"), f);
});

test("the follow-up code is shown left to right on every page", () => {
  assert.match(read("report.html"), /id="receipt-code" dir="ltr"/);
  assert.match(read("follow_up.html"), /id="code-input"[^>]*dir="ltr"/);
});
