// Development stand-in for the Rust server, to exercise the public pages and
// e2e/flow.mjs in a real browser while the server is not there. NOT the
// product: it keeps everything in memory and checks far less than the server.
//
// It renders web/templates with a tiny subset of askama (extends, block, include, let, for,
// if let Some(x) = …, a few methods: get/asks/label/replace,
// if/else, {{ expr }}, |safe), serves the bundle and the stylesheet with the
// strict CSP the real server sends, and implements the JSON API as the pages
// expect it (the shapes are documented in web/README.md).
//
//   node web/e2e/mock-server.mjs [--port 8081]
//   POST /mock/reply {"case","text","status","outcome"}  adds a unit reply
//   GET  /mock/state                                     everything stored
//   POST /mock/faults {"drop_posts":N,"keys_changed":bool} the next N report POSTs
//        are stored but their answer is lost (connection reset); the next one
//        after keys_changed gets a 409 after the unit's key_set is bumped
//   GET  /mock/open?case=REF   reporter messages decrypted with the unit's keys, and
//        each attachment checked against its description (size, sha256, padding)
//   POST /mock/limits {"max_attachments",…}            changes the attachment limits
//        that GET /api/v1/units announces and the API enforces (docs/api.md)
//   GET  /{lang}/…  every folder of web/locales is served (missing ids: English)
//
// Officer console (docs/console.md), see e2e/mock-console.mjs:
//   GET  /console, /{lang}/console, /console/api/…, and /api/v1/me, /api/v1/cases…
//        with the session cookie
//   GET  /mock/officers                        logins, passwords, TOTP secrets (like demo.json)
//   POST /mock/report {"category","text","urgent"?,"region"?}  a report, encrypted here
//   POST /mock/add-key {"unit","login"}         what a supervisor does in the console
//   POST /mock/expire {"login"}                 ends that officer's sessions

import { createServer } from "node:http";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash, pbkdf2Sync, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { createConsoleMock } from "./mock-console.mjs";

const WEB = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const PORT = Number(arg("port", "8081"));
const QUICK_EXIT = "https://www.wikipedia.org/";
// As the server sends it to public pages: photo previews (img-src blob:) and
// voice playback (media-src blob:) are the only additions; the microphone is
// allowed for this origin (the voice message of a report).
const CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
  "media-src blob:; font-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
const PERMISSIONS = "camera=(), microphone=(self), geolocation=(), interest-cohort=()";

// ---------------------------------------------------------------------------
// Fluent (plain messages only) and templates

function parseFtl(text) {
  const m = new Map();
  let cur = null;
  for (const line of text.split("\n")) {
    const r = /^([a-zA-Z][a-zA-Z0-9_-]*) *= *(.*)$/.exec(line);
    if (r) m.set((cur = r[1]), r[2].trim());
    else if (/^\s+\S/.test(line) && cur) m.set(cur, `${m.get(cur)} ${line.trim()}`);
    else cur = null;
  }
  return m;
}

// Every language folder under locales/ (others are being added); missing ids
// fall back to English, like a half-translated deployment would show them.
const RTL = new Set(["ar", "fa", "prs", "ps", "ur", "he", "ckb"]);
const LANGS = Object.fromEntries(
  ["en", "fr", "ar", ...readdirSync(join(WEB, "locales")).filter((d) => !["en", "fr", "ar"].includes(d)).sort()]
    .filter((l) => /^[a-z]{2,3}$/.test(l))
    .map((l) => [l, RTL.has(l) ? "rtl" : "ltr"]),
);
const ftl = Object.fromEntries(
  Object.keys(LANGS).map((l) => [l, parseFtl(readFileSync(join(WEB, "locales", l, "passerelle.ftl"), "utf8"))]),
);
const tr = (lang) => ({ get: (id) => ftl[lang].get(id) ?? ftl.en.get(id) ?? id });
const LANG_PATH = new RegExp(`^/(${Object.keys(LANGS).join("|")})(/.*)$`);

const templates = Object.fromEntries(
  readdirSync(join(WEB, "templates")).map((f) => [f, readFileSync(join(WEB, "templates", f), "utf8")]),
);

