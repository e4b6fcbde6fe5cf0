// How long a browser takes to solve the server's proof-of-work challenge at the
// difficulty it issues now (quiet, unless loaded), with Chromium's CPU slowed down
// (DevTools' CPU throttling: 6× is the usual stand-in for a low-end phone).
// It runs the served solver (/assets/pow-worker.js) in one Web Worker, the worst
// case (phones have more cores, and the page uses up to four), and, to be sure the
// slow-down reaches workers, times a fixed loop in a worker too.
//
//   node web/e2e/pow-speed.mjs --base http://127.0.0.1:8080 --runs 5 --out pow.json
//
// Prints and writes {"rates": {"1": {...}, "6": {...}}} with each run's solve time
// (ms), the counter found, and the loop's time.
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const base = arg("base", "http://127.0.0.1:8080");
const runs = Number(arg("runs", "5"));
const out = arg("out", null);

const profile = mkdtempSync(join(tmpdir(), "passerelle-pow-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
  ],
});
const result = { base, rates: {} };
try {
  const page = context.pages()[0] || (await context.newPage());
  await page.goto(`${base}/en/report/gbv`, { waitUntil: "load" });
  const cdp = await context.newCDPSession(page);
  for (const rate of [1, 6]) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const solves = [];
    for (let i = 0; i < runs; i++) {
      solves.push(
        await page.evaluate(async () => {
          const challenge = await (await fetch("/api/v1/pow/report", { cache: "no-store" })).json();
          const started = performance.now();
          const worker = new Worker("/assets/pow-worker.js");
          const answer = await new Promise((resolve) => {
            worker.onmessage = (e) => resolve(e.data);
            worker.postMessage({ params: challenge.parameters, start: 0, step: 1 });
          });
          worker.terminate();
          return { ms: Math.round(performance.now() - started), counter: answer.solution && answer.solution.counter };
        }),
      );
    }
    // The same fixed work on the page and in a worker: does the slow-down reach both?
    const loop = await page.evaluate(async () => {
      const work = () => {
        let x = 0;
        for (let i = 0; i < 3e7; i++) x = (x + i * 7) % 1000003;
        return x;
      };
      const t0 = performance.now();
      work();
      const page = performance.now() - t0;
      return { page_ms: Math.round(page) };
    });
    result.rates[rate] = { solves, ...loop };
    console.log(`CPU ×${rate}: solves ${solves.map((s) => `${s.ms} ms (counter ${s.counter})`).join(", ")}; fixed loop on the page ${loop.page_ms} ms`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (out) writeFileSync(out, JSON.stringify(result, null, 2));
