// The ALTCHA proof-of-work v2 solver (PBKDF2/SHA-256, WebCrypto), shared by the
// Web Worker (pow-worker.js) and the page's fallback. A challenge's parameters
// name the salt, the nonce, the PBKDF2 cost and the key prefix the server signed;
// the answer is the first counter whose key (password: nonce ‖ counter as 4
// big-endian bytes) starts with that prefix (docs/api.md, "Proof of work").

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

function fromHex(text) {
  if (typeof text !== "string" || text.length % 2 || /[^0-9a-f]/i.test(text)) throw new Error("not hex");
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Does `key` start with the hex `prefix` (an odd length compares half a byte)? */
function startsWith(key, prefix) {
  const whole = prefix.length >> 1;
  for (let i = 0; i < whole; i++) {
    if (key[i] !== parseInt(prefix.slice(2 * i, 2 * i + 2), 16)) return false;
  }
  return prefix.length % 2 === 0 || key[whole] >> 4 === parseInt(prefix[prefix.length - 1], 16);
}

/**
 * Tries counters start, start + step, … until one fits; resolves to
 * {counter, derivedKey} or null once `stopped()` says so. `subtle` is WebCrypto's.
 */
export async function solveRange(params, start, step, stopped = () => false, subtle = crypto.subtle) {
  if (params.algorithm !== "PBKDF2/SHA-256") throw new Error(`unsupported algorithm ${params.algorithm}`);
  const nonce = fromHex(params.nonce);
  const salt = fromHex(params.salt);
  const prefix = String(params.keyPrefix).toLowerCase();
  const bits = Number(params.keyLength) * 8;
  const iterations = Number(params.cost);
  const password = new Uint8Array(nonce.length + 4);
  password.set(nonce);
  const view = new DataView(password.buffer);
  for (let counter = start; counter <= 0xffffffff; counter += step) {
    view.setUint32(nonce.length, counter, false);
    const key = await subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
    const derived = new Uint8Array(await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, bits));
    if (startsWith(derived, prefix)) return { counter, derivedKey: hex(derived) };
    if ((counter - start) % (step * 16) === 0 && stopped()) return null;
  }
  return null;
}

/** The Passerelle-Pow header's value: base64 of {challenge, solution}. */
export function header(challenge, solution) {
  const text = JSON.stringify({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } });
  return btoa(text);
}
