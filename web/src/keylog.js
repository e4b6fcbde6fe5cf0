// Key transparency in the reporter's browser (docs/transparency.md): before a
// report or message is encrypted, the recipients GET /api/v1/units gives for the
// unit must be exactly those of the unit's latest statement in the public key
// log, that statement must be in the tree of a checkpoint signed by the log's
// key, and the checkpoint must verify. Otherwise nothing is sent.
//
// Formats: C2SP signed-note (Ed25519), tlog-checkpoint, RFC 6962 hashing and the
// RFC 9162 inclusion-proof check. Ed25519 and SHA-256 are @noble's (audited, the
// same in every browser, no reliance on WebCrypto Ed25519, which older phones lack).
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";

export class KeyLogError extends Error {
  /** `reason`: checkpoint | proof | recipients | missing */
  constructor(reason, detail) {
    super(`key log: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "KeyLogError";
    this.reason = reason;
  }
}

const utf8 = new TextEncoder();

function fromB64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function equal(a, b) {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}

/** A note verifier key `<name>+<hex id>+<base64(0x01 || key)>`: {name, id, key}. */
export function parseVkey(vkey) {
  // The name holds no `+`; the base64 key may (so split twice, not on every `+`).
  const m = typeof vkey === "string" ? /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(vkey) : null;
  if (!m) throw new KeyLogError("checkpoint", "verifier key");
  const [, name, idHex, b64] = m;
  const raw = fromB64(b64);
  if (raw.length !== 33 || raw[0] !== 1) throw new KeyLogError("checkpoint", "not an Ed25519 key");
  // The key id is the first four bytes of SHA-256(name || "\n" || 0x01 || key).
  const id = sha256(concat(utf8.encode(`${name}\n`), raw)).subarray(0, 4);
  if (!equal(id, hexBytes(idHex))) throw new KeyLogError("checkpoint", "key id");
  return { name, id, key: raw.subarray(1) };
}

function hexBytes(h) {
  return Uint8Array.from(h.match(/../g), (x) => parseInt(x, 16));
}

/**
 * Opens a signed checkpoint with the log's verifier key: {origin, size, root}.
 * The note must carry a valid signature by that key (others are ignored).
 */
export function openCheckpoint(text, vkey) {
  const body = openNote(text, vkey);
  const lines = body.split("\n");
  const size = Number(lines[1]);
  if (lines.length < 4 || !lines[0] || !/^(0|[1-9][0-9]*)$/.test(lines[1]) || !Number.isSafeInteger(size)) {
    throw new KeyLogError("checkpoint", "body");
  }
  const root = fromB64(lines[2]);
  if (root.length !== 32) throw new KeyLogError("checkpoint", "root");
  return { origin: lines[0], size, root };
}

/** A signed note's text, if `vkey` signed it (C2SP signed-note); else throws. */
export function openNote(text, vkey) {
  const v = parseVkey(vkey);
  if (typeof text !== "string") throw new KeyLogError("checkpoint", "missing");
  const split = text.lastIndexOf("\n\n");
  if (split < 0 || !text.endsWith("\n")) throw new KeyLogError("checkpoint", "not a note");
  const body = text.slice(0, split + 1);
  let signed = false;
  for (const line of text.slice(split + 2, -1).split("\n")) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!m || m[1] !== v.name) continue;
    const sig = fromB64(m[2]);
    if (sig.length !== 68 || !equal(sig.subarray(0, 4), v.id)) continue;
    if (ed25519.verify(sig.subarray(4), utf8.encode(body), v.key)) signed = true;
  }
  if (!signed) throw new KeyLogError("checkpoint", "signature");
  return body;
}

export const leafHash = (bytes) => sha256(concat(Uint8Array.of(0), bytes));
const nodeHash = (l, r) => sha256(concat(Uint8Array.of(1), l, r));

/** RFC 9162 §2.1.3.2: is `leaf` entry `index` of the tree of `size` with `root`? */
export function verifyInclusion(index, size, leaf, proof, root) {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0 || p.length !== 32) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, root);
}

/**
 * Checks one unit of GET /units against the key log ({checkpoint, vkey} of the
 * answer, and the unit's own {index, statement, proof}). Resolves to the
 * statement (what it says about who can read), or throws KeyLogError.
 */
export function checkUnit(unit, log, proofs) {
  if (!log || !proofs) throw new KeyLogError("missing");
  const cp = openCheckpoint(log.checkpoint, log.vkey);
  const statement = fromB64(proofs.statement || "");
  const proof = Array.isArray(proofs.proof) ? proofs.proof.map(fromB64) : null;
  if (!proof || !verifyInclusion(proofs.index, cp.size, leafHash(statement), proof, cp.root)) {
    throw new KeyLogError("proof");
  }
  let s;
  try {
    s = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(statement));
  } catch {
    throw new KeyLogError("proof", "statement");
  }
  const stated = Array.isArray(s.recipients) ? s.recipients.map((r) => r && r.key).sort() : [];
  const served = [...unit.recipients].sort();
  if (s.unit !== unit.slug || s.key_set !== unit.keySet || stated.length !== served.length || stated.some((k, i) => k !== served[i])) {
    throw new KeyLogError("recipients");
  }
  return s;
}

/**
 * The unit to encrypt to, once its keys check against the key log: `load(n)`
 * gives the directory (GET /units; `n` counts the attempts), `pick(units)` the
 * unit. A statement written a moment ago may not be in a checkpoint yet (the
 * log signs about once a second): one more look after `wait` ms, then the
 * KeyLogError stands and nothing is encrypted. Resolves to {directory, unit};
 * `unit` is undefined when there is none.
 */
export async function verifiedUnit(load, pick, { wait = 1500 } = {}) {
  for (let attempt = 0; ; attempt++) {
    const directory = await load(attempt);
    const unit = pick(directory.units);
    if (!unit) return { directory, unit };
    try {
      checkUnit(unit, directory.keyLog, unit.keyLog);
      return { directory, unit };
    } catch (err) {
      if (!(err instanceof KeyLogError) || attempt > 0) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