const esc = (v) =>
  String(v).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" })[c]);

function tokenize(src) {
  const out = [];
  const re = /\{([{%#])(-?)([\s\S]*?)(-?)([}%#])\}/g;
  let last = 0;
  let m;
  let trimNext = false;
  while ((m = re.exec(src))) {
    let text = src.slice(last, m.index);
    if (trimNext) text = text.replace(/^\s+/, "");
    if (m[2] === "-") text = text.replace(/\s+$/, "");
    out.push({ type: "text", text });
    trimNext = m[4] === "-";
    if (m[1] === "{") out.push({ type: "expr", expr: m[3].trim() });
    else if (m[1] === "%") out.push({ type: "tag", tag: m[3].trim() });
    last = re.lastIndex;
  }
  let rest = src.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, "");
  out.push({ type: "text", text: rest });
  return out;
}

function lookupPath(ctx, path) {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), ctx);
}

function evalExpr(ctx, expr) {
  let m;
  if (expr.includes(" && ")) return expr.split(" && ").every((e) => evalExpr(ctx, e.trim()));
  if ((m = /^!(.+)$/.exec(expr))) return !evalExpr(ctx, m[1]);
  // String's replace(a, b) (askama calls the Rust method): every occurrence.
  if ((m = /^(.+)\.replace\("([^"]*)", "([^"]*)"\)$/.exec(expr))) return String(evalExpr(ctx, m[1])).split(m[2]).join(m[3]);
  // t.get("id"), category.asks("q"), self.label("id"): methods with one string argument.
  if ((m = /^(.+)\.(get|asks|label)\("([^"]+)"\)$/.exec(expr))) return lookupPath(ctx, m[1])[m[2]](m[3]);
  if ((m = /^(.+)\.is_empty\(\)$/.exec(expr))) return lookupPath(ctx, m[1]).length === 0;
  if (/^[a-z_][a-z0-9_.]*$/i.test(expr)) return lookupPath(ctx, expr);
  throw new Error(`mock renderer: unsupported expression ${expr}`);
}

function render(name, ctx) {
  let toks = tokenize(templates[name]);
  const ext = toks.find((t) => t.type === "tag" && t.tag.startsWith("extends"));
  const blocks = {};
  if (ext) {
    // Collect child blocks, then render the parent with them.
    let cur = null;
    let depth = 0;
    for (const t of toks) {
      if (t.type === "tag" && t.tag.startsWith("block ")) {
        if (!cur) { cur = t.tag.split(/\s+/)[1]; blocks[cur] = []; continue; }
        depth++;
      }
      if (t.type === "tag" && t.tag === "endblock") {
        if (depth === 0) { cur = null; continue; }
        depth--;
      }
      if (cur) blocks[cur].push(t);
    }
    toks = tokenize(templates[/"(.+)"/.exec(ext.tag)[1]]);
  }
  // Substitute blocks into the parent token stream.
  const flat = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type === "tag" && t.tag.startsWith("block ")) {
      const name2 = t.tag.split(/\s+/)[1];
      let j = i + 1;
      const own = [];
      while (!(toks[j].type === "tag" && toks[j].tag === "endblock")) own.push(toks[j++]);
      flat.push(...(blocks[name2] || own));
      i = j;
    } else if (!(t.type === "tag" && t.tag.startsWith("extends"))) flat.push(t);
  }
  const inlined = inlineIncludes(flat);
  return run(inlined, 0, inlined.length, ctx);
}

// `{% include "x.html" %}`: askama inlines the file, which sees the includer's variables.
function inlineIncludes(toks) {
  return toks.flatMap((t) => {
    const m = t.type === "tag" && /^include "(.+)"$/.exec(t.tag);
    return m ? inlineIncludes(tokenize(templates[m[1]])) : [t];
  });
}

