// Rendering of the console with a fake DOM whose HTML entry points throw:
// data (server metadata, decrypted text) only ever becomes text nodes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Element, SVG_NS, TextNode, installDocument } from "./fake-dom.mjs";

installDocument({ "js-console-urgent": "Urgent", "js-console-flag-spam": "Spam", "js-console-thread-report": "Report" });
const { readPageData } = await import("../src/ui.js");
readPageData();
const render = await import("../src/console/render.js");
const { readPlaintext } = await import("../src/console/model.js");
const { cleanSvg } = await import("../src/console/qr.js");

const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;

/** Every element below `root` was made by our code: check none came from markup. */
function tags(root) {
  return root.descendants().map((e) => e.localName);
}

test("a report renders its fields as text, whatever they contain", () => {
  const view = readPlaintext(
    "reporter",
    JSON.stringify({ v: 1, kind: "report", fields: { what: HOSTILE, when: "", where: "x", who: "y" }, referral_consent: false }),
  );
  const item = render.threadItem({ from: "reporter", at: "2025-11-27T14:00:00Z", view, first: true });
  assert.ok(item.classList.contains("message-report"));
  assert.ok(item.classList.contains("message-reporter"));
  assert.ok(item.textContent.includes(HOSTILE), "shown literally");
  assert.deepEqual([...new Set(tags(item))].sort(), ["dd", "dl", "dt", "p", "time"]);
  const dd = item.querySelectorAll("dd")[0];
  assert.equal(dd.childNodes.length, 1);
  assert.ok(dd.childNodes[0] instanceof TextNode);
  assert.equal(dd.dir, "auto");
  // An empty field says so instead of leaving a blank.
  assert.ok(item.querySelectorAll("dd")[1].classList.contains("report-empty"));
});

test("messages, replies and notes are labelled by the server's sender", () => {
  const reply = render.threadItem({ from: "unit", at: null, view: readPlaintext("unit", '{"kind":"reply","text":"ok"}'), first: false });
  assert.ok(reply.classList.contains("message-reply"));
  const note = render.threadItem({ from: "note", at: null, view: readPlaintext("note", '{"kind":"note","text":"n"}'), first: false });
  assert.ok(note.classList.contains("message-note"));
  assert.equal(note.querySelectorAll("p.message-warning").length, 0);
  // A reporter's message dressed up as a note stays a reporter message, with a warning.
  const fake = render.threadItem({ from: "reporter", at: null, view: readPlaintext("reporter", '{"kind":"note","text":"close it"}'), first: false });
  assert.ok(fake.classList.contains("message-reporter"));
  assert.ok(!fake.classList.contains("message-note"));
  assert.equal(fake.querySelectorAll("p.message-warning").length, 1);
  // An unknown sender gets no class from the data.
  const odd = render.threadItem({ from: "x onload=1", at: null, view: readPlaintext("x", '{"kind":"message","text":"t"}'), first: false });
  assert.equal(odd.className, "message message-other");
});

test("an envelope that did not open says so", () => {
  const item = render.threadItem({ from: "reporter", at: null, view: null, first: true });
  assert.ok(item.classList.contains("message-locked"));
  assert.equal(item.querySelectorAll("p.message-unreadable").length, 1);
});

test("queue rows: urgent and unread are visible as text, not only colour", () => {
  const ctx = { unitName: (s) => `Unit ${s}`, regionLabel: (c) => `Region ${c}` };
  const row = render.caseRow(
    { case: "7K2M-Q9XD-4HRT", unit: "gbv", category: "gbv", status: "received", urgent: true, unread: true, region: HOSTILE, language: "fr", created: "2025-11-27T14:00:00Z", updated: "2025-11-27T15:00:00Z", assignedTo: HOSTILE },
    ctx,
  );
  assert.ok(row.classList.contains("case-urgent"));
  assert.ok(row.classList.contains("case-unread"));
  const button = row.querySelector("button.case-open");
  assert.equal(button.type, "button");
  assert.equal(button.dataset.case, "7K2M-Q9XD-4HRT");
  assert.equal(row.querySelectorAll("span.badge-urgent").length, 1);
  assert.equal(row.querySelectorAll("span.badge-unread").length, 1);
  assert.ok(row.textContent.includes("Urgent"));
  assert.ok(row.textContent.includes(`Region ${HOSTILE}`));
  assert.ok(!tags(row).includes("img") && !tags(row).includes("script"));

  const calm = render.caseRow({ case: "AAAA-BBBB-CCCC", urgent: false, unread: false, assignedTo: null }, ctx);
  assert.equal(calm.className, "case-row");
  assert.equal(calm.querySelectorAll("span.badge").length, 0);

  // A case marked as spam says so in words; an unknown mark shows nothing.
  const spam = render.caseRow({ case: "AAAA-BBBB-CCCC", flag: "spam" }, ctx);
  assert.equal(spam.querySelectorAll("span.badge").length, 1);
  assert.ok(spam.textContent.includes("Spam"));
  assert.equal(render.caseRow({ case: "AAAA-BBBB-CCCC", flag: "__proto__" }, ctx).querySelectorAll("span.badge").length, 0);
});

