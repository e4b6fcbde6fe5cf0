// Drives the public pages in headless Chromium, records every request the page
// makes, and writes the result as JSON. Used to prove that the plaintext of a
// report never leaves the browser and that the follow-up flow works end to end.
//
//   node web/e2e/flow.mjs report --base http://127.0.0.1:8080 --lang fr \
//        --category gbv --canary "SENTENCE" --out r.json \
//        [--photo /tmp/original.jpg] [--voice 3] [--document /tmp/original.pdf]
//   … report … --expect-refusal js-error-key-log   (the page must refuse, send nothing)
//   node web/e2e/flow.mjs quick-exit --base http://127.0.0.1:8080 --lang fr \
//        --category gbv --canary "SENTENCE" --out q.json
//   node web/e2e/flow.mjs follow-up --base http://127.0.0.1:8080 --lang ar \
//        --code "CODE" --expect "REPLY TEXT" --expect-status action_taken \
//        --message "SECOND CANARY" --out f.json [--photo /tmp/original2.jpg]
//
// --photo: a JPEG is drawn in the browser (canvas), an APP1 Exif segment whose
// GPS IFD holds the canary is put right after its SOI, and that original is
// written to the given path and attached through the real file input; the page
// must remove the segment before encrypting. --voice N: a voice message of N
// seconds is recorded through the real UI (Chromium's fake microphone). Both
// are sent with the report; the output lists them under "attachments".
// --document: a small PDF whose author field names the reporter is written to the
// given path and attached with "Add a document"; the page must send it as it is
// and say so (only photos are cleaned).
// The report also goes through the "before you send" reminder once (a phone
// number typed, found, edited away).
//
// quick-exit: the report page is filled in, then left with the quick-exit
// button, with Shift ×3, and (opened directly) with the button again; each
// time history.length must not grow and Back must not lead to the report page.
//
// Screenshots of each step go next to the --out file. Exit status 1 on any failure.

import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, headersOf } from "./chromium.mjs";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { normaliseCode } from "../src/crypto.js";
import { exifApp1WithGps, insertAfterSoi } from "../tests/exif-fixture.mjs";

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
    "quick-exit": ["base", "lang", "category", "canary", "out"],
  }[mode];
  if (!need) throw new Error('mode must be "report", "follow-up" or "quick-exit"');
  for (const k of need) if (!opts[k]) throw new Error(`missing --${k}`);
  if (opts.voice !== undefined && !(Number(opts.voice) > 0 && Number(opts.voice) <= 600)) throw new Error("--voice takes a number of seconds (1–600)");
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
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      "--disable-quic",
      // A fake microphone (a beep), allowed without a prompt: --voice.
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
    ],
    // A small phone.
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: lang,
    permissions: ["clipboard-read", "clipboard-write", "microphone"],
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
          headers: await headersOf(req),
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
        const headers = await headersOf(res);
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

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/**
 * The JPEG's segments before the scan, by marker, walked here on its own (not
 * with src/exif.js, so that the page's stripping is checked independently).
 */
function jpegMarkers(bytes) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) fail("not a JPEG");
  const markers = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) fail(`JPEG: no marker at ${i}`);
    const m = bytes[i + 1];
    markers.push(m);
    if (m === 0xda) break;
    i += 2 + ((bytes[i + 2] << 8) | bytes[i + 3]);
  }
  return markers;
}

/** A small baseline JPEG drawn by Chromium, and the same with a GPS Exif segment holding the canary. */
async function makePhoto(context, canary) {
  const helper = await context.newPage();
  try {
    const plain = Buffer.from(
      await helper.evaluate(async () => {
        const c = document.createElement("canvas");
        c.width = 96;
        c.height = 64;
        const g = c.getContext("2d");
        g.fillStyle = "#b03030";
        g.fillRect(0, 0, 96, 64);
        g.fillStyle = "#3060c0";
        g.fillRect(12, 10, 40, 30);
        const blob = await new Promise((resolve) => c.toBlob(resolve, "image/jpeg", 0.9));
        return Array.from(new Uint8Array(await blob.arrayBuffer()));
      }),
    );
    const markers = jpegMarkers(plain);
    if (markers.includes(0xe1) || markers.includes(0xed)) fail("the canvas JPEG already has APP1/APP13");
    const original = Buffer.from(insertAfterSoi(plain, exifApp1WithGps(canary)));
    if (!original.includes(Buffer.from(canary)) || !jpegMarkers(original).includes(0xe1)) fail("the Exif segment was not inserted");
    return { plain, original };
  } finally {
    await helper.close();
  }
}