function matching(toks, start, end, open, close, mids = []) {
  let depth = 0;
  const found = [];
  for (let i = start; i < end; i++) {
    const t = toks[i];
    if (t.type !== "tag") continue;
    if (open.test(t.tag)) depth++;
    else if (t.tag === close) {
      if (depth === 0) return { end: i, mids: found };
      depth--;
    } else if (depth === 0 && mids.includes(t.tag)) found.push(i);
  }
  throw new Error(`mock renderer: missing ${close}`);
}

function run(toks, start, end, ctx) {
  let out = "";
  for (let i = start; i < end; i++) {
    const t = toks[i];
    if (t.type === "text") out += t.text;
    else if (t.type === "expr") {
      const [e, filter] = t.expr.split("|").map((x) => x.trim());
      const v = evalExpr(ctx, e);
      out += filter === "safe" ? String(v) : esc(v);
    } else if (t.tag.startsWith("for ")) {
      const [, v, list] = /^for (\w+) in (.+)$/.exec(t.tag);
      const { end: e } = matching(toks, i + 1, end, /^for /, "endfor");
      for (const item of evalExpr(ctx, list)) out += run(toks, i + 1, e, { ...ctx, [v]: item });
      i = e;
    } else if (t.tag.startsWith("if ")) {
      const { end: e, mids } = matching(toks, i + 1, end, /^if /, "endif", ["else"]);
      // `if let Some(x) = expr` (an Option: null is None) or a plain condition.
      const some = /^if let Some\((\w+)\) = (.+)$/.exec(t.tag);
      const v = some ? evalExpr(ctx, some[2].trim()) : null;
      const cond = some ? v !== null && v !== undefined : evalExpr(ctx, t.tag.slice(3).trim());
      const inner = some && cond ? { ...ctx, [some[1]]: v } : ctx;
      const elseAt = mids[0] ?? e;
      out += cond ? run(toks, i + 1, elseAt, inner) : run(toks, elseAt + 1, e, ctx);
      i = e;
    } else if (/^let \w+ = "[^"]*"$/.test(t.tag)) {
      // `let name = "literal"`: visible to the rest of this scope.
      const [, name, value] = /^let (\w+) = "([^"]*)"$/.exec(t.tag);
      ctx = { ...ctx, [name]: value };
    } else throw new Error(`mock renderer: unsupported tag ${t.tag}`);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Pages

const CATEGORIES = ["gbv", "child-protection", "trafficking-smuggling", "hate-crime", "community-policing", "police-conduct", "unsure"];
const REGIONS = [
  ["north", { en: "North", fr: "Nord", ar: "الشمال" }],
  ["south", { en: "South", fr: "Sud", ar: "الجنوب" }],
  ["border-zone", { en: "Border area", fr: "Zone frontalière", ar: "المنطقة الحدودية" }],
];
// As config/routing.toml: the guided questions of each form ("what" always;
// default: all of them), the region's own numbers first, then the general ones.
const ALL_QUESTIONS = ["what", "when", "where", "who", "danger", "child", "contact", "referral"];
const QUESTIONS = {
  gbv: ["what", "danger", "when", "where", "who", "child", "contact", "referral"],
  "child-protection": ["what", "danger", "child", "when", "where", "who", "contact", "referral"],
  "police-conduct": ["what", "when", "where", "who", "contact", "referral"],
};
const EMERGENCY = [
  { number: "+000 555 0100", region: "border-zone", labels: { en: "Border area protection desk (example number)", fr: "Permanence de protection de la zone frontalière (numéro d'exemple)" } },
  { number: "112", region: null, labels: { en: "Emergency: police, ambulance, fire", fr: "Urgences : police, ambulance, pompiers" } },
  { number: "116 111", region: null, labels: { en: "Helpline for children and young people", fr: "Ligne d'écoute pour les enfants et les jeunes" } },
];

