// Transfer and re-key: every envelope of a thread, opened and encrypted again
// to another set, byte for byte the same padded plaintext.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Decrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { encryptTo, fromBase64, toBase64 } from "../src/crypto.js";
import { stanzaTypes } from "../src/console/keys.js";
import { UndecryptableError, reencryptThread } from "../src/console/rekey.js";
import { referralPlaintext } from "../src/console/model.js";

async function pair() {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

async function raw(identity, b64) {
  const d = new Decrypter();
  d.addIdentity(identity);
  return Buffer.from(await d.decrypt(fromBase64(b64)));
}

test("a thread moves to a new set: N stanzas, N + 1 for unit replies, same bytes", async () => {
  const me = await pair();
  const revoked = await pair();
  const oldSet = [me.recipient, revoked.recipient];
  const reporter = await pair();
  const messages = [
    { id: 1, from: "reporter", envelope: toBase64(await encryptTo(oldSet, '{"v":1,"kind":"report","fields":{"what":"A"}}')) },
    { id: 2, from: "unit", envelope: toBase64(await encryptTo([reporter.recipient, ...oldSet], '{"v":1,"kind":"reply","text":"B"}')) },
    { id: 5, from: "note", envelope: toBase64(await encryptTo(oldSet, '{"v":1,"kind":"note","text":"C"}')) },
    { id: 9, from: "reporter", envelope: toBase64(await encryptTo(oldSet, '{"v":1,"kind":"message","text":"D"}')) },
  ];
  const newMember = await pair();
  const recovery = await pair();
  const target = [me.recipient, newMember.recipient, recovery.recipient];
  const out = await reencryptThread(me.identity, messages, target, reporter.recipient);
  assert.deepEqual(out.map((e) => e.id), [1, 2, 5, 9]);
  assert.deepEqual(out.map((e) => stanzaTypes(fromBase64(e.envelope)).length), [3, 4, 3, 3]);
  for (const [i, e] of out.entries()) {
    const before = await raw(me.identity, messages[i].envelope);
    assert.deepEqual(await raw(newMember.identity, e.envelope), before, "same padded plaintext");
    assert.equal(before.length, 1024);
    await assert.rejects(raw(revoked.identity, e.envelope), "a revoked key does not open the new copy");
  }
  assert.ok((await raw(reporter.identity, out[1].envelope)).toString().startsWith('{"v":1,"kind":"reply"'), "the reporter still reads the reply");
  await assert.rejects(raw(reporter.identity, out[2].envelope), "nor any note");
});

test("nothing is sent if one envelope does not open with this key", async () => {
  const me = await pair();
  const other = await pair();
  const messages = [
    { id: 1, from: "reporter", envelope: toBase64(await encryptTo([me.recipient], "{}")) },
    { id: 2, from: "reporter", envelope: toBase64(await encryptTo([other.recipient], "{}")) },
    { id: 3, from: "note", envelope: "bm90IGFnZQ==" },
  ];
  await assert.rejects(reencryptThread(me.identity, messages, [me.recipient], null), (e) => e instanceof UndecryptableError && e.code === "undecryptable" && e.ids.join() === "2,3");
});

test("a unit reply needs the reply recipient; the target needs X25519 keys", async () => {
  const me = await pair();
  const reply = [{ id: 1, from: "unit", envelope: toBase64(await encryptTo([me.recipient], "{}")) }];
  await assert.rejects(reencryptThread(me.identity, reply, [me.recipient], null), (e) => e.code === "no_reply_recipient");
  await assert.rejects(reencryptThread(me.identity, reply, [], me.recipient), (e) => e.code === "no_unit_keys");
  await assert.rejects(reencryptThread(me.identity, reply, ["age1nope"], me.recipient), (e) => e.code === "no_unit_keys");
});

test("a referral carries what the officer chose, and the report only on request", () => {
  const report = { what: "W", when: "", where: "X", who: "Y", extra: "dropped" };
  const withReport = JSON.parse(referralPlaintext({ caseRef: "7K2M-Q9XD-4HRT", unit: "gbv", category: "gbv", language: "fr", text: "T", report }));
  assert.deepEqual(withReport, {
    v: 1,
    kind: "referral",
    case: "7K2M-Q9XD-4HRT",
    unit: "gbv",
    category: "gbv",
    language: "fr",
    text: "T",
    report: { what: "W", when: "", where: "X", who: "Y" },
  });
  const without = JSON.parse(referralPlaintext({ caseRef: "A", unit: "u", category: "c", language: "en", text: "T", report: null }));
  assert.equal(without.report, undefined);
});