test("members and keys tables offer only the actions that make sense", () => {
  const members = render.memberRows([
    { login: "a", name: "A", role: "member", active: true, recipient: "age1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", inSet: false },
    { login: "b", name: "B", role: "supervisor", active: true, recipient: "age1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", inSet: true },
    { login: "c", name: "C", role: "member", active: true, recipient: null, inSet: false },
    { login: "d", name: HOSTILE, role: "member", active: false, recipient: "age1dddddddddddddddddddddddddddddd", inSet: false },
  ]);
  const adds = members.map((tr) => tr.querySelectorAll("button[data-action='add']").map((b) => b.dataset.value));
  assert.deepEqual(adds, [["a"], [], [], []]);
  assert.ok(members[3].classList.contains("row-inactive"));
  assert.ok(members[3].textContent.includes(HOSTILE));

  const keys = render.keyRows([
    { id: 7, kind: "officer", login: "a", label: null, recipient: "age1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", active: true, addedAt: "2025-11-27T14:00:00Z", revokedAt: null },
    { id: 3, kind: "recovery", login: null, label: "vault", recipient: "age1yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", active: false, addedAt: "2025-01-01T00:00:00Z", revokedAt: "2025-06-01T00:00:00Z" },
  ]);
  assert.deepEqual(keys.map((tr) => tr.querySelectorAll("button[data-action='revoke']").map((b) => b.dataset.value)), [["7"], []]);
  const code = keys[0].querySelector("code.key");
  assert.equal(code.title, "age1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "the full key is one hover away");
});

test("audit rows are text, left to right", () => {
  const [row] = render.auditRows([{ seq: 12, at: "2025-11-27T14:00:00Z", actor: HOSTILE, action: "case.fetch", subject: "7K2M-Q9XD-4HRT" }]);
  assert.ok(row.textContent.includes(HOSTILE));
  assert.deepEqual(tags(row), ["td", "td", "time", "td", "td", "td"]);
});

test("clock", () => {
  assert.equal(render.clock(0), "00:00");
  assert.equal(render.clock(59.2), "01:00");
  assert.equal(render.clock(125), "02:05");
});

test("the QR code SVG is pruned to shapes before it enters the page", () => {
  const svg = new Element("svg", SVG_NS);
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("viewBox", "0 0 29 29");
  svg.setAttribute("onload", "alert(1)");
  const script = new Element("script", SVG_NS);
  script.textContent = "alert(2)";
  const path = new Element("path", SVG_NS);
  path.setAttribute("d", "M0 0h7v7H0z");
  path.setAttribute("style", "fill: #000000; background: url(https://evil.example/x)");
  path.setAttribute("onclick", "alert(3)");
  const rect = new Element("rect", SVG_NS);
  rect.setAttribute("fill", "url(https://evil.example/y)");
  rect.setAttribute("width", "29");
  const link = new Element("a", SVG_NS);
  link.setAttribute("href", "javascript:alert(4)");
  const foreign = new Element("foreignObject", SVG_NS);
  foreign.append(new Element("iframe"));
  const html = new Element("div"); // XHTML namespace inside SVG
  const image = new Element("image", SVG_NS);
  image.setAttribute("href", "https://evil.example/z.png");
  const use = new Element("use", SVG_NS);
  const style = new Element("style", SVG_NS);
  style.textContent = "path{fill:red}";
  const g = new Element("g", SVG_NS);
  g.append(new Element("script", SVG_NS), new Element("path", SVG_NS));
  svg.append(script, path, rect, link, foreign, html, image, use, style, g);

  cleanSvg(svg);
  assert.deepEqual(tags(svg), ["path", "rect", "g", "path"]);
  assert.deepEqual(svg.attributes.map((a) => a.name).sort(), ["viewBox", "xmlns"]);
  assert.equal(path.getAttribute("fill"), "#000000", "style moved to a presentation attribute");
  assert.equal(path.getAttribute("style"), null);
  assert.equal(path.getAttribute("onclick"), null);
  assert.equal(rect.getAttribute("fill"), null, "no url() paint");
  assert.equal(rect.getAttribute("width"), "29");
});

test("no console module uses an HTML sink", () => {
  const dir = fileURLToPath(new URL("../src/", import.meta.url));
  const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".js"));
  assert.ok(files.includes("console/console.js"));
  for (const f of files) {
    const src = readFileSync(dir + f, "utf8");
    for (const sink of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "createContextualFragment", "srcdoc", "eval(", "new Function"]) {
      assert.ok(!src.includes(sink), `${f} uses ${sink}`);
    }
    for (const m of src.matchAll(/parseFromString\([^)]*\)/g)) {
      assert.match(m[0], /"image\/svg\+xml"/, `${f}: DOMParser only for the SVG QR code`);
    }
    // Nothing of the officer's is ever stored in the browser.
    for (const store of ["localStorage", "sessionStorage", "indexedDB", "document.cookie", "caches."]) {
      assert.ok(!src.includes(store), `${f} uses ${store}`);
    }
  }
});

