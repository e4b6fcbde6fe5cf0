// Transfer and re-key (docs/console.md): every envelope of a case is opened on
// this device and encrypted again, unchanged (padding included), to the target
// unit's current set; a unit reply also to the reporter's reply recipient.
// Importable in Node (the tests run it): no DOM.

import { Decrypter, Encrypter } from "age-encryption";
import { fromBase64, isX25519Recipient, toBase64 } from "../crypto.js";

/** Some envelopes of the thread do not open with this officer's key. */
export class UndecryptableError extends Error {
  constructor(ids) {
    super(`${ids.length} envelope(s) do not open with this key`);
    this.name = "UndecryptableError";
    this.code = "undecryptable";
    this.ids = ids;
  }
}

function recipientsFor(message, target, replyRecipient) {
  if (message.from !== "unit") return target;
  if (!isX25519Recipient(replyRecipient)) throw Object.assign(new Error("no reply recipient"), { code: "no_reply_recipient" });
  return [replyRecipient, ...target];
}

/**
 * [{id, envelope}] for POST /api/v1/cases/{case}/reencrypt. `messages` are the
 * case's ({id, from, envelope}); `target` the unit's current recipients.
 * Throws UndecryptableError (nothing half-done) if any envelope stays shut.
 */
export async function reencryptThread(identity, messages, target, replyRecipient) {
  if (!Array.isArray(target) || target.length === 0 || !target.every(isX25519Recipient)) {
    throw Object.assign(new Error("no usable recipients"), { code: "no_unit_keys" });
  }
  const opened = [];
  const shut = [];
  for (const m of messages) {
    const d = new Decrypter();
    d.addIdentity(identity);
    try {
      opened.push({ m, plain: await d.decrypt(fromBase64(m.envelope || "")) });
    } catch {
      shut.push(m.id);
    }
  }
  if (shut.length > 0) {
    for (const o of opened) o.plain.fill(0);
    throw new UndecryptableError(shut);
  }
  const out = [];
  try {
    for (const { m, plain } of opened) {
      const e = new Encrypter();
      for (const r of recipientsFor(m, target, replyRecipient)) e.addRecipient(r);
      out.push({ id: m.id, envelope: toBase64(await e.encrypt(plain)) });
    }
  } finally {
    for (const o of opened) o.plain.fill(0);
  }
  return out;
}