/** The age files of a captured POST body: count, sizes, stanzas, padding. */
function inspectAttachments(entry) {
  let body;
  try {
    body = JSON.parse(entry.post_data);
  } catch {
    fail(`${entry.method} ${entry.url}: the body is not JSON`);
  }
  const stanzas = (b) => b.subarray(0, Math.min(b.length, 8192)).toString("latin1").split("\n---")[0].split("\n").filter((l) => l.startsWith("-> X25519 ")).length;
  const envelope = Buffer.from(body.envelope, "base64");
  const list = Array.isArray(body.attachments) ? body.attachments : [];
  return list.map((a, i) => {
    const b = Buffer.from(a, "base64");
    if (!b.subarray(0, 22).equals(Buffer.from("age-encryption.org/v1\n"))) fail(`attachment ${i + 1} is not a binary age file`);
    const mac = b.indexOf("\n--- ");
    const payload = b.length - (b.indexOf("\n", mac + 1) + 1);
    // Nonce, then whole chunks of 64 KiB + 16: the plaintext was padded to 64 KiB.
    if ((payload - 16) % 65552 !== 0 || payload < 16 + 65552) fail(`attachment ${i + 1} is not padded to 64 KiB`);
    const n = stanzas(b);
    if (n !== stanzas(envelope)) fail(`attachment ${i + 1} has ${n} recipients, the envelope ${stanzas(envelope)}`);
    return { bytes: b.length, x25519_stanzas: n, padded_plaintext_bytes: ((payload - 16) / 65552) * 65536 };
  });
}

