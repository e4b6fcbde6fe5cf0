// A challenge as the server makes it (ALTCHA v2, deterministic mode), for tests:
// the key at a known counter, whose first half is the prefix to find.
import { pbkdf2Sync, randomBytes } from "node:crypto";

export function makeChallenge(kind, counter, cost = 50) {
  const nonce = randomBytes(16);
  const salt = randomBytes(16);
  const password = Buffer.alloc(20);
  nonce.copy(password);
  password.writeUInt32BE(counter, 16);
  const key = pbkdf2Sync(password, salt, cost, 32, "sha256");
  const challenge = {
    parameters: {
      algorithm: "PBKDF2/SHA-256",
      cost,
      data: { for: kind },
      expiresAt: Math.floor(Date.now() / 1000) + 600,
      keyLength: 32,
      keyPrefix: key.subarray(0, 16).toString("hex"),
      nonce: nonce.toString("hex"),
      salt: salt.toString("hex"),
    },
    signature: "00",
  };
  return { challenge, key: key.toString("hex") };
}
