// Officer console (docs/console.md). The server authenticates the officer and
// stores envelopes; this page holds the officer's unwrapped identity in memory
// only (never in storage, never sent), decrypts cases here and encrypts
// replies and notes here. Everything from the server or from an envelope is
// shown with textContent.

import { decryptWith, encryptTo, fromBase64, toBase64, utf8Length } from "../crypto.js";
import { byId, el, say, t, timeEl } from "../ui.js";
import * as api from "./api.js";
import { ConsoleError } from "./api.js";
import { AttachmentError, openAttachment, playableAudioType } from "./attachments.js";
import {
  PasskeyError,
  PassphraseError,
  UnwrapError,
  checkNewPassphrase,
  createOfficerKey,
  createPasskeyCopy,
  passkeysAvailable,
  unwrapIdentity,
  unwrapWithPasskey,
} from "./keys.js";
import {
  NOTIFY_MODES,
  OUTCOMES,
  STATUSES,
  casesQuery,
  errorMessageId,
  groupSecret,
  normaliseTotp,
  readPlaintext,
  referralPlaintext,
  unitPlaintext,
} from "./model.js";
import { qrNode } from "./qr.js";
import { checkCase, reencryptCase as reencryptCaseBody } from "./rekey.js";
import {
  auditRows,
  caseRow,
  clock,
  categoryLabel,
  flagLabel,
  historyItems,
  keyRows,
  languageLabel,
  memberRows,
  option,
  outcomeLabel,
  roleLabel,
  statusLabel,
  threadItem,
} from "./render.js";

const MAX_PLAINTEXT = 65536;
const PAGE_SIZE = 50;
const AUDIT_PAGE = 50;
// The server's default idle timeout: past it, the key leaves memory here too.
const IDLE_LOCK_MS = 15 * 60 * 1000;
const CONFIRM_MS = 6000;
const REKEY_PAGE = 100;

const REGIONS = ["signin", "enrol", "keysetup", "unlock", "app"];
const VIEWS = ["queue", "case-view", "supervisor", "oversight", "me"];

const state = {
  session: null, // {login, name, units, key, oversight}
  identity: null, // "AGE-SECRET-KEY-1…": memory only
  pending: null, // {login, password} between a login and its enrolment
  publicUnits: null, // {units, regions} from GET /api/v1/units
  partners: null, // [{slug, name, kind, recipients}] from GET /api/v1/partners
  report: null, // the open case's decrypted report fields, for a referral
  queue: { cases: [], next: null },
  current: null, // the open case
  members: new Map(), // unit slug -> members ([] when the server would not list them)
  auditBefore: null,
  blobUrls: new Set(), // blob: URLs of decrypted attachments, revoked when the case closes
  generation: 0, // bumped by sign-out and lock: late answers are dropped
  lastActivity: Date.now(),
};

// ---------------------------------------------------------------------------
// Small helpers

const value = (id) => (byId(id) ? byId(id).value : "");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// Lets the browser paint a status line before scrypt blocks the thread.
const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function errorCode(err) {
  if (err instanceof ConsoleError) return err.code;
  if (err instanceof PassphraseError) return err.reason;
  if (err instanceof UnwrapError) return err.reason === "mismatch" ? "key_mismatch" : err.reason;
  if (err instanceof PasskeyError) return `passkey_${err.reason}`;
  if (err instanceof AttachmentError) return err.code;
  if (err && typeof err.code === "string") return err.code;
  return "generic";
}

/** Shows a translated error; the code goes in data-code for people and tests. */
function sayError(node, err, overrides = {}) {
  const code = errorCode(err);
  const id = overrides[code] || errorMessageId(code);
  say(node, t(id), "error");
  if (node) node.dataset.code = code;
}

function sayInfo(node, text, kind = "info") {
  say(node, text, kind);
  if (node) delete node.dataset.code;
}

function clearStatuses(root) {
  if (!root) return;
  for (const n of root.querySelectorAll(".status[role='status']")) sayInfo(n, "");
}

function setBusy(fieldsetId, busy) {
  const f = byId(fieldsetId);
  if (f) f.disabled = busy;
}

function focusHeading(id) {
  const h = byId(id);
  if (h) h.focus();
}

function unitName(slug) {
  const mine = state.session && state.session.units.find((u) => u.slug === slug);
  if (mine && mine.name) return mine.name;
  const pub = state.publicUnits && state.publicUnits.units.find((u) => u.slug === slug);
  return (pub && pub.name) || slug || "";
}

function regionLabel(code) {
  const r = state.publicUnits && state.publicUnits.regions.find((x) => x.code === code);
  if (!r) return code || "";
  const lang = document.documentElement.lang;
  const l = r.labels[lang] || r.labels.en;
  return typeof l === "string" ? l : code;
}

// ---------------------------------------------------------------------------
// Regions and views

function showRegion(name) {
  for (const r of REGIONS) {
    const node = byId(r);
    if (node) node.hidden = r !== name;
  }
  focusHeading(name === "app" ? "queue-title" : `${name}-title`);
}

