// DOM builders of the officer console. Everything from the server or from a
// decrypted envelope goes in with textContent (through el()), never as HTML;
// classes and attributes come from fixed tables, never from data.

import { el, formatTime, pageLang, t, timeEl } from "../ui.js";
import { formatSize, playableAudioType, sanitiseName } from "./attachments.js";
import { CATEGORY_LABELS, KEY_KIND_LABELS, LANGUAGE_LABELS, OUTCOME_LABELS, ROLE_LABELS, STATUS_LABELS, shortKey } from "./model.js";

const label = (table, key) => (key && Object.prototype.hasOwnProperty.call(table, key) ? t(table[key]) : key || "");

export const statusLabel = (s) => label(STATUS_LABELS, s);
export const outcomeLabel = (o) => label(OUTCOME_LABELS, o);
export const categoryLabel = (c) => label(CATEGORY_LABELS, c);
export const roleLabel = (r) => label(ROLE_LABELS, r);
export const keyKindLabel = (k) => label(KEY_KIND_LABELS, k);
// The service's other languages by their own names (autonyms, as a language picker
// shows them), with the code, whatever the console's language.
const AUTONYMS = {
  es: "Español", pt: "Português", fa: "فارسی", ps: "پښتو", ti: "ትግርኛ",
  am: "አማርኛ", so: "Soomaali", sw: "Kiswahili", ha: "Hausa",
};
export const languageLabel = (l) =>
  Object.prototype.hasOwnProperty.call(LANGUAGE_LABELS, l) || !Object.prototype.hasOwnProperty.call(AUTONYMS, l)
    ? label(LANGUAGE_LABELS, l)
    : `${AUTONYMS[l]} (${l})`;

/** <option> with a value and a text. */
export function option(value, text, selected = false) {
  const o = el("option", null, text);
  o.value = value;
  if (selected) o.selected = true;
  return o;
}

const FLAG_LABELS = new Map([
  ["spam", "js-console-flag-spam"],
  ["abuse", "js-console-flag-abuse"],
]);

/** The name of a mark a supervisor set on a case ("" for anything else). */
export function flagLabel(kind) {
  return FLAG_LABELS.has(kind) ? t(FLAG_LABELS.get(kind)) : "";
}

function badge(kind, text) {
  return el("span", kind === "urgent" ? "badge badge-urgent" : kind === "unread" ? "badge badge-unread" : "badge", text);
}

/**
 * One row of the queue: a button that opens the case. `ctx` gives display
 * names: {unitName(slug), regionLabel(code)}.
 */
export function caseRow(c, ctx) {
  const item = el("li", c.urgent ? "case-row case-urgent" : "case-row");
  if (c.unread) item.classList.add("case-unread");
  const button = el("button", "case-open");
  button.type = "button";
  button.dataset.case = c.case || "";

  const head = el("span", "case-row-head");
  const ref = el("span", "case-ref", c.case || "");
  ref.dir = "ltr";
  head.append(ref);
  if (c.urgent) head.append(" ", badge("urgent", t("js-console-urgent")));
  if (c.unread) head.append(" ", badge("unread", t("js-console-unread")));
  if (flagLabel(c.flag)) head.append(" ", badge("flagged", flagLabel(c.flag)));
  head.append(" ", el("span", "case-row-status", statusLabel(c.status)));

  const meta = el("span", "case-row-meta");
  const parts = [categoryLabel(c.category), ctx.unitName(c.unit)];
  if (c.region) parts.push(ctx.regionLabel(c.region));
  if (c.language) parts.push(languageLabel(c.language));
  meta.textContent = parts.filter(Boolean).join(" · ");

  const times = el("span", "case-row-times");
  times.append(`${t("js-console-received")} `, timeEl(c.created), ` · ${t("js-console-updated")} `, timeEl(c.updated));

  const who = el("span", "case-row-assignee", c.assignedTo ? `${t("js-console-assigned-to")} ${c.assignedTo}` : t("js-console-unassigned"));
  button.append(head, meta, times, who);
  item.append(button);
  return item;
}

/** The status history of a case, oldest first. */
export function historyItems(history) {
  return history.map((h) => {
    const item = el("li", "history-item");
    item.append(timeEl(h.at), " ", el("strong", "history-status", statusLabel(h.status)));
    if (h.outcome) item.append(" — ", el("span", "history-outcome", outcomeLabel(h.outcome)));
    return item;
  });
}

const SENDER_CLASS = { reporter: "message-reporter", unit: "message-reply", note: "message-note" };

