// The officer's own age identity, made and opened on this device only
// (docs/console.md, "Keys"). The server gets the recipient and the identity
// wrapped by a passphrase (an age file with one scrypt stanza); the passphrase
// and the unwrapped identity never leave this module's callers' memory.
//
// Importable in Node (the tests run it): no DOM, nothing done at import time.

import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { base64 } from "@scure/base";

/** Shortest passphrase the console accepts (scrypt slows guessing; length still matters). */
export const MIN_PASSPHRASE = 12;

const IDENTITY = /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/;
const MAGIC = "age-encryption.org/v1\n";

/** A passphrase problem the form can name: "too_short" | "mismatch". */
export class PassphraseError extends Error {
  constructor(reason) {
    super(`passphrase: ${reason}`);
    this.name = "PassphraseError";
    this.reason = reason;
  }
}

/** A wrapped identity that does not open, or opens to something else. */
export class UnwrapError extends Error {
  constructor(reason) {
    super(`wrapped identity: ${reason}`);
    this.name = "UnwrapError";
    /** "wrong_passphrase" | "malformed" | "mismatch" */
    this.reason = reason;
  }
}

export function checkNewPassphrase(passphrase, repeat) {
  if (typeof passphrase !== "string" || [...passphrase].length < MIN_PASSPHRASE) throw new PassphraseError("too_short");
  if (passphrase !== repeat) throw new PassphraseError("mismatch");
}

/** Stanza types of a binary age header, in order (e.g. ["scrypt"]). */
export function stanzaTypes(bytes) {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (!head.startsWith(MAGIC)) return null;
  const end = head.indexOf("\n---");
  if (end < 0) return null;
  return head
    .slice(MAGIC.length, end)
    .split("\n")
    .filter((l) => l.startsWith("-> "))
    .map((l) => l.split(" ")[1])
    // age implementations may add "-grease" stanzas; they mean nothing.
    .filter((tag) => !tag.endsWith("-grease"));
}

/** The age file of `identity`, encrypted with `passphrase` (scrypt, age's default work factor). */
export async function wrapIdentity(identity, passphrase, { workFactor } = {}) {
  if (!IDENTITY.test(identity)) throw new Error("not an X25519 identity");
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  if (workFactor) e.setScryptWorkFactor(workFactor);
  return e.encrypt(identity);
}

/**
 * A new officer key: identity (stays here), recipient, and the wrapped file as
 * standard base64 for POST /console/api/keys.
 */
export async function createOfficerKey(passphrase, options) {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const wrapped = await wrapIdentity(identity, passphrase, options);
  const types = stanzaTypes(wrapped);
  if (!types || types.length !== 1 || types[0] !== "scrypt") throw new Error("wrapping did not give one scrypt stanza");
  return { identity, recipient, wrappedBase64: base64.encode(wrapped) };
}

/**
 * Opens the wrapped identity from GET /console/api/session with the
 * passphrase, and checks that it is the key of `expectedRecipient`.
 */
export async function unwrapIdentity(wrappedBase64, passphrase, expectedRecipient) {
  let bytes;
  try {
    bytes = base64.decode(String(wrappedBase64 || "").trim());
  } catch {
    throw new UnwrapError("malformed");
  }
  const types = stanzaTypes(bytes);
  if (!types || types.length !== 1 || types[0] !== "scrypt") throw new UnwrapError("malformed");
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let text;
  try {
    text = await d.decrypt(bytes, "text");
  } catch {
    // age cannot tell a wrong passphrase from a damaged file; the first is
    // by far the likelier.
    throw new UnwrapError("wrong_passphrase");
  }
  const identity = text.trim();
  if (!IDENTITY.test(identity)) throw new UnwrapError("malformed");
  if (expectedRecipient && (await identityToRecipient(identity)) !== expectedRecipient) {
    throw new UnwrapError("mismatch");
  }
  return identity;
}
