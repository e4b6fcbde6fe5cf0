// Every message id used by the templates and the browser code exists in every
// language, and every Fluent file under web/locales/ holds the same ids. Messages must stay
// plain (no placeables), because the server looks them up as simple strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const WEB = fileURLToPath(new URL("..", import.meta.url));
// Every language directory under web/locales/ is checked, so a new language is
// covered as soon as its folder exists.
const LANGS = readdirSync(`${WEB}/locales`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const NATIVE_NAMES = {
  fr: "Français",
  en: "English",
  ar: "العربية",
  es: "Español",
  pt: "Português",
  fa: "فارسی",
  ps: "پښتو",
  ti: "ትግርኛ",
  am: "አማርኛ",
  so: "Soomaali",
  sw: "Kiswahili",
  ha: "Hausa",
};
// Letters a message in these languages must contain (technical tokens aside).
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ETHIOPIC = /[\u1200-\u137F\u1380-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]/;
const SCRIPTS = { ar: ARABIC_SCRIPT, fa: ARABIC_SCRIPT, ps: ARABIC_SCRIPT, ti: ETHIOPIC, am: ETHIOPIC };
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
    // ReportPage::label: the message itself (its `-simple` variant is optional).
    for (const m of src.matchAll(/self\.label\("([^"]+)"\)/g)) ids.add(m[1]);
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

test("at least the twelve languages of the service are there", () => {
  for (const code of Object.keys(NATIVE_NAMES)) assert.ok(LANGS.includes(code), `web/locales/${code} is missing`);
});

test("lang-name is the native name", () => {
  for (const lang of LANGS) {
    assert.ok(NATIVE_NAMES[lang], `add the native name of ${lang} to NATIVE_NAMES`);
    assert.equal(locales[lang].get("lang-name"), NATIVE_NAMES[lang], lang);
  }
});

test("every locale directory is served: LANGUAGES in src/i18n.rs and region labels", () => {
  const rs = readFileSync(`${WEB}/../src/i18n.rs`, "utf8");
  const entries = [...rs.matchAll(/code: "([a-z-]+)",\s*native_name: "([^"]+)",\s*rtl: (true|false),\s*source: include_str!\("\.\.\/web\/locales\/([a-z-]+)\/passerelle\.ftl"\)/g)];
  const codes = entries.map((m) => m[1]);
  assert.deepEqual([...codes].sort(), LANGS, "LANGUAGES in src/i18n.rs and web/locales/ differ");
  const len = /LANGUAGES: \[LanguageInfo; (\d+)\]/.exec(rs);
  assert.ok(len && Number(len[1]) === codes.length, "the LANGUAGES length constant is wrong");
  for (const [, code, name, rtl, dir] of entries) {
    assert.equal(dir, code, `${code} includes another language's file`);
    assert.equal(name, NATIVE_NAMES[code], `${code} native_name`);
    assert.equal(rtl === "true", ["ar", "fa", "ps"].includes(code), `${code} direction`);
  }
  const toml = readFileSync(`${WEB}/../config/routing.toml`, "utf8");
  // The `labels` line of each [[region]] table (not of sub-tables or other tables).
  const labels = toml
    .split(/^(?=\[)/m)
    .filter((block) => block.startsWith("[[region]]"))
    .map((block) => /^labels = \{(.*)\}$/m.exec(block)?.[1] ?? "");
  assert.ok(labels.length > 0, "no region labels found");
  for (const l of labels) {
    for (const code of LANGS) assert.match(l, new RegExp(`(^|[ ,])${code} = "[^"]+"`), `region label for ${code} missing: ${l}`);
  }
});

test("messages in languages written in another script use that script", () => {
  // Brand and unit names may stay as they are; anything longer than a few
  // characters must be in the language's own script (Latin tokens such as
  // "Tor Browser" or "JavaScript" may appear inside, but not alone).
  const allowed = new Set(["site-name"]);
  for (const [lang, script] of Object.entries(SCRIPTS)) {
    if (!locales[lang]) continue;
    const bad = [...locales[lang]].filter(([id, v]) => !allowed.has(id) && v.length > 4 && !script.test(v));
    assert.deepEqual(bad.map(([id]) => id), [], `${lang} messages without ${lang} script`);
  }
});

test("translations are not English copies", () => {
  // Words that really are the same in both languages, and units.
  const everywhere = ["site-name", "js-unit-kb", "js-unit-mb"];
  const allowed = {
    fr: ["follow-up-thread-title", "console-urgent", "js-console-urgent"],
    es: ["js-console-no", "js-console-role-supervisor"],
    pt: ["js-console-role-supervisor"],
  };
  for (const lang of LANGS.filter((l) => l !== "en")) {
    const ok = [...everywhere, ...(allowed[lang] ?? [])];
    const same = [...locales.en].filter(([id, v]) => locales[lang].get(id) === v && !ok.includes(id));
    assert.deepEqual(same.map(([id]) => id), [], `${lang} values identical to English`);
  }
});

test("every simpler-words variant (`-simple`) belongs to a message used through self.label", () => {
  const labelled = new Set();
  for (const [, src] of filesIn("templates", ".html")) {
    for (const m of src.matchAll(/self\.label\("([^"]+)"\)/g)) labelled.add(m[1]);
  }
  for (const lang of LANGS) {
    const orphans = [...locales[lang].keys()].filter((id) => id.endsWith("-simple") && !labelled.has(id.slice(0, -7)));
    assert.deepEqual(orphans, [], `${lang}: -simple ids that no template shows`);
  }
});
