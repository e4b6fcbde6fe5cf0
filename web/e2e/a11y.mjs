// Accessibility check of the public pages in headless Chromium with axe-core.
//
//   node web/e2e/a11y.mjs --base http://127.0.0.1:8081 --langs fr,ar,ti --out result.json \
//        [--submit-report yes]
//
// For each language it visits /{lang}/, /{lang}/report/<every category that
// GET /api/v1/units announces, at least gbv and child-protection>,
// /{lang}/follow-up, /{lang}/safety and a page that does not exist (404), at
// 360 × 740 and at 1280 × 800, and on each:
//   - injects axe-core with page.evaluate(source) (the strict CSP forbids an
//     added <script>) and runs the WCAG 2.0/2.1 A and AA rules;
//   - at 360 px, checks that the page does not scroll sideways
//     (document.documentElement.scrollWidth <= 360);
//   - on the report pages, tabs through the page and checks that the form's
//     first field, the submit button and the quick-exit link get the focus.
// Then, at 360 px, states that need input: a wrong follow-up code (the error),
// and with --submit-report (it SENDS a test report: mock or test server only)
// the "before you send" reminder, the receipt and the opened case.
// Exit status 1 on any "serious" or "critical" violation, on sideways scroll,
// on a keyboard failure, on a request to another origin, or when a page does
// not answer as expected. A language the server does not serve (/{lang}/ is a
// 404) is reported under "languages_not_served" and its 404 page is still checked.
// The JSON summary (pages, violations by impact, timings) goes to --out.

import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_VERSION = JSON.parse(readFileSync(require.resolve("axe-core/package.json"), "utf8")).version;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const FAILING = new Set(["serious", "critical"]);
const VIEWPORTS = [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1280, height: 800 },
];
const NAV_TIMEOUT_MS = 30000;
const MAX_TABS = 120;

function parseArgs(argv) {
  const opts = { langs: "fr,ar,ti", out: "a11y-result.json" };
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith("--") || argv[i + 1] === undefined) throw new Error(`bad argument ${argv[i]}`);
    opts[argv[i].slice(2)] = argv[i + 1];
  }
  if (!opts.base) throw new Error("missing --base");
  opts.base = opts.base.replace(/\/+$/, "");
  opts.langs = opts.langs.split(",").map((s) => s.trim()).filter(Boolean);
  return opts;
}

async function categories(base) {
  const set = new Set(["gbv", "child-protection"]);
  try {
    const res = await fetch(`${base}/api/v1/units`, { redirect: "error" });
    const body = await res.json();
    for (const u of body.units || []) for (const c of u.categories || []) set.add(c);
  } catch (e) {
    console.error(`warning: GET /api/v1/units failed (${e.message}); checking gbv and child-protection only`);
  }
  return [...set];
}

