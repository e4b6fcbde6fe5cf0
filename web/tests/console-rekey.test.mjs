// Transfer and re-key: every envelope of a thread, opened and encrypted again
// to another set, byte for byte the same padded plaintext.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Decrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { encryptTo, fromBase64, toBase64 } from "../src/crypto.js";
import { stanzaTypes } from "../src/console/keys.js";
import { UndecryptableError, caseAttachments, checkCase, reencryptCase, reencryptThread } from "../src/console/rekey.js";
import { padAttachment } from "../src/console/attachments.js";
import { Encrypter } from "age-encryption";
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

async function attachmentFile(recipients, bytes) {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return e.encrypt(padAttachment(bytes));
}

test("transfer body: every attachment too, to the target set only, padding kept, with progress", async () => {
  const me = await pair();
  const reporter = await pair();
  const oldSet = [me.recipient];
  const photo = new Uint8Array(100000).map((_, i) => i % 256);
  const voice = new TextEncoder().encode("OggS fake voice");
  const stored = new Map([
    [17, await attachmentFile(oldSet, photo)],
    [18, await attachmentFile(oldSet, voice)],
    [21, await attachmentFile(oldSet, new Uint8Array(0))],
  ]);
  const c = {
    replyRecipient: reporter.recipient,
    messages: [
      { id: 1, from: "reporter", envelope: toBase64(await encryptTo(oldSet, '{"v":1,"kind":"report"}')), attachments: [{ id: 17, size: stored.get(17).length }, { id: 18, size: 1 }] },
      { id: 2, from: "unit", envelope: toBase64(await encryptTo([reporter.recipient, ...oldSet], '{"v":1,"kind":"reply","text":"B"}')), attachments: [] },
      { id: 3, from: "reporter", envelope: toBase64(await encryptTo(oldSet, '{"v":1,"kind":"message","text":"D"}')), attachments: [{ id: 21, size: 1 }] },
    ],
  };
  assert.deepEqual(caseAttachments(c.messages).map((a) => a.id), [17, 18, 21]);
  const target = [(await pair()).recipient, me.recipient];
  const fetched = [];
  const progress = [];
  const body = await reencryptCase(me.identity, c, target, {
    fetchAttachment: async (id) => {
      fetched.push(id);
      return stored.get(id);
    },
    onProgress: (done, total) => progress.push(`${done}/${total}`),
  });
  assert.deepEqual(fetched, [17, 18, 21], "one at a time, in thread order");
  assert.deepEqual(body.envelopes.map((e) => e.id), [1, 2, 3]);
  assert.deepEqual(body.attachments.map((e) => e.id), [17, 18, 21]);
  assert.deepEqual(progress, ["0/6", "3/6", "4/6", "5/6", "6/6"]);
  for (const [i, a] of body.attachments.entries()) {
    assert.equal(stanzaTypes(fromBase64(a.envelope)).length, 2, "the target set, not the reply recipient");
    await assert.rejects(raw(reporter.identity, a.envelope), "the reporter never gets an attachment key");
    const before = await raw(me.identity, toBase64(stored.get([17, 18, 21][i])));
    const after = await raw(me.identity, a.envelope);
    assert.deepEqual(after, before, "the padded plaintext as it was");
    assert.equal(after.length % 65536, 0);
  }
  assert.equal((await raw(me.identity, body.attachments[0].envelope)).length, 131072);
  // The reply still goes to the reporter as well.
  assert.equal(stanzaTypes(fromBase64(body.envelopes[1].envelope)).length, 3);
  // Only ids and envelopes go to the server; the digests stay for the check.
  for (const e of [...body.envelopes, ...body.attachments]) assert.deepEqual(Object.keys(e), ["id", "envelope"]);
  assert.deepEqual([...body.digests.keys()], ["m1", "m2", "m3", "a17", "a18", "a21"]);

  // The check after the swap: everything the server holds opens and says what was
  // encrypted. One file swapped for another that opens fine is still caught.
  const swapped = new Map(body.attachments.map((a) => [a.id, fromBase64(a.envelope)]));
  const messages = new Map(body.envelopes.map((e) => [e.id, fromBase64(e.envelope)]));
  const after = { messages: c.messages.map((m) => ({ ...m, envelope: "" })) };
  const fetchers = { fetchMessage: async (id) => messages.get(id), fetchAttachment: async (id) => swapped.get(id), digests: body.digests };
  assert.deepEqual(await checkCase(me.identity, after, fetchers), { ok: true, shut: [] });
  swapped.set(18, await attachmentFile(target, new Uint8Array(5)));
  assert.deepEqual(await checkCase(me.identity, after, fetchers), { ok: false, shut: ["a18"] });
  // Without digests (a colleague checking a transfer), opening is what counts;
  // junk in place of a message is not.
  assert.equal((await checkCase(me.identity, after, { ...fetchers, digests: null })).ok, true);
  messages.set(2, new TextEncoder().encode("age-encryption.org/v1 junk"));
  assert.deepEqual(await checkCase(me.identity, after, { ...fetchers, digests: null }), { ok: false, shut: ["m2"] });
  // Another officer's key opens none of it.
  const other = await pair();
  assert.equal((await checkCase(other.identity, after, { ...fetchers, digests: null })).shut.length, 6);
});

test("a case without attachments sends an empty list and fetches nothing", async () => {
  const me = await pair();
  const c = { replyRecipient: null, messages: [{ id: 1, from: "reporter", envelope: toBase64(await encryptTo([me.recipient], "{}")) }] };
  const body = await reencryptCase(me.identity, c, [me.recipient], {
    fetchAttachment: async () => assert.fail("nothing to fetch"),
  });
  assert.deepEqual(body.attachments, []);
  assert.equal(body.envelopes.length, 1);
});

test("nothing is sent if one attachment does not open with this key", async () => {
  const me = await pair();
  const other = await pair();
  const stored = new Map([
    [5, await attachmentFile([me.recipient], new Uint8Array(3))],
    [6, await attachmentFile([other.recipient], new Uint8Array(3))],
    [7, new TextEncoder().encode("not age")],
  ]);
  const c = {
    replyRecipient: null,
    messages: [{ id: 1, from: "reporter", envelope: toBase64(await encryptTo([me.recipient], "{}")), attachments: [{ id: 5 }, { id: 6 }, { id: 7 }] }],
  };
  await assert.rejects(
    reencryptCase(me.identity, c, [me.recipient], { fetchAttachment: async (id) => stored.get(id) }),
    (e) => e instanceof UndecryptableError && e.code === "undecryptable" && e.attachmentIds.join() === "6,7" && e.ids.length === 0,
  );
  // A shut envelope stops the run before any attachment is fetched.
  const shut = { ...c, messages: [{ ...c.messages[0], envelope: toBase64(await encryptTo([other.recipient], "{}")) }] };
  await assert.rejects(
    reencryptCase(me.identity, shut, [me.recipient], { fetchAttachment: async () => assert.fail("not fetched") }),
    (e) => e instanceof UndecryptableError && e.ids.join() === "1",
  );
  // A fetch failure (network, 404 after a transfer) is passed on as it is.
  const boom = Object.assign(new Error("gone"), { code: "not_found" });
  await assert.rejects(
    reencryptCase(me.identity, c, [me.recipient], {
      fetchAttachment: async () => {
        throw boom;
      },
    }),
    (e) => e === boom,
  );
});
