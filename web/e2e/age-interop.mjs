// age interoperability helper for the Rust tests (tests/interop.rs), using the same
// `age-encryption` package as the browser bundle.
//
//   node web/e2e/age-interop.mjs encrypt age1… age1… < plaintext > envelope.b64
//   node web/e2e/age-interop.mjs decrypt AGE-SECRET-KEY-1… < envelope.b64 > plaintext

import { Decrypter, Encrypter } from "age-encryption";

async function stdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks);
}

const [mode, ...args] = process.argv.slice(2);
const input = await stdin();
if (mode === "encrypt") {
  const e = new Encrypter();
  for (const r of args) e.addRecipient(r);
  const out = await e.encrypt(new Uint8Array(input));
  process.stdout.write(Buffer.from(out).toString("base64"));
} else if (mode === "decrypt") {
  const d = new Decrypter();
  d.addIdentity(args[0]);
  const out = await d.decrypt(new Uint8Array(Buffer.from(input.toString("utf8").trim(), "base64")));
  process.stdout.write(Buffer.from(out));
} else {
  console.error("usage: age-interop.mjs encrypt RECIPIENT… | decrypt IDENTITY");
  process.exit(2);
}
