// Spots details in free text that could identify the reporter or someone else
// (phone numbers, e-mail addresses, ID or passport numbers, IBANs, street
// addresses), so that the page can say so calmly before sending. Runs in the
// browser only; nothing is sent. Pure functions (node tests run them).
//
// It is a reminder, not a filter: it errs on the side of saying something, and
// the reporter always decides.

// First code point of each run of ten decimal digits that we read as 0–9.
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu, Pashto)
  0x07c0, // N'Ko
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0be6, // Tamil
  0x0e50, // Thai
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // full-width
];

/** The text with every decimal digit as ASCII, and Unicode spaces and dashes as plain ones. */
export function normaliseDigits(text) {
  let out = "";
  for (const ch of String(text)) {
    const cp = ch.codePointAt(0);
    const zero = cp >= 0x0660 ? DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9) : undefined;
    if (zero !== undefined) out += String(cp - zero);
    else if (/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/u.test(ch)) out += " ";
    else if (/[\u2010-\u2015\u2212\ufe63\uff0d]/u.test(ch)) out += "-";
    else if (ch === "\uff0b") out += "+";
    else if (ch === "\uff20") out += "@";
    else if (ch === "\u066b") out += ".";
    else out += ch;
  }
  return out;
}

// Kinds, in the order the page lists them.
export const KINDS = ["phone", "email", "id", "iban", "address"];

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Letters and digits, spaces allowed in groups: "FR76 3000 6000 0112 3456 7890 189".
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,32}(?![\p{L}\p{N}])/giu;
// Runs of digits with the separators people use in phone numbers.
const NUMBERS = /(?<![\p{L}\p{N}])(?:\+|00)?[0-9](?:[0-9]|[ .\-/()](?=[ .\-/()]?[0-9])){5,}(?![\p{L}\p{N}])/gu;
// Document numbers mixing capital letters and digits: "AB1234567", "X1234567L".
const MIXED_ID = /(?<![\p{L}\p{N}])(?=[A-Z0-9]*[0-9][A-Z0-9]*[0-9][A-Z0-9]*[0-9][A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,14}(?![\p{L}\p{N}])/gu;
// Dates and times are not identifying on their own.
const DATE = /^(?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}|[0-9]{1,2}[:h.][0-9]{2})$/;

const YEARS = /^[0-9]{4} ?[-/] ?[0-9]{4}$/;
const THOUSANDS = /^[0-9]{1,3}(?:[ .,][0-9]{3})+$/;

// A house number next to a street word, in the service's languages (and a few
// neighbours'). Only whole words, in either order.
const STREET_WORDS = [
  "rue", "avenue", "av", "boulevard", "bd", "blvd", "chemin", "impasse", "allée", "allee", "place",
  "route", "quai", "cours", "passage", "square", "street", "st", "road", "rd", "lane", "ln", "drive",
  "dr", "way", "close", "court", "ct", "strasse", "straße", "str", "via", "calle", "rua",
  "شارع", "زنقة", "نهج", "طريق", "حي", "درب", "ساحة", "جادة", "خیابان", "کوچه",
];
const WORDS = STREET_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const ADDRESS_NUMBER_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])[0-9]{1,4}(?: ?(?:bis|ter|[a-z]))?,? (?:(?:de|du|des|la|le|of|the|d')\\s?)?(?:${WORDS})\\.?(?![\\p{L}\\p{N}])`,
  "iu",
);
// Word first ("rue de la Paix 12", "شارع الحرية ١٥"): only unambiguous words,
// so that "the way 2 men came" or "down the road 3 times" say nothing.
const LONG_WORDS = ["rue", "avenue", "boulevard", "chemin", "impasse", "allée", "allee", "strasse", "straße", "calle", "rua", "زنقة", "طريق", "جادة", "خیابان", "کوچه"];
const ADDRESS_WORD_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LONG_WORDS.join("|")}|شارع|نهج|درب|حي)(?: [^0-9\\n,;.]{1,40}?)?,? (?:n[°o]\\.? ?|رقم ?)?[0-9]{1,4}(?![0-9])`,
  "iu",
);
// English order: "221B Baker Street", "14 North Hill Road".
const ADDRESS_NAMED = /(?<![\p{L}\p{N}])[0-9]{1,4}[A-Za-z]? (?:\p{Lu}[\p{L}'-]* ){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Court|Boulevard)\.?(?![\p{L}\p{N}])/u;

function ibanValid(candidate) {
  const s = candidate.replace(/ /g, "").toUpperCase();
  if (s.length < 15 || s.length > 34 || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/**
 * What in `text` could identify someone: a sorted list of distinct kinds from
 * KINDS ("phone", "email", "id", "iban", "address"), empty when nothing.
 */
export function findIdentifiers(text) {
  const found = new Set();
  let s = normaliseDigits(text);
  const blank = (m) => " ".repeat(m.length);

  s = s.replace(EMAIL, (m) => {
    found.add("email");
    return blank(m);
  });
  s = s.replace(IBAN, (m) => {
    if (!ibanValid(m)) return m;
    found.add("iban");
    return blank(m);
  });
  s = s.replace(MIXED_ID, (m) => {
    found.add("id");
    return blank(m);
  });
  for (const m of s.matchAll(NUMBERS)) {
    const run = m[0].trim();
    const digits = run.replace(/[^0-9]/g, "");
    if (DATE.test(run) || YEARS.test(run)) continue;
    // Amounts written with thousands separators: "1 500 000", "12.000.000".
    if (THOUSANDS.test(run) && (/000$/.test(digits) || /^[0-9]{1,2}[ .,]/.test(run))) continue;
    const international = /^(?:\+|00)/.test(run);
    const grouped = /[ .\-/()]/.test(run);
    if (international && digits.length >= 8 && digits.length <= 15) found.add("phone");
    else if (/^0[1-9]/.test(digits) && digits.length >= 8 && digits.length <= 12) found.add("phone");
    else if (grouped && digits.length >= 8 && digits.length <= 12) found.add("phone");
    else if (!grouped && digits.length >= 7) found.add("id");
  }
  if (ADDRESS_NUMBER_FIRST.test(s) || ADDRESS_WORD_FIRST.test(s) || ADDRESS_NAMED.test(s)) found.add("address");
  return KINDS.filter((k) => found.has(k));
}

/** findIdentifiers over several fields: {kinds, fields} (fields: the keys with a finding). */
export function scanFields(fields) {
  const kinds = new Set();
  const where = [];
  for (const [key, value] of Object.entries(fields)) {
    const k = findIdentifiers(value || "");
    if (k.length) where.push(key);
    k.forEach((x) => kinds.add(x));
  }
  return { kinds: KINDS.filter((k) => kinds.has(k)), fields: where };
}
