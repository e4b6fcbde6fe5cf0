// The security-key (passkey) copy of the officer's identity (docs/console.md,
// "Passkey (security key) wrapping"), with a fake WebAuthn authenticator that
// wraps file keys the way age's fido2prf stanzas do: one stanza
// "age-encryption.org/fido2prf <16-byte nonce>", a secret only the
// authenticator holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { Stanza, generateX25519Identity, identityToRecipient } from "age-encryption";
import { base64nopad } from "@scure/base";
import {
  FIDO2PRF,
  PasskeyError,
  UnwrapError,
  createOfficerKey,
  createPasskeyCopy,
  passkeyError,
  passkeysAvailable,
  stanzaTypes,
  unwrapWithPasskey,
  wrapWithPasskey,
} from "../src/console/keys.js";
import { fromBase64 } from "../src/crypto.js";

const CREDENTIAL = "AGE-PLUGIN-FIDO2PRF-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGP";

/** A fake authenticator: its secret never leaves it; `fail` makes the next use throw. */
function authenticator() {
  const secret = randomBytes(32);
  const state = { uses: 0, fail: null, created: [] };
  const prf = (nonce) => createHmac("sha256", secret).update(nonce).digest();
  const use = () => {
    state.uses += 1;
    if (state.fail) {
      const f = state.fail;
      state.fail = null;
      throw f;
    }
  };
  class Recipient {
    constructor(options) {
      assert.equal(options.identity, state.created.at(-1) ?? CREDENTIAL);
    }
    async wrapFileKey(fileKey) {
      use();
      const nonce = randomBytes(16);
      const c = createCipheriv("chacha20-poly1305", prf(nonce), Buffer.alloc(12), { authTagLength: 16 });
      const body = Buffer.concat([c.update(fileKey), c.final(), c.getAuthTag()]);
      return [new Stanza([FIDO2PRF, base64nopad.encode(nonce)], new Uint8Array(body))];
    }
  }
  class Identity {
    constructor(options) {
      this.credential = options.identity;
    }
    async unwrapFileKey(stanzas) {
      for (const s of stanzas) {
        if (s.args[0] !== FIDO2PRF) continue;
        use();
        const nonce = base64nopad.decode(s.args[1]);
        try {
          const d = createDecipheriv("chacha20-poly1305", prf(nonce), Buffer.alloc(12), { authTagLength: 16 });
          d.setAuthTag(Buffer.from(s.body.subarray(16)));
          return new Uint8Array(Buffer.concat([d.update(Buffer.from(s.body.subarray(0, 16))), d.final()]));
        } catch {
          return null;
        }
      }
      return null;
    }
  }
  const createCredential = async (options) => {
    use();
    state.options = options;
    state.created.push(CREDENTIAL);
    return CREDENTIAL;
  };
  return { state, deps: { Recipient, Identity, createCredential } };
}

function domError(name, message = name) {
  const e = new Error(message);
  e.name = name;
  return e;
}

test("a passkey copy: created, wrapped, checked by opening it again, then handed over", async () => {
  const key = await createOfficerKey("a long enough passphrase", { workFactor: 10 });
  const a = authenticator();
  const copy = await createPasskeyCopy(key.identity, key.recipient, { keyName: "Passerelle amina", rpId: "console.example" }, a.deps);
  assert.deepEqual(a.state.options, { keyName: "Passerelle amina", rpId: "console.example" });
  assert.equal(a.state.uses, 3, "create, wrap, and the check before upload");
  assert.equal(copy.credential, CREDENTIAL);
  const wrapped = fromBase64(copy.wrappedBase64);
  assert.deepEqual(stanzaTypes(wrapped), [FIDO2PRF], "only fido2prf stanzas (what the server checks)");
  assert.match(new TextDecoder().decode(wrapped.subarray(0, 120)), /^age-encryption\.org\/v1\n-> age-encryption\.org\/fido2prf [A-Za-z0-9+/]{22}\n/);
  // What goes to the server holds neither the identity nor anything that opens it alone.
  const body = JSON.stringify({ credential: copy.credential, wrapped_identity: copy.wrappedBase64 });
  assert.ok(!body.includes("AGE-SECRET-KEY-1"));
  assert.ok(!Buffer.from(wrapped).includes(Buffer.from("AGE-SECRET-KEY")));
  // The next unlock, with the same authenticator: one touch.
  assert.equal(await unwrapWithPasskey(copy.wrappedBase64, copy.credential, key.recipient, a.deps), key.identity);
  assert.equal(a.state.uses, 4);
});

