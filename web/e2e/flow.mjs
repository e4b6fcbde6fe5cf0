// Drives the public pages in headless Chromium, records every request the page
// makes, and writes the result as JSON. Used to prove that the plaintext of a
// report never leaves the browser and that the follow-up flow works end to end.
//
//   node web/e2e/flow.mjs report --base http://127.0.0.1:8080 --lang fr \
//        --category gbv --canary "SENTENCE" --out r.json
//   node web/e2e/flow.mjs follow-up --base http://127.0.0.1:8080 --lang ar \
//        --code "CODE" --expect "REPLY TEXT" --expect-status action_taken \
//        --message "SECOND CANARY" --out f.json
//
// Screenshots of each step go next to the --out file. Exit status 1 on any failure.

import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { normaliseCode } from "../src/crypto.js";

const STEP_TIMEOUT_MS = 120000;

function parseArgs(argv) {
  const [mode, ...rest] = argv;
  const opts = { mode };
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith("--") || rest[i + 1] === undefined) throw new Error(`bad argument ${rest[i]}`);
    opts[rest[i].slice(2)] = rest[i + 1];
  }
  const need = {
    report: ["base", "lang", "category", "canary", "out"],
    "follow-up": ["base", "lang", "code", "expect", "expect-status", "message", "out"],
  }[mode];
  if (!need) throw new Error('mode must be "report" or "follow-up"');
  for (const k of need) if (!opts[k]) throw new Error(`missing --${k}`);
  opts.base = opts.base.replace(/\/+$/, "");
  return opts;
}

function fail(message) {
  const err = new Error(message);
  err.expected = true;
  throw err;
}

async function launch(lang) {
  const profile = mkdtempSync(join(tmpdir(), "passerelle-e2e-"));
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
    // A small phone.
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: lang,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  return { context, profile };
}