function showView(name, { focus = true } = {}) {
  for (const v of VIEWS) {
    const node = byId(v);
    if (node) node.hidden = v !== name;
  }
  const tabView = name === "case-view" ? "queue" : name;
  for (const tab of document.querySelectorAll(".console-nav .tab")) {
    if (tab.dataset.view === tabView) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  if (focus) focusHeading(name === "case-view" ? "case-title" : `${name}-title`);
}

/** Everything about the signed-in officer leaves the page. */
function wipe() {
  state.generation += 1;
  state.identity = null;
  state.session = null;
  state.pending = null;
  state.publicUnits = null;
  state.partners = null;
  state.current = null;
  state.members.clear();
  state.queue = { cases: [], next: null };
  state.auditBefore = null;
  api.setCsrf(null);
  clearCaseView();
  for (const id of ["queue-list", "members-body", "keys-body", "audit-body", "me-units", "me-key-sets", "queue-key-units", "rekey-skipped"]) {
    const n = byId(id);
    if (n) n.replaceChildren();
  }
  for (const id of ["queue-list", "supervisor", "oversight"]) {
    const n = byId(id);
    if (n) delete n.dataset.state;
  }
  for (const id of ["me-name", "me-login", "me-recipient", "keysetup-recipient", "keys-set", "rekey-remaining"]) {
    const n = byId(id);
    if (n) n.textContent = "";
  }
  clearEnrolment();
  for (const id of ["signin-password", "signin-totp", "enrol-code", "keysetup-passphrase", "keysetup-repeat", "unlock-passphrase", "notify-email"]) {
    const n = byId(id);
    if (n) n.value = "";
  }
  const app = byId("app");
  if (app) clearStatuses(app);
}

function clearEnrolment() {
  const qr = byId("enrol-qr");
  if (qr) qr.replaceChildren();
  const secret = byId("enrol-secret");
  if (secret) secret.textContent = "";
}

const CASE_FIELDSETS = ["reply-fieldset", "note-fieldset", "status-fieldset", "assign-fieldset", "refer-fieldset", "transfer-fieldset", "flag-fieldset"];

/** Forgets every blob: URL of a decrypted attachment (downloads, players). */
function revokeBlobs() {
  for (const url of state.blobUrls) URL.revokeObjectURL(url);
  state.blobUrls.clear();
}

function clearCaseView() {
  state.current = null;
  state.report = null;
  revokeBlobs();
  for (const id of ["case-thread", "case-history", "case-referrals", "refer-partner", "transfer-unit"]) {
    const n = byId(id);
    if (n) n.replaceChildren();
  }
  for (const id of ["case-ref", "case-status", "case-unit", "case-category", "case-region", "case-language", "case-created", "case-assigned", "case-consent"]) {
    const n = byId(id);
    if (n) n.textContent = "";
  }
  const thread = byId("case-thread");
  if (thread) delete thread.dataset.state;
  for (const id of ["reply-text", "note-text", "refer-text"]) {
    const n = byId(id);
    if (n) n.value = "";
  }
  disarm(byId("transfer-submit"), "js-console-transfer-submit");
  disarm(byId("flag-submit"), "js-console-flag-submit");
  for (const f of CASE_FIELDSETS) setBusy(f, true);
  const view = byId("case-view");
  if (view) clearStatuses(view);
}

/** Back to the sign-in form, with an optional message id. */
function toSignIn(messageId, kind = "info") {
  wipe();
  showRegion("signin");
  setBusy("signin-fieldset", false);
  const status = byId("signin-status");
  if (messageId) sayInfo(status, t(messageId), kind);
  else sayInfo(status, "");
}

/** Drops the identity (not the session): the passphrase is needed again. */
function lock(messageId) {
  if (!state.session) return;
  const session = state.session;
  state.generation += 1;
  state.identity = null;
  clearCaseView();
  const list = byId("queue-list");
  if (list) {
    list.replaceChildren();
    delete list.dataset.state;
  }
  state.queue = { cases: [], next: null };
  showUnlock(session);
  if (messageId) sayInfo(byId("unlock-status"), t(messageId), "info");
}

/** Two-step buttons for what cannot be undone: the first click arms, the second acts. */
function armed(button, confirmId, restoreId) {
  if (button.dataset.armed === "1") {
    button.dataset.armed = "";
    return true;
  }
  button.dataset.armed = "1";
  button.textContent = t(confirmId);
  setTimeout(() => {
    if (button.isConnected && button.dataset.armed === "1") disarm(button, restoreId);
  }, CONFIRM_MS);
  return false;
}

function disarm(button, restoreId) {
  if (!button) return;
  button.dataset.armed = "";
  button.textContent = t(restoreId);
}

// ---------------------------------------------------------------------------
// Sign-in and enrolment

let waitTimer = null;

function startWait(seconds) {
  const box = byId("signin-wait");
  const out = byId("signin-wait-time");
  const submit = byId("signin-submit");
  const end = Date.now() + seconds * 1000;
  clearInterval(waitTimer);
  const tick = () => {
    const left = (end - Date.now()) / 1000;
    if (left <= 0) {
      clearInterval(waitTimer);
      box.hidden = true;
      submit.disabled = false;
      return;
    }
    out.textContent = clock(left);
  };
  box.hidden = false;
  submit.disabled = true;
  tick();
  waitTimer = setInterval(tick, 1000);
}

async function afterSignIn() {
  const gen = state.generation;
  const session = await api.getSession();
  if (gen !== state.generation) return;
  state.session = session;
  if (!session.key) showKeySetup({ replace: false });
  else showUnlock(session);
}

function initSignIn() {
  const form = byId("signin-form");
  const status = byId("signin-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const loginName = value("signin-login").trim();
    const password = value("signin-password");
    const rawTotp = value("signin-totp").trim();
    if (!loginName || !password) return;
    let totp = "";
    if (rawTotp) {
      totp = normaliseTotp(rawTotp);
      if (!totp) {
        sayError(status, { code: "totp_format" });
        byId("signin-totp").focus();
        return;
      }
    }
    setBusy("signin-fieldset", true);
    sayInfo(status, t("js-console-progress-signin"));
    try {
      const answer = await api.login(loginName, password, totp);
      if (answer.status === "enrolment_required") {
        state.pending = { login: loginName, password };
        byId("signin-password").value = "";
        showEnrol(answer);
        return;
      }
      byId("signin-password").value = "";
      sayInfo(status, "");
      await afterSignIn();
    } catch (err) {
      sayError(status, err);
      if (err instanceof ConsoleError && (err.code === "too_many_attempts" || err.code === "unavailable") && err.retryAfter) startWait(err.retryAfter);
      if (err instanceof ConsoleError && err.code === "totp_required") byId("signin-totp").focus();
    } finally {
      // A code works once: never leave it in the field.
      byId("signin-totp").value = "";
      setBusy("signin-fieldset", false);
    }
  });
}

function showEnrol(answer) {
  clearEnrolment();
  const qr = qrNode(answer.qrSvg, t("js-console-enrol-qr"));
  if (qr) byId("enrol-qr").append(qr);
  byId("enrol-secret").textContent = groupSecret(answer.secret);
  byId("enrol-code").value = "";
  sayInfo(byId("enrol-status"), "");
  setBusy("enrol-fieldset", false);
  showRegion("enrol");
}

function initEnrol() {
  const status = byId("enrol-status");
  byId("enrol-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!state.pending) return toSignIn();
    const code = normaliseTotp(value("enrol-code"));
    if (!code) {
      sayError(status, { code: "totp_format" });
      return;
    }
    setBusy("enrol-fieldset", true);
    sayInfo(status, t("js-console-progress-signin"));
    try {
      await api.enrol(state.pending.login, state.pending.password, code);
      state.pending = null;
      clearEnrolment();
      sayInfo(status, "");
      await afterSignIn();
    } catch (err) {
      sayError(status, err, { invalid_credentials: "js-console-error-enrol_code" });
    } finally {
      byId("enrol-code").value = "";
      setBusy("enrol-fieldset", false);
    }
  });
  byId("enrol-cancel").addEventListener("click", () => toSignIn());
}

// ---------------------------------------------------------------------------
// Key setup and unlock

let replacing = false;

function showKeySetup({ replace }) {
  replacing = replace;
  byId("keysetup-replace-warning").hidden = !replace;
  byId("keysetup-cancel").hidden = !replace;
  byId("keysetup-form").hidden = false;
  byId("keysetup-done").hidden = true;
  byId("keysetup-passphrase").value = "";
  byId("keysetup-repeat").value = "";
  sayInfo(byId("keysetup-status"), "");
  setBusy("keysetup-fieldset", false);
  showRegion("keysetup");
}

function initKeySetup() {
  const status = byId("keysetup-status");
  byId("keysetup-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!state.session) return toSignIn();
    const pass = byId("keysetup-passphrase");
    const repeat = byId("keysetup-repeat");
    try {
      checkNewPassphrase(pass.value, repeat.value);
    } catch (err) {
      sayError(status, err);
      (err.reason === "mismatch" ? repeat : pass).focus();
      return;
    }
    const gen = state.generation;
    setBusy("keysetup-fieldset", true);
    sayInfo(status, t("js-console-progress-key"));
    try {
      await paint();
      const key = await createOfficerKey(pass.value);
      await api.putKey(key.recipient, key.wrappedBase64);
      if (gen !== state.generation) return;
      state.identity = key.identity;
      // A new key drops the security-key copy on the server (it holds the old identity).
      state.session.key = { recipient: key.recipient, wrappedIdentity: key.wrappedBase64, passkey: null };
      pass.value = "";
      repeat.value = "";
      sayInfo(status, "");
      byId("keysetup-recipient").textContent = key.recipient;
      byId("keysetup-form").hidden = true;
      byId("keysetup-done").hidden = false;
      byId("keysetup-continue").focus();
    } catch (err) {
      sayError(status, err);
    } finally {
      setBusy("keysetup-fieldset", false);
    }
  });
  byId("keysetup-continue").addEventListener("click", () => showApp());
  byId("keysetup-cancel").addEventListener("click", () => {
    if (replacing && state.session && state.session.key) showUnlock(state.session);
  });
}

/** A security-key copy is there and this browser could use it. */
function canUnlockWithPasskey(session) {
  return Boolean(session && session.key && session.key.passkey && passkeysAvailable());
}

