// Transfer and re-key (docs/console.md): every envelope of a case is opened on
// this device and encrypted again, unchanged (padding included), to the target
// unit's current set; a unit reply also to the reporter's reply recipient.
// Every attachment of the case too (docs/api.md, "Attachments"): fetched,
// opened and encrypted again to the target set, its zero padding kept as it is.
// Importable in Node (the tests run it): no DOM.

import { Decrypter, Encrypter } from "age-encryption";
import { fromBase64, isX25519Recipient, toBase64 } from "../crypto.js";

/** Some envelopes of the thread do not open with this officer's key. */
export class UndecryptableError extends Error {
  constructor(ids, attachmentIds = []) {
    super(`${ids.length} envelope(s) and ${attachmentIds.length} attachment(s) do not open with this key`);
    this.name = "UndecryptableError";
    this.code = "undecryptable";
    this.ids = ids;
    this.attachmentIds = attachmentIds;
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
      out.push({ id: m.id, envelope: toBase64(await e.encrypt(plain)), digest: await digest(plain) });
    }
  } finally {
    for (const o of opened) o.plain.fill(0);
  }
  return out;
}

/** SHA-256 of a plaintext, in hex: what a check after the swap compares. */
async function digest(bytes) {
  const d = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", bytes));
  return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Every attachment of the case's messages, in thread order: [{id, size}]. */
export function caseAttachments(messages) {
  const out = [];
  for (const m of messages || []) for (const a of Array.isArray(m.attachments) ? m.attachments : []) out.push(a);
  return out;
}

/**
 * The whole body of POST /api/v1/cases/{case}/reencrypt but unit and key_set:
 * {envelopes: [{id, envelope}], attachments: [{id, envelope}]}.
 * `fetchAttachment(id)` gives an attachment's age file (bytes); attachments
 * go to `target` only (they are the reporter's, never a reply). `onProgress(done,
 * total)` counts envelopes and attachments. Nothing is sent by this function;
 * it throws UndecryptableError (listing envelope and attachment ids) if any
 * of them stays shut, after looking at all of them.
 */
export async function reencryptCase(identity, c, target, { fetchAttachment, onProgress } = {}) {
  const files = caseAttachments(c.messages);
  const total = c.messages.length + files.length;
  const tick = (done) => {
    if (onProgress) onProgress(done, total);
  };
  tick(0);
  const envelopes = await reencryptThread(identity, c.messages, target, c.replyRecipient);
  tick(envelopes.length);
  const attachments = [];
  const shut = [];
  for (const a of files) {
    if (typeof fetchAttachment !== "function") throw new Error("attachments need fetchAttachment");
    // Fetched one at a time: a case may hold tens of MiB of them.
    const bytes = await fetchAttachment(a.id);
    let plain = null;
    try {
      const d = new Decrypter();
      d.addIdentity(identity);
      plain = await d.decrypt(bytes);
    } catch {
      shut.push(a.id);
    }
    if (plain) {
      try {
        if (shut.length === 0) {
          const e = new Encrypter();
          for (const r of target) e.addRecipient(r);
          attachments.push({ id: a.id, envelope: toBase64(await e.encrypt(plain)), digest: await digest(plain) });
        }
      } finally {
        plain.fill(0);
      }
    }
    tick(envelopes.length + attachments.length + shut.length);
  }
  if (shut.length > 0) throw new UndecryptableError([], shut);
  // What the server is sent has no digests; they stay here for checkCase.
  const digests = new Map();
  for (const x of envelopes) digests.set(`m${x.id}`, x.digest);
  for (const x of attachments) digests.set(`a${x.id}`, x.digest);
  return {
    envelopes: envelopes.map(({ id, envelope }) => ({ id, envelope })),
    attachments: attachments.map(({ id, envelope }) => ({ id, envelope })),
    digests,
  };
}

/**
 * Opens every envelope and attachment of a case as the server now holds it, with
 * this officer's key: what a supervisor's confirmation of a transfer or re-key
 * rests on. `fetchMessage(id)` and `fetchAttachment(id)` give the age bytes.
 * With `digests` (from reencryptCase), each plaintext must also be the one that
 * was encrypted. Resolves to {ok, shut: [ids that did not open or differ]};
 * every plaintext is wiped.
 */
export async function checkCase(identity, c, { fetchMessage, fetchAttachment, digests = null, onProgress } = {}) {
  const items = [
    ...c.messages.map((m) => ({ key: `m${m.id}`, fetch: () => fetchMessage(m.id) })),
    ...caseAttachments(c.messages).map((a) => ({ key: `a${a.id}`, fetch: () => fetchAttachment(a.id) })),
  ];
  const shut = [];
  let done = 0;
  for (const item of items) {
    let plain = null;
    try {
      const d = new Decrypter();
      d.addIdentity(identity);
      plain = await d.decrypt(await item.fetch());
      if (digests && digests.get(item.key) !== (await digest(plain))) shut.push(item.key);
    } catch {
      shut.push(item.key);
    } finally {
      if (plain) plain.fill(0);
    }
    done += 1;
    if (onProgress) onProgress(done, items.length);
  }
  return { ok: items.length > 0 && shut.length === 0, shut };
}
