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

test("all seven templates exist", () => {
  for (const f of ["base.html", "home.html", "report.html", "follow_up.html", "safety.html", "not_found.html", "console.html"]) {
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
        attrs.trim() === 'type="module" src="/assets/{{ s.bundle }}"' ||
        attrs.trim() === 'type="application/json" id="passerelle-data"';
      assert.ok(ok, `unexpected script tag: <script${attrs}>`);
    }
    // Pages extend the base; partials (`_*.html`) are included by pages.
    if (f.startsWith("_")) assert.ok(!/\{%-?\s*extends/.test(src), "a partial extends");
    else if (f !== "base.html") assert.match(src, /^\{% extends "base.html" %\}/);
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
  // The quick-exit bar is there on public pages only (Shell.show_exit).
  assert.match(src, /\{%-? if s\.show_exit %\}\s*<div class="exit-bar">[\s\S]*?<\/div>\s*\{%-? endif %\}/);
  assert.match(src, /<noscript>/);
  // js_data is the only value output without escaping.
  assert.equal([...src.matchAll(/\|safe/g)].length, 1);
  for (const f of files) if (f !== "base.html") assert.ok(!read(f).includes("|safe"), f);
});

test("the follow-up code is shown left to right on every page", () => {
  assert.match(read("report.html"), /id="receipt-code" dir="ltr"/);
  assert.match(read("follow_up.html"), /id="code-input"[^>]*dir="ltr"/);
});

// ---------------------------------------------------------------------------
// Officer console

const consoleSrc = () => read("console.html");

/** Attributes of the element with this id, as a string. */
function tagOf(src, id) {
  const m = new RegExp(`<[a-z]+\\b[^>]*\\sid="${id}"[^>]*>`).exec(src);
  assert.ok(m, `no element #${id}`);
  return m[0];
}

test("console: no quick exit, every region present", () => {
  const src = consoleSrc();
  assert.ok(!src.includes("quick-exit"), "the console has no quick-exit bar");
  for (const id of ["signin", "enrol", "keysetup", "unlock", "app", "queue", "case-view", "supervisor", "oversight", "me", "refer-form", "transfer-form", "rekey-start", "notify-form"]) {
    tagOf(src, id);
  }
  for (const id of ["enrol", "keysetup", "unlock", "app", "case-view", "supervisor", "oversight", "me"]) {
    assert.match(tagOf(src, id), /\shidden[\s>]/, `#${id} starts hidden`);
  }
});

test("console: every fieldset starts disabled", () => {
  const src = consoleSrc();
  const fieldsets = [...src.matchAll(/<fieldset\b[^>]*>/g)].map((m) => m[0]);
  assert.ok(fieldsets.length >= 10);
  for (const f of fieldsets) assert.match(f, /\sdisabled[\s>]/, f);
});

test("console: autocomplete tells password managers the right thing", () => {
  const src = consoleSrc();
  const auto = (id) => /\sautocomplete="([^"]*)"/.exec(tagOf(src, id))?.[1];
  assert.equal(auto("signin-login"), "username");
  assert.equal(auto("signin-password"), "current-password");
  assert.match(tagOf(src, "signin-password"), /type="password"/);
  assert.equal(auto("signin-totp"), "one-time-code");
  assert.match(tagOf(src, "signin-totp"), /inputmode="numeric"/);
  assert.equal(auto("enrol-code"), "one-time-code");
  // The key passphrase must not be saved next to the sign-in password.
  for (const id of ["keysetup-passphrase", "keysetup-repeat", "unlock-passphrase"]) {
    assert.equal(auto(id), "off", id);
    assert.match(tagOf(src, id), /type="password"/, id);
  }
  assert.equal(auto("notify-email"), "email");
  // The TOTP field is optional: the first sign-in has no code yet.
  assert.ok(!/\srequired[\s>]/.test(tagOf(src, "signin-totp")));
});

test("console: keys, codes and case references are shown left to right", () => {
  const src = consoleSrc();
  for (const id of ["enrol-secret", "keysetup-recipient", "me-recipient", "case-ref", "signin-login", "signin-totp", "enrol-code"]) {
    assert.match(tagOf(src, id), /dir="ltr"/, id);
  }
});

test("console: status lines are live regions", () => {
  const src = consoleSrc();
  for (const m of src.matchAll(/<p class="status" id="([a-z-]+)"[^>]*>/g)) {
    assert.match(m[0], /role="status"/, m[1]);
    assert.match(m[0], /aria-live="polite"/, m[1]);
  }
});

test("console: base layout swaps the reporter-facing lines", () => {
  const src = read("base.html");
  // "This site uses no cookies" is not true of the console (session cookie).
  assert.match(src, /\{%-? if s\.show_exit %\}[\s\S]*footer-no-tracking[\s\S]*\{%-? else %\}[\s\S]*console-footer-restricted[\s\S]*\{%-? endif %\}/);
  assert.match(src, /<title>\{% block title %\}/);
});