async function keyboardCheck(page) {
  // The form's fieldset is disabled in the HTML and enabled by the script.
  await page.waitForFunction(() => !document.querySelector("#report-fieldset[disabled]"), null, { timeout: 30000 })
    .catch(() => {});
  const targets = await page.evaluate(() => {
    const form = document.querySelector("form");
    const first = form && [...form.querySelectorAll("input, select, textarea, button")]
      .find((el) => el.type !== "hidden" && !el.hidden && !el.disabled && el.getClientRects().length > 0);
    const mark = (el, name) => el && el.setAttribute("data-a11y-target", name);
    mark(first, "first-field");
    mark(form && form.querySelector('button[type="submit"], input[type="submit"]'), "submit");
    mark(document.querySelector("#quick-exit, a.quick-exit"), "quick-exit");
    return [...document.querySelectorAll("[data-a11y-target]")].map((el) => ({
      name: el.getAttribute("data-a11y-target"),
      selector: el.id ? `#${el.id}` : el.tagName.toLowerCase(),
      disabled: !!el.disabled,
    }));
  });
  const wanted = ["first-field", "submit", "quick-exit"];
  const reached = new Set();
  const order = [];
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  for (let i = 0; i < MAX_TABS && reached.size < wanted.length; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return { target: el.getAttribute("data-a11y-target"), desc: el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""}` };
    });
    if (f) order.push(f.desc);
    if (f && f.target) reached.add(f.target);
  }
  // The quick-exit link is the first thing on the page: Shift+Tab from the
  // top is not needed, it must come within the first Tab stops.
  const missing = wanted.filter((w) => !reached.has(w));
  return { targets, reached: [...reached], missing, tab_order: order.slice(0, 40), tabs: order.length };
}

async function axeViolations(page) {
  const has = await page.evaluate(() => typeof window.axe === "object");
  if (!has) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary })) }));
  }, TAGS);
}

// States that only appear after input: the follow-up error, and with
// --submit-report the "before you send" reminder, the receipt and an opened
// case (this sends a report: use it against the mock or a test server only).
async function statePasses(page, base, lang, category, submit, record) {
  await page.goto(`${base}/${lang}/follow-up`, { waitUntil: "load", timeout: NAV_TIMEOUT_MS });
  await page.waitForFunction(() => !document.querySelector("#code-fieldset[disabled]"), null, { timeout: 10000 });
  await page.fill("#code-input", "1234 5678");
  await page.click("#code-submit");
  await page.waitForSelector("#code-status:not([hidden])", { timeout: 30000 });
  await record(`/${lang}/follow-up`, "code error shown", await axeViolations(page));
  if (!submit) return;
  await page.goto(`${base}/${lang}/report/${category}`, { waitUntil: "load", timeout: NAV_TIMEOUT_MS });
  await page.waitForFunction(() => !document.querySelector("#report-fieldset[disabled]"), null, { timeout: 10000 });
  await page.fill("#field-what", "a11y check: test report, please ignore");
  await page.fill("#field-who", "call me on +33 6 12 34 56 78");
  await page.click("#report-submit");
  await page.waitForSelector("#report-identify:not([hidden])", { timeout: 60000 });
  await record(`/${lang}/report/${category}`, "before-you-send reminder", await axeViolations(page));
  await page.click('#report-identify [data-identify="send"]');
  // A refusal (an error in the status line) fails at once, saying what the page said.
  const sent = await Promise.race([
    page.waitForSelector("#receipt:not([hidden])", { timeout: 120000 }).then(() => "receipt"),
    page.waitForSelector('#report-status[data-kind="error"]:not([hidden])', { timeout: 120000 }).then(() => "error"),
  ]);
  if (sent !== "receipt") throw new Error(`the report was not sent: ${(await page.textContent("#report-status")).trim()}`);
  await record(`/${lang}/report/${category}`, "receipt", await axeViolations(page));
  const code = (await page.textContent("#receipt-code")).trim();
  await page.goto(`${base}/${lang}/follow-up`, { waitUntil: "load", timeout: NAV_TIMEOUT_MS });
  await page.waitForFunction(() => !document.querySelector("#code-fieldset[disabled]"), null, { timeout: 10000 });
  await page.fill("#code-input", code);
  await page.click("#code-submit");
  await page.waitForSelector("#case:not([hidden])", { timeout: 120000 });
  await page.waitForFunction(() => !document.querySelector("#message-fieldset[disabled]"), null, { timeout: 30000 }).catch(() => {});
  await record(`/${lang}/follow-up`, "case opened", await axeViolations(page));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const origin = new URL(opts.base).origin;
  const cats = await categories(opts.base);
  const t0 = Date.now();
  const profile = mkdtempSync(join(tmpdir(), "passerelle-a11y-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
    ],
    viewport: VIEWPORTS[0],
  });
  const foreign = [];
  const consoleErrors = [];
  // Any request to another origin fails the run; it is aborted too.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    let o = null;
    try { o = new URL(url).origin; } catch {}
    if (o !== origin && !url.startsWith("data:") && !url.startsWith("blob:")) {
      foreign.push(url);
      return route.abort();
    }
    return route.continue();
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push({ url: page.url(), text: m.text() }); });
  page.on("pageerror", (e) => consoleErrors.push({ url: page.url(), text: String(e) }));

  const summary = {
    base: opts.base, axe_version: AXE_VERSION, tags: TAGS, langs: opts.langs, categories: cats,
    started: new Date(t0).toISOString(), pages: [], violations_by_impact: { critical: 0, serious: 0, moderate: 0, minor: 0 },
    failing: [], overflow: [], keyboard: [], languages_not_served: [], foreign_requests: foreign,
    console_errors: consoleErrors, timings_ms: {}, ok: false,
  };
  const problems = [];

  try {
    for (const lang of opts.langs) {
      const probe = await fetch(`${opts.base}/${lang}/`, { redirect: "manual" });
      const served = probe.status === 200;
      if (!served) summary.languages_not_served.push({ lang, status: probe.status });
      const paths = served
        ? [
            { path: `/${lang}/`, status: 200 },
            ...cats.map((c) => ({ path: `/${lang}/report/${c}`, status: 200, report: true })),
            { path: `/${lang}/follow-up`, status: 200 },
            { path: `/${lang}/safety`, status: 200 },
            { path: `/${lang}/this-page-does-not-exist`, status: 404 },
          ]
        : [{ path: `/${lang}/`, status: 404 }];
      for (const vp of VIEWPORTS) {
        await page.setViewportSize({ width: vp.width, height: vp.height });
        for (const p of paths) {
          const started = Date.now();
          const entry = { lang, path: p.path, viewport: `${vp.width}x${vp.height}` };
          const res = await page.goto(opts.base + p.path, { waitUntil: "load", timeout: NAV_TIMEOUT_MS });
          entry.status = res ? res.status() : null;
          if (entry.status !== p.status) problems.push(`${p.path}: HTTP ${entry.status}, expected ${p.status}`);
          // Let the page script run (it enables the form, fills the unit list).
          await page.waitForLoadState("networkidle", { timeout: 30000 }).catch(() => {});
          entry.scroll_width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (vp.width === 360 && entry.scroll_width > 360) {
            const wide = await page.evaluate(() => [...document.querySelectorAll("body *")]
              .filter((el) => el.getBoundingClientRect().right > 360.5 || el.getBoundingClientRect().left < -0.5)
              .slice(0, 8).map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""}`));
            summary.overflow.push({ lang, path: p.path, scroll_width: entry.scroll_width, elements: wide });
            problems.push(`${p.path} @360: scrollWidth ${entry.scroll_width} > 360 (${wide.join(", ")})`);
          }
          await page.evaluate(AXE_SOURCE);
          const runAxe = () => page.evaluate(async (tags) => {
            const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
            return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary })) }));
          }, TAGS);
          const axe = await runAxe();
          // Second pass with the language menu (<details>) open: its list is
          // otherwise never rendered when axe looks.
          const opened = await page.evaluate(() => {
            const d = document.querySelector("details.lang-switch");
            if (!d) return false;
            d.open = true;
            return true;
          });
          if (opened) {
            const seen = new Set(axe.flatMap((v) => v.nodes.map((n) => v.id + " " + n.target.join(" "))));
            for (const v of await runAxe()) {
              const nodes = v.nodes.filter((n) => !seen.has(v.id + " " + n.target.join(" ")));
              if (nodes.length) axe.push({ ...v, id: v.id, help: v.help + " (language menu open)", nodes });
            }
            const openWidth = await page.evaluate(() => document.documentElement.scrollWidth);
            if (vp.width === 360 && openWidth > 360) {
              summary.overflow.push({ lang, path: p.path, scroll_width: openWidth, elements: ["details.lang-switch (open)"] });
              problems.push(`${p.path} @360 with the language menu open: scrollWidth ${openWidth} > 360`);
            }
            await page.evaluate(() => { document.querySelector("details.lang-switch").open = false; });
          }
          entry.violations = axe.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
          for (const v of axe) {
            summary.violations_by_impact[v.impact] = (summary.violations_by_impact[v.impact] || 0) + v.nodes.length;
            if (FAILING.has(v.impact)) {
              summary.failing.push({ id: v.id, impact: v.impact, help: v.help, lang, page: p.path, viewport: entry.viewport, targets: v.nodes.map((n) => n.target.join(" ")), details: v.nodes.slice(0, 3).map((n) => n.summary) });
            }
          }
          if (p.report && vp.width === 360) {
            entry.keyboard = await keyboardCheck(page);
            summary.keyboard.push({ lang, path: p.path, ...entry.keyboard });
            if (entry.keyboard.missing.length) problems.push(`${p.path}: not reachable by Tab: ${entry.keyboard.missing.join(", ")}`);
          }
          entry.ms = Date.now() - started;
          summary.pages.push(entry);
          console.log(`${entry.viewport} ${p.path} ${entry.status} ${entry.ms} ms  violations: ${entry.violations.map((v) => `${v.id}(${v.impact})×${v.count}`).join(" ") || "none"}`);
        }
      }
    }
    // Interactive states, at the phone width.
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    for (const lang of opts.langs) {
      if (summary.languages_not_served.some((l) => l.lang === lang)) continue;
      const started = Date.now();
      const record = async (path, state, axe) => {
        const entry = { lang, path, state, viewport: "360x740", status: null, ms: Date.now() - started };
        entry.violations = axe.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
        for (const v of axe) {
          summary.violations_by_impact[v.impact] = (summary.violations_by_impact[v.impact] || 0) + v.nodes.length;
          if (FAILING.has(v.impact)) summary.failing.push({ id: v.id, impact: v.impact, help: v.help, lang, page: `${path} (${state})`, viewport: entry.viewport, targets: v.nodes.map((n) => n.target.join(" ")), details: v.nodes.slice(0, 3).map((n) => n.summary) });
        }
        entry.scroll_width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (entry.scroll_width > 360) problems.push(`${path} (${state}) @360: scrollWidth ${entry.scroll_width} > 360`);
        summary.pages.push(entry);
        console.log(`360x740 ${path} [${state}] violations: ${entry.violations.map((v) => `${v.id}(${v.impact})×${v.count}`).join(" ") || "none"}`);
      };
      try {
        await statePasses(page, opts.base, lang, cats[0], "submit-report" in opts, record);
      } catch (e) {
        problems.push(`interactive states (${lang}): ${e.message.split("\n")[0]}`);
      }
    }
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }

  for (const f of summary.failing) {
    console.log(`VIOLATION ${f.id} [${f.impact}] ${f.page} @${f.viewport}: ${f.targets.join(" | ")}`);
  }
  for (const p of problems) console.log(`FAIL ${p}`);
  for (const u of foreign) console.log(`FAIL request to another origin: ${u}`);
  for (const l of summary.languages_not_served) console.log(`WARNING language ${l.lang} not served (HTTP ${l.status}); only its 404 page was checked`);
  summary.timings_ms.total = Date.now() - t0;
  summary.timings_ms.per_page_avg = summary.pages.length ? Math.round(summary.pages.reduce((a, p) => a + p.ms, 0) / summary.pages.length) : 0;
  summary.pages_checked = summary.pages.length;
  summary.problems = problems;
  summary.ok = summary.failing.length === 0 && problems.length === 0 && foreign.length === 0;
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(summary, null, 2) + "\n");
  console.log(`${summary.pages_checked} pages checked in ${summary.timings_ms.total} ms; by impact: ${JSON.stringify(summary.violations_by_impact)}; ${summary.ok ? "OK" : "FAILED"} → ${out}`);
  process.exit(summary.ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