function shell(lang, page, path, category = null, showExit = true) {
  const t = tr(lang);
  const strings = Object.fromEntries([...ftl.en.keys()].filter((k) => k.startsWith("js-")).map((k) => [k, t.get(k)]));
  const jsData = JSON.stringify({ lang, quickExit: QUICK_EXIT, category, strings }).replace(/</g, "\\u003c");
  return {
    lang,
    dir: LANGS[lang],
    t,
    languages: Object.keys(LANGS).map((code) => ({
      code,
      name: ftl[code].get("lang-name") ?? code,
      href: `/${code}${path}`,
      current: code === lang,
    })),
    quick_exit_url: QUICK_EXIT,
    js_data: jsData,
    page,
    show_exit: showExit,
    // base.html loads /assets/{bundle}: the console has a bundle of its own.
    bundle: page === "console" ? "console.js" : "passerelle.js",
  };
}

const categoryView = (lang, slug) => {
  const questions = QUESTIONS[slug] ?? ALL_QUESTIONS;
  return {
    slug,
    title: tr(lang).get(`category-${slug}`),
    description: tr(lang).get(`category-${slug}-desc`),
    icon: slug,
    path: `form/${CATEGORIES.indexOf(slug) + 1}`,
    questions,
    asks: (q) => questions.includes(q),
  };
};

// ReportPage::label: the `-simple` variant in simple mode when this language
// has it (the intended behaviour; see the report to the lead), else the message.
const labeller = (lang, simple) => ({
  label: (id) => (simple && ftl[lang].has(`${id}-simple`) ? ftl[lang].get(`${id}-simple`) : tr(lang).get(id)),
});

function page(fullUrl) {
  const [url, query = ""] = fullUrl.split("?");
  const simple = new URLSearchParams(query).get("simple") === "1";
  const m = LANG_PATH.exec(url);
  if (!m) return url === "/" ? { redirect: "/en/" } : url === "/console" ? { redirect: "/en/console" } : null;
  const [, lang, rest] = m;
  if (rest === "/") {
    const simplePath = CATEGORIES.includes("child-protection") ? `form/${CATEGORIES.indexOf("child-protection") + 1}` : null;
    return render("home.html", { s: shell(lang, "home", "/"), categories: CATEGORIES.map((c) => categoryView(lang, c)), simple_path: simplePath });
  }
  if (rest === "/follow-up") return render("follow_up.html", { s: shell(lang, "follow-up", rest) });
  if (rest === "/safety") return render("safety.html", { s: shell(lang, "safety", rest) });
  if (rest === "/console") return render("console.html", { s: shell(lang, "console", rest, null, false) });
  // /form/<n> (what the pages link to) or /report/<slug>, as the server.
  const f = /^\/form\/([0-9]+)$/.exec(rest);
  const r = f ? [rest, CATEGORIES[Number(f[1]) - 1]] : /^\/report\/([a-z-]+)$/.exec(rest);
  if (r && CATEGORIES.includes(r[1])) {
    return render("report.html", {
      s: shell(lang, "report", simple ? `${rest}?simple=1` : rest, r[1]),
      self: labeller(lang, simple),
      simple,
      category: categoryView(lang, r[1]),
      regions: REGIONS.map(([code, l]) => ({ code, label: l[lang] ?? l.en })),
      emergency: EMERGENCY.map((e) => ({ number: e.number, label: e.labels[lang] ?? e.labels.en, region: e.region })),
    });
  }
  return null;
}

// ---------------------------------------------------------------------------
// API state

const units = [];
let keyIds = 0;
const now = () => new Date().toISOString();
// Each unit starts with `officers` colleagues' keys and a recovery key; its
// `keys` are the whole history (docs/console.md), `recipients` the active ones.
async function makeUnit(slug, name, categories, officers, oversight = false) {
  const identities = [];
  const keys = [];
  for (let i = 0; i < officers + 1; i++) {
    const identity = await generateX25519Identity();
    identities.push(identity);
    const recovery = i === officers;
    keys.push({
      id: ++keyIds,
      kind: recovery ? "recovery" : "officer",
      login: recovery ? null : `${slug}-colleague-${i + 1}`,
      label: recovery ? "recovery key" : "colleague key",
      recipient: await identityToRecipient(identity),
      active: true,
      added_at: now(),
      revoked_at: null,
    });
  }
  units.push({
    slug,
    name,
    categories,
    oversight,
    key_set: 1,
    keys,
    identities,
    get recipients() {
      return this.keys.filter((k) => k.active).map((k) => k.recipient);
    },
  });
}
await makeUnit("gbv-unit", "Gender-based violence unit", ["gbv"], 2);
await makeUnit("child-unit", "Child protection unit", ["child-protection"], 1);
await makeUnit("general-unit", "Community policing and triage", ["trafficking-smuggling", "hate-crime", "community-policing", "unsure"], 1);
await makeUnit("oversight", "Independent police oversight", ["police-conduct"], 1, true);

