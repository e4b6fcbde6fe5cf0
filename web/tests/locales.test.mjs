// Every message id used by the templates and the browser code exists in every
// language, and the three Fluent files hold the same ids. Messages must stay
// plain (no placeables), because the server looks them up as simple strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const WEB = fileURLToPath(new URL("..", import.meta.url));
const LANGS = ["en", "fr", "ar"];
const CATEGORIES = ["gbv", "child-protection", "trafficking-smuggling", "hate-crime", "community-policing", "police-conduct", "unsure"];
const STATUSES = ["received", "under_review", "action_taken", "referred", "closed"];
const OUTCOMES = [
  "investigation_opened",
  "protection_measures",
  "referred_to_partner",
  "referred_to_other_authority",
  "no_offence_identified",
  "insufficient_information",
  "resolved",
];

/** Line-based parse of the subset of Fluent we use: `id = value` plus indented continuation lines. */
function parseFtl(text) {
  const messages = new Map();
  let current = null;
  text.split("\n").forEach((line, i) => {
    if (/^\s*#/.test(line) || line.trim() === "") {
      current = null;
      return;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9_-]*) *= *(.*)$/.exec(line);
    if (m) {
      if (messages.has(m[1])) throw new Error(`line ${i + 1}: duplicate id ${m[1]}`);
      current = m[1];
      messages.set(current, m[2].trim());
    } else if (/^\s+\S/.test(line) && current) {
      messages.set(current, `${messages.get(current)} ${line.trim()}`.trim());
    } else {
      throw new Error(`line ${i + 1}: cannot parse ${JSON.stringify(line)}`);
    }
  });
  return messages;
}

const locales = Object.fromEntries(
  LANGS.map((l) => [l, parseFtl(readFileSync(`${WEB}/locales/${l}/passerelle.ftl`, "utf8"))]),
);

/** Files under a folder of web/, sub-folders included (src/console/…). */
function filesIn(dir, ext) {
  return readdirSync(`${WEB}/${dir}`, { recursive: true })
    .filter((f) => f.endsWith(ext))
    .map((f) => [f, readFileSync(`${WEB}/${dir}/${f}`, "utf8")]);
}

function required() {
  const ids = new Set(["lang-name"]);
  for (const [, src] of filesIn("templates", ".html")) {
    for (const m of src.matchAll(/s\.t\.get\("([^"]+)"\)/g)) ids.add(m[1]);
  }
  for (const [, src] of filesIn("src", ".js")) {
    // t("js-…") calls and ids kept in tables: every string literal that is a js- id.
    for (const m of src.matchAll(/["'`](js-[a-z0-9_-]+)["'`]/g)) ids.add(m[1]);
  }
  for (const c of CATEGORIES) ids.add(`category-${c}`).add(`category-${c}-desc`);
  for (const s of STATUSES) ids.add(`status-${s}`).add(`js-status-${s}`);
  for (const o of OUTCOMES) ids.add(`outcome-${o}`).add(`js-outcome-${o}`);
  return ids;
}

test("the template and JS scans find ids (the scan itself works)", () => {
  const ids = required();
  assert.ok(ids.has("quick-exit"));
  assert.ok(ids.has("js-progress-protecting"));
  assert.ok(ids.has("js-code-error-check-digit"));
  // Found in sub-folders of src/ and in the console template too.
  assert.ok(ids.has("js-console-error-totp_replayed"));
  assert.ok(ids.has("js-console-status-under_review"));
  assert.ok(ids.has("console-signin-title"));
});

test("dynamic js ids built from a prefix are covered by the lists above", () => {
  // follow-up.js builds `js-status-${status}` and `js-outcome-${outcome}`.
  const prefixes = new Set();
  for (const [, src] of filesIn("src", ".js")) {
    for (const m of src.matchAll(/`(js-[a-z-]+)\$\{/g)) prefixes.add(m[1]);
  }
  assert.deepEqual([...prefixes].sort(), ["js-outcome-", "js-status-"]);
});

for (const lang of LANGS) {
  test(`${lang}: every id used exists`, () => {
    const missing = [...required()].filter((id) => !locales[lang].has(id));
    assert.deepEqual(missing, [], `missing in ${lang}`);
  });

  test(`${lang}: same ids as English, plain non-empty values`, () => {
    const en = [...locales.en.keys()].sort();
    assert.deepEqual([...locales[lang].keys()].sort(), en);
    for (const [id, value] of locales[lang]) {
      assert.ok(value.length > 0, `${lang} ${id} is empty`);
      assert.ok(!/[{}]/.test(value), `${lang} ${id} has a placeable; messages must stay plain`);
    }
  });
}

test("lang-name is the native name", () => {
  assert.equal(locales.en.get("lang-name"), "English");
  assert.equal(locales.fr.get("lang-name"), "Français");
  assert.equal(locales.ar.get("lang-name"), "العربية");
});

test("translations are not English copies", () => {
  // Words that really are the same in both languages.
  const allowed = {
    fr: ["site-name", "follow-up-thread-title", "console-urgent", "js-console-urgent"],
    ar: ["site-name"],
  };
  for (const lang of ["fr", "ar"]) {
    const same = [...locales.en].filter(([id, v]) => locales[lang].get(id) === v && !allowed[lang].includes(id));
    assert.deepEqual(same.map(([id]) => id), [], `${lang} values identical to English`);
  }
});