/** Records every request, response cookie and console error of the context. */
function capture(context, base) {
  const origin = new URL(base).origin;
  const log = { requests: [], set_cookies: [], foreign_requests: [], console_errors: [], browser_errors: [] };
  const pending = [];
  const consoleErrors = [];
  context.on("request", (req) => {
    pending.push(
      (async () => {
        const entry = {
          url: req.url(),
          method: req.method(),
          resource_type: req.resourceType(),
          headers: await req.allHeaders().catch(() => req.headers()),
          post_data: req.postData(),
        };
        log.requests.push(entry);
        const u = new URL(req.url());
        if (["http:", "https:", "ws:", "wss:"].includes(u.protocol) && u.origin !== origin) {
          log.foreign_requests.push(req.url());
        }
      })(),
    );
  });
  context.on("response", (res) => {
    pending.push(
      (async () => {
        const headers = await res.allHeaders().catch(() => res.headers());
        if (headers["set-cookie"]) log.set_cookies.push({ url: res.url(), value: headers["set-cookie"] });
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
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  const settle = async () => {
    await Promise.all(pending);
    // A failed load the page never asked for (the browser's own favicon probe,
    // and wherever the server redirects it) is kept apart: not the page's fault.
    const asked = new Set(log.requests.map((r) => r.url));
    for (const e of consoleErrors.splice(0)) {
      const own = !e.where || !/^Failed to load resource/.test(e.text) || asked.has(e.where);
      (own ? log.console_errors : log.browser_errors).push(e.where ? `${e.text} (${e.where})` : e.text);
    }
  };
  return { log, settle };
}

function shooter(page, out) {
  const dir = dirname(resolve(out));
  const prefix = resolve(out).replace(/\.json$/, "");
  let n = 0;
  return async (name) => {
    n += 1;
    const file = `${prefix}-${String(n).padStart(2, "0")}-${name}.png`;
    // From the top, so the sticky quick-exit bar is drawn where it belongs.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
    return file.startsWith(dir) ? file : join(dir, file);
  };
}

async function gotoTimed(page, url) {
  const t0 = Date.now();
  const res = await page.goto(url, { waitUntil: "load", timeout: STEP_TIMEOUT_MS });
  if (!res || !res.ok()) fail(`GET ${url} answered ${res ? res.status() : "nothing"}`);
  return Date.now() - t0;
}

/** Waits for a selector, or fails with the text of a visible error status. */
async function waitOrError(page, selector, statusSelector, what) {
  const ok = page.waitForSelector(selector, { state: "visible", timeout: STEP_TIMEOUT_MS }).then(() => null);
  const bad = page
    .waitForSelector(`${statusSelector}[data-kind="error"]:not([hidden])`, { timeout: STEP_TIMEOUT_MS })
    .then(async (el) => (el ? await el.textContent() : "error"));
  const result = await Promise.race([ok, bad]);
  if (result !== null) fail(`${what}: the page shows an error: ${result}`);
}

function leaks(log, needle) {
  return log.requests.filter((r) => JSON.stringify(r).includes(needle)).map((r) => `${r.method} ${r.url}`);
}

async function pageStrings(page) {
  return page.evaluate(() => JSON.parse(document.getElementById("passerelle-data").textContent).strings);
}

async function runReport(opts) {
  const { context, profile } = await launch(opts.lang);
  const { log, settle } = capture(context, opts.base);
  try {
    const page = context.pages()[0] || (await context.newPage());
    const shot = shooter(page, opts.out);
    const timings = {};

    timings.page_load = await gotoTimed(page, `${opts.base}/${opts.lang}/`);
    await shot("home");

    const link = page.locator(`a[href="/${opts.lang}/report/${opts.category}"]`);
    if ((await link.count()) !== 1) fail(`no link to the ${opts.category} report form on /${opts.lang}/`);
    const t0 = Date.now();
    await Promise.all([page.waitForURL(`**/${opts.lang}/report/${opts.category}`), link.click()]);
    await page.waitForSelector("#report-fieldset:not([disabled])", { timeout: STEP_TIMEOUT_MS });
    timings.form_ready = Date.now() - t0;

    await page.fill("#field-what", opts.canary);
    await page.fill("#field-when", "yesterday evening");
    await page.fill("#field-where", "near the bus station");
    await page.fill("#field-who", "two adults");
    await page.check("#field-urgent");
    await shot("form");

    const t1 = Date.now();
    await page.click("#report-submit");
    await waitOrError(page, "#receipt", "#report-status", "report");
    timings.submit_to_receipt = Date.now() - t1;
    await shot("receipt");

    const code = (await page.textContent("#receipt-code")).trim();
    const caseRef = (await page.textContent("#receipt-case")).trim();
    if (!/^[0-9]{4}( [0-9]{4}){6}$/.test(code)) fail(`receipt code looks wrong: ${JSON.stringify(code)}`);
    normaliseCode(code); // throws on a bad check digit
    if (!caseRef) fail("no case reference on the receipt");
    if (await page.$("#field-what")) fail("the report fields are still in the page after sending");
    if ((await page.content()).includes(opts.canary)) fail("the report text is still in the page after sending");

    await settle();
    const leaked = leaks(log, opts.canary);
    if (leaked.length) fail(`the canary was sent in clear: ${leaked.join(", ")}`);
    return { case: caseRef, code: code.replaceAll(" ", ""), ...log, timings_ms: timings };
  } catch (err) {
    await settle().catch(() => {});
    err.partial = log;
    throw err;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function runFollowUp(opts) {
  const { context, profile } = await launch(opts.lang);
  const { log, settle } = capture(context, opts.base);
  try {
    const page = context.pages()[0] || (await context.newPage());
    const shot = shooter(page, opts.out);
    const timings = {};

    timings.page_load = await gotoTimed(page, `${opts.base}/${opts.lang}/follow-up`);
    await page.waitForSelector("#code-fieldset:not([disabled])", { timeout: STEP_TIMEOUT_MS });
    const strings = await pageStrings(page);

    await page.fill("#code-input", opts.code);
    await shot("code");
    const t0 = Date.now();
    await page.click("#code-submit");
    await waitOrError(page, "#case", "#code-status", "follow-up");
    timings.code_to_thread = Date.now() - t0;
    await shot("thread");

    const statusText = (await page.textContent("#case-status")).trim();
    const expectedStatus = strings[`js-status-${opts["expect-status"]}`];
    if (!expectedStatus) fail(`no translation for status ${opts["expect-status"]}`);
    if (statusText !== expectedStatus) fail(`status shown is ${JSON.stringify(statusText)}, expected ${JSON.stringify(expectedStatus)}`);
    const replies = await page.$$eval(".message-unit .message-body", (els) => els.map((e) => e.textContent));
    const replyFound = replies.some((r) => r.includes(opts.expect));
    if (!replyFound) fail(`reply not shown; unit messages on the page: ${JSON.stringify(replies)}`);

    await page.fill("#message-text", opts.message);
    const t1 = Date.now();
    await page.click("#message-submit");
    await waitOrError(page, '#message-status[data-kind="ok"]', "#message-status", "message");
    timings.message_to_confirmation = Date.now() - t1;
    await shot("message-sent");

    await settle();
    const leaked = [...leaks(log, opts.message), ...leaks(log, opts.expect), ...leaks(log, opts.code)];
    if (leaked.length) fail(`plaintext or code sent in clear: ${leaked.join(", ")}`);
    return { status_text: statusText, reply_found: replyFound, ...log, timings_ms: timings };
  } catch (err) {
    await settle().catch(() => {});
    err.partial = log;
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
  console.error(`flow.mjs: ${err.message}`);
  process.exit(2);
}
try {
  const result = opts.mode === "report" ? await runReport(opts) : await runFollowUp(opts);
  writeFileSync(opts.out, JSON.stringify(result, null, 2));
  if (result.foreign_requests.length) fail(`requests to other origins: ${result.foreign_requests.join(", ")}`);
  if (result.console_errors.length) fail(`console errors: ${result.console_errors.join(" | ")}`);
  console.log(`${opts.mode}: ok (${JSON.stringify(result.timings_ms)}) -> ${opts.out}`);
} catch (err) {
  // What was captured up to the failure, to see what the page did.
  if (err.partial) writeFileSync(opts.out, JSON.stringify({ error: err.message, ...err.partial }, null, 2));
  console.error(`flow.mjs ${opts.mode}: FAILED: ${err.expected ? err.message : err.stack || err}`);
  process.exit(1);
}