function showUnlock(session) {
  byId("unlock-passphrase").value = "";
  sayInfo(byId("unlock-status"), "");
  sayInfo(byId("unlock-passkey-status"), "");
  setBusy("unlock-fieldset", false);
  const passkey = canUnlockWithPasskey(session);
  byId("unlock-passkey").hidden = !passkey;
  setBusy("unlock-passkey-fieldset", !passkey);
  showRegion("unlock");
  // The heading got the focus; the first way in is what the officer needs.
  if (passkey) byId("unlock-passkey-button").focus();
  else if (session && session.key) byId("unlock-passphrase").focus();
}

function initUnlock() {
  const status = byId("unlock-status");
  byId("unlock-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!state.session || !state.session.key) return toSignIn();
    const field = byId("unlock-passphrase");
    if (!field.value) return;
    const gen = state.generation;
    setBusy("unlock-fieldset", true);
    sayInfo(status, t("js-console-progress-unlock"));
    try {
      await paint();
      const key = state.session.key;
      const identity = await unwrapIdentity(key.wrappedIdentity, field.value, key.recipient);
      if (gen !== state.generation) return;
      state.identity = identity;
      field.value = "";
      sayInfo(status, "");
      await showApp();
    } catch (err) {
      sayError(status, err);
      field.select();
    } finally {
      setBusy("unlock-fieldset", false);
    }
  });
  byId("unlock-passkey-button").addEventListener("click", async () => {
    if (!state.session || !state.session.key) return toSignIn();
    const key = state.session.key;
    if (!key.passkey) return;
    const passkeyStatus = byId("unlock-passkey-status");
    const gen = state.generation;
    setBusy("unlock-passkey-fieldset", true);
    sayInfo(status, "");
    sayInfo(passkeyStatus, t("js-console-passkey-progress-unlock"));
    try {
      const identity = await unwrapWithPasskey(key.passkey.wrappedIdentity, key.passkey.credential, key.recipient);
      if (gen !== state.generation) return;
      state.identity = identity;
      sayInfo(passkeyStatus, "");
      await showApp();
    } catch (err) {
      // The passphrase form below stays as it was: the way in without the key.
      if (gen === state.generation) sayError(passkeyStatus, err);
    } finally {
      if (gen === state.generation) setBusy("unlock-passkey-fieldset", false);
    }
  });
  byId("unlock-replace").addEventListener("click", () => showKeySetup({ replace: true }));
  byId("unlock-signout").addEventListener("click", () => signOut(false));
}

// ---------------------------------------------------------------------------
// The signed-in application

function fillSelect(id, entries, keepFirst) {
  const select = byId(id);
  if (!select) return;
  const first = keepFirst ? select.options[0] : null;
  select.replaceChildren(...(first ? [first] : []), ...entries);
}

async function loadPublicUnits() {
  const gen = state.generation;
  const pub = await api.getUnitsPublic();
  if (gen !== state.generation) return null;
  state.publicUnits = pub;
  return pub;
}

/** Units of this officer whose current set does not hold their key. */
function unitsWithoutMyKey() {
  if (!state.session || !state.session.key || !state.publicUnits) return [];
  const mine = state.session.key.recipient;
  return state.session.units.filter((u) => {
    const pub = state.publicUnits.units.find((p) => p.slug === u.slug);
    return !pub || !pub.recipients.includes(mine);
  });
}

function renderKeyWarnings() {
  const missing = unitsWithoutMyKey();
  const box = byId("queue-key-warning");
  byId("queue-key-units").replaceChildren(...missing.map((u) => el("li", null, u.name || u.slug)));
  box.hidden = missing.length === 0;
  const sets = byId("me-key-sets");
  sets.replaceChildren(
    ...state.session.units.map((u) => {
      const inSet = !missing.includes(u);
      return el("li", inSet ? "key-in-set" : "key-not-in-set", `${u.name || u.slug}: ${inSet ? t("js-console-key-in-set") : t("js-console-key-not-in-set")}`);
    }),
  );
}

async function showApp() {
  const s = state.session;
  if (!s || !state.identity) return toSignIn();
  byId("me-name").textContent = s.name || "";
  byId("me-login").textContent = s.login || "";
  byId("me-recipient").textContent = s.key ? s.key.recipient : "";
  renderPasskeyPanel();
  byId("me-units").replaceChildren(...s.units.map((u) => el("li", null, `${u.name || u.slug} — ${roleLabel(u.role)}`)));
  const supervised = s.units.filter((u) => u.role === "supervisor");
  byId("tab-supervisor").hidden = supervised.length === 0;
  byId("tab-oversight").hidden = !s.oversight;

  fillSelect("filter-unit", s.units.map((u) => option(u.slug, u.name || u.slug)), true);
  fillSelect("filter-status", STATUSES.map((st) => option(st, statusLabel(st))), true);
  fillSelect("supervisor-unit", supervised.map((u) => option(u.slug, u.name || u.slug)), false);
  fillSelect("status-select", STATUSES.map((st) => option(st, statusLabel(st))), false);
  fillSelect("outcome-select", OUTCOMES.map((o) => option(o, outcomeLabel(o))), true);
  setBusy("queue-fieldset", false);
  setBusy("supervisor-fieldset", false);
  const mode = NOTIFY_MODES.includes(s.notify && s.notify.mode) ? s.notify.mode : "off";
  byId("notify-mode").value = mode;
  byId("notify-email").value = (s.notify && s.notify.email) || "";
  setBusy("notify-fieldset", false);

  showRegion("app");
  showView("queue");
  try {
    await loadPublicUnits();
    if (state.session) renderKeyWarnings();
  } catch (err) {
    if (!(err instanceof ConsoleError && err.sessionLost)) sayError(byId("queue-status"), err);
  }
  await loadQueue(true);
}

async function loadPartners() {
  if (state.partners) return state.partners;
  const gen = state.generation;
  try {
    const list = await api.getPartners();
    if (gen === state.generation) state.partners = list;
  } catch {
    // No partners (or not now): referrals are not offered; asked again next time.
    return [];
  }
  return state.partners || [];
}

function partnerName(slug) {
  const p = state.partners && state.partners.find((x) => x.slug === slug);
  return (p && p.name) || slug || "";
}

// ---------------------------------------------------------------------------
// Queue

function queueFilters(cursor) {
  return casesQuery({
    unit: value("filter-unit"),
    status: value("filter-status"),
    urgent: value("filter-urgent"),
    assigned: value("filter-assigned"),
    sort: value("filter-sort"),
    urgentFirst: byId("filter-urgent-first").checked,
    limit: PAGE_SIZE,
    cursor,
  });
}

function renderQueue() {
  const ctx = { unitName, regionLabel };
  byId("queue-list").replaceChildren(...state.queue.cases.map((c) => caseRow(c, ctx)));
  byId("queue-empty").hidden = state.queue.cases.length > 0;
  byId("queue-more").hidden = !state.queue.next;
}

let queueBusy = false;
let queueAgain = false;

async function loadQueue(reset) {
  if (!state.identity) return;
  if (queueBusy) {
    // Filters changed while a page was loading: load again with them after.
    if (reset) queueAgain = true;
    return;
  }
  queueBusy = true;
  const gen = state.generation;
  const status = byId("queue-status");
  const list = byId("queue-list");
  list.dataset.state = "loading";
  sayInfo(status, t("js-console-progress-loading"));
  try {
    const page = await api.listCases(queueFilters(reset ? null : state.queue.next));
    if (gen !== state.generation) return;
    state.queue = { cases: reset ? page.cases : state.queue.cases.concat(page.cases), next: page.next };
    renderQueue();
    sayInfo(status, "");
    list.dataset.state = "ready";
  } catch (err) {
    if (gen === state.generation) {
      sayError(status, err);
      list.dataset.state = "error";
    }
  } finally {
    queueBusy = false;
    if (queueAgain) {
      queueAgain = false;
      loadQueue(true);
    }
  }
}

