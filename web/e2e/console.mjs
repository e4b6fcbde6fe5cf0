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
//     signs in, unlocks the key (creates one if there is none), adds a
//     security-key copy of it with a virtual WebAuthn authenticator (PRF),
//     locks, unlocks with the security key, finds the case in the queue,
//     checks that the decrypted report contains --expect, downloads and
//     checks every attachment of the case, sets the status to under_review,
//     sends the reply and the note, checks both in the thread, removes the
//     security key, and signs out.
//
//   Options of run:
//     --passkey on|keep|off   on (default): add, lock, unlock with it, remove
//                             at the end; keep: the same, left in place; off:
//                             passphrase only. WebAuthn refuses an IP address as
//                             relying party, so with a passkey a --base on
//                             127.0.0.1 or [::1] is opened as "localhost" (same
//                             server; written to the output as browser_base).
//     --attachment-sha256 HEX[,HEX…]  the case must have attachments, and each
//                             downloaded file's SHA-256 must be one of these.
//
// TOTP codes are computed here from the base32 secret (RFC 6238, SHA-1, 30 s,
// 6 digits); a code is never used twice: when the server says a code was
// used already (a previous run in the same 30 seconds), this waits for the
// next step. Screenshots of each step go next to --out. Exit status 1 on any
// failure: an error shown by the page, a plaintext, the passphrase or the
// identity in any request (nor a downloaded attachment, nor the virtual
// authenticator's private key), a POST without the CSRF header, a request to
// another origin, or a console error.

import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, headersOf } from "./chromium.mjs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  opts.passkey = opts.passkey || (mode === "run" ? "on" : "off");
  if (!["on", "keep", "off"].includes(opts.passkey)) throw new Error("--passkey must be on, keep or off");
  if (opts.passkey !== "off" && mode !== "run") throw new Error("--passkey is for run mode");
  opts.attachmentSha256 = opts["attachment-sha256"] ? opts["attachment-sha256"].toLowerCase().split(",").filter(Boolean) : null;
  if (opts.attachmentSha256 && !opts.attachmentSha256.every((h) => /^[0-9a-f]{64}$/.test(h))) throw new Error("--attachment-sha256 takes hex SHA-256 digests");
  // WebAuthn needs a domain as relying party: an IP address is "an invalid domain".
  const u = new URL(opts.base);
  if (opts.passkey !== "off" && (/^\d+\.\d+\.\d+\.\d+$/.test(u.hostname) || u.hostname.startsWith("["))) u.hostname = "localhost";
  opts.browserBase = u.origin;
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
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
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
        const headers = { ...(await headersOf(req)) };
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
        const headers = await headersOf(res);
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

// ---------------------------------------------------------------------------
// Security key (passkey): a virtual WebAuthn authenticator with PRF, through
// the DevTools protocol of this page.

const AUTHENTICATOR = {
  protocol: "ctap2",
  ctap2Version: "ctap2_1",
  transport: "internal",
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  hasPrf: true,
  automaticPresenceSimulation: true,
};

async function virtualAuthenticator(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  let id;
  try {
    ({ authenticatorId: id } = await cdp.send("WebAuthn.addVirtualAuthenticator", { options: AUTHENTICATOR }));
  } catch (err) {
    fail(`the browser's virtual authenticator refused ${JSON.stringify(AUTHENTICATOR)}: ${err.message}`);
  }
  return {
    options: AUTHENTICATOR,
    async credentials() {
      return (await cdp.send("WebAuthn.getCredentials", { authenticatorId: id })).credentials;
    },
  };
}

/** Clicks a button that arms first (a second click confirms), waits for its status to say ok. */
async function armedClick(page, button, status, what) {
  await page.click(button);
  await page.click(button);
  const r = await waitAny(page, { ok: `${status}[data-kind="ok"]:not([hidden])`, error: `${status}[data-kind="error"]:not([hidden])` }, what);
  if (r === "error") {
    const e = await statusError(page, status);
    fail(`${what}: the page shows an error (${e.code}): ${e.text}`);
  }
}