/** Clicks "send" and answers the "before you send" reminder with "send anyway" if it comes. */
async function submitReport(page, strings) {
  await page.click("#report-submit");
  const shown = await Promise.race([
    page.waitForSelector("#report-identify:not([hidden])", { timeout: STEP_TIMEOUT_MS }).then(() => true, () => false),
    page.waitForSelector("#receipt:not([hidden])", { timeout: STEP_TIMEOUT_MS }).then(() => false, () => false),
    page.waitForSelector('#report-status[data-kind="error"]:not([hidden])', { timeout: STEP_TIMEOUT_MS }).then(() => false, () => false),
  ]);
  if (!shown) return [];
  const items = await page.$$eval('#report-identify [data-identify="list"] li', (els) => els.map((e) => e.textContent));
  const kinds = Object.entries(strings).filter(([k, v]) => k.startsWith("js-identify-") && items.includes(v)).map(([k]) => k.slice(12));
  await page.click('#report-identify [data-identify="send"]');
  return kinds;
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

    const link = page.locator(`a[data-category="${opts.category}"]`);
    if ((await link.count()) !== 1) fail(`no link to the ${opts.category} report form on /${opts.lang}/`);
    const t0 = Date.now();
    await Promise.all([page.waitForURL(`**/${opts.lang}/form/*`), link.click()]);
    // The address says nothing of what is being reported.
    if (page.url().includes(opts.category)) fail(`the form's URL names the category: ${page.url()}`);
    await page.waitForSelector("#report-fieldset:not([disabled])", { timeout: STEP_TIMEOUT_MS });
    timings.form_ready = Date.now() - t0;

    const strings = await pageStrings(page);
    await page.fill("#field-what", opts.canary);
    await page.fill("#field-when", "yesterday evening");
    await page.fill("#field-where", "near the bus station");
    await page.check("#field-urgent");

    // The "before you send" reminder: a phone number is found, the reporter
    // goes back (focus on the field) and removes it. Nothing is sent meanwhile.
    const requestsBefore = log.requests.length;
    await page.fill("#field-who", "two adults, one of them called me from +33 6 12 34 56 78");
    await page.click("#report-submit");
    await page.waitForSelector("#report-identify:not([hidden])", { timeout: STEP_TIMEOUT_MS });
    const listed = await page.$$eval('#report-identify [data-identify="list"] li', (els) => els.map((e) => e.textContent));
    if (!listed.includes(strings["js-identify-phone"])) fail(`the reminder does not list a phone number: ${JSON.stringify(listed)}`);
    await shot("identify");
    await page.click('#report-identify [data-identify="edit"]');
    const refocused = await page
      .waitForFunction(() => document.activeElement === document.querySelector("#field-who"), null, { timeout: 2000 })
      .then(() => true, () => false);
    if (!refocused) {
      const where = await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`);
      fail(`after 'edit', the focus is not on the field with the phone number but on ${where}`);
    }
    if (log.requests.length !== requestsBefore) fail("the reminder sent a request");
    await page.fill("#field-who", "two adults");

    const attachments = [];
    let photoOriginal = null;
    if (opts.photo) {
      const { plain, original } = await makePhoto(context, opts.canary);
      writeFileSync(opts.photo, original);
      photoOriginal = original;
      const name = basename(opts.photo);
      await page.setInputFiles('#report-attach [data-attach="photo-input"]', { name, mimeType: "image/jpeg", buffer: original });
      const item = await page.waitForSelector('#report-attach [data-attach="list"] li[data-kind="photo"]', { timeout: STEP_TIMEOUT_MS });
      const note = (await item.$eval(".attach-note", (e) => e.textContent)).trim();
      if (note !== strings["js-attach-cleaned"]) fail(`the photo is not said to be cleaned: ${JSON.stringify(note)}`);
      if (await item.$eval('input[type="checkbox"]', (e) => e.checked)) fail('"keep location and camera details" is on by default');
      // What the page must send: the canvas JPEG exactly, without the Exif segment.
      attachments.push({ name, type: "image/jpeg", size: plain.length, sha256: sha256(plain), kind: "photo", metadata_removed: true });
    }
    if (opts.voice) {
      const start = page.locator('#report-attach [data-attach="voice-start"]');
      if (!(await start.isVisible())) fail("no voice recording button (MediaRecorder missing?)");
      await start.click();
      await page.waitForSelector('#report-attach [data-attach="voice-panel"]:not([hidden])', { timeout: STEP_TIMEOUT_MS });
      await shot("recording");
      await page.waitForTimeout(Number(opts.voice) * 1000);
      await page.click('#report-attach [data-attach="voice-stop"]');
      const item = await page.waitForSelector('#report-attach [data-attach="list"] li[data-kind="voice"]', { timeout: STEP_TIMEOUT_MS });
      if (!(await item.$("audio"))) fail("no playback preview for the voice message");
      const duration = (await item.$eval(".attach-duration", (e) => e.textContent)).trim();
      // Its bytes never leave the page in clear: size and digest are checked by decrypting.
      attachments.push({ name: "voice-message.webm", type: "audio/webm;codecs=opus", size: null, sha256: null, kind: "voice", metadata_removed: null, duration });
    }
    if (opts.document) {
      const doc = Buffer.from(
        "%PDF-1.4\n1 0 obj << /Author (Reporter's own name) /Title (statement) >> endobj\n" +
          "trailer << /Info 1 0 R >>\n%%EOF\n",
      );
      writeFileSync(opts.document, doc);
      const name = basename(opts.document);
      await page.setInputFiles('#report-attach [data-attach="file-input"]', { name, mimeType: "application/pdf", buffer: doc });
      const item = await page.waitForSelector('#report-attach [data-attach="list"] li[data-kind="document"]', { timeout: STEP_TIMEOUT_MS });
      const note = (await item.$eval(".attach-note", (e) => e.textContent)).trim();
      if (note !== strings["js-attach-document-as-is"]) fail(`the document is not said to be sent as it is: ${JSON.stringify(note)}`);
      attachments.push({ name, type: "application/pdf", size: doc.length, sha256: sha256(doc), kind: "document", metadata_removed: null });
    }
    await shot("form");

    const t1 = Date.now();
    const identifyWarning = await submitReport(page, strings);
    if (opts["expect-refusal"]) {
      // The page must refuse to send, say why in the person's language, and
      // send nothing (the key log check: docs/transparency.md).
      await page.waitForSelector('#report-status[data-kind="error"]:not([hidden])', { timeout: STEP_TIMEOUT_MS });
      const said = (await page.textContent("#report-status")).trim();
      const want = strings[opts["expect-refusal"]];
      await shot("refused");
      if (!want || !said.includes(want)) fail(`the page said ${JSON.stringify(said)}, not ${opts["expect-refusal"]}`);
      if (await page.isVisible("#receipt")) fail("a receipt is shown");
      await settle();
      const posted = log.requests.filter((r) => r.method === "POST" && new URL(r.url).pathname === "/api/v1/reports");
      if (posted.length) fail(`the page refused, yet sent ${posted.length} POST /api/v1/reports`);
      if (leaks(log, opts.canary).length) fail("the canary was sent in clear");
      return { refused: true, said, ...log, timings_ms: { submit_to_refusal: Date.now() - t1 } };
    }
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

    if (await page.$('[data-attach="list"] li')) fail("the files are still listed in the page after sending");

    await settle();
    const leaked = leaks(log, opts.canary);
    if (leaked.length) fail(`the canary was sent in clear: ${leaked.join(", ")}`);
    const digits = code.replaceAll(" ", "");
    const codeLeaks = leaks(log, digits);
    if (codeLeaks.length) fail(`the follow-up code was sent: ${codeLeaks.join(", ")}`);
    const posts = log.requests.filter((r) => r.method === "POST" && new URL(r.url).pathname === "/api/v1/reports");
    if (posts.length === 0) fail("no POST /api/v1/reports was seen");
    const sent = inspectAttachments(posts[posts.length - 1]);
    if (sent.length !== attachments.length) fail(`${sent.length} attachments sent, ${attachments.length} attached`);
    if (photoOriginal) {
      // The photo's original bytes (with the Exif segment) are in no request.
      const b64 = photoOriginal.toString("base64").slice(0, 200);
      if (leaks(log, b64).length) fail("the original photo was sent in clear");
    }
    return {
      case: caseRef,
      code: digits,
      attachments,
      request_attachments: sent,
      identify_warning: identifyWarning,
      ...log,
      // The bodies are long with files in them: kept to their first 4 KB.
      requests: log.requests.map((r) => (r.post_data && r.post_data.length > 4096 ? { ...r, post_data: `${r.post_data.slice(0, 4096)}…`, post_data_bytes: r.post_data.length } : r)),
      timings_ms: timings,
    };
  } catch (err) {
    await settle().catch(() => {});
    err.partial = log;
    throw err;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Fills the report page in, leaves it with `how` ("button" or "shift"), and
 * checks what Chromium's session history then holds: the same number of
 * entries as before (location.replace), and Back leading to the page before
 * the report page (or nowhere), never to the report page or its text.
 */
async function quickExitOnce(context, opts, how, direct, shot) {
  const page = await context.newPage();
  try {
    const reportUrl = `${opts.base}/${opts.lang}/report/${opts.category}`;
    const home = `${opts.base}/${opts.lang}/`;
    if (direct) {
      await gotoTimed(page, reportUrl);
    } else {
      await gotoTimed(page, home);
      await Promise.all([page.waitForURL(`**/${opts.lang}/form/*`), page.click(`a[data-category="${opts.category}"]`)]);
    }
    await page.waitForSelector("#report-fieldset:not([disabled])", { timeout: STEP_TIMEOUT_MS });
    const formUrl = page.url();
    const target = (await page.evaluate(() => JSON.parse(document.getElementById("passerelle-data").textContent).quickExit)) || "about:blank";
    await page.fill("#field-what", opts.canary);
    await page.fill("#field-who", opts.canary);
    const before = await page.evaluate(() => history.length);
    await shot(`exit-${how}${direct ? "-direct" : ""}-before`);
    // The page empties itself, then location.replace(target).
    const left = page.waitForURL((u) => u.href.startsWith(target), { timeout: STEP_TIMEOUT_MS });
    if (how === "button") await page.click("#quick-exit");
    else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await left;
    const after = await page.evaluate(() => history.length);
    if (after !== before) fail(`quick exit (${how}) changed history.length from ${before} to ${after}`);
    // Back, again and again, through every entry the tab has: the report page
    // (or its text) must never come back.
    const backUrls = [];
    for (let i = 0; i < after; i++) {
      const was = page.url();
      await page.goBack({ waitUntil: "load", timeout: STEP_TIMEOUT_MS }).catch(() => null);
      if (page.url() === was) break;
      backUrls.push(page.url());
      const html = await page.content();
      const fields = await page.$$eval("#field-what, #field-who", (els) => els.map((e) => e.value));
      if (page.url() === reportUrl || page.url() === formUrl) fail(`Back after the quick exit (${how}) returned to the report page`);
      if (html.includes(opts.canary) || fields.some((v) => v.includes(opts.canary))) fail(`Back after the quick exit (${how}) shows the report text`);
    }
    const expected = direct ? "about:blank" : home;
    if (backUrls[0] !== expected) fail(`Back after the quick exit (${how}) went to ${backUrls[0]}, expected ${expected}`);
    return { trigger: how, opened_directly: direct, history_before: before, history_after: after, back_urls: backUrls, report_page_reached: false, text_seen_after_back: false };
  } finally {
    await page.close();
  }
}

async function runQuickExit(opts) {
  const { context, profile } = await launch(opts.lang);
  const { log, settle } = capture(context, opts.base);
  try {
    // The neutral site is answered here: no request leaves this machine.
    const first = context.pages()[0] || (await context.newPage());
    await gotoTimed(first, `${opts.base}/${opts.lang}/`);
    const target = await first.evaluate(() => JSON.parse(document.getElementById("passerelle-data").textContent).quickExit);
    if (!target) fail("the page data has no quickExit URL");
    const exitOrigin = new URL(target).origin;
    await context.route(
      (u) => u.origin === exitOrigin,
      (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>weather</title><p>neutral page</p>" }),
    );
    const shot = shooter(first, opts.out);
    const runs = [];
    runs.push(await quickExitOnce(context, opts, "button", false, shot));
    runs.push(await quickExitOnce(context, opts, "shift", false, shot));
    runs.push(await quickExitOnce(context, opts, "button", true, shot));
    await settle();
    const leaked = leaks(log, opts.canary);
    if (leaked.length) fail(`the canary was sent: ${leaked.join(", ")}`);
    // The quick-exit target is the one other origin this mode expects.
    log.quick_exit_requests = log.foreign_requests.filter((u) => new URL(u).origin === exitOrigin);
    log.foreign_requests = log.foreign_requests.filter((u) => new URL(u).origin !== exitOrigin);
    return { quick_exit: runs, ...log, timings_ms: {} };
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
    const attachments = [];
    if (opts.photo) {
      // "Add information and files later": the same photo check as in report mode.
      const { plain, original } = await makePhoto(context, opts.message);
      writeFileSync(opts.photo, original);
      const name = basename(opts.photo);
      await page.setInputFiles('#message-attach [data-attach="photo-input"]', { name, mimeType: "image/jpeg", buffer: original });
      const item = await page.waitForSelector('#message-attach [data-attach="list"] li[data-kind="photo"]', { timeout: STEP_TIMEOUT_MS });
      if (await item.$eval('input[type="checkbox"]', (e) => e.checked)) fail('"keep location and camera details" is on by default');
      attachments.push({ name, type: "image/jpeg", size: plain.length, sha256: sha256(plain), kind: "photo", metadata_removed: true });
    }
    const t1 = Date.now();
    await page.click("#message-submit");
    // The message may contain something the reminder flags: send anyway.
    const warned = await Promise.race([
      page.waitForSelector("#message-identify:not([hidden])", { timeout: STEP_TIMEOUT_MS }).then(() => true, () => false),
      page.waitForSelector("#message-status:not([hidden])", { timeout: STEP_TIMEOUT_MS }).then(() => false, () => false),
    ]);
    if (warned) await page.click('#message-identify [data-identify="send"]');
    await waitOrError(page, '#message-status[data-kind="ok"]', "#message-status", "message");
    timings.message_to_confirmation = Date.now() - t1;
    await shot("message-sent");

    await settle();
    const leaked = [...leaks(log, opts.message), ...leaks(log, opts.expect), ...leaks(log, opts.code)];
    if (leaked.length) fail(`plaintext or code sent in clear: ${leaked.join(", ")}`);
    const posts = log.requests.filter((r) => r.method === "POST" && new URL(r.url).pathname === "/api/v1/follow-up/messages");
    const sent = posts.length ? inspectAttachments(posts[posts.length - 1]) : [];
    if (sent.length !== attachments.length) fail(`${sent.length} attachments sent, ${attachments.length} attached`);
    return {
      status_text: statusText,
      reply_found: replyFound,
      attachments,
      request_attachments: sent,
      ...log,
      requests: log.requests.map((r) => (r.post_data && r.post_data.length > 4096 ? { ...r, post_data: `${r.post_data.slice(0, 4096)}…`, post_data_bytes: r.post_data.length } : r)),
      timings_ms: timings,
    };
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
  const run = { report: runReport, "follow-up": runFollowUp, "quick-exit": runQuickExit }[opts.mode];
  const result = await run(opts);
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