const cases = new Map(); // lookup -> case
let messageIds = 0;
/** A thread entry; officers see its id and the key set it was encrypted for. */
const message = (from, envelope, unit) => ({ id: ++messageIds, key_set: unit.key_set, from, envelope, at: now() });
const faults = { drop_posts: 0, keys_changed: false };
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const caseRef = () => {
  const b = randomBytes(12);
  const s = [...b].map((x) => CROCKFORD[x % 32]).join("");
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
};

function x25519Stanzas(b64) {
  const bytes = Buffer.from(b64, "base64");
  if (!bytes.subarray(0, 22).equals(Buffer.from("age-encryption.org/v1\n"))) return -1;
  const header = bytes.subarray(0, Math.min(bytes.length, 8192)).toString("latin1").split("\n---")[0];
  return header.split("\n").filter((l) => l.startsWith("-> X25519 ")).length;
}

// docs/api.md, "Attachments": the defaults; POST /mock/limits changes them.
const limits = {
  max_attachments: 5,
  max_attachment_bytes: 10485760,
  max_message_attachment_bytes: 20971520,
  max_case_attachment_bytes: 41943040,
};
let attachmentIds = 1000000; // apart from mock-console's own ids

/** Bytes after the age header (the STREAM: nonce and chunks), or -1. */
function ageBodyLength(bytes) {
  const mac = bytes.indexOf("\n--- ", 0, "latin1");
  if (mac < 0) return -1;
  const end = bytes.indexOf("\n", mac + 1, "latin1");
  return end < 0 ? -1 : bytes.length - end - 1;
}

/**
 * The request's attachments checked as the server does (shape, stanza count,
 * 64 KiB padding, limits); {stored} or {status, error, message}.
 */
function checkAttachments(list, unit, alreadyHeld) {
  if (list === undefined || list === null) return { stored: [] };
  if (!Array.isArray(list) || list.some((a) => typeof a !== "string")) {
    return { status: 400, error: "invalid_json", message: "a field of the body has the wrong type or value" };
  }
  if (list.length > limits.max_attachments) {
    return { status: 400, error: "too_many_attachments", message: `at most ${limits.max_attachments} attachments` };
  }
  let total = 0;
  for (const [i, a] of list.entries()) {
    const n = i + 1;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.trim()) || a.trim().length % 4 !== 0 || a.trim() === "") {
      return { status: 400, error: "invalid_envelope", message: `attachment ${n}: the envelope must be standard base64` };
    }
    const bytes = Buffer.from(a, "base64");
    const stanzas = x25519Stanzas(a);
    if (stanzas < 0) return { status: 400, error: "invalid_envelope", message: `attachment ${n}: not a binary age v1 file` };
    if (stanzas !== unit.recipients.length) {
      return { status: 400, error: "wrong_recipient_count", message: `attachment ${n} has ${stanzas} X25519 recipients; this unit's set needs exactly ${unit.recipients.length}` };
    }
    // Padded to 64 KiB: nonce, then whole chunks of 64 KiB + 16.
    const body = ageBodyLength(bytes);
    if (body < 16 + 65552 || (body - 16) % 65552 !== 0) {
      return { status: 400, error: "invalid_envelope", message: `attachment ${n}: not padded to a multiple of 64 KiB` };
    }
    if (bytes.length > limits.max_attachment_bytes) {
      return { status: 413, error: "attachment_too_large", message: `attachment ${n} is too large (at most ${limits.max_attachment_bytes} bytes)` };
    }
    total += bytes.length;
  }
  if (total > limits.max_message_attachment_bytes || alreadyHeld + total > limits.max_case_attachment_bytes) {
    return { status: 413, error: "attachments_too_large", message: "the attachments are too large" };
  }
  return { stored: list.map((a) => ({ id: ++attachmentIds, key_set: unit.key_set, envelope: a.trim() })) };
}