/** Me → add a security key, with the virtual authenticator; then lock and unlock with it. */
async function passkeyRound(page, auth, shot, result, timings) {
  let t0 = Date.now();
  await page.click("#tab-me");
  await page.waitForSelector("#passkey-panel:not([hidden])", { timeout: STEP_TIMEOUT_MS });
  if (await page.isVisible("#passkey-remove")) {
    // A copy made by an earlier run, with an authenticator that is gone: replace it.
    await armedClick(page, "#passkey-remove", "#passkey-status", "removing an old security key");
    result.passkey.replaced_old = true;
  }
  await page.waitForSelector("#passkey-add:not([hidden])", { timeout: STEP_TIMEOUT_MS });
  await submitAndWait(page, "#passkey-add", "#passkey-status", "adding a security key");
  const creds = await auth.credentials();
  if (creds.length !== 1) fail(`adding a security key: the authenticator holds ${creds.length} credentials`);
  result.passkey.added = true;
  result.passkey.resident = creds[0].isResidentCredential;
  result.passkey.rp_id = creds[0].rpId;
  result.passkey.private_keys = creds.map((c) => c.privateKey);
  await shot("passkey-added");
  timings.passkey_add = Date.now() - t0;

  t0 = Date.now();
  await page.click("#lock-button");
  await page.waitForSelector("#unlock:not([hidden])", { timeout: STEP_TIMEOUT_MS });
  const offered = await waitAny(page, { passkey: "#unlock-passkey-button:not([disabled])" }, "unlock with a security key offered");
  if (offered !== "passkey") fail("the unlock page does not offer the security key");
  const first = await page.evaluate(() => document.activeElement && document.activeElement.id);
  result.passkey.offered_first = first === "unlock-passkey-button";
  await shot("unlock-passkey");
  await page.click("#unlock-passkey-button");
  const r = await waitAny(page, { app: "#app:not([hidden])", error: '#unlock-passkey-status[data-kind="error"]:not([hidden])' }, "unlock with the security key");
  if (r === "error") {
    const e = await statusError(page, "#unlock-passkey-status");
    fail(`unlock with the security key failed (${e.code}): ${e.text}`);
  }
  if ((await page.inputValue("#unlock-passphrase")) !== "") fail("the passphrase field was used for a security-key unlock");
  result.passkey.unlocked = true;
  result.passkey.sign_count = (await auth.credentials())[0].signCount;
  timings.passkey_unlock = Date.now() - t0;
}

