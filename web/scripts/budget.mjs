// Size budget of what a reporter's browser downloads. Builds nothing itself:
// measure the bundle that `node web/build.mjs /tmp/x.js` wrote (or --bundle),
// web/static/style.css and the Ethiopic fonts in web/static/fonts/, raw and
// gzip (zlib level 9), and fail (exit 1) when one is over its budget.
//
//   node web/build.mjs /tmp/x.js && node web/scripts/budget.mjs --bundle /tmp/x.js \
//        [--base http://127.0.0.1:8081 --lang fr --category gbv]
//
// With --base, the report page's HTML is fetched from that server and the
// report page total (HTML + public JS + CSS, gzipped) is checked too. The
// officer console bundle (console.js beside the public one) is listed but has
// no limit: it is not part of the reporter's download.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Budgets in KB (1 KB = 1024 bytes), gzipped unless said otherwise.
const BUDGET_KB = {
  // The esbuild output of src/main.js. 75 since the key-log check (src/keylog.js)
  // verifies Ed25519 in every browser with @noble/curves (about 6 KB): WebCrypto
  // Ed25519 is missing on the older phones many reporters have. The page total
  // below stays at 100.
  "public JS": 75,
  "CSS": 12,              // static/style.css
  "report page total": 100, // report page HTML + public JS + CSS
  "font (each)": 60,      // each static/fonts/*ethiopic*.woff2, raw: woff2 is already compressed and is sent as is
};

const WEB = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : def;
};
const bundle = resolve(arg("bundle", join(WEB, "dist/passerelle.js")));
const base = arg("base", null)?.replace(/\/+$/, "");
const lang = arg("lang", "fr");
const category = arg("category", "gbv");

const kb = (n) => (n / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const rows = [];
let failed = false;

function add(name, buf, budgetKey, { rawLimit = false } = {}) {
  const raw = buf.length;
  const zipped = gz(buf);
  const limit = budgetKey ? BUDGET_KB[budgetKey] : null;
  const measured = rawLimit ? raw : zipped; // woff2 is sent as is (already Brotli inside)
  const ok = limit == null ? true : measured <= limit * 1024;
  if (!ok) failed = true;
  rows.push({ name, raw, gzip: zipped, limit, status: limit == null ? "(no limit)" : ok ? "ok" : "OVER" });
  return { raw, zipped };
}

if (!existsSync(bundle)) {
  console.error(`no bundle at ${bundle}: run \`node web/build.mjs ${bundle}\` first or pass --bundle`);
  process.exit(2);
}
const js = readFileSync(bundle);
const css = readFileSync(join(WEB, "static/style.css"));
const jsM = add(`public JS (${basename(bundle)})`, js, "public JS");
const cssM = add("CSS (static/style.css)", css, "CSS");

const fontDir = join(WEB, "static/fonts");
if (existsSync(fontDir)) {
  for (const f of readdirSync(fontDir).filter((f) => /ethiopic/i.test(f) && /\.(woff2?|ttf|otf)$/.test(f)).sort()) {
    add(`font ${f}`, readFileSync(join(fontDir, f)), "font (each)", { rawLimit: true });
  }
}

if (base) {
  const url = `${base}/${lang}/report/${category}`;
  const res = await fetch(url, { redirect: "error", headers: { "accept-encoding": "identity" } });
  if (!res.ok) {
    console.error(`GET ${url}: HTTP ${res.status}`);
    process.exit(2);
  }
  const html = Buffer.from(await res.arrayBuffer());
  const htmlM = add(`report page HTML (/${lang}/report/${category})`, html, null);
  rows[rows.length - 1].status = "(in total)";
  const total = { raw: htmlM.raw + jsM.raw + cssM.raw, gzip: htmlM.zipped + jsM.zipped + cssM.zipped };
  const ok = total.gzip <= BUDGET_KB["report page total"] * 1024;
  if (!ok) failed = true;
  rows.push({ name: "report page total (HTML+JS+CSS)", raw: total.raw, gzip: total.gzip, limit: BUDGET_KB["report page total"], status: ok ? "ok" : "OVER" });
} else {
  rows.push({ name: "report page total", raw: null, gzip: null, limit: BUDGET_KB["report page total"], status: "skipped (no --base)" });
}

const consoleJs = join(dirname(bundle), "console.js");
if (existsSync(consoleJs) && resolve(consoleJs) !== bundle) {
  add("officer console JS (console.js)", readFileSync(consoleJs), null);
}

const w = Math.max(...rows.map((r) => r.name.length));
const line = (a, b, c, d, e) => `${a.padEnd(w)}  ${b.padStart(9)}  ${c.padStart(9)}  ${d.padStart(8)}  ${e}`;
console.log(line("asset", "raw KB", "gzip KB", "limit KB", "status"));
console.log("-".repeat(w + 44));
for (const r of rows) {
  console.log(line(r.name, r.raw == null ? "-" : kb(r.raw), r.gzip == null ? "-" : kb(r.gzip), r.limit == null ? "-" : String(r.limit), r.status));
}
console.log(failed ? "FAILED: over budget" : "within budget");
process.exit(failed ? 1 : 0);
