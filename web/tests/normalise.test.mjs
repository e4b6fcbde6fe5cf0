import { test } from "node:test";
import assert from "node:assert/strict";
import { CodeError, dammCheckDigit, formatCode, normaliseCode } from "../src/crypto.js";

const BODY = "482109375518226071930485663";
const CODE = BODY + dammCheckDigit(BODY);

function inScript(code, zero) {
  return [...code].map((c) => String.fromCodePoint(zero + Number(c))).join("");
}

const GOOD = [
  ["ASCII", CODE],
  ["grouped with spaces", formatCode(CODE)],
  ["hyphens", formatCode(CODE).replaceAll(" ", "-")],
  ["leading and trailing space, tabs, newline", `  ${CODE.slice(0, 10)}\t${CODE.slice(10, 20)}\n${CODE.slice(20)} `],
  ["no-break and thin spaces", formatCode(CODE).replaceAll(" ", "\u00a0").replace("\u00a0", "\u2009")],
  ["Arabic-Indic", inScript(CODE, 0x0660)],
  ["Extended Arabic-Indic (Persian)", inScript(CODE, 0x06f0)],
  ["Devanagari", inScript(CODE, 0x0966)],
  ["full-width", inScript(CODE, 0xff10)],
  ["mixed scripts and separators", inScript(CODE.slice(0, 14), 0x0660) + " - " + inScript(CODE.slice(14), 0xff10)],
];

for (const [name, input] of GOOD) {
  test(`normaliseCode accepts ${name}`, () => {
    assert.equal(normaliseCode(input), CODE);
  });
}

const BAD = [
  ["letters", CODE.slice(0, 27) + "a", "invalid_character"],
  ["letter O for zero", "O" + CODE.slice(1), "invalid_character"],
  ["punctuation", CODE.slice(0, 14) + "." + CODE.slice(14), "invalid_character"],
  ["underscore", CODE.slice(0, 14) + "_" + CODE.slice(14), "invalid_character"],
  ["en dash", CODE.slice(0, 14) + "\u2013" + CODE.slice(14), "invalid_character"],
  ["superscript digit", CODE.slice(0, 27) + "\u00b9", "invalid_character"],
  ["Bengali digits", inScript(CODE, 0x09e6), "invalid_character"],
  ["empty", "", "wrong_length"],
  ["27 digits", CODE.slice(0, 27), "wrong_length"],
  ["29 digits", CODE + "0", "wrong_length"],
  ["bad check digit", BODY + ((dammCheckDigit(BODY) + 1) % 10), "bad_check_digit"],
  ["one digit changed", "9" === CODE[3] ? CODE.slice(0, 3) + "8" + CODE.slice(4) : CODE.slice(0, 3) + "9" + CODE.slice(4), "bad_check_digit"],
];

for (const [name, input, reason] of BAD) {
  test(`normaliseCode refuses ${name}`, () => {
    assert.throws(
      () => normaliseCode(input),
      (err) => err instanceof CodeError && err.reason === reason,
    );
  });
}

test("formatCode: seven groups of four", () => {
  assert.equal(formatCode("4821093755182260719304856632"), "4821 0937 5518 2260 7193 0485 6632");
  assert.throws(() => formatCode("123"));
  assert.throws(() => formatCode("482109375518226071930485663a"));
});