function initQueue() {
  const form = byId("queue-filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    loadQueue(true);
  });
  form.addEventListener("change", () => loadQueue(true));
  byId("queue-more").addEventListener("click", () => loadQueue(false));
  byId("queue-list").addEventListener("click", (event) => {
    const button = event.target.closest("button.case-open");
    if (button && button.dataset.case) openCase(button.dataset.case);
  });
}

// ---------------------------------------------------------------------------
// Case

async function openEnvelope(envelope) {
  if (!envelope || !state.identity) return null;
  try {
    return await decryptWith(state.identity, fromBase64(envelope));
  } catch {
    return null;
  }
}

async function renderCase(c, gen) {
  byId("case-ref").textContent = c.case || "";
  byId("case-urgent").hidden = !c.urgent;
  byId("case-view").classList.toggle("case-is-urgent", c.urgent);
  const statusNode = byId("case-status");
  statusNode.textContent = statusLabel(c.status);
  statusNode.dataset.status = c.status || "";
  byId("case-unit").textContent = unitName(c.unit);
  byId("case-category").textContent = categoryLabel(c.category);
  byId("case-region").textContent = c.region ? regionLabel(c.region) : t("js-console-none");
  byId("case-language").textContent = languageLabel(c.language);
  byId("case-created").replaceChildren(timeEl(c.created));
  byId("case-assigned").textContent = c.assignedTo || t("js-console-unassigned");
  byId("case-consent").textContent = c.referralConsent ? t("js-console-consent-yes") : t("js-console-consent-no");
  const partners = await loadPartners();
  if (gen !== state.generation) return false;
  byId("case-referrals").replaceChildren(
    ...(c.referrals.length
      ? c.referrals.map((r) => {
          const li = el("li", null, `${partnerName(r.partner)} · `);
          li.append(timeEl(r.at));
          return li;
        })
      : [el("li", null, t("js-console-none"))]),
  );
  byId("case-history").replaceChildren(...historyItems(c.history));
  // A tombstone: its content is gone, so there is nothing to answer or pass on.
  byId("case-purged").hidden = !c.purgedAt;
  byId("case-purged-at").replaceChildren(c.purgedAt ? timeEl(c.purgedAt) : "");
  byId("case-actions").hidden = Boolean(c.purgedAt);

  const thread = byId("case-thread");
  thread.dataset.state = "decrypting";
  const items = [];
  let locked = 0;
  for (let i = 0; i < c.messages.length; i++) {
    const m = c.messages[i];
    const text = await openEnvelope(m.envelope);
    if (gen !== state.generation) return false;
    const view = text === null ? null : readPlaintext(m.from, text);
    if (!view) locked += 1;
    if (view && view.kind === "report" && m.from === "reporter" && !state.report) state.report = view.fields;
    items.push(threadItem({ from: m.from, at: m.at, view, first: i === 0, id: m.id, attachments: m.attachments }));
  }
  if (items.length === 0) items.push(el("li", "message-empty", t("js-console-thread-empty")));
  thread.replaceChildren(...items);
  thread.dataset.state = "ready";
  const loadStatus = byId("case-load-status");
  if (locked > 0) sayInfo(loadStatus, t("js-console-thread-some-locked"), "error");
  else sayInfo(loadStatus, "");

  byId("status-select").value = c.status || "received";
  byId("outcome-select").value = "";
  await fillAssign(c, gen);
  fillReferral(c, partners);
  fillTransfer(c);
  fillReencryption(c);
  fillFlag(c);
  return true;
}

/** Transfer, re-key, confirm and restore are for the supervisors of the case's unit. */
function supervises(unitSlug) {
  return Boolean(state.session && state.session.units.some((u) => u.slug === unitSlug && u.role === "supervisor"));
}

/** The pending transfer or re-key of the case, if any, and what a supervisor can do. */
function fillReencryption(c) {
  const card = byId("reencryption-card");
  const r = c.reencryption;
  card.hidden = !r;
  if (!r) return;
  const what = byId("reencryption-what");
  what.replaceChildren(`${t("js-console-reencryption-by")} ${r.by || "—"} · ${t("js-console-reencryption-from")} ${unitName(r.fromUnit)} · `);
  what.append(timeEl(r.at), ` · ${t("js-console-reencryption-until")} `, timeEl(r.keptUntil));
  const mine = supervises(c.unit);
  byId("reencryption-actions").hidden = !mine;
  byId("reencryption-supervisors").hidden = mine;
  // After a transfer the receiving unit wrote to, only confirming is left.
  byId("reencryption-restore").hidden = !r.restorable;
  byId("reencryption-not-restorable").hidden = r.restorable;
  disarm(byId("reencryption-restore"), "js-console-reencryption-restore");
}

/** The spam or abuse mark: who may set it, and what it means while it is set. */
function fillFlag(c) {
  const mine = supervises(c.unit);
  const f = c.flag;
  const current = byId("flag-current");
  current.hidden = !f;
  current.replaceChildren();
  if (f) {
    current.append(`${t("js-console-flag-current")} ${flagLabel(f.kind)} · `, timeEl(f.at));
    if (f.purgeAfter) current.append(` · ${t("js-console-flag-purge-after")} `, timeEl(f.purgeAfter));
  }
  byId("flag-kind-field").hidden = Boolean(f);
  byId("flag-supervisors").hidden = mine;
  byId("flag-form").dataset.usable = mine ? "1" : "";
  disarm(byId("flag-submit"), f ? "js-console-flag-remove" : "js-console-flag-submit");
}

/**
 * Opens every envelope and file of the case as stored now with this officer's
 * key (against `digests` when this device made them) and, if all open,
 * confirms: the server then deletes what the last transfer or re-key replaced.
 * Resolves to true when confirmed.
 */
async function checkAndConfirm(c, { digests = null, onProgress } = {}) {
  const result = await checkCase(state.identity, c, {
    fetchMessage: (id) => api.getMessage(c.case, id),
    fetchAttachment: (id) => api.getAttachment(c.case, id),
    digests,
    onProgress,
  });
  if (!result.ok) return false;
  await api.confirmReencryption(c.case);
  return true;
}

function fillReferral(c, partners) {
  byId("refer-no-consent").hidden = c.referralConsent;
  byId("refer-partner").replaceChildren(...partners.map((p) => option(p.slug, p.name)));
  byId("refer-include-report").checked = false;
  byId("refer-form").dataset.usable = c.referralConsent && partners.length > 0 ? "1" : "";
}

function fillTransfer(c) {
  const others = state.publicUnits ? state.publicUnits.units.filter((u) => u.slug !== c.unit && u.recipients.length > 0) : [];
  const mine = supervises(c.unit);
  byId("transfer-unit").replaceChildren(...others.map((u) => option(u.slug, u.name || u.slug)));
  byId("transfer-supervisors").hidden = mine;
  // A re-encryption waiting for its check must be confirmed or restored first.
  byId("transfer-form").dataset.usable = mine && !c.reencryption && others.length > 0 ? "1" : "";
}

async function fillAssign(c, gen) {
  const me = state.session;
  let people = [{ login: me.login, name: me.name }];
  if (!state.members.has(c.unit)) {
    try {
      state.members.set(c.unit, await api.getMembers(c.unit));
    } catch {
      // Not fatal (the list may be for supervisors only): assigning to oneself still works.
      state.members.set(c.unit, []);
    }
  }
  const active = state.members.get(c.unit).filter((m) => m.active);
  if (active.length > 0) people = active;
  if (gen !== state.generation) return;
  if (c.assignedTo && !people.some((p) => p.login === c.assignedTo)) people.push({ login: c.assignedTo, name: c.assignedTo });
  const opts = [option("", t("js-console-assign-nobody"), !c.assignedTo)];
  for (const p of people) {
    const text = p.login === me.login ? `${t("js-console-assign-me")} (${p.login})` : `${p.name || p.login} (${p.login})`;
    opts.push(option(p.login, text, p.login === c.assignedTo));
  }
  byId("assign-select").replaceChildren(...opts);
}

