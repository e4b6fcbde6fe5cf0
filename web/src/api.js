// JSON API of the server (same origin). Every request omits credentials, the
// referrer and the HTTP cache: public pages keep no trace and send nothing but
// the body we build. Responses are reduced here to the few fields the pages use,
// so that a change in the server's answers is handled in one place.

import * as pow from "./pow.js";

const TIMEOUT_MS = 90000; // Tor and slow mobile networks: be patient.

/** A failed API call. `code` is the server's error code, or "network". */
export class ApiError extends Error {
  constructor(status, code, body) {
    super(`API error ${status} ${code}`);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.body = body;
  }

  /** Worth sending the very same request again (the server dedupes reports). */
  get retryable() {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

function errorCode(status, body) {
  if (body && typeof body === "object") {
    const e = body.error;
    if (typeof e === "string") return e;
    if (e && typeof e.code === "string") return e.code;
    if (typeof body.code === "string") return body.code;
  }
  return `http_${status}`;
}

/**
 * Sends with a solved proof-of-work challenge of `kind` (pow.js); one the server
 * refuses (expired, used, spent) is replaced and the request sent again, twice
 * at most.
 */
async function paid(kind, send) {
  for (let attempt = 0; ; attempt++) {
    let proof;
    try {
      proof = await pow.take(kind);
    } catch {
      throw new ApiError(0, "network", null);
    }
    try {
      return await send(proof);
    } catch (err) {
      const refused = err instanceof ApiError && err.status === 403 && err.code.startsWith("pow_");
      if (!refused || attempt >= 2) throw err;
      pow.forget(kind);
    }
  }
}

async function request(method, path, { body, lookup, proof } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (lookup !== undefined) headers.Authorization = `Lookup ${lookup}`;
  if (proof !== undefined) headers["Passerelle-Pow"] = proof;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      mode: "same-origin",
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      // A redirect would be unexpected; never follow one with our body.
      redirect: "error",
      signal: controller.signal,
    });
  } catch {
    // Offline, DNS, TLS, reset, timeout: all "network" to the user.
    throw new ApiError(0, "network", null);
  } finally {
    clearTimeout(timer);
  }
  let json = null;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (!res.ok) throw new ApiError(res.status, errorCode(res.status, json), json);
  return json;
}

function str(v) {
  return typeof v === "string" ? v : null;
}

function normaliseUnit(u) {
  return {
    slug: str(u.slug),
    categories: Array.isArray(u.categories) ? u.categories.filter((c) => typeof c === "string") : [],
    keySet: u.key_set,
    recipients: Array.isArray(u.recipients) ? u.recipients : [],
    // The unit's latest key statement with its inclusion proof (src/keylog.js).
    keyLog: u.key_log && typeof u.key_log === "object" ? u.key_log : null,
  };
}

/** The server's defaults (docs/api.md, "Attachments"), used until GET /units says otherwise. */
export const DEFAULT_LIMITS = Object.freeze({
  maxAttachments: 5,
  maxAttachmentBytes: 10485760,
  maxMessageAttachmentBytes: 20971520,
});

function count(v, fallback) {
  return Number.isSafeInteger(v) && v >= 0 ? v : fallback;
}

function normaliseLimits(l) {
  const o = l && typeof l === "object" ? l : {};
  return {
    maxAttachments: count(o.max_attachments, DEFAULT_LIMITS.maxAttachments),
    maxAttachmentBytes: count(o.max_attachment_bytes, DEFAULT_LIMITS.maxAttachmentBytes),
    maxMessageAttachmentBytes: count(o.max_message_attachment_bytes, DEFAULT_LIMITS.maxMessageAttachmentBytes),
  };
}

/**
 * Units with their current recipient sets, and the attachment limits:
 * {units: [{slug, categories, keySet, recipients}], limits: {maxAttachments, …}}.
 */
export async function getDirectory() {
  const json = await request("GET", "/api/v1/units");
  const list = Array.isArray(json) ? json : json && Array.isArray(json.units) ? json.units : null;
  if (!list) throw new ApiError(200, "bad_response", json);
  return {
    units: list.filter((u) => u && typeof u === "object").map(normaliseUnit),
    limits: normaliseLimits(json && !Array.isArray(json) ? json.limits : null),
    // The key log's checkpoint and verifier key: {checkpoint, vkey}, or null.
    keyLog: json && json.key_log && typeof json.key_log === "object" ? json.key_log : null,
  };
}

/** Units with their current recipient sets: [{slug, categories, keySet, recipients}]. */
export async function getUnits() {
  return (await getDirectory()).units;
}

/**
 * POST with XMLHttpRequest, for requests that carry files: the same rules as
 * request() (same origin, no credentials, no cache, no referrer: the pages'
 * policy is no-referrer), plus upload progress. `text` is the JSON body as a
 * string, built once by the caller so that a retry sends the very same bytes.
 * XHR follows a same-origin redirect by itself; one is answered as an error.
 */
