// Small DOM and text helpers shared by the pages. Every user-visible string
// comes from the page data block, which the server fills from the Fluent files
// for the page language; nothing here renders HTML from data (textContent only).

let strings = {};
let lang = "en";

/** Reads the JSON data block written by the server into the page. */
export function readPageData() {
  const node = document.getElementById("passerelle-data");
  let data = {};
  try {
    data = JSON.parse(node ? node.textContent : "{}") || {};
  } catch {
    data = {};
  }
  strings = data.strings && typeof data.strings === "object" ? data.strings : {};
  lang = typeof data.lang === "string" ? data.lang : document.documentElement.lang || "en";
  return data;
}

/** Translated string for a "js-…" id; the id itself if missing (visible, not silent). */
export function t(id) {
  const s = strings[id];
  return typeof s === "string" ? s : id;
}

export function pageLang() {
  return lang;
}

export function byId(id) {
  return document.getElementById(id);
}

/** Creates an element with a class and text (never HTML). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** Shows a message in a live region; `kind` is "info" | "error" | "ok". */
export function say(node, text, kind = "info") {
  if (!node) return;
  node.textContent = text || "";
  node.dataset.kind = kind;
  node.hidden = !text;
}

/** Localised date and time for an ISO timestamp from the server. */
export function formatTime(iso) {
  if (!iso) return t("js-time-unknown");
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    // A browser without this language's date names would mix in English ones
    // ("2026 M11 27"): numbers only then, which read the same everywhere.
    if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) return numericTime(d);
    // The 24-hour clock: no "AM"/"PM" left in English either.
    const out = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" }).format(d);
    const latinInNonLatin = NON_LATIN.has(lang) && /[A-Za-z]/.test(out);
    if (!/\bM\d{1,2}\b/.test(out) && !latinInNonLatin) return out;
  } catch {
    // fall through to the numeric form
  }
  return numericTime(d);
}

const NON_LATIN = new Set(["ar", "fa", "ps", "ti", "am"]);

/** `2026-11-27 14:00`, in local time. */
export function numericTime(d) {
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A <time> element with a machine-readable datetime attribute. */
export function timeEl(iso) {
  const node = el("time", null, formatTime(iso));
  if (iso) node.dateTime = iso;
  return node;
}