async function openCase(ref, { keepView = false } = {}) {
  if (!state.identity) return;
  const gen = state.generation;
  if (!keepView) {
    clearCaseView();
    showView("case-view");
  }
  const status = byId("case-load-status");
  sayInfo(status, t("js-console-progress-decrypting"));
  try {
    const c = await api.getCase(ref);
    if (gen !== state.generation) return;
    state.current = c;
    if (!(await renderCase(c, gen))) return;
    if (!c.purgedAt) {
      for (const f of ["reply-fieldset", "note-fieldset", "status-fieldset", "assign-fieldset"]) setBusy(f, false);
      for (const kind of ["refer", "transfer", "flag"]) setBusy(`${kind}-fieldset`, byId(`${kind}-form`).dataset.usable !== "1");
    }
    // Fetching marked it read on the server; say so in the queue too.
    const row = state.queue.cases.find((x) => x.case === c.case);
    if (row) {
      Object.assign(row, { unread: false, status: c.status, assignedTo: c.assignedTo, flag: c.flag ? c.flag.kind : null });
      renderQueue();
    }
  } catch (err) {
    if (gen === state.generation) sayError(status, err);
  }
}

/** Encrypts and posts a reply or a note; re-encrypts once if the set changed meanwhile. */
async function sendUnitMessage(kind, text) {
  const c = state.current;
  const json = unitPlaintext(kind, text);
  if (utf8Length(json) > MAX_PLAINTEXT) throw Object.assign(new Error("too long"), { code: "too_long" });
  const attempt = async () => {
    const pub = await loadPublicUnits();
    const unit = pub && pub.units.find((u) => u.slug === c.unit);
    if (!unit || unit.recipients.length === 0) throw Object.assign(new Error("no keys"), { code: "no_unit_keys" });
    if (kind === "reply") {
      if (!c.replyRecipient) throw Object.assign(new Error("no reply recipient"), { code: "no_reply_recipient" });
      const envelope = toBase64(await encryptTo([c.replyRecipient, ...unit.recipients], json));
      return api.postReply(c.case, envelope, unit.keySet);
    }
    const envelope = toBase64(await encryptTo(unit.recipients, json));
    return api.postNote(c.case, envelope, unit.keySet);
  };
  try {
    return await attempt();
  } catch (err) {
    // Refused, nothing stored: the set changed between our fetch and the post.
    if (err instanceof ConsoleError && ["wrong_recipient_count", "keys_changed"].includes(err.code)) return attempt();
    throw err;
  }
}

function initCase() {
  byId("case-back").addEventListener("click", () => {
    clearCaseView();
    showView("queue");
  });

  const wire = (kind) => {
    const form = byId(`${kind}-form`);
    const field = byId(`${kind}-text`);
    const status = byId(`${kind}-status`);
    const fieldset = `${kind}-fieldset`;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = field.value.trim();
      if (!text || !state.current) return;
      const gen = state.generation;
      const ref = state.current.case;
      setBusy(fieldset, true);
      sayInfo(status, t("js-console-progress-sending"));
      try {
        await sendUnitMessage(kind, text);
        if (gen !== state.generation) return;
        field.value = "";
        await openCase(ref, { keepView: true });
        sayInfo(status, t(kind === "reply" ? "js-console-reply-sent" : "js-console-note-saved"), "ok");
      } catch (err) {
        if (gen !== state.generation) return;
        if (err instanceof ConsoleError && (err.code === "network" || err.status >= 500)) {
          // Replies and notes are not deduplicated: look at the thread before sending again.
          sayError(status, { code: "unsure_sent" });
          openCase(ref, { keepView: true });
        } else sayError(status, err);
      } finally {
        if (gen === state.generation) setBusy(fieldset, false);
      }
    });
  };
  wire("reply");
  wire("note");

  byId("status-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!state.current) return;
    const gen = state.generation;
    const ref = state.current.case;
    const status = byId("status-status");
    setBusy("status-fieldset", true);
    sayInfo(status, t("js-console-progress-saving"));
    try {
      await api.setStatus(ref, value("status-select"), value("outcome-select"));
      if (gen !== state.generation) return;
      await openCase(ref, { keepView: true });
      sayInfo(status, t("js-console-status-saved"), "ok");
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    } finally {
      if (gen === state.generation) setBusy("status-fieldset", false);
    }
  });

  byId("assign-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!state.current) return;
    const gen = state.generation;
    const ref = state.current.case;
    const status = byId("assign-status");
    setBusy("assign-fieldset", true);
    sayInfo(status, t("js-console-progress-saving"));
    try {
      await api.assign(ref, value("assign-select") || null);
      if (gen !== state.generation) return;
      await openCase(ref, { keepView: true });
      sayInfo(status, t("js-console-assign-saved"), "ok");
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    } finally {
      if (gen === state.generation) setBusy("assign-fieldset", false);
    }
  });
}

/**
 * Transfer (another unit) or re-key (the same unit) of one case: fetch, open
 * every envelope here, encrypt each again to the target's current set, send
 * them together. Tries once more if the thread or the set changed meanwhile.
 * After a re-key this device opens the stored copies again and, if each says
 * what it encrypted, confirms (the replaced copies go); after a transfer the
 * receiving unit's supervisors do. Resolves to {confirmed}.
 */
async function reencryptCase(ref, targetSlug, onProgress) {
  for (let attempt = 0; ; attempt++) {
    const c = await api.getCase(ref);
    const pub = await loadPublicUnits();
    const target = pub && pub.units.find((u) => u.slug === targetSlug);
    if (!target || target.recipients.length === 0) throw Object.assign(new Error("no keys"), { code: "no_unit_keys" });
    // Every envelope and every attachment, opened here and encrypted again to the target set.
    const body = await reencryptCaseBody(state.identity, c, target.recipients, {
      fetchAttachment: (id) => api.getAttachment(c.case, id),
      onProgress,
    });
    try {
      await api.reencrypt(c.case, targetSlug, target.keySet, body.envelopes, body.attachments);
    } catch (err) {
      const again = err instanceof ConsoleError && ["thread_changed", "keys_changed", "wrong_recipient_count"].includes(err.code);
      if (!again || attempt >= 1) throw err;
      continue;
    }
    if (targetSlug !== c.unit) return { confirmed: false };
    try {
      return { confirmed: await checkAndConfirm(c, { digests: body.digests }) };
    } catch (err) {
      if (err instanceof ConsoleError && (err.sessionLost || err.code === "network")) throw err;
      return { confirmed: false }; // it stays on the list of cases to check
    }
  }
}

function initReencryptionCard() {
  const status = byId("reencryption-status");
  const buttons = () => [byId("reencryption-confirm"), byId("reencryption-restore")];
  const busy = (on) => {
    for (const b of buttons()) b.disabled = on;
  };
  byId("reencryption-confirm").addEventListener("click", async () => {
    const c = state.current;
    if (!c || !c.reencryption) return;
    const gen = state.generation;
    busy(true);
    sayInfo(status, t("js-console-progress-checking"));
    try {
      const ok = await checkAndConfirm(c, {
        onProgress: (n, total) => {
          if (gen === state.generation) sayInfo(status, `${t("js-console-progress-checking")} ${n} / ${total}`);
        },
      });
      if (gen !== state.generation) return;
      if (!ok) return sayInfo(status, t("js-console-reencryption-shut"), "error");
      await openCase(c.case, { keepView: true });
      sayInfo(byId("case-load-status"), t("js-console-reencryption-confirmed"), "ok");
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    } finally {
      if (gen === state.generation) busy(false);
    }
  });
  byId("reencryption-restore").addEventListener("click", async () => {
    const c = state.current;
    const button = byId("reencryption-restore");
    if (!c || !c.reencryption) return;
    // The copies made by the transfer or re-key go for good: a second click confirms.
    if (!armed(button, "js-console-reencryption-restore-confirm", "js-console-reencryption-restore")) return;
    const gen = state.generation;
    busy(true);
    try {
      const restored = await api.restoreReencryption(c.case);
      if (gen !== state.generation) return;
      if (restored && restored.unit && restored.unit !== c.unit && !state.session.units.some((u) => u.slug === restored.unit)) {
        // Back in the unit it came from, which is not ours: it leaves the queue.
        state.queue.cases = state.queue.cases.filter((x) => x.case !== c.case);
        renderQueue();
        clearCaseView();
        showView("queue");
        sayInfo(byId("queue-status"), `${t("js-console-reencryption-restored")} ${unitName(restored.unit)}`, "ok");
        return;
      }
      await openCase(c.case, { keepView: true });
      sayInfo(byId("case-load-status"), t("js-console-reencryption-restored"), "ok");
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    } finally {
      disarm(button, "js-console-reencryption-restore");
      if (gen === state.generation) busy(false);
    }
  });
}