function senderLabel(from, kind, first) {
  if (from === "reporter") return first && kind === "report" ? t("js-console-thread-report") : t("js-console-thread-reporter");
  if (from === "unit") return t("js-console-thread-reply");
  if (from === "note") return t("js-console-thread-note");
  return t("js-console-thread-unknown");
}

function textBlock(text) {
  const p = el("p", "message-body", text);
  p.dir = "auto";
  return p;
}

function reportBody(view) {
  const dl = el("dl", "report-fields");
  const rows = [
    ["js-console-field-what", view.fields.what],
    ["js-console-field-when", view.fields.when],
    ["js-console-field-where", view.fields.where],
    ["js-console-field-who", view.fields.who],
  ];
  for (const [id, value] of rows) {
    dl.append(el("dt", null, t(id)));
    const dd = el("dd", value ? "message-body" : "message-body report-empty", value || t("js-console-field-empty"));
    dd.dir = "auto";
    dl.append(dd);
  }
  dl.append(el("dt", null, t("js-console-field-consent")));
  dl.append(el("dd", null, view.consent ? t("js-console-yes") : t("js-console-no")));
  if (view.child !== null && view.child !== undefined) {
    dl.append(el("dt", null, t("js-console-field-child")));
    dl.append(el("dd", null, view.child ? t("js-console-yes") : t("js-console-no")));
  }
  if (view.contact) {
    dl.append(el("dt", null, t("js-console-field-contact")));
    const how = view.contact.allowed && view.contact.how ? view.contact.how : "";
    const dd = el("dd", "message-body", view.contact.allowed ? t("js-console-yes") : t("js-console-no"));
    if (how) dd.append(el("br"), el("span", null, how));
    dd.dir = "auto";
    dl.append(dd);
  }
  return dl;
}

const ATTACHMENT_KIND_LABELS = {
  photo: "js-console-attachment-kind-photo",
  document: "js-console-attachment-kind-document",
  voice: "js-console-attachment-kind-voice",
  other: "js-console-attachment-kind-other",
};

/**
 * The attachments of one message: `files` from the server ([{id, size}]),
 * `descriptions` from the decrypted envelope (same order), or null when the
 * envelope did not open. Each gets a download button (and a playback button
 * for a voice recording); nothing is shown inline. Buttons carry the message
 * and attachment ids; console.js does the work.
 */
export function attachmentBlock(messageId, files, descriptions) {
  const box = el("div", "attachments");
  box.append(el("p", "attachments-title", `${t("js-console-attachments-title")} ${files.length}`));
  if (descriptions && descriptions.length !== files.length) {
    box.append(el("p", "message-warning", t("js-console-attachments-mismatch")));
  }
  const list = el("ul", "attachment-list");
  files.forEach((f, i) => {
    const d = descriptions ? descriptions[i] || null : null;
    const item = el("li", "attachment");
    item.dataset.message = String(messageId);
    item.dataset.attachment = String(f.id);
    item.dataset.index = String(i);
    const head = el("p", "attachment-head");
    const kind = d ? d.kind : "other";
    head.append(el("span", "attachment-kind", t(ATTACHMENT_KIND_LABELS[kind] || ATTACHMENT_KIND_LABELS.other)), " ");
    const name = el("bdi", "attachment-name", d ? sanitiseName(d.name, i + 1) : `attachment-${i + 1}`);
    head.append(name);
    if (d && d.size !== null) head.append(" · ", el("span", "attachment-size", formatSize(d.size, pageLang())));
    else if (f.size !== null) head.append(" · ", el("span", "attachment-size", `${t("js-console-attachment-encrypted-size")} ${formatSize(f.size, pageLang())}`));
    item.append(head);
    if (d && d.kind === "photo" && d.metadataRemoved !== null) {
      item.append(
        el(
          "p",
          d.metadataRemoved ? "attachment-meta" : "attachment-meta attachment-meta-kept",
          t(d.metadataRemoved ? "js-console-attachment-metadata-removed" : "js-console-attachment-metadata-kept"),
        ),
      );
    }
    if (!descriptions) {
      item.append(el("p", "attachment-meta", t("js-console-attachment-locked")));
    } else if (!d) {
      item.append(el("p", "message-warning", t("js-console-attachment-error-undescribed")));
    } else {
      const actions = el("p", "attachment-actions");
      const download = el("button", "button button-secondary button-small attachment-download", t("js-console-attachment-download"));
      download.type = "button";
      download.dataset.action = "download";
      actions.append(download);
      if (playableAudioType(d)) {
        const play = el("button", "button button-secondary button-small attachment-play", t("js-console-attachment-play"));
        play.type = "button";
        play.dataset.action = "play";
        actions.append(" ", play);
      }
      item.append(actions);
      const status = el("p", "status attachment-status");
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      status.hidden = true;
      item.append(status);
    }
    list.append(item);
  });
  box.append(list);
  return box;
}