const sameFiles = (stored, sent) => {
  const a = (stored || []).map((x) => x.envelope);
  const b = (sent || []).map((x) => String(x).trim());
  return a.length === b.length && a.every((x, i) => x === b[i]);
};

const json = (res, status, body) => {
  // Errors have the server's shape: {"error":{"code","message"}}.
  if (status >= 400 && typeof body.error === "string") body = { error: { code: body.error, message: body.error } };
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  res.end(JSON.stringify(body));
};

async function body(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
}

// An ALTCHA v2 challenge like the server's (deterministic: the key at a counter
// picked here), unsigned: the mock checks no solution (docs/api.md, "Proof of work").
function challenge(kind) {
  const nonce = randomBytes(16);
  const salt = randomBytes(16);
  const counter = 200 + Math.floor(Math.random() * 200);
  const password = Buffer.concat([nonce, Buffer.from([counter >>> 24, (counter >>> 16) & 255, (counter >>> 8) & 255, counter & 255])]);
  const key = pbkdf2Sync(password, salt, 1000, 32, "sha256");
  return {
    parameters: {
      algorithm: "PBKDF2/SHA-256", cost: 1000, data: { for: kind }, expiresAt: Math.floor(Date.now() / 1000) + 600,
      keyLength: 32, keyPrefix: key.subarray(0, 16).toString("hex"), nonce: nonce.toString("hex"), salt: salt.toString("hex"),
    },
  };
}