test("attachments: listed with kind, safe name, size and metadata note; buttons, never inline content", () => {
  const sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  const view = readPlaintext(
    "reporter",
    JSON.stringify({
      v: 1,
      kind: "message",
      text: "see attached",
      attachments: [
        { name: `../../${HOSTILE}.jpg`, type: "image/svg+xml", size: 183204, sha256: sha, kind: "photo", metadata_removed: false },
        { name: "voice.webm", type: "audio/webm;codecs=opus", size: 5000, sha256: sha, kind: "voice" },
        { name: "statement.pdf", type: "application/pdf", size: 20, sha256: sha, kind: "document" },
      ],
    }),
  );
  const files = [{ id: 17, size: 196656 }, { id: 18, size: 65792 }, { id: 19, size: 65792 }];
  const item = render.threadItem({ from: "reporter", at: "2025-11-27T14:00:00Z", view, first: false, id: 4, attachments: files });
  const rows = item.querySelectorAll("li.attachment");
  assert.equal(rows.length, 3);
  assert.deepEqual(rows.map((r) => [r.dataset.message, r.dataset.attachment, r.dataset.index]), [["4", "17", "0"], ["4", "18", "1"], ["4", "19", "2"]]);
  // No element that would render or load content: only text, buttons and status lines.
  assert.deepEqual([...new Set(tags(item))].sort(), ["bdi", "button", "div", "li", "p", "span", "time", "ul"]);
  const name = rows[0].querySelectorAll("bdi")[0].textContent;
  assert.ok(!name.includes("/") && name.endsWith(".jpg"), name);
  assert.ok(rows[0].querySelectorAll(".attachment-meta-kept").length === 1, "kept photo metadata is said");
  assert.equal(rows[0].querySelectorAll("button").length, 1, "a photo is downloaded, not shown");
  assert.deepEqual(rows[1].querySelectorAll("button").map((b) => b.dataset.action), ["download", "play"]);
  assert.deepEqual(rows[2].querySelectorAll("button").map((b) => b.dataset.action), ["download"]);
  for (const b of item.querySelectorAll("button")) assert.equal(b.type, "button");

  // Fewer descriptions than files: a warning, and the undescribed one has no button.
  const short = readPlaintext("reporter", JSON.stringify({ v: 1, kind: "message", text: "x", attachments: [{ name: "a.pdf", size: 1, sha256: sha, kind: "document" }] }));
  const item2 = render.threadItem({ from: "reporter", at: "x", view: short, id: 5, attachments: files.slice(0, 2) });
  assert.equal(item2.querySelectorAll(".message-warning").length, 2);
  assert.equal(item2.querySelectorAll("li.attachment")[1].querySelectorAll("button").length, 0);

  // A message that does not open: its attachments are listed, with no button.
  const locked = render.threadItem({ from: "reporter", at: "x", view: null, id: 6, attachments: files.slice(0, 1) });
  assert.equal(locked.querySelectorAll("li.attachment").length, 1);
  assert.equal(locked.querySelectorAll("button").length, 0);
  // No attachments: nothing added.
  const plain = render.threadItem({ from: "reporter", at: "x", view, id: 7, attachments: [] });
  assert.equal(plain.querySelectorAll(".attachments").length, 0);
});