function initCaseExtras() {
  initReencryptionCard();
  byId("refer-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const c = state.current;
    const status = byId("refer-status");
    const text = value("refer-text").trim();
    if (!c || !text) return;
    const partner = (state.partners || []).find((p) => p.slug === value("refer-partner"));
    if (!partner || partner.recipients.length === 0) return sayError(status, { code: "unknown_partner" });
    const gen = state.generation;
    setBusy("refer-fieldset", true);
    sayInfo(status, t("js-console-progress-sending"));
    try {
      const json = referralPlaintext({
        caseRef: c.case,
        unit: c.unit,
        category: c.category,
        language: c.language,
        text,
        report: byId("refer-include-report").checked ? state.report : null,
      });
      if (utf8Length(json) > MAX_PLAINTEXT) throw Object.assign(new Error("too long"), { code: "too_long" });
      // The partner's keys only: neither the unit nor the reporter can open this copy.
      const envelope = toBase64(await encryptTo(partner.recipients, json));
      await api.refer(c.case, partner.slug, envelope);
      if (gen !== state.generation) return;
      byId("refer-text").value = "";
      await openCase(c.case, { keepView: true });
      sayInfo(status, t("js-console-refer-done"), "ok");
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    } finally {
      if (gen === state.generation) setBusy("refer-fieldset", byId("refer-form").dataset.usable !== "1");
    }
  });

  byId("transfer-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const c = state.current;
    const button = byId("transfer-submit");
    const status = byId("transfer-status");
    const target = value("transfer-unit");
    if (!c || !target) return;
    // The unit loses the case at once: a second click confirms.
    if (!armed(button, "js-console-transfer-confirm", "js-console-transfer-submit")) return;
    const gen = state.generation;
    setBusy("transfer-fieldset", true);
    sayInfo(status, t("js-console-progress-reencrypting"));
    try {
      await paint();
      await reencryptCase(c.case, target, (done, total) => {
        if (gen === state.generation && total > 0) sayInfo(status, `${t("js-console-progress-reencrypting")} ${done} / ${total}`);
      });
      if (gen !== state.generation) return;
      state.queue.cases = state.queue.cases.filter((x) => x.case !== c.case);
      renderQueue();
      clearCaseView();
      showView("queue");
      sayInfo(byId("queue-status"), `${t("js-console-transfer-done")} ${unitName(target)}`, "ok");
    } catch (err) {
      if (gen === state.generation) {
        sayError(status, err);
        setBusy("transfer-fieldset", false);
      }
    } finally {
      disarm(button, "js-console-transfer-submit");
    }
  });

  byId("flag-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const c = state.current;
    if (!c) return;
    const button = byId("flag-submit");
    const status = byId("flag-status");
    const marking = !c.flag;
    // Marking closes the case to its reporter: a second click confirms. Removing
    // the mark takes away nothing, so it goes at once.
    if (marking && !armed(button, "js-console-flag-confirm", "js-console-flag-submit")) return;
    const gen = state.generation;
    setBusy("flag-fieldset", true);
    sayInfo(status, t("js-console-progress-saving"));
    try {
      await api.setFlag(c.case, marking ? value("flag-kind") : null);
      if (gen !== state.generation) return;
      await openCase(c.case, { keepView: true });
      sayInfo(status, t(marking ? "js-console-flag-saved" : "js-console-flag-removed"), "ok");
    } catch (err) {
      if (gen === state.generation) {
        sayError(status, err);
        setBusy("flag-fieldset", false);
        disarm(button, marking ? "js-console-flag-submit" : "js-console-flag-remove");
      }
    }
  });
}

// ---------------------------------------------------------------------------
// Supervisor: members and the unit's key set

async function loadSupervisor() {
  const unit = value("supervisor-unit");
  const status = byId("supervisor-status");
  if (!unit) return;
  const gen = state.generation;
  sayInfo(status, t("js-console-progress-loading"));
  try {
    const [members, keys] = await Promise.all([api.getMembers(unit), api.getUnitKeys(unit)]);
    if (gen !== state.generation) return;
    state.members.set(unit, members);
    byId("members-body").replaceChildren(...memberRows(members));
    byId("keys-body").replaceChildren(...keyRows(keys.recipients));
    byId("keys-set").textContent = keys.keySet === null ? "" : String(keys.keySet);
    await loadRekeyCount(unit, gen);
    byId("supervisor").dataset.state = "ready";
    sayInfo(status, "");
  } catch (err) {
    if (gen === state.generation) sayError(status, err);
  }
}

async function loadRekeyCount(unit, gen) {
  try {
    const page = await api.rekeyList(unit, 1);
    if (gen !== state.generation) return;
    byId("rekey-remaining").textContent = String(page.remaining);
    byId("rekey-start").disabled = page.remaining === 0 || rekeying;
    byId("rekey-unconfirmed").textContent = String(page.unconfirmed);
    byId("rekey-check").disabled = page.unconfirmed === 0 || rekeying;
  } catch (err) {
    if (gen === state.generation) {
      byId("rekey-remaining").textContent = "";
      byId("rekey-start").disabled = true;
      byId("rekey-unconfirmed").textContent = "";
      byId("rekey-check").disabled = true;
    }
  }
}

let rekeying = false;

/**
 * Works through a list of the unit's cases from GET /api/v1/rekey, one case at
 * a time, until the server's list holds nothing but skipped ones. Resumable:
 * done cases leave the server's list. `list(page)` gives [refs, how many in
 * all]; `work(ref, onProgress)` does one case (throws, or resolves false, to
 * skip it: skipped cases are listed with the reason, `failWhy` when it resolved
 * false). The ids name the status
 * line, the list of skipped cases, the count, and the summary messages.
 */
async function workThrough(unit, { ids, list, work, failWhy, progressId, doneId, skippedId }) {
  const status = byId(ids.status);
  const skippedList = byId(ids.skipped);
  const gen = state.generation;
  const skipped = new Set();
  let done = 0;
  rekeying = true;
  byId("rekey-start").disabled = true;
  byId("rekey-check").disabled = true;
  skippedList.replaceChildren();
  try {
    for (;;) {
      const page = await api.rekeyList(unit, REKEY_PAGE);
      if (gen !== state.generation) return;
      const [refs, count] = list(page);
      const todo = refs.filter((ref) => !skipped.has(ref));
      // The server's count holds the skipped cases and those still to do; the
      // total of this run is what is done so far plus that, fixed for the page.
      let left = count;
      const total = done + count;
      byId(ids.count).textContent = String(left);
      if (todo.length === 0) break;
      for (const ref of todo) {
        const line = `${t(progressId)} ${done + skipped.size + 1} / ${total}`;
        sayInfo(status, line);
        await paint();
        let why = failWhy;
        let ok = false;
        try {
          ok = await work(ref, (n, total) => {
            if (gen === state.generation && total > 0) sayInfo(status, `${line} · ${t("js-console-rekey-items")} ${n} / ${total}`);
          });
        } catch (err) {
          if (err instanceof ConsoleError && (err.sessionLost || err.code === "network")) throw err;
          why = errorCode(err);
        }
        if (ok) {
          done += 1;
          left -= 1;
          byId(ids.count).textContent = String(left);
        } else {
          skipped.add(ref);
          skippedList.append(el("li", null, `${ref} — ${t(errorMessageId(why))}`));
        }
        if (gen !== state.generation) return;
      }
    }
    const summary = `${t(doneId)} ${done}`;
    if (skipped.size > 0) sayInfo(status, `${summary} · ${t(skippedId)} ${skipped.size}`, "error");
    else sayInfo(status, summary, "ok");
  } catch (err) {
    if (gen === state.generation) sayError(status, err);
  } finally {
    rekeying = false;
    if (gen === state.generation) await loadRekeyCount(unit, gen);
  }
}