test("another authenticator, or another officer's copy, does not unlock", async () => {
  const key = await createOfficerKey("a long enough passphrase", { workFactor: 10 });
  const a = authenticator();
  const copy = await createPasskeyCopy(key.identity, key.recipient, { keyName: "k", rpId: "x" }, a.deps);
  await assert.rejects(unwrapWithPasskey(copy.wrappedBase64, copy.credential, key.recipient, authenticator().deps), (e) => e instanceof PasskeyError && e.reason === "wrong_key");
  const other = await generateX25519Identity();
  await assert.rejects(unwrapWithPasskey(copy.wrappedBase64, copy.credential, await identityToRecipient(other), a.deps), (e) => e instanceof UnwrapError && e.reason === "mismatch");
  // A passphrase file is not a passkey copy; garbage is not either.
  await assert.rejects(unwrapWithPasskey(key.wrappedBase64, copy.credential, key.recipient, a.deps), (e) => e.reason === "malformed");
  await assert.rejects(unwrapWithPasskey("%%%", copy.credential, key.recipient, a.deps), (e) => e.reason === "malformed");
  await assert.rejects(unwrapWithPasskey(copy.wrappedBase64, "AGE-SECRET-KEY-1XYZ", key.recipient, a.deps), (e) => e.reason === "malformed");
});

test("a copy that does not give the same key back is never handed over", async () => {
  const key = await createOfficerKey("a long enough passphrase", { workFactor: 10 });
  const a = authenticator();
  // An authenticator whose secret changes between wrapping and checking.
  const b = authenticator();
  const deps = { ...a.deps, Identity: b.deps.Identity };
  await assert.rejects(createPasskeyCopy(key.identity, key.recipient, { keyName: "k", rpId: "x" }, deps), (e) => e.reason === "wrong_key");
  // A check against the wrong recipient.
  const other = await identityToRecipient(await generateX25519Identity());
  await assert.rejects(createPasskeyCopy(key.identity, other, { keyName: "k", rpId: "x" }, a.deps), (e) => e instanceof UnwrapError && e.reason === "mismatch");
  await assert.rejects(wrapWithPasskey("not an identity", CREDENTIAL, a.deps));
});

test("WebAuthn refusals become calm, named reasons", async () => {
  const key = await createOfficerKey("a long enough passphrase", { workFactor: 10 });
  const cases = [
    [new Error("PRF extension not available (need macOS 15+, Chrome 132+)"), "no_prf"],
    [domError("NotAllowedError", "The operation either timed out or was not allowed."), "cancelled"],
    [domError("AbortError"), "cancelled"],
    [domError("InvalidStateError"), "exists"],
    [domError("SecurityError", "This is an invalid domain."), "unsupported"],
    [new Error("something else"), "failed"],
  ];
  for (const [err, reason] of cases) {
    // At creation…
    const a = authenticator();
    a.state.fail = err;
    await assert.rejects(createPasskeyCopy(key.identity, key.recipient, { keyName: "k", rpId: "x" }, a.deps), (e) => e instanceof PasskeyError && e.reason === reason, reason);
    // …while wrapping…
    const b = authenticator();
    const createOnly = { ...b.deps, createCredential: async () => CREDENTIAL };
    b.state.fail = err;
    await assert.rejects(createPasskeyCopy(key.identity, key.recipient, { keyName: "k", rpId: "x" }, createOnly), (e) => e.reason === reason, reason);
    // …and at unlock.
    const c = authenticator();
    const copy = await createPasskeyCopy(key.identity, key.recipient, { keyName: "k", rpId: "x" }, c.deps);
    c.state.fail = err;
    await assert.rejects(unwrapWithPasskey(copy.wrappedBase64, copy.credential, key.recipient, c.deps), (e) => e.reason === reason, reason);
  }
  assert.equal(passkeyError(new UnwrapError("mismatch")).reason, "mismatch");
  // A credential string that is not one.
  await assert.rejects(
    createPasskeyCopy(key.identity, key.recipient, { keyName: "k", rpId: "x" }, { ...authenticator().deps, createCredential: async () => "nope" }),
    (e) => e.reason === "failed",
  );
});

test("passkeys are offered only where WebAuthn is", () => {
  assert.equal(passkeysAvailable({}), false);
  assert.equal(passkeysAvailable({ PublicKeyCredential: function () {}, navigator: {} }), false);
  assert.equal(passkeysAvailable({ PublicKeyCredential: function () {}, navigator: { credentials: {} }, isSecureContext: true }), true);
  assert.equal(passkeysAvailable({ PublicKeyCredential: function () {}, navigator: { credentials: {} }, isSecureContext: false }), false);
});