/** Downloads every attachment of the open case; the page decrypts and checks each. */
async function downloadAttachments(page, opts, shot, result) {
  const buttons = page.locator('#case-thread li.attachment button[data-action="download"]');
  const n = await buttons.count();
  const listed = await page.locator("#case-thread li.attachment").count();
  result.attachments_listed = listed;
  result.attachments = [];
  if (opts.attachmentSha256 && n === 0) fail(`the case shows no attachment to download (${listed} listed)`);
  for (let i = 0; i < n; i++) {
    const item = page.locator("#case-thread li.attachment").filter({ has: page.locator('button[data-action="download"]') }).nth(i);
    const meta = await item.evaluate((li) => ({
      id: li.dataset.attachment,
      kind: (li.querySelector(".attachment-kind") || {}).textContent || "",
      name: (li.querySelector(".attachment-name") || {}).textContent || "",
      metadata: (li.querySelector(".attachment-meta") || {}).textContent || null,
    }));
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }), buttons.nth(i).click()]);
    const path = await download.path();
    const bytes = readFileSync(path);
    const status = item.locator(".attachment-status");
    await status.waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    const kind = await status.getAttribute("data-kind");
    if (kind !== "ok") fail(`attachment ${meta.id}: the page shows ${kind}: ${await status.textContent()}`);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const name = download.suggestedFilename();
    if (/[\\/\u0000-\u001f]/.test(name) || name.startsWith(".")) fail(`attachment ${meta.id}: unsafe file name ${JSON.stringify(name)}`);
    if (opts.attachmentSha256 && !opts.attachmentSha256.includes(sha256)) fail(`attachment ${meta.id}: SHA-256 ${sha256} is none of --attachment-sha256`);
    result.attachments.push({ id: meta.id, name, shown_name: meta.name, kind: meta.kind, metadata: meta.metadata, size: bytes.length, sha256, bytes });
  }
  if (n > 0) await shot("attachments");
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
  const { log, settle } = capture(context, opts.browserBase);
  const shots = [];
  const result = { ok: false, mode: opts.mode, browser_base: opts.browserBase };
  const timings = {};
  const say = (m) => console.error(`console.mjs: ${m}`);
  try {
    const page = context.pages()[0] || (await context.newPage());
    const shot = shooter(page, opts.out, shots);
    const totp = totpClock();

    let t0 = Date.now();
    const res = await page.goto(`${opts.browserBase}/${opts.lang}/console`, { waitUntil: "load", timeout: STEP_TIMEOUT_MS });
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

    let auth = null;
    if (opts.passkey !== "off") {
      result.passkey = { mode: opts.passkey };
      auth = await virtualAuthenticator(page);
      result.passkey.authenticator = auth.options;
      await passkeyRound(page, auth, shot, result, timings);
      t0 = Date.now();
      await waitQueue(page);
      timings.queue_after_passkey = Date.now() - t0;
    }

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
      // Read after a security-key unlock when there is one: the identity it gave opens the case.
      result.report_found_after = result.passkey && result.passkey.unlocked ? "passkey" : "passphrase";

      t0 = Date.now();
      await downloadAttachments(page, opts, shot, result);
      timings.attachments = Date.now() - t0;

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

      // Spam or abuse: marking (two clicks) closes the case and says so; removing
      // the mark leaves it closed; opening it again (a status) is back to normal.
      t0 = Date.now();
      await page.selectOption("#flag-kind", "spam");
      await armedClick(page, "#flag-submit", "#flag-status", "marking the case as spam");
      const marked = await page.evaluate(() => ({
        status: document.getElementById("case-status").dataset.status,
        shown: !document.getElementById("flag-current").hidden && document.getElementById("flag-current").textContent.trim(),
        kindHidden: document.getElementById("flag-kind-field").hidden,
      }));
      if (marked.status !== "closed" || !marked.shown || !marked.kindHidden) fail(`after marking as spam: ${JSON.stringify(marked)}`);
      result.flag_text = marked.shown;
      await shot("case-flagged");
      await submitAndWait(page, "#flag-submit", "#flag-status", "removing the mark");
      if (!(await page.$eval("#flag-current", (n) => n.hidden))) fail("the mark is still shown after removing it");
      await page.selectOption("#status-select", "under_review");
      await submitAndWait(page, "#status-submit", "#status-status", "opening the case again");
      const reopened = await page.$eval("#case-status", (n) => n.dataset.status);
      if (reopened !== "under_review") fail(`status shown after opening the case again: ${reopened}`);
      timings.flag = Date.now() - t0;
    }

    if (auth && opts.passkey === "on") {
      t0 = Date.now();
      await page.click("#tab-me");
      await page.waitForSelector("#passkey-remove:not([hidden])", { timeout: STEP_TIMEOUT_MS });
      await armedClick(page, "#passkey-remove", "#passkey-status", "removing the security key");
      await page.waitForSelector("#passkey-add:not([hidden])", { timeout: STEP_TIMEOUT_MS });
      result.passkey.removed = true;
      timings.passkey_remove = Date.now() - t0;
    }

    t0 = Date.now();
    await signOut(page, shot);
    timings.sign_out = Date.now() - t0;
    const after = await page.evaluate(() => document.body.textContent);
    for (const [name, v] of [["expect", opts.expect], ["reply", opts.reply], ["note", opts.note], ["recipient", result.recipient]]) {
      if (v && after.includes(v)) fail(`the ${name} text is still in the page after signing out`);
    }

    await settle();
    const origin = new URL(opts.browserBase).origin;
    // What the security key and the downloads must never put in a request.
    const privateKeys = (result.passkey && result.passkey.private_keys) || [];
    const files = result.attachments || [];
    if (result.passkey) {
      const posts = log.requests.filter((r) => r.method === "POST" && new URL(r.url).pathname === "/console/api/keys/passkey");
      if (result.passkey.added && posts.length !== 1) fail(`adding the security key made ${posts.length} POST /console/api/keys/passkey`);
      for (const r of posts) {
        const b = JSON.parse(r.postData || "{}");
        if (Object.keys(b).sort().join() !== "credential,recipient,wrapped_identity") fail(`POST /console/api/keys/passkey sent ${Object.keys(b).join(", ")}`);
        if (!/^AGE-PLUGIN-FIDO2PRF-1[0-9A-Z]+$/.test(b.credential)) fail("the passkey credential is not an AGE-PLUGIN-FIDO2PRF-1 string");
        result.passkey.credential_prefix = b.credential.slice(0, 24);
        if (!Buffer.from(b.wrapped_identity, "base64").toString("latin1").startsWith("age-encryption.org/v1\n-> age-encryption.org/fido2prf ")) {
          fail("the passkey copy is not a binary age file with a fido2prf stanza");
        }
      }
    }
    const sentInClear = [
      ...privateKeys.flatMap((k) => leaks(log, k)),
      ...files.flatMap((f) => [
        ...(f.bytes.length >= 48 ? leaks(log, f.bytes.subarray(0, 48).toString("base64")) : []),
        ...(f.bytes.length >= 16 && /^[\x20-\x7e\n\r\t]+$/.test(f.bytes.toString("latin1")) ? leaks(log, f.bytes.toString("latin1").slice(0, 64)) : []),
      ]),
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
    // The output names the authenticator's keys and the files by digest only.
    if (result.passkey) delete result.passkey.private_keys;
    if (result.attachments) for (const f of result.attachments) delete f.bytes;
    return { ...result, ok: true, ...log, timings_ms: timings, screenshots: shots };
  } catch (err) {
    await settle().catch(() => {});
    if (result.passkey) delete result.passkey.private_keys;
    if (result.attachments) for (const f of result.attachments) delete f.bytes;
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
