// The officer's own age identity, made and opened on this device only
// (docs/console.md, "Keys"). The server gets the recipient and the identity
// wrapped by a passphrase (an age file with one scrypt stanza); the passphrase
// and the unwrapped identity never leave this module's callers' memory.
//
// Importable in Node (the tests run it): no DOM, nothing done at import time.

import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient, webauthn } from "age-encryption";
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

// ---------------------------------------------------------------------------
// Passkey (security key) copy of the same identity (docs/console.md, "Passkey
// (security key) wrapping"): an age file whose only stanzas are
// age-encryption.org/fido2prf ones, opened with the WebAuthn PRF extension.
// The passphrase copy stays: it is the way back without the security key.

/** Stanza tag of a WebAuthn PRF wrapped file. */
export const FIDO2PRF = "age-encryption.org/fido2prf";
const CREDENTIAL = /^AGE-PLUGIN-FIDO2PRF-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]+$/;

/**
 * Something the browser or the security key would not do. `reason`:
 * "unsupported" (no WebAuthn here, or not on this address), "no_prf" (the
 * authenticator or browser has no PRF extension), "cancelled" (the person
 * closed the prompt, or it timed out), "exists" (this key already holds a
 * credential for us), "failed" (anything else).
 */
export class PasskeyError extends Error {
  constructor(reason, cause) {
    super(`passkey: ${reason}`);
    this.name = "PasskeyError";
    this.reason = reason;
    this.cause = cause;
  }
}

/** Turns what WebAuthn or age-encryption threw into a PasskeyError (UnwrapErrors pass). */
export function passkeyError(err) {
  if (err instanceof PasskeyError || err instanceof UnwrapError) return err;
  const name = err && typeof err.name === "string" ? err.name : "";
  const message = err && typeof err.message === "string" ? err.message : "";
  if (/PRF extension not available|Missing second PRF result|PRF result/i.test(message)) return new PasskeyError("no_prf", err);
  if (name === "NotAllowedError" || name === "AbortError") return new PasskeyError("cancelled", err);
  if (name === "InvalidStateError") return new PasskeyError("exists", err);
  if (name === "SecurityError" || name === "NotSupportedError" || /navigator|credentials/.test(message)) return new PasskeyError("unsupported", err);
  return new PasskeyError("failed", err);
}

/** Whether this browser could make and use a passkey at all (PRF is only known by trying). */
export function passkeysAvailable(g = globalThis) {
  return Boolean(g && g.PublicKeyCredential && g.navigator && g.navigator.credentials && g.isSecureContext !== false);
}

function checkCredential(credential) {
  if (typeof credential !== "string" || !CREDENTIAL.test(credential)) throw new UnwrapError("malformed");
}

/**
 * The age file of `identity` for one WebAuthn credential. `deps.Recipient`
 * stands in for webauthn.WebAuthnRecipient in tests.
 */
export async function wrapWithPasskey(identity, credential, deps = {}) {
  if (!IDENTITY.test(identity)) throw new Error("not an X25519 identity");
  checkCredential(credential);
  const Recipient = deps.Recipient || webauthn.WebAuthnRecipient;
  const e = new Encrypter();
  e.addRecipient(new Recipient({ identity: credential }));
  let wrapped;
  try {
    wrapped = await e.encrypt(identity);
  } catch (err) {
    throw passkeyError(err);
  }
  const types = stanzaTypes(wrapped);
  if (!types || types.length === 0 || !types.every((t) => t === FIDO2PRF)) throw new Error("passkey wrapping did not give fido2prf stanzas");
  return wrapped;
}

/**
 * Opens the passkey copy from GET /console/api/session (one touch of the
 * security key) and checks that it is the key of `expectedRecipient`.
 * `deps.Identity` stands in for webauthn.WebAuthnIdentity in tests.
 */
export async function unwrapWithPasskey(wrappedBase64, credential, expectedRecipient, deps = {}) {
  checkCredential(credential);
  let bytes;
  try {
    bytes = base64.decode(String(wrappedBase64 || "").trim());
  } catch {
    throw new UnwrapError("malformed");
  }
  const types = stanzaTypes(bytes);
  if (!types || types.length === 0 || !types.every((t) => t === FIDO2PRF)) throw new UnwrapError("malformed");
  const Identity = deps.Identity || webauthn.WebAuthnIdentity;
  const d = new Decrypter();
  d.addIdentity(new Identity({ identity: credential }));
  let text;
  try {
    text = await d.decrypt(bytes, "text");
  } catch (err) {
    // Not a WebAuthn refusal: the key answered, but its secret does not open this file.
    if (err && /no identity matched/.test(String(err.message))) throw new PasskeyError("wrong_key", err);
    throw passkeyError(err);
  }
  const identity = text.trim();
  if (!IDENTITY.test(identity)) throw new UnwrapError("malformed");
  if (expectedRecipient && (await identityToRecipient(identity)) !== expectedRecipient) throw new UnwrapError("mismatch");
  return identity;
}

/**
 * A passkey copy of the unlocked identity, ready for POST /console/api/keys/passkey:
 * makes a credential (`createCredential`), wraps the identity to it, then opens
 * the copy again and checks that it gives back the key of `recipient` before
 * anything is uploaded. Three prompts of the browser: create, wrap, check.
 * → {credential, wrappedBase64}
 */
export async function createPasskeyCopy(identity, recipient, { keyName, rpId }, deps = {}) {
  if (!IDENTITY.test(identity)) throw new Error("not an X25519 identity");
  const create = deps.createCredential || webauthn.createCredential;
  let credential;
  try {
    credential = await create({ keyName, rpId });
  } catch (err) {
    throw passkeyError(err);
  }
  if (typeof credential !== "string" || !CREDENTIAL.test(credential)) throw new PasskeyError("failed");
  const wrapped = await wrapWithPasskey(identity, credential, deps);
  const wrappedBase64 = base64.encode(wrapped);
  const back = await unwrapWithPasskey(wrappedBase64, credential, recipient, deps);
  if (back !== identity) throw new UnwrapError("mismatch");
  return { credential, wrappedBase64 };
}
