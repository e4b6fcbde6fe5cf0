// Drives the officer console in headless Chromium (same browser flags as
// flow.mjs), records every request the page makes, and writes the result as
// JSON. Used by the Rust tests, in two runs around a supervisor's action:
//
//   node web/e2e/console.mjs keys --base URL --login L --password P \
//        [--totp-secret BASE32] --passphrase PP --out k.json [--lang en]
//     signs in (enrolling TOTP if the server asks, with the secret the page
//     shows), creates the officer's key (or unlocks the existing one; one this
//     passphrase does not open is replaced), writes
//     {"ok","recipient","totp_secret",…}, signs out.
//
//   node web/e2e/console.mjs run --base URL --lang en --login L --password P \
//        --totp-secret BASE32 --passphrase PP --case CASE --expect "PLAINTEXT" \
//        --reply "REPLY TEXT" --note "NOTE TEXT" --out out.json
//     signs in, unlocks the key (creates one if there is none), finds the case
//     in the queue, checks that the decrypted report contains --expect, sets
//     the status to under_review, sends the reply and the note, checks both
//     in the thread, and signs out.
//
// TOTP codes are computed here from the base32 secret (RFC 6238, SHA-1, 30 s,
// 6 digits); a code is never used twice: when the server says a code was
// used already (a previous run in the same 30 seconds), this waits for the
// next step. Screenshots of each step go next to --out. Exit status 1 on any
// failure: an error shown by the page, a plaintext, the passphrase or the
// identity in any request, a POST without the CSRF header, a request to
// another origin, or a console error.

import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { STEP_SECONDS, stepAt, totpAt } from "./totp.mjs";

const STEP_TIMEOUT_MS = 120000;

function parseArgs(argv) {
  const [mode, ...rest] = argv;
  const opts = { mode, lang: "en" };
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith("--") || rest[i + 1] === undefined) throw new Error(`bad argument ${rest[i]}`);
    opts[rest[i].slice(2)] = rest[i + 1];
  }
  // --totp-secret may be left out when the officer has not enrolled yet: the
  // secret the server shows at enrolment is used (and written to the output as
  // "totp_secret", for the next run).
  const common = ["base", "login", "password", "passphrase", "out"];
  const need = {
    keys: common,
    run: [...common, "lang", "case", "expect", "reply", "note"],
  }[mode];
  if (!need) throw new Error('mode must be "keys" or "run"');
  for (const k of need) if (!opts[k]) throw new Error(`missing --${k}`);
  opts.base = opts.base.replace(/\/+$/, "");
  return opts;
}

