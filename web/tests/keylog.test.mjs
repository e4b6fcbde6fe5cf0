// Key transparency checks in the browser (src/keylog.js), against the
// specifications' own examples: the C2SP signed-note example and the RFC 6962
// reference tree's inclusion proofs (transparency-dev/merkle, cmd/proofgen), and
// against a checkpoint signed here the way the server signs (Ed25519 note).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { KeyLogError, checkUnit, leafHash, openCheckpoint, openNote, parseVkey, verifyInclusion } from "../src/keylog.js";

const hex = (h) => Uint8Array.from(h.match(/../g) || [], (x) => parseInt(x, 16));
const b64 = (u) => Buffer.from(u).toString("base64");

test("the signed-note specification's example verifies; a changed one does not", () => {
  const vkey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
  const note =
    "This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";
  assert.equal(openNote(note, vkey), "This is an example message.\n");
  assert.throws(() => openNote(note.replace("example message", "examp1e message"), vkey), KeyLogError);
  // A key id that does not match the key is refused outright.
  assert.throws(() => parseVkey(vkey.replace("530d903a", "530d903b")), KeyLogError);
});

// The reference tree's leaves and roots, and inclusion proofs (1-based leaf).
const LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(hex);
const ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
].map(hex);
const PROOFS = [
  [1, 1, []],
  [1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]],
  [6, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]],
  [3, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]],
  [2, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]],
];

test("RFC 6962 inclusion proofs of the reference tree verify, and altered ones do not", () => {
  for (const [leaf, size, hashes] of PROOFS) {
    const proof = hashes.map(hex);
    const index = leaf - 1;
    const root = ROOTS[size - 1];
    const h = leafHash(LEAVES[index]);
    assert.ok(verifyInclusion(index, size, h, proof, root), `leaf ${leaf} of ${size}`);
    assert.ok(!verifyInclusion(index, size, h, proof, ROOTS[(size % 8)]), "another root");
    assert.ok(!verifyInclusion(index, size, leafHash(hex("ff")), proof, root), "another leaf");
    assert.ok(!verifyInclusion(index, size, h, [...proof, root], root), "a hash too many");
    if (proof.length) assert.ok(!verifyInclusion(index, size, h, proof.slice(1), root), "a hash too few");
    if (size > 1) assert.ok(!verifyInclusion((index + 1) % size, size, h, proof, root), "another index");
    assert.ok(!verifyInclusion(size, size, h, proof, root), "past the end");
  }
});

/** A log of `statements`, with a checkpoint signed as the server signs it. */
function signedLog(statements, name = "passerelle.test/log") {
  const secret = ed25519.utils.randomSecretKey();
  const pub = ed25519.getPublicKey(secret);
  const typed = new Uint8Array([1, ...pub]);
  const id = sha256(new Uint8Array([...new TextEncoder().encode(`${name}\n`), ...typed])).subarray(0, 4);
  const vkey = `${name}+${Buffer.from(id).toString("hex")}+${b64(typed)}`;
  const bytes = statements.map((s) => new TextEncoder().encode(JSON.stringify(s)));
  const leaves = bytes.map(leafHash);
  // Two or four leaves keep the proofs simple to write by hand here.
  const node = (l, r) => sha256(new Uint8Array([1, ...l, ...r]));
  assert.ok(leaves.length === 2);
  const root = node(leaves[0], leaves[1]);
  const body = `${name}/keys\n2\n${b64(root)}\n`;
  const sig = ed25519.sign(new TextEncoder().encode(body), secret);
  const checkpoint = `${body}\n\u2014 ${name} ${b64(new Uint8Array([...id, ...sig]))}\n`;
  return {
    log: { checkpoint, vkey },
    proof: (i) => ({ index: i, statement: b64(bytes[i]), proof: [b64(leaves[1 - i])] }),
  };
}

test("verifier keys whose base64 holds a + are read whole", () => {
  // Found by the demo: one key in a few has a "+" in its base64.
  for (let i = 0; i < 64; i++) {
    const { log, proof } = signedLog([{ unit: "a" }, { unit: "b", key_set: 1, recipients: [] }]);
    assert.equal(openCheckpoint(log.checkpoint, log.vkey).size, 2);
    assert.equal(checkUnit({ slug: "b", keySet: 1, recipients: [] }, log, proof(1)).unit, "b");
  }
});

test("a unit's keys are accepted only as the signed log states them", () => {
  const statement = { unit: "gbv", key_set: 3, recipients: [{ role: "recovery", key: "age1r" }, { role: "officer", key: "age1o" }] };
  const other = { unit: "child-protection", key_set: 1, recipients: [{ role: "recovery", key: "age1c" }] };
  const { log, proof } = signedLog([other, statement]);
  const unit = { slug: "gbv", keySet: 3, recipients: ["age1o", "age1r"] };
  assert.equal(openCheckpoint(log.checkpoint, log.vkey).size, 2);
  assert.deepEqual(checkUnit(unit, log, proof(1)).recipients.length, 2);

  const reason = (fn) => {
    try {
      fn();
    } catch (err) {
      assert.ok(err instanceof KeyLogError, String(err));
      return err.reason;
    }
    return "accepted";
  };
  // A key added behind the log's back, or one taken away, or an old key-set.
  assert.equal(reason(() => checkUnit({ ...unit, recipients: [...unit.recipients, "age1intruder"] }, log, proof(1))), "recipients");
  assert.equal(reason(() => checkUnit({ ...unit, recipients: ["age1r"] }, log, proof(1))), "recipients");
  assert.equal(reason(() => checkUnit({ ...unit, keySet: 4 }, log, proof(1))), "recipients");
  // Another unit's statement, or one not in the tree.
  assert.equal(reason(() => checkUnit(unit, log, proof(0))), "recipients");
  const forged = { ...proof(1), statement: b64(new TextEncoder().encode(JSON.stringify({ ...statement, recipients: [{ key: "age1o" }, { key: "age1r" }, { key: "age1x" }] }))) };
  assert.equal(reason(() => checkUnit({ ...unit, recipients: [...unit.recipients, "age1x"] }, log, forged)), "proof");
  // A checkpoint signed by another key, or with its body changed, or none.
  const stranger = signedLog([other, statement]);
  assert.equal(reason(() => checkUnit(unit, { ...log, vkey: stranger.log.vkey }, proof(1))), "checkpoint");
  assert.equal(reason(() => checkUnit(unit, { ...log, checkpoint: log.checkpoint.replace("\n2\n", "\n3\n") }, proof(1))), "checkpoint");
  assert.equal(reason(() => checkUnit(unit, null, proof(1))), "missing");
  assert.equal(reason(() => checkUnit(unit, log, null)), "missing");
});