async function api(req, res, url) {
  const lookup = /^Lookup ([A-Za-z0-9_-]{43})$/.exec(req.headers.authorization || "")?.[1];
  const kind = /^\/api\/v1\/pow\/(report|message|lookup)$/.exec(url)?.[1];
  if (req.method === "GET" && kind) return json(res, 200, challenge(kind));
  if (req.method === "GET" && url === "/api/v1/units") {
    return json(res, 200, {
      units: units.map(({ slug, name, categories, key_set, recipients }) => ({ slug, name, categories, key_set, recipients })),
      regions: REGIONS.map(([code, labels]) => ({ code, labels })),
      limits: { ...limits },
    });
  }
  if (req.method === "POST" && url === "/api/v1/reports") {
    const b = await body(req);
    const unit = units.find((u) => u.categories.includes(b.category));
    if (!unit) return json(res, 400, { error: "unknown_category" });
    if (faults.keys_changed) {
      faults.keys_changed = false;
      unit.key_set += 1;
    }
    if (b.key_set !== unit.key_set) return json(res, 409, { error: "keys_changed" });
    if (x25519Stanzas(b.envelope) !== unit.recipients.length) return json(res, 400, { error: "bad_envelope" });
    if (!/^[A-Za-z0-9_-]{43}$/.test(b.lookup) || !/^age1/.test(b.reply_recipient)) return json(res, 400, { error: "bad_request" });
    const files = checkAttachments(b.attachments, unit, 0);
    if (files.error) return json(res, files.status, { error: { code: files.error, message: files.message } });
    const existing = cases.get(b.lookup);
    if (existing) {
      // An identical retry compares the attachments too (docs/api.md).
      if (existing.envelope === b.envelope && sameFiles(existing.messages[0].attachments, b.attachments)) {
        if (faults.drop_posts > 0) {
          faults.drop_posts -= 1;
          return req.socket.destroy();
        }
        return json(res, 201, { case: existing.case });
      }
      return json(res, 409, { error: "duplicate" });
    }
    const c = {
      case: caseRef(),
      created: now(),
      updated: now(),
      assigned_to: null,
      unit: unit.slug,
      envelope: b.envelope,
      reply_recipient: b.reply_recipient,
      meta: { category: b.category, language: b.language, urgent: b.urgent, region: b.region, referral_consent: b.referral_consent === true },
      referrals: [],
      status: "received",
      history: [{ status: "received", outcome: null, at: now() }],
      // As on the server, the report is the first message of its thread.
      messages: [{ ...message("reporter", b.envelope, unit), attachments: files.stored }],
    };
    cases.set(b.lookup, c);
    if (faults.drop_posts > 0) {
      // Stored, but the client never hears back.
      faults.drop_posts -= 1;
      return req.socket.destroy();
    }
    return json(res, 201, { case: c.case });
  }
  if (req.method === "GET" && url === "/api/v1/follow-up") {
    const c = lookup && cases.get(lookup);
    if (!c) return json(res, 404, { error: "not_found" });
    return json(res, 200, {
      case: c.case,
      unit: c.unit,
      status: c.status,
      history: c.history,
      // Internal notes are for the unit only.
      messages: c.messages
        .filter((m) => m.from !== "note")
        .map(({ from, envelope, at, attachments }) => ({
          from,
          envelope,
          at,
          attachments: (attachments || []).map((a) => ({ id: a.id, size: Buffer.from(a.envelope, "base64").length })),
        })),
    });
  }
  if (req.method === "POST" && url === "/api/v1/follow-up/messages") {
    const c = lookup && cases.get(lookup);
    if (!c) return json(res, 404, { error: "not_found" });
    const b = await body(req);
    const unit = units.find((u) => u.slug === c.unit);
    if (b.key_set !== undefined && b.key_set !== unit.key_set) return json(res, 409, { error: "keys_changed" });
    if (x25519Stanzas(b.envelope) !== unit.recipients.length) return json(res, 400, { error: "bad_envelope" });
    const held = c.messages.flatMap((m) => m.attachments || []).reduce((n, a) => n + Buffer.from(a.envelope, "base64").length, 0);
    const files = checkAttachments(b.attachments, unit, held);
    if (files.error) return json(res, files.status, { error: { code: files.error, message: files.message } });
    c.messages.push({ ...message("reporter", b.envelope, unit), attachments: files.stored });
    c.updated = now();
    return json(res, 201, { ok: true });
  }
  if (req.method === "POST" && url === "/mock/reply") {
    const b = await body(req);
    const c = [...cases.values()].find((x) => x.case === b.case);
    if (!c) return json(res, 404, { error: "not_found" });
    const unit = units.find((u) => u.slug === c.unit);
    const e = new Encrypter();
    for (const r of [c.reply_recipient, ...unit.recipients]) e.addRecipient(r);
    const plain = JSON.stringify({ v: 1, kind: "reply", text: b.text });
    const envelope = Buffer.from(await e.encrypt(plain.padEnd(1024, " "))).toString("base64");
    c.messages.push(message("unit", envelope, unit));
    if (b.status) {
      c.status = b.status;
      c.history.push({ status: b.status, outcome: b.outcome ?? null, at: now() });
    }
    return json(res, 200, { ok: true });
  }
  if (req.method === "GET" && url === "/mock/open") {
    // What an officer's client would see: every reporter message of a case
    // decrypted with the unit's keys, and each attachment checked against its
    // description (size, SHA-256, zero padding).
    const ref = new URL(req.url, "http://x").searchParams.get("case");
    const c = [...cases.values()].find((x) => x.case === ref);
    if (!c) return json(res, 404, { error: "not_found" });
    const unit = units.find((u) => u.slug === c.unit);
    const open = async (b64) => {
      for (const id of unit.identities) {
        try {
          const d = new Decrypter();
          d.addIdentity(id);
          return await d.decrypt(Buffer.from(b64, "base64"));
        } catch {
          // another key of the unit
        }
      }
      return null;
    };
    const out = [];
    for (const m of c.messages.filter((x) => x.from === "reporter")) {
      const plain = await open(m.envelope);
      const doc = plain ? JSON.parse(Buffer.from(plain).toString("utf8").trimEnd()) : null;
      const files = [];
      for (const [i, a] of (m.attachments || []).entries()) {
        const bytes = await open(a.envelope);
        const desc = doc && Array.isArray(doc.attachments) ? doc.attachments[i] : null;
        const body = bytes && desc ? Buffer.from(bytes.subarray(0, desc.size)) : null;
        files.push({
          description: desc,
          padded_bytes: bytes ? bytes.length : null,
          padding_ok: Boolean(bytes && desc && bytes.length % 65536 === 0 && bytes.subarray(desc.size).every((x) => x === 0)),
          sha256_ok: Boolean(body && createHash("sha256").update(body).digest("hex") === desc.sha256),
          head_hex: body ? body.subarray(0, 16).toString("hex") : null,
          has_exif: body ? body.includes(Buffer.from("Exif\0\0")) : null,
        });
      }
      out.push({ message: doc, attachments: files });
    }
    return json(res, 200, { case: c.case, messages: out });
  }
  if (req.method === "POST" && url === "/mock/limits") {
    Object.assign(limits, await body(req));
    return json(res, 200, limits);
  }
  if (req.method === "POST" && url === "/mock/faults") {
    Object.assign(faults, await body(req));
    return json(res, 200, faults);
  }
  if (req.method === "GET" && url === "/mock/state") {
    return json(res, 200, { cases: [...cases.values()] });
  }
  const handled = await consoleMock.api(req, res, url);
  if (handled !== false) return handled;
  return json(res, 404, { error: "not_found" });
}