function fail(message) {
  const err = new Error(message);
  err.expected = true;
  throw err;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Canonical XXXX-XXXX-XXXX form of a case reference as typed. */
function canonicalCase(ref) {
  const s = String(ref).toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (s.length !== 12) fail(`--case ${JSON.stringify(ref)} is not a case reference`);
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

// ---------------------------------------------------------------------------
// TOTP: one code per 30-second step, never reused.

function totpClock() {
  let lastStep = -Infinity;
  return {
    /** A code for a step later than any accepted one, waiting if needed. */
    async fresh(secret, log) {
      for (;;) {
        const now = Date.now();
        const step = stepAt(now);
        const left = (step + 1) * STEP_SECONDS * 1000 - now;
        if (step > lastStep && left > 1500) return { code: totpAt(secret, step), step };
        log(`waiting ${Math.ceil(left / 1000)} s for the next TOTP step`);
        await sleep(left + 250);
      }
    },
    accepted(step) {
      lastStep = Math.max(lastStep, step);
    },
    /** The server says a code of this step was used (e.g. by the previous run). */
    burnt(step) {
      lastStep = Math.max(lastStep, step);
    },
  };
}

// ---------------------------------------------------------------------------
// Browser

async function launch(lang) {
  const profile = mkdtempSync(join(tmpdir(), "passerelle-console-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
    // An office screen: officers work at a desk.
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: lang,
  });
  return { context, profile };
}

/** Records every request (cookies redacted), response cookie, dialog and console error. */
function capture(context, base) {
  const origin = new URL(base).origin;
  const log = { requests: [], foreign_requests: [], set_cookies: [], console_errors: [], browser_errors: [], dialogs: [] };
  const pending = [];
  const consoleErrors = [];
  context.on("request", (req) => {
    pending.push(
      (async () => {
        const headers = { ...(await req.allHeaders().catch(() => req.headers())) };
        if (headers.cookie) headers.cookie = headers.cookie.replace(/=([^;]*)/g, "=<redacted>");
        const postData = req.postData();
        log.requests.push({
          url: req.url(),
          method: req.method(),
          resource_type: req.resourceType(),
          headers,
          // Both spellings, for readers of flow.mjs's output and of this one's.
          postData,
          post_data: postData,
        });
        const u = new URL(req.url());
        if (["http:", "https:", "ws:", "wss:"].includes(u.protocol) && u.origin !== origin) log.foreign_requests.push(req.url());
      })(),
    );
  });
  context.on("response", (res) => {
    pending.push(
      (async () => {
        const headers = await res.allHeaders().catch(() => res.headers());
        const c = headers["set-cookie"];
        if (c) log.set_cookies.push({ url: res.url(), value: c.replace(/=([^;]*)/, (m, v) => (v ? "=<redacted>" : m)) });
      })(),
    );
  });
  const watch = (page) => {
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const where = (msg.location() && msg.location().url) || "";
      consoleErrors.push({ text: msg.text(), where });
    });
    page.on("pageerror", (err) => log.console_errors.push(`pageerror: ${err.message}`));
    page.on("dialog", async (d) => {
      log.dialogs.push(`${d.type()}: ${d.message()}`);
      await d.dismiss().catch(() => {});
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  const settle = async () => {
    await Promise.all(pending);
    const asked = new Set(log.requests.map((r) => r.url));
    for (const e of consoleErrors.splice(0)) {
      // As in flow.mjs: a failed load the page never asked for (favicon) is the browser's.
      const own = !e.where || !/^Failed to load resource/.test(e.text) || asked.has(e.where);
      // Expected refusals the page handles: a 401 at start-up (no session yet)
      // and the answers of sign-in attempts are shown in the page itself.
      const handled = /^Failed to load resource: the server responded with a status of (401|403|429)/.test(e.text);
      (own && !handled ? log.console_errors : log.browser_errors).push(e.where ? `${e.text} (${e.where})` : e.text);
    }
  };
  return { log, settle };
}

function shooter(page, out, shots) {
  const prefix = resolve(out).replace(/\.json$/, "");
  let n = 0;
  return async (name) => {
    n += 1;
    const file = `${prefix}-${String(n).padStart(2, "0")}-${name}.png`;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
    return file;
  };
}

/** Waits for one of several visible states; returns its name. Error states carry data-code. */
async function waitAny(page, states, what) {
  const entries = Object.entries(states);
  let timer;
  const timeout = new Promise((r) => {
    timer = setTimeout(() => r(null), STEP_TIMEOUT_MS);
  });
  const winner = await Promise.race([
    timeout,
    ...entries.map(([name, selector]) =>
      page
        .waitForSelector(selector, { state: "visible", timeout: STEP_TIMEOUT_MS })
        .then(() => name)
        // A loser must not win by failing (e.g. when the browser closes).
        .catch(() => new Promise(() => {})),
    ),
  ]);
  clearTimeout(timer);
  if (!winner) fail(`${what}: none of ${entries.map(([n]) => n).join(", ")} within ${STEP_TIMEOUT_MS} ms`);
  return winner;
}

async function statusError(page, selector) {
  return page.$eval(selector, (n) => ({ code: n.dataset.code || "", text: n.textContent.trim() }));
}

/** Submits a form and waits for its status line to say ok, or fails with its error. */
async function submitAndWait(page, button, status, what) {
  await page.click(button);
  const r = await waitAny(page, { ok: `${status}[data-kind="ok"]:not([hidden])`, error: `${status}[data-kind="error"]:not([hidden])` }, what);
  if (r === "error") {
    const e = await statusError(page, status);
    fail(`${what}: the page shows an error (${e.code}): ${e.text}`);
  }
}

// ---------------------------------------------------------------------------
// Steps

async function signIn(page, opts, totp, shot, result, say) {
  await page.waitForSelector("#signin-fieldset:not([disabled])", { state: "visible", timeout: STEP_TIMEOUT_MS });
  let secret = opts["totp-secret"] || null;
  for (let attempt = 1; ; attempt++) {
    await page.fill("#signin-login", opts.login);
    await page.fill("#signin-password", opts.password);
    // Without a secret the field stays empty: the server asks to enrol, or says a code is needed.
    const { code, step } = secret ? await totp.fresh(secret, say) : { code: "", step: -Infinity };
    await page.fill("#signin-totp", code);
    if (attempt === 1) await shot("sign-in");
    await page.click("#signin-submit");
    const where = await waitAny(
      page,
      {
        enrol: "#enrol:not([hidden])",
        keysetup: "#keysetup:not([hidden])",
        unlock: "#unlock:not([hidden])",
        error: '#signin-status[data-kind="error"]:not([hidden])',
      },
      "sign-in",
    );
    if (where === "keysetup" || where === "unlock") {
      totp.accepted(step);
      result.totp_secret = secret;
      return where;
    }
    if (where === "enrol") {
      result.enrolled = true;
      const shown = (await page.textContent("#enrol-secret")).replace(/\s+/g, "");
      if (!shown) fail("enrolment: no secret shown");
      if (!secret || shown.toUpperCase() !== secret.replace(/[\s=]/g, "").toUpperCase()) {
        // The server made its own secret: use the one shown, as a person would.
        result.enrolled_secret = shown;
        secret = shown;
      }
      const hasQr = await page.$eval("#enrol-qr", (n) => n.querySelector("svg") !== null);
      result.enrol_qr = hasQr;
      await shot("enrol");
      for (let tries = 1; ; tries++) {
        const fresh = await totp.fresh(secret, say);
        await page.fill("#enrol-code", fresh.code);
        await page.click("#enrol-submit");
        const after = await waitAny(
          page,
          { keysetup: "#keysetup:not([hidden])", unlock: "#unlock:not([hidden])", error: '#enrol-status[data-kind="error"]:not([hidden])' },
          "enrolment",
        );
        if (after !== "error") {
          totp.accepted(fresh.step);
          result.totp_secret = secret;
          return after;
        }
        const e = await statusError(page, "#enrol-status");
        if (tries >= 2) fail(`enrolment refused (${e.code}): ${e.text}`);
        totp.burnt(fresh.step);
      }
    }
    const e = await statusError(page, "#signin-status");
    if (e.code === "totp_replayed" && attempt < 3) {
      // A previous run used this step's code: wait for the next one.
      say("the server says this TOTP code was used already; waiting for the next step");
      totp.burnt(step);
      continue;
    }
    if (e.code === "totp_required" && !secret) fail("the officer has enrolled an authenticator already: pass --totp-secret");
    fail(`sign-in refused (${e.code}): ${e.text}`);
  }
}

async function createKey(page, opts, shot) {
  await page.waitForSelector("#keysetup-fieldset:not([disabled])", { timeout: STEP_TIMEOUT_MS });
  await page.fill("#keysetup-passphrase", opts.passphrase);
  await page.fill("#keysetup-repeat", opts.passphrase);
  await shot("key-setup");
  await page.click("#keysetup-submit");
  const r = await waitAny(page, { done: "#keysetup-done:not([hidden])", error: '#keysetup-status[data-kind="error"]:not([hidden])' }, "key setup");
  if (r === "error") {
    const e = await statusError(page, "#keysetup-status");
    fail(`key setup failed (${e.code}): ${e.text}`);
  }
  const recipient = (await page.textContent("#keysetup-recipient")).trim();
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(recipient)) fail(`key setup: odd recipient ${JSON.stringify(recipient)}`);
  await shot("key-created");
  await page.click("#keysetup-continue");
  await page.waitForSelector("#app:not([hidden])", { timeout: STEP_TIMEOUT_MS });
  return recipient;
}

/** Unlocks the stored key; returns false on a wrong passphrase or a damaged key. */
async function unlockKey(page, opts, shot) {
  await page.waitForSelector("#unlock-fieldset:not([disabled])", { timeout: STEP_TIMEOUT_MS });
  await page.fill("#unlock-passphrase", opts.passphrase);
  await shot("unlock");
  await page.click("#unlock-submit");
  const r = await waitAny(page, { app: "#app:not([hidden])", error: '#unlock-status[data-kind="error"]:not([hidden])' }, "unlock");
  if (r === "error") {
    const e = await statusError(page, "#unlock-status");
    return { ok: false, code: e.code, text: e.text };
  }
  return { ok: true };
}

async function signOut(page, shot) {
  await page.click("#signout");
  await page.waitForSelector("#signin:not([hidden])", { timeout: STEP_TIMEOUT_MS });
  await page.waitForSelector('#signin-status[data-kind="ok"]:not([hidden])', { timeout: STEP_TIMEOUT_MS });
  await shot("signed-out");
}

async function waitQueue(page) {
  await page.waitForFunction(() => {
    const l = document.getElementById("queue-list");
    return l && (l.dataset.state === "ready" || l.dataset.state === "error");
  }, null, { timeout: STEP_TIMEOUT_MS });
  const state = await page.$eval("#queue-list", (l) => l.dataset.state);
  if (state === "error") {
    const e = await statusError(page, "#queue-status");
    fail(`queue: the page shows an error (${e.code}): ${e.text}`);
  }
}

function leaks(log, needle, allow = () => false) {
  if (!needle) return [];
  return log.requests.filter((r) => !allow(r) && JSON.stringify(r).includes(needle)).map((r) => `${r.method} ${r.url}`);
}

/** Every POST of the session carries X-CSRF-Token; sign-in and enrolment have no session yet. */
function csrfMissing(log, origin) {
  return log.requests
    .filter((r) => r.method === "POST" && r.url.startsWith(origin))
    .filter((r) => !/\/console\/api\/(login|enrol)$/.test(new URL(r.url).pathname))
    .filter((r) => !r.headers["x-csrf-token"])
    .map((r) => r.url);
}

async function run(opts) {
  const { context, profile } = await launch(opts.lang);
  const { log, settle } = capture(context, opts.base);
  const shots = [];
  const result = { ok: false, mode: opts.mode };
  const timings = {};
  const say = (m) => console.error(`console.mjs: ${m}`);
  try {
    const page = context.pages()[0] || (await context.newPage());
    const shot = shooter(page, opts.out, shots);
    const totp = totpClock();

    let t0 = Date.now();
    const res = await page.goto(`${opts.base}/${opts.lang}/console`, { waitUntil: "load", timeout: STEP_TIMEOUT_MS });
    if (!res || !res.ok()) fail(`GET /${opts.lang}/console answered ${res ? res.status() : "nothing"}`);
    if (await page.$("#quick-exit")) fail("the console page has a quick-exit bar");
    timings.page_load = Date.now() - t0;

    t0 = Date.now();
    const next = await signIn(page, opts, totp, shot, result, say);
    timings.sign_in = Date.now() - t0;

    t0 = Date.now();
    if (next === "keysetup") {
      result.recipient = await createKey(page, opts, shot);
      result.key_created = true;
      timings.key_setup = Date.now() - t0;
    } else {
      const u = await unlockKey(page, opts, shot);
      if (!u.ok) {
        if (opts.mode !== "keys") fail(`unlock failed (${u.code}): ${u.text}`);
        // keys mode: a key this passphrase does not open is replaced by a new one.
        say(`the stored key does not open with this passphrase (${u.code}); creating a new one`);
        await page.click("#unlock-replace");
        result.recipient = await createKey(page, opts, shot);
        result.key_created = true;
        result.key_replaced = true;
      } else {
        result.recipient = (await page.textContent("#me-recipient")).trim();
        result.key_created = false;
      }
      timings.key_unlock = Date.now() - t0;
    }

    t0 = Date.now();
    await waitQueue(page);
    timings.queue = Date.now() - t0;
    await shot("queue");

    if (opts.mode === "run") {
      const ref = canonicalCase(opts.case);
      result.case = ref;
      t0 = Date.now();
      for (;;) {
        if ((await page.locator(`button.case-open[data-case="${ref}"]`).count()) > 0) break;
        if (!(await page.isVisible("#queue-more"))) fail(`case ${ref} is not in the queue`);
        await page.click("#queue-more");
        await waitQueue(page);
      }
      const row = page.locator(`li:has(> button.case-open[data-case="${ref}"])`);
      result.queue_row = await row.evaluate((li) => ({ urgent: li.classList.contains("case-urgent"), unread: li.classList.contains("case-unread"), text: li.innerText.replace(/\s+/g, " ").trim() }));
      await page.click(`button.case-open[data-case="${ref}"]`);
      await page.waitForSelector('#case-thread[data-state="ready"]', { timeout: STEP_TIMEOUT_MS });
      timings.case_open = Date.now() - t0;
      await shot("case");

      const reportText = await page.$$eval("#case-thread .message-report", (els) => els.map((e) => e.textContent));
      if (!reportText.some((x) => x.includes(opts.expect))) {
        const locked = await page.$$eval("#case-thread .message-locked", (els) => els.length);
        fail(
          locked
            ? `the report does not decrypt with this officer's key (${locked} message(s) locked): is ${result.recipient} in the unit's set?`
            : `the decrypted report does not contain the expected text; report shown: ${JSON.stringify(reportText)}`,
        );
      }
      result.report_found = true;

      t0 = Date.now();
      await page.selectOption("#status-select", "under_review");
      await page.selectOption("#outcome-select", "");
      await submitAndWait(page, "#status-submit", "#status-status", "status");
      const shownStatus = await page.$eval("#case-status", (n) => n.dataset.status);
      if (shownStatus !== "under_review") fail(`status shown after the change: ${shownStatus}`);
      result.status = shownStatus;
      result.status_text = (await page.textContent("#case-status")).trim();
      timings.status = Date.now() - t0;

      t0 = Date.now();
      await page.fill("#reply-text", opts.reply);
      await submitAndWait(page, "#reply-submit", "#reply-status", "reply");
      const replies = await page.$$eval("#case-thread .message-reply", (els) => els.map((e) => e.textContent));
      if (!replies.some((x) => x.includes(opts.reply))) fail(`the reply is not in the thread: ${JSON.stringify(replies)}`);
      timings.reply = Date.now() - t0;

      t0 = Date.now();
      await page.fill("#note-text", opts.note);
      await submitAndWait(page, "#note-submit", "#note-status", "note");
      const notes = await page.$$eval("#case-thread .message-note", (els) => els.map((e) => e.textContent));
      if (!notes.some((x) => x.includes(opts.note))) fail(`the note is not in the thread: ${JSON.stringify(notes)}`);
      timings.note = Date.now() - t0;
      await shot("case-after");
    }

    t0 = Date.now();
    await signOut(page, shot);
    timings.sign_out = Date.now() - t0;
    const after = await page.evaluate(() => document.body.textContent);
    for (const [name, v] of [["expect", opts.expect], ["reply", opts.reply], ["note", opts.note], ["recipient", result.recipient]]) {
      if (v && after.includes(v)) fail(`the ${name} text is still in the page after signing out`);
    }

    await settle();
    const origin = new URL(opts.base).origin;
    const sentInClear = [
      ...leaks(log, opts.expect),
      ...leaks(log, opts.reply),
      ...leaks(log, opts.note),
      ...leaks(log, opts.passphrase),
      ...leaks(log, "AGE-SECRET-KEY-1"),
      // The password goes to sign-in and enrolment only.
      ...leaks(log, opts.password, (r) => r.method === "POST" && /\/console\/api\/(login|enrol)$/.test(new URL(r.url).pathname)),
    ];
    if (sentInClear.length) fail(`secret or plaintext sent in clear: ${sentInClear.join(", ")}`);
    const noCsrf = csrfMissing(log, origin);
    if (noCsrf.length) fail(`POST without X-CSRF-Token: ${noCsrf.join(", ")}`);
    if (log.dialogs.length) fail(`the page opened dialogs: ${log.dialogs.join(" | ")}`);
    return { ...result, ok: true, ...log, timings_ms: timings, screenshots: shots };
  } catch (err) {
    await settle().catch(() => {});
    err.partial = { ...result, ...log, timings_ms: timings, screenshots: shots };
    throw err;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (err) {
  console.error(`console.mjs: ${err.message}`);
  process.exit(2);
}
let result;
try {
  result = await run(opts);
  if (result.foreign_requests.length) fail(`requests to other origins: ${result.foreign_requests.join(", ")}`);
  if (result.console_errors.length) fail(`console errors: ${result.console_errors.join(" | ")}`);
  writeFileSync(opts.out, JSON.stringify(result, null, 2));
  console.log(`console.mjs ${opts.mode}: ok (${JSON.stringify(result.timings_ms)}) recipient ${result.recipient} -> ${opts.out}`);
} catch (err) {
  // What was captured up to the failure, to see what the page did.
  const partial = err.partial || result || {};
  writeFileSync(opts.out, JSON.stringify({ ...partial, ok: false, error: err.message }, null, 2));
  console.error(`console.mjs ${opts.mode}: FAILED: ${err.expected ? err.message : err.stack || err}`);
  process.exit(1);
}
