// The identifiability reminder (src/identify.js): finds phone numbers, e-mail
// addresses, ID-like numbers, IBANs and street addresses, in any script's digits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findIdentifiers, normaliseDigits, scanFields } from "../src/identify.js";

const kinds = (t) => findIdentifiers(t);

test("digits of other scripts are read as digits", () => {
  assert.equal(normaliseDigits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  assert.equal(normaliseDigits("۰۶۱۲۳۴"), "061234");
  assert.equal(normaliseDigits("０６１２"), "0612");
  assert.equal(normaliseDigits("०६"), "06");
  assert.equal(normaliseDigits("+33\u00a06\u201312"), "+33 6-12");
});

test("phone numbers, in many shapes and scripts", () => {
  for (const t of [
    "call me on +33 6 12 34 56 78 please",
    "mon numéro: 06 12 34 56 78",
    "06.12.34.56.78",
    "0612345678",
    "+216 98 123 456",
    "00212 612-345678",
    "رقمي ٠٦١٢٣٤٥٦٧٨",
    "شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹",
    "(555) 123-4567",
    "+٩٦٦٥٠١٢٣٤٥٦٧",
  ]) {
    assert.deepEqual(kinds(t), ["phone"], t);
  }
});

test("e-mail addresses", () => {
  assert.deepEqual(kinds("write to amina.d+test@example.org"), ["email"]);
  assert.deepEqual(kinds("بريدي: salem@mail.co"), ["email"]);
  assert.deepEqual(kinds("ｍｅ＠example.com"), ["email"]);
});

test("ID, passport and residence permit numbers", () => {
  assert.deepEqual(kinds("passport AB1234567"), ["id"]);
  assert.deepEqual(kinds("NIE X1234567L"), ["id"]);
  assert.deepEqual(kinds("my card number is 123456789"), ["id"]);
  assert.deepEqual(kinds("جواز السفر رقم ٧٨٩٤٥٦١٢٣"), ["id"]);
});

test("IBANs (checked with mod 97), grouped or not", () => {
  assert.deepEqual(kinds("IBAN FR76 3000 6000 0112 3456 7890 189"), ["iban"]);
  assert.deepEqual(kinds("GB82WEST12345698765432"), ["iban"]);
  // Wrong check digits: not an IBAN (but still a long number worth a word).
  assert.ok(!kinds("FR00 3000 6000 0112 3456 7890 189").includes("iban"));
});

test("street addresses with a house number", () => {
  assert.deepEqual(kinds("he lives at 12 rue des Lilas"), ["address"]);
  assert.deepEqual(kinds("23 bis, avenue Victor Hugo"), ["address"]);
  assert.deepEqual(kinds("221B Baker Street"), ["address"]);
  assert.deepEqual(kinds("rue de la Paix 12"), ["address"]);
  assert.deepEqual(kinds("شارع الحرية رقم ١٥"), ["address"]);
  assert.deepEqual(kinds("١٥ شارع الحرية"), ["address"]);
});

test("ordinary text, dates, times, ages and amounts stay quiet", () => {
  for (const t of [
    "yesterday evening",
    "near the bus station",
    "two adults",
    "on 12/03/2025 at 21:30",
    "le 12.03.2025 vers 18h30",
    "from 2019-2023",
    "he asked for 1 500 000 dinars",
    "they paid 12.000.000",
    "about 3 or 4 men, 25 years old",
    "hier soir, près de la gare routière",
    "أمس مساءً قرب محطة الحافلات",
    "room 12 in the building",
    "the way 2 men came",
    "he went down the road 3 times",
    "",
  ]) {
    assert.deepEqual(kinds(t), [], t);
  }
});

test("several kinds at once, listed in a fixed order, per field", () => {
  assert.deepEqual(kinds("amina@example.org, +33 6 12 34 56 78, 4 rue Haute"), ["phone", "email", "address"]);
  const r = scanFields({ what: "call 0612345678", when: "yesterday", where: "7 avenue Foch", who: "" });
  assert.deepEqual(r, { kinds: ["phone", "address"], fields: ["what", "where"] });
});