/**
 * Re-encrypts the unit's stale open cases to its current set. Cases this key
 * cannot open are skipped and listed (a colleague whose key opens them can
 * finish). Each one done is checked here and confirmed (reencryptCase).
 */
function runRekey(unit) {
  return workThrough(unit, {
    ids: { status: "rekey-status", skipped: "rekey-skipped", count: "rekey-remaining" },
    list: (page) => [page.cases, page.remaining],
    work: async (ref, onProgress) => {
      await reencryptCase(ref, unit, onProgress);
      return true;
    },
    failWhy: "undecryptable",
    progressId: "js-console-rekey-progress",
    doneId: "js-console-rekey-done",
    skippedId: "js-console-rekey-skipped",
  });
}

/**
 * Checks the unit's re-encrypted cases that wait for confirmation: each whose
 * every copy opens with this key is confirmed; the others are listed (restore
 * them from the case, or a colleague whose key opens them can confirm).
 */
function runCheck(unit) {
  return workThrough(unit, {
    ids: { status: "rekey-check-status", skipped: "rekey-check-skipped", count: "rekey-unconfirmed" },
    list: (page) => [page.unconfirmedCases, page.unconfirmed],
    work: async (ref, onProgress) => checkAndConfirm(await api.getCase(ref), { onProgress }),
    // A copy that does not open with this key: not confirmed (and not a re-key).
    failWhy: "check_failed",
    progressId: "js-console-progress-checking",
    doneId: "js-console-rekey-checked",
    skippedId: "js-console-rekey-check-skipped",
  });
}

function initSupervisor() {
  byId("rekey-start").addEventListener("click", () => {
    const unit = value("supervisor-unit");
    if (unit && !rekeying && state.identity) runRekey(unit);
  });
  byId("rekey-check").addEventListener("click", () => {
    const unit = value("supervisor-unit");
    if (unit && !rekeying && state.identity) runCheck(unit);
  });
  byId("supervisor-unit").addEventListener("change", loadSupervisor);
  byId("supervisor-form").addEventListener("submit", (event) => event.preventDefault());
  const status = byId("supervisor-status");
  const act = async (run) => {
    const gen = state.generation;
    try {
      const answer = await run();
      if (gen !== state.generation) return;
      await loadSupervisor();
      const n = answer && Number.isInteger(answer.key_set) ? ` ${answer.key_set}` : "";
      sayInfo(status, `${t("js-console-set-updated")}${n}`, "ok");
      // The public sets changed: refresh what encryption and warnings use.
      await loadPublicUnits();
      if (state.session) renderKeyWarnings();
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    }
  };
  byId("members-body").addEventListener("click", (event) => {
    const b = event.target.closest("button[data-action='add']");
    if (!b) return;
    const unit = value("supervisor-unit");
    b.disabled = true;
    act(() => api.addRecipient(unit, b.dataset.value));
  });
  byId("keys-body").addEventListener("click", (event) => {
    const b = event.target.closest("button[data-action='revoke']");
    if (!b) return;
    // Revoking cannot be undone: a second click confirms.
    if (!armed(b, "js-console-revoke-confirm", "js-console-revoke")) return;
    const unit = value("supervisor-unit");
    b.disabled = true;
    act(() => api.revokeRecipient(unit, b.dataset.value));
  });
}

// ---------------------------------------------------------------------------
// Oversight: the audit log

async function loadAudit(reset) {
  const gen = state.generation;
  const status = byId("audit-status");
  const verified = byId("audit-verified");
  if (reset) state.auditBefore = null;
  sayInfo(status, t("js-console-progress-loading"));
  try {
    const page = await api.getAudit({ limit: AUDIT_PAGE, before: state.auditBefore });
    if (gen !== state.generation) return;
    if (page.verified) sayInfo(verified, t("js-console-audit-verified"), "ok");
    else {
      sayInfo(verified, `${t("js-console-audit-broken")} ${page.fault || ""}`.trim(), "error");
      verified.dataset.code = "audit_broken";
    }
    const rows = auditRows(page.entries);
    const body = byId("audit-body");
    if (reset) body.replaceChildren(...rows);
    else body.append(...rows);
    const last = page.entries[page.entries.length - 1];
    state.auditBefore = last ? last.seq : null;
    byId("audit-more").hidden = page.entries.length < AUDIT_PAGE || !last;
    byId("oversight").dataset.state = "ready";
    sayInfo(status, "");
  } catch (err) {
    if (gen === state.generation) sayError(status, err);
  }
}

// ---------------------------------------------------------------------------
// Attachments: fetched, opened and checked here; saved, never shown inline
// (a voice recording may be played from a blob: URL).

/** The case's attachment and its description for a button in the thread. */
function attachmentFor(button) {
  const item = button.closest("li.attachment");
  const c = state.current;
  if (!item || !c) return null;
  const m = c.messages.find((x) => String(x.id) === item.dataset.message);
  const index = Number(item.dataset.index);
  const file = m && m.attachments[index];
  if (!file || String(file.id) !== item.dataset.attachment) return null;
  return { item, message: m, file, index, status: item.querySelector(".attachment-status") };
}

/** Fetches, decrypts, cuts the padding and checks the SHA-256: → {bytes, name, description}. */
async function fetchAndOpen(ref, found) {
  const bytes = await api.getAttachment(ref, found.file.id);
  if (!state.identity) throw new AttachmentError("undecryptable");
  const text = await openEnvelope(found.message.envelope);
  const view = text === null ? null : readPlaintext(found.message.from, text);
  const description = view && view.attachments ? view.attachments[found.index] || null : null;
  const opened = await openAttachment(state.identity, bytes, description, found.index + 1);
  return { ...opened, description };
}

function keepBlobUrl(blob) {
  const url = URL.createObjectURL(blob);
  state.blobUrls.add(url);
  return url;
}

function dropBlobUrl(url) {
  if (state.blobUrls.delete(url)) URL.revokeObjectURL(url);
}

async function downloadAttachment(button) {
  const found = attachmentFor(button);
  if (!found) return;
  const gen = state.generation;
  const ref = state.current.case;
  button.disabled = true;
  sayInfo(found.status, t("js-console-attachment-progress"));
  try {
    const file = await fetchAndOpen(ref, found);
    if (gen !== state.generation) return file.bytes.fill(0);
    // A generic type: the browser saves the file and never renders it.
    const blob = new Blob([file.bytes], { type: "application/octet-stream" });
    file.bytes.fill(0);
    const url = keepBlobUrl(blob);
    const a = el("a");
    a.href = url;
    a.download = file.name;
    a.rel = "noopener";
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // Long enough for the browser to start the download, then gone.
    setTimeout(() => dropBlobUrl(url), 30000);
    sayInfo(found.status, `${t("js-console-attachment-saved")} ${file.name}`, "ok");
  } catch (err) {
    if (gen === state.generation) sayError(found.status, err);
  } finally {
    if (button.isConnected) button.disabled = false;
  }
}

