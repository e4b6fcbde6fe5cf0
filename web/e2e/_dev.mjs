// temporary development script (not part of the deliverable)
import { chromium } from "playwright-core";
import { stepAt, totpAt } from "./totp.mjs";
const BASE = "http://127.0.0.1:8091";
const post = (p, b) => fetch(BASE + p, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(b) }).then((r) => r.json());
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
const errors = [];
async function page(lang, w = 1280) {
  const ctx = await b.newContext({ viewport: { width: w, height: 900 }, locale: lang });
  const p = await ctx.newPage();
  p.on("console", (m) => m.type() === "error" && errors.push(m.text().slice(0, 120)));
  p.on("pageerror", (e) => errors.push("PAGEERROR " + e.message));
  await p.goto(`${BASE}/${lang}/console`);
  await p.waitForSelector("#signin-fieldset:not([disabled])");
  return p;
}
const shot = (p, n) => p.screenshot({ path: `/tmp/dev/${n}.png`, fullPage: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitStep() { const s = stepAt(Date.now()); while (stepAt(Date.now()) === s) await sleep(500); }

// 1. gbv-officer: enrol + key in Arabic
let p = await page("ar");
await p.fill("#signin-login", "gbv-officer");
await p.fill("#signin-password", "wrong");
await p.click("#signin-submit");
await p.waitForSelector('#signin-status[data-kind="error"]');
console.log("wrong password:", await p.getAttribute("#signin-status", "data-code"));
await p.fill("#signin-password", "demo password gbv officer");
await p.click("#signin-submit");
await p.waitForSelector("#enrol:not([hidden])");
await p.fill("#enrol-code", "000000");
await p.click("#enrol-submit");
await p.waitForSelector('#enrol-status[data-kind="error"]');
console.log("bad enrol code:", await p.getAttribute("#enrol-status", "data-code"), await p.textContent("#enrol-status"));
await shot(p, "ar-enrol");
await p.fill("#enrol-code", totpAt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", stepAt(Date.now())));
await p.click("#enrol-submit");
await p.waitForSelector("#keysetup:not([hidden])");
await p.fill("#keysetup-passphrase", "short");
await p.fill("#keysetup-repeat", "short");
await p.click("#keysetup-submit");
await p.waitForSelector('#keysetup-status[data-kind="error"]');
console.log("short pass:", await p.getAttribute("#keysetup-status", "data-code"));
await p.fill("#keysetup-passphrase", "a long enough passphrase");
await p.fill("#keysetup-repeat", "a long enough passphrase");
await p.click("#keysetup-submit");
await p.waitForSelector("#keysetup-done:not([hidden])");
await shot(p, "ar-key-done");
await p.click("#keysetup-continue");
await p.waitForSelector('#queue-list[data-state="ready"]', { state: "attached" });
await post("/mock/add-key", { unit: "gbv-unit", login: "gbv-officer" });
for (let i = 0; i < 4; i++) await post("/mock/report", { category: i % 2 ? "gbv" : "child-protection", text: `تقرير رقم ${i} — عنف منزلي`, urgent: i === 1, region: "south" });
await p.click("#queue-refresh");
await sleep(500);
await p.waitForSelector('#queue-list[data-state="ready"]', { state: "attached" });
await shot(p, "ar-queue");
await p.click("#queue-list button.case-open >> nth=0");
await p.waitForSelector('#case-thread[data-state="ready"]');
await shot(p, "ar-case");
// supervisor
await p.click("#tab-supervisor");
await p.waitForSelector('#supervisor[data-state="ready"]', { state: "attached" });
await p.click("#keys-body button[data-action='revoke'] >> nth=0");
console.log("armed:", await p.textContent("#keys-body button[data-action='revoke'] >> nth=0"));
await p.click("#keys-body button[data-action='revoke'] >> nth=0");
await p.waitForSelector('#supervisor-status[data-kind="ok"]');
console.log("revoked:", await p.textContent("#supervisor-status"));
await shot(p, "ar-supervisor");
await p.click("#tab-me");
await shot(p, "ar-me");
// lock and unlock with a wrong passphrase
await p.click("#lock-button");
await p.waitForSelector("#unlock:not([hidden])");
await p.fill("#unlock-passphrase", "wrong wrong wrong");
await p.click("#unlock-submit");
await p.waitForSelector('#unlock-status[data-kind="error"]');
console.log("wrong passphrase:", await p.getAttribute("#unlock-status", "data-code"));
await shot(p, "ar-unlock-wrong");
await p.fill("#unlock-passphrase", "a long enough passphrase");
await p.click("#unlock-submit");
await p.waitForSelector('#queue-list[data-state="ready"]', { state: "attached" });
// session expiry
await post("/mock/expire", { login: "gbv-officer" });
await p.click("#queue-refresh");
await p.waitForSelector("#signin:not([hidden])");
console.log("expired:", await p.textContent("#signin-status"));
console.log("identity gone from DOM:", !(await p.content()).includes("عنف منزلي"));
// replayed code
await p.fill("#signin-login", "gbv-officer");
await p.fill("#signin-password", "demo password gbv officer");
await p.fill("#signin-totp", totpAt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", stepAt(Date.now())));
await p.click("#signin-submit");
const r = await Promise.race([p.waitForSelector('#signin-status[data-kind="error"]').then(() => "error"), p.waitForSelector("#unlock:not([hidden])").then(() => "unlock")]);
console.log("same step again:", r, r === "error" ? await p.getAttribute("#signin-status", "data-code") : "");

// 2. oversight officer in French
p = await page("fr");
await p.fill("#signin-login", "oversight-officer");
await p.fill("#signin-password", "demo password oversight");
await p.click("#signin-submit");
await p.waitForSelector('#signin-status[data-kind="error"]');
console.log("no code:", await p.getAttribute("#signin-status", "data-code"));
await p.fill("#signin-password", "demo password oversight");
await p.fill("#signin-totp", totpAt("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U", stepAt(Date.now())));
await p.click("#signin-submit");
await p.waitForSelector("#keysetup:not([hidden])");
await p.fill("#keysetup-passphrase", "une phrase secrète assez longue");
await p.fill("#keysetup-repeat", "une phrase secrète assez longue");
await p.click("#keysetup-submit");
await p.waitForSelector("#keysetup-done:not([hidden])");
await p.click("#keysetup-continue");
await p.waitForSelector('#queue-list[data-state="ready"]', { state: "attached" });
await p.click("#tab-oversight");
await p.waitForSelector('#oversight[data-state="ready"]', { state: "attached" });
await shot(p, "fr-oversight");
await post("/mock/console-faults", { audit_fault: "entry 7: hash does not match" });
await p.click("#tab-oversight");
await sleep(500);
await shot(p, "fr-oversight-broken");
await p.click("#signout-all").catch(() => {});
await p.click("#tab-me");
await p.click("#signout-all");
await p.waitForSelector("#signin:not([hidden])");
console.log("signout all:", await p.textContent("#signin-status"));

// 3. lockout
p = await page("en", 400);
for (let i = 0; i < 6; i++) {
  await p.fill("#signin-login", "gbv-member");
  await p.fill("#signin-password", "nope");
  await p.click("#signin-submit");
  await sleep(300);
}
await p.waitForSelector("#signin-wait:not([hidden])");
console.log("lockout:", await p.getAttribute("#signin-status", "data-code"), await p.textContent("#signin-wait"));
await shot(p, "en-lockout-phone");
// disabled officer
p = await page("en");
await p.fill("#signin-login", "disabled-officer");
await p.fill("#signin-password", "demo password disabled");
await p.click("#signin-submit");
await p.waitForSelector('#signin-status[data-kind="error"]');
console.log("disabled:", await p.getAttribute("#signin-status", "data-code"));
console.log("ERRORS", errors);
await b.close();