function upload(path, text, { lookup, proof, onProgress } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let timer = null;
    const done = (fn) => {
      clearTimeout(timer);
      xhr.upload.onprogress = xhr.onprogress = xhr.onload = xhr.onerror = xhr.onabort = xhr.ontimeout = null;
      fn();
    };
    // Slow links: give up only after TIMEOUT_MS without any progress at all.
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => xhr.abort(), TIMEOUT_MS);
    };
    xhr.open("POST", path, true);
    xhr.withCredentials = false;
    xhr.responseType = "text";
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.setRequestHeader("Cache-Control", "no-store");
    if (lookup !== undefined) xhr.setRequestHeader("Authorization", `Lookup ${lookup}`);
    if (proof !== undefined) xhr.setRequestHeader("Passerelle-Pow", proof);
    xhr.upload.onprogress = (e) => {
      arm();
      if (onProgress && e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.onprogress = arm;
    xhr.onerror = xhr.onabort = xhr.ontimeout = () => done(() => reject(new ApiError(0, "network", null)));
    xhr.onload = () =>
      done(() => {
        const status = xhr.status;
        let json = null;
        try {
          json = JSON.parse(xhr.responseText);
        } catch {
          json = null;
        }
        let redirected = false;
        try {
          redirected = Boolean(xhr.responseURL) && new URL(xhr.responseURL).pathname !== path;
        } catch {
          redirected = true;
        }
        if (redirected) reject(new ApiError(0, "network", null));
        else if (status >= 200 && status < 300) resolve(json);
        else reject(new ApiError(status, errorCode(status, json), json));
      });
    arm();
    xhr.send(text);
  });
}

function caseRef(json) {
  return json ? str(json.case) || str(json.case_ref) || str(json.reference) : null;
}

/**
 * Sends an encrypted report; resolves to the case reference. `body` is an
 * object, or its JSON text (then sent with upload progress, see upload()).
 */
export async function postReport(body, { onProgress } = {}) {
  const json = await paid("report", (proof) =>
    typeof body === "string"
      ? upload("/api/v1/reports", body, { proof, onProgress })
      : request("POST", "/api/v1/reports", { body, proof }),
  );
  const ref = caseRef(json);
  if (!ref) throw new ApiError(200, "bad_response", json);
  return ref;
}

function normaliseEvent(h) {
  return {
    status: str(h.status),
    outcome: str(h.outcome),
    at: str(h.at) || str(h.created_at) || str(h.time),
  };
}

function normaliseMessage(m) {
  const author = str(m.author) || str(m.from) || str(m.direction) || str(m.sender);
  return {
    // Anything not clearly the reporter is treated as a unit message; if it
    // was not meant for us, decryption simply fails and we say so.
    fromReporter: author === "reporter",
    envelope: str(m.envelope),
    attachments: Array.isArray(m.attachments) ? m.attachments.length : 0,
    at: str(m.at) || str(m.created_at) || str(m.sent_at) || str(m.time),
  };
}

/** The case seen by its reporter: {caseRef, unit, status, history, messages}. */
export async function getFollowUp(lookup) {
  const get = (path) => paid("lookup", (proof) => request("GET", path, { lookup, proof }));
  const json = await get("/api/v1/follow-up");
  if (!json || typeof json !== "object") throw new ApiError(200, "bad_response", json);
  const history = Array.isArray(json.history) ? json.history : [];
  const messages = Array.isArray(json.messages) ? [...json.messages] : [];
  // A long thread comes in pages of bounded size; `next` is where the rest starts.
  for (let next = json.next; next === messages.length && next > 0; ) {
    const page = await get(`/api/v1/follow-up?from=${next}`);
    if (!page || !Array.isArray(page.messages)) throw new ApiError(200, "bad_response", page);
    messages.push(...page.messages);
    next = page.next;
  }
  return {
    caseRef: caseRef(json),
    unit: str(json.unit),
    status: str(json.status),
    // Marked as spam or abuse by the unit: the code reads, but writes nothing more.
    acceptsMessages: json.accepts_messages !== false,
    history: history.filter((h) => h && typeof h === "object").map(normaliseEvent),
    messages: messages.filter((m) => m && typeof m === "object").map(normaliseMessage),
  };
}

/** Adds an encrypted reporter message to the case found by `lookup` (`body`: object or JSON text). */
export async function postMessage(lookup, body, { onProgress } = {}) {
  return paid("message", (proof) =>
    typeof body === "string"
      ? upload("/api/v1/follow-up/messages", body, { lookup, proof, onProgress })
      : request("POST", "/api/v1/follow-up/messages", { body, lookup, proof }),
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` again when it fails with a retryable error, up to `retries` more
 * times with growing pauses. `onRetry` lets the page say what is going on.
 */
export async function withRetry(fn, { retries = 3, onRetry } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof ApiError) || !err.retryable || attempt >= retries) throw err;
      if (onRetry) onRetry(attempt + 1);
      await sleep(1000 * 2 ** attempt);
    }
  }
}