/**
 * One message of the thread. `view` is readPlaintext()'s answer, or null when
 * the envelope did not open with this officer's key. `attachments` are the
 * server's list for the message ([{id, size}]), `id` its id.
 */
export function threadItem({ from, at, view, first, id = null, attachments = [] }) {
  const kind = view ? view.kind : null;
  const item = el("li", `message ${SENDER_CLASS[from] || "message-other"}`);
  if (kind === "report") item.classList.add("message-report");
  const head = el("p", "message-head", `${senderLabel(from, kind, first)} · `);
  head.append(timeEl(at));
  item.append(head);
  if (!view) {
    item.classList.add("message-locked");
    item.append(el("p", "message-body message-unreadable", t("js-console-thread-unreadable")));
    if (attachments.length > 0) item.append(attachmentBlock(id, attachments, null));
    return item;
  }
  if (view.mismatch) item.append(el("p", "message-warning", t("js-console-thread-mismatch")));
  if (kind === "report") item.append(reportBody(view));
  else if (kind === "invalid") item.append(el("p", "message-body message-unreadable", t("js-console-thread-invalid")));
  else item.append(textBlock(view.text));
  if (attachments.length > 0) item.append(attachmentBlock(id, attachments, view.attachments || []));
  return item;
}

function cell(text, className) {
  return el("td", className || null, text);
}

function keyCell(recipient) {
  const td = el("td", "key-cell");
  if (!recipient) {
    td.textContent = t("js-console-none");
    return td;
  }
  const code = el("code", "key", shortKey(recipient));
  code.dir = "ltr";
  code.title = recipient;
  td.append(code);
  return td;
}

function actionButton(text, action, value) {
  const b = el("button", "button button-secondary button-small", text);
  b.type = "button";
  b.dataset.action = action;
  b.dataset.value = String(value);
  return b;
}

/** Rows of the members table; active members with a key outside the set get "Add". */
export function memberRows(members) {
  return members.map((m) => {
    const tr = el("tr", m.active ? null : "row-inactive");
    const name = el("td");
    name.append(el("strong", null, m.name || ""), " ");
    const login = el("span", "login", m.login || "");
    login.dir = "ltr";
    name.append(login);
    if (!m.active) name.append(" ", badge("", t("js-console-inactive")));
    tr.append(name, cell(roleLabel(m.role)), keyCell(m.recipient));
    tr.append(cell(m.recipient ? (m.inSet ? t("js-console-yes") : t("js-console-no")) : "—"));
    const action = el("td");
    if (m.active && m.recipient && !m.inSet) action.append(actionButton(t("js-console-add-to-set"), "add", m.login));
    tr.append(action);
    return tr;
  });
}

/** Rows of the key history; active keys can be revoked (after a confirmation click). */
export function keyRows(recipients) {
  return recipients.map((r) => {
    const tr = el("tr", r.active ? null : "row-inactive");
    const holder = el("td");
    holder.append(el("strong", null, keyKindLabel(r.kind)));
    const who = r.login || r.label;
    if (who) holder.append(" ", el("span", null, who));
    tr.append(holder, keyCell(r.recipient));
    tr.append(cell(r.active ? t("js-console-key-active") : t("js-console-key-revoked")));
    const added = el("td");
    if (r.addedAt) added.append(timeEl(r.addedAt));
    const revoked = el("td");
    if (r.revokedAt) revoked.append(timeEl(r.revokedAt));
    const action = el("td");
    if (r.active) action.append(actionButton(t("js-console-revoke"), "revoke", r.id));
    tr.append(added, revoked, action);
    return tr;
  });
}

/** Rows of the audit log (newest first, as the server gives them). */
export function auditRows(entries) {
  return entries.map((e) => {
    const tr = el("tr");
    const seq = cell(String(e.seq ?? ""));
    seq.dir = "ltr";
    const when = el("td");
    if (e.at) when.append(timeEl(e.at));
    const actor = cell(e.actor || "");
    const action = cell(e.action || "");
    const subject = cell(e.subject || "");
    for (const c of [actor, action, subject]) c.dir = "ltr";
    tr.append(seq, when, actor, action, subject);
    return tr;
  });
}

/** "mm:ss" for a countdown. */
export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

export { formatTime };