async function playAttachment(button) {
  const found = attachmentFor(button);
  if (!found) return;
  const gen = state.generation;
  const ref = state.current.case;
  button.disabled = true;
  sayInfo(found.status, t("js-console-attachment-progress"));
  try {
    const file = await fetchAndOpen(ref, found);
    const type = playableAudioType(file.description);
    if (gen !== state.generation || !type) {
      file.bytes.fill(0);
      return;
    }
    const blob = new Blob([file.bytes], { type });
    file.bytes.fill(0);
    const old = found.item.querySelector("audio");
    if (old) {
      dropBlobUrl(old.src);
      old.remove();
    }
    const audio = el("audio", "attachment-audio");
    audio.controls = true;
    audio.preload = "metadata";
    audio.src = keepBlobUrl(blob);
    found.item.append(audio);
    sayInfo(found.status, "");
    audio.focus();
  } catch (err) {
    if (gen === state.generation) sayError(found.status, err);
  } finally {
    if (button.isConnected) button.disabled = false;
  }
}

function initAttachments() {
  byId("case-thread").addEventListener("click", (event) => {
    const button = event.target.closest("li.attachment button[data-action]");
    if (!button || button.disabled || !state.identity) return;
    if (button.dataset.action === "download") downloadAttachment(button);
    else if (button.dataset.action === "play") playAttachment(button);
  });
}

// ---------------------------------------------------------------------------
// Security key (passkey): a second copy of the same identity (docs/console.md)

function renderPasskeyPanel() {
  const panel = byId("passkey-panel");
  const s = state.session;
  // Without WebAuthn there is nothing to offer: the passphrase is the way in.
  panel.hidden = !passkeysAvailable() || !s || !s.key;
  if (panel.hidden) return;
  const has = Boolean(s.key.passkey);
  byId("passkey-state").textContent = t(has ? "js-console-passkey-state-on" : "js-console-passkey-state-off");
  byId("passkey-add").hidden = has;
  byId("passkey-remove").hidden = !has;
  disarm(byId("passkey-remove"), "js-console-passkey-remove");
  setBusy("passkey-fieldset", !state.identity);
}

function initPasskey() {
  const status = byId("passkey-status");
  byId("passkey-add").addEventListener("click", async () => {
    const s = state.session;
    if (!s || !s.key || !state.identity) return;
    const gen = state.generation;
    setBusy("passkey-fieldset", true);
    sayInfo(status, t("js-console-passkey-progress-add"));
    try {
      const copy = await createPasskeyCopy(state.identity, s.key.recipient, {
        keyName: `Passerelle ${s.login}`,
        rpId: location.hostname,
      });
      if (gen !== state.generation) return;
      await api.putPasskey(copy.credential, copy.wrappedBase64, s.key.recipient);
      if (gen !== state.generation) return;
      s.key.passkey = { credential: copy.credential, wrappedIdentity: copy.wrappedBase64 };
      renderPasskeyPanel();
      sayInfo(status, t("js-console-passkey-added"), "ok");
    } catch (err) {
      if (gen === state.generation) {
        sayError(status, err, {
          no_key: "js-console-passkey-error-no_key",
          // The copy did not give this key back: nothing was uploaded.
          key_mismatch: "js-console-passkey-error-verify",
          malformed: "js-console-passkey-error-verify",
        });
      }
    } finally {
      if (gen === state.generation) setBusy("passkey-fieldset", !state.identity);
    }
  });
  byId("passkey-remove").addEventListener("click", async () => {
    const s = state.session;
    const button = byId("passkey-remove");
    if (!s || !s.key || !s.key.passkey) return;
    if (!armed(button, "js-console-passkey-remove-confirm", "js-console-passkey-remove")) return;
    const gen = state.generation;
    setBusy("passkey-fieldset", true);
    sayInfo(status, t("js-console-progress-saving"));
    try {
      await api.removePasskey();
      if (gen !== state.generation) return;
      s.key.passkey = null;
      renderPasskeyPanel();
      sayInfo(status, t("js-console-passkey-removed"), "ok");
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    } finally {
      disarm(button, "js-console-passkey-remove");
      if (gen === state.generation) setBusy("passkey-fieldset", !state.identity);
    }
  });
}

// ---------------------------------------------------------------------------
// Navigation, sign-out, inactivity

async function signOut(everywhere) {
  try {
    if (everywhere) await api.logoutAll();
    else await api.logout();
  } catch (err) {
    if (!(err instanceof ConsoleError && err.sessionLost)) {
      // The server may not have heard us: say so, but forget everything here anyway.
      toSignIn("js-console-signed-out-locally", "error");
      return;
    }
  }
  toSignIn(everywhere ? "js-console-signed-out-all" : "js-console-signed-out", "ok");
}

function initNavigation() {
  for (const tab of document.querySelectorAll(".console-nav .tab")) {
    tab.addEventListener("click", () => {
      const view = tab.dataset.view;
      if (view === "queue") {
        clearCaseView();
        showView("queue");
        loadQueue(true);
      } else if (view === "supervisor") {
        showView("supervisor");
        loadSupervisor();
      } else if (view === "oversight") {
        showView("oversight");
        loadAudit(true);
      } else if (view === "me") {
        showView("me");
      }
    });
  }
  byId("audit-more").addEventListener("click", () => loadAudit(false));
  byId("notify-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = byId("notify-status");
    const gen = state.generation;
    setBusy("notify-fieldset", true);
    sayInfo(status, t("js-console-progress-saving"));
    try {
      const answer = await api.setPreferences(value("notify-email").trim(), value("notify-mode"));
      if (gen !== state.generation) return;
      if (state.session) state.session.notify = { email: answer && answer.email, mode: answer && answer.notify };
      sayInfo(status, t("js-console-notify-saved"), "ok");
    } catch (err) {
      if (gen === state.generation) sayError(status, err);
    } finally {
      if (gen === state.generation) setBusy("notify-fieldset", false);
    }
  });
  byId("signout").addEventListener("click", () => signOut(false));
  byId("signout-all").addEventListener("click", () => signOut(true));
  byId("lock-button").addEventListener("click", () => lock("js-console-locked"));

  const touch = () => {
    state.lastActivity = Date.now();
  };
  for (const type of ["pointerdown", "keydown", "wheel", "touchstart"]) {
    document.addEventListener(type, touch, { passive: true, capture: true });
  }
  setInterval(() => {
    if (state.identity && Date.now() - state.lastActivity > IDLE_LOCK_MS) lock("js-console-locked-idle");
  }, 30000);
}

// ---------------------------------------------------------------------------

export async function initConsole() {
  const status = byId("console-status");
  if (!byId("signin-form")) return;
  if (!globalThis.crypto || !globalThis.crypto.subtle) {
    say(status, t("js-console-error-crypto"), "error");
    return;
  }
  initSignIn();
  initEnrol();
  initKeySetup();
  initUnlock();
  initQueue();
  initCase();
  initCaseExtras();
  initAttachments();
  initPasskey();
  initSupervisor();
  initNavigation();

  api.onSessionLost((err) => {
    // Only when we thought we were signed in; at start-up a 401 is normal.
    if (!state.session && !state.pending) return;
    toSignIn(err.code === "officer_disabled" ? "js-console-error-officer_disabled" : "js-console-error-session_expired", "error");
  });

  // A session may already exist (reload, language switch): ask the server.
  try {
    state.session = await api.getSession();
    if (!state.session.key) showKeySetup({ replace: false });
    else showUnlock(state.session);
  } catch (err) {
    state.session = null;
    toSignIn();
    if (!(err instanceof ConsoleError && err.status === 401)) sayError(byId("signin-status"), err);
  }
  await sleep(0);
}