const consoleMock = await createConsoleMock({ units, cases, caseRef, now, message });

// ---------------------------------------------------------------------------

const bundleDir = mkdtempSync(join(tmpdir(), "passerelle-mock-"));
execFileSync(process.execPath, [join(WEB, "build.mjs"), join(bundleDir, "passerelle.js")], { stdio: "inherit" });
const assets = {
  "/assets/passerelle.js": [readFileSync(join(bundleDir, "passerelle.js")), "text/javascript; charset=utf-8"],
  "/assets/console.js": [readFileSync(join(bundleDir, "console.js")), "text/javascript; charset=utf-8"],
  "/assets/pow-worker.js": [readFileSync(join(bundleDir, "pow-worker.js")), "text/javascript; charset=utf-8"],
  "/assets/style.css": [readFileSync(join(WEB, "static", "style.css")), "text/css; charset=utf-8"],
};

const server = createServer(async (req, res) => {
  const url = req.url.split("?")[0];
  try {
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (url.startsWith("/api/") || url.startsWith("/mock/") || url.startsWith("/console/api/")) return await api(req, res, url);
    const font = /^\/assets\/fonts\/([a-z0-9-]+\.woff2)$/.exec(url);
    if (font && readdirSync(join(WEB, "static", "fonts")).includes(font[1])) {
      res.writeHead(200, { "Content-Type": "font/woff2", "Cache-Control": "no-cache" });
      return res.end(readFileSync(join(WEB, "static", "fonts", font[1])));
    }
    const icon = /^\/assets\/icons\/([a-z-]+\.svg)$/.exec(url);
    if (icon && readdirSync(join(WEB, "static", "icons")).includes(icon[1])) {
      res.writeHead(200, { "Content-Type": "image/svg+xml", "Cache-Control": "no-cache" });
      return res.end(readFileSync(join(WEB, "static", "icons", icon[1])));
    }
    if (assets[url]) {
      res.writeHead(200, { "Content-Type": assets[url][1], "Cache-Control": "no-cache" });
      return res.end(assets[url][0]);
    }
    const p = page(req.url);
    if (p && p.redirect) {
      res.writeHead(303, { Location: p.redirect });
      return res.end();
    }
    const html = p ?? render("not_found.html", { s: shell("en", "not-found", "/") });
    res.writeHead(p ? 200 : 404, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CSP,
      "Permissions-Policy": PERMISSIONS,
      "Cache-Control": "no-store",
    });
    res.end(html);
  } catch (err) {
    console.error(err);
    json(res, 500, { error: "internal" });
  }
});
server.listen(PORT, "127.0.0.1", () => console.log(`mock server on http://127.0.0.1:${PORT}/`));
