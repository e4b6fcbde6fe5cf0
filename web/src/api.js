// JSON API of the server (same origin). Every request omits credentials, the
// referrer and the HTTP cache: public pages keep no trace and send nothing but
// the body we build. Responses are reduced here to the few fields the pages use,
// so that a change in the server's answers is handled in one place.

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

async function request(method, path, { body, lookup } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (lookup !== undefined) headers.Authorization = `Lookup ${lookup}`;
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
  };
}

/** Units with their current recipient sets: [{slug, categories, keySet, recipients}]. */
export async function getUnits() {
  const json = await request("GET", "/api/v1/units");
  const list = Array.isArray(json) ? json : json && Array.isArray(json.units) ? json.units : null;
  if (!list) throw new ApiError(200, "bad_response", json);
  return list.filter((u) => u && typeof u === "object").map(normaliseUnit);
}

function caseRef(json) {
  return json ? str(json.case) || str(json.case_ref) || str(json.reference) : null;
}

/** Sends an encrypted report; resolves to the case reference. */
export async function postReport(body) {
  const json = await request("POST", "/api/v1/reports", { body });
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
    at: str(m.at) || str(m.created_at) || str(m.sent_at) || str(m.time),
  };
}

/** The case seen by its reporter: {caseRef, unit, status, history, messages}. */
export async function getFollowUp(lookup) {
  const json = await request("GET", "/api/v1/follow-up", { lookup });
  if (!json || typeof json !== "object") throw new ApiError(200, "bad_response", json);
  const history = Array.isArray(json.history) ? json.history : [];
  const messages = Array.isArray(json.messages) ? json.messages : Array.isArray(json.thread) ? json.thread : [];
  return {
    caseRef: caseRef(json),
    unit: str(json.unit),
    status: str(json.status),
    history: history.filter((h) => h && typeof h === "object").map(normaliseEvent),
    messages: messages.filter((m) => m && typeof m === "object").map(normaliseMessage),
  };
}

/** Adds an encrypted reporter message to the case found by `lookup`. */
export async function postMessage(lookup, body) {
  return request("POST", "/api/v1/follow-up/messages", { body, lookup });
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
