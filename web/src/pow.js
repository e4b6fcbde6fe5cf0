// Proof of work for anonymous requests (docs/api.md, "Proof of work"). The server
// issues ALTCHA v2 challenges per kind of request (report, message, lookup); the
// page starts solving one as soon as the person begins to type, in Web Workers,
// so that it is usually ready before they press Send. A report's and a message's
// solution is used once; a lookup's serves every lookup until it expires.

import { header, solveRange } from "./pow-solver.js";

const WORKER_URL = "/assets/pow-worker.js";
// Fetch a new challenge when the one held expires within this margin.
const MARGIN_MS = 60000;
const REUSABLE = new Set(["lookup"]);

// kind -> {promise, expiresAt, generation}
const held = new Map();
let generation = 0;

async function fetchChallenge(kind) {
  const res = await fetch(`/api/v1/pow/${kind}`, {
    headers: { Accept: "application/json" },
    mode: "same-origin",
    credentials: "omit",
    cache: "no-store",
    referrerPolicy: "no-referrer",
    redirect: "error",
  });
  if (!res.ok) throw new Error(`challenge: HTTP ${res.status}`);
  return res.json();
}

function threads() {
  const n = Number(globalThis.navigator && navigator.hardwareConcurrency) || 1;
  return Math.max(1, Math.min(4, n));
}

/** Solves on `threads()` workers at once; on the page itself if workers fail. */
function solveInWorkers(params) {
  const n = threads();
  return new Promise((resolve, reject) => {
    const workers = [];
    let pending = n;
    let done = false;
    const finish = (fn) => {
      done = true;
      for (const w of workers) w.terminate();
      fn();
    };
    try {
      for (let i = 0; i < n; i++) {
        const w = new Worker(WORKER_URL);
        w.onmessage = (event) => {
          if (done) return;
          const { solution, error } = event.data || {};
          if (solution) finish(() => resolve(solution));
          else if (--pending === 0) finish(() => reject(new Error(error || "no solution")));
        };
        w.onerror = (event) => {
          event.preventDefault();
          if (!done) finish(() => reject(new Error("worker failed")));
        };
        workers.push(w);
        w.postMessage({ params, start: i, step: n });
      }
    } catch (err) {
      finish(() => reject(err));
    }
  });
}

async function solve(params) {
  if (typeof Worker === "function") {
    try {
      return await solveInWorkers(params);
    } catch {
      // A browser without workers for us (or one that failed): solve here.
    }
  }
  const solution = await solveRange(params, 0, 1);
  if (!solution) throw new Error("no solution");
  return solution;
}

function start(kind) {
  const mine = generation;
  const entry = { expiresAt: Infinity, generation: mine };
  entry.promise = (async () => {
    const challenge = await fetchChallenge(kind);
    const params = challenge && challenge.parameters;
    if (!params) throw new Error("challenge: bad response");
    entry.expiresAt = Number(params.expiresAt) * 1000 || Infinity;
    return header(challenge, await solve(params));
  })();
  // A failed attempt is forgotten, so that the next call starts again.
  entry.promise.then(
    () => {
      entry.solved = true;
    },
    () => {
      if (held.get(kind) === entry) held.delete(kind);
    },
  );
  held.set(kind, entry);
  return entry;
}

function fresh(entry) {
  return entry && entry.generation === generation && entry.expiresAt - MARGIN_MS > Date.now();
}

/** Starts solving a challenge for `kind` unless one is being solved or held. */
export function prepare(kind) {
  if (!fresh(held.get(kind))) start(kind);
}

/** Is a solution for `kind` ready now (so that sending will not wait for one)? */
export function ready(kind) {
  const entry = held.get(kind);
  return fresh(entry) && entry.solved === true;
}

/** Waits until a solution for `kind` is held (if solving fails, sending says so). */
export async function settle(kind) {
  prepare(kind);
  const entry = held.get(kind);
  try {
    await entry.promise;
  } catch {
    // take() tries again and reports the failure.
  }
}

/** The header value for one request of `kind`; single-use kinds are handed over. */
export async function take(kind) {
  let entry = held.get(kind);
  if (!fresh(entry)) entry = start(kind);
  const value = await entry.promise;
  if (!REUSABLE.has(kind) && held.get(kind) === entry) held.delete(kind);
  return value;
}

/** The server refused what we sent for `kind` (expired, used, spent): drop it. */
export function forget(kind) {
  held.delete(kind);
}

/** Quick exit, "forget": nothing held any more, work in progress is ignored. */
export function clearAll() {
  generation += 1;
  held.clear();
}
