// The calm "before you send" reminder (see identify.js): lists what kind of
// identifying detail the text seems to hold, and lets the reporter go back and
// edit or send anyway. Nothing of this leaves the page.

import { scanFields } from "./identify.js";
import { el, t } from "./ui.js";

const LABELS = {
  phone: "js-identify-phone",
  email: "js-identify-email",
  id: "js-identify-id",
  iban: "js-identify-iban",
  address: "js-identify-address",
};

/**
 * `section` holds a list (ul), an "edit" and a "send" button (data-identify=
 * "list" | "edit" | "send"). ask(fields) resolves to true (send) or false
 * (edit: the first field with a finding gets the focus). `fields` maps a key to
 * its input element. Text already accepted once is not asked about again.
 */
export function createIdentifyWarning(section) {
  const list = section.querySelector('[data-identify="list"]');
  const edit = section.querySelector('[data-identify="edit"]');
  const send = section.querySelector('[data-identify="send"]');
  let accepted = null;
  let answer = null;
  // The field to go back to on "edit", focused in the click itself so that
  // nothing queued after it (a microtask, a re-render) can leave the focus on
  // the hidden reminder.
  let back = null;

  const close = (value) => {
    section.hidden = true;
    if (answer) answer(value);
    answer = null;
  };
  edit.addEventListener("click", () => {
    const field = back;
    close(false);
    if (field) field.focus();
  });
  send.addEventListener("click", () => close(true));

  return {
    async ask(fields) {
      // A second "send" while the reminder is open: the first one is over.
      if (answer) close(false);
      const values = Object.fromEntries(Object.entries(fields).map(([k, node]) => [k, node ? node.value : ""]));
      const key = JSON.stringify(values);
      const found = scanFields(values);
      if (found.kinds.length === 0 || key === accepted) return true;
      list.replaceChildren(...found.kinds.map((k) => el("li", null, t(LABELS[k]))));
      back = fields[found.fields[0]] || null;
      section.hidden = false;
      section.focus();
      section.scrollIntoView({ block: "nearest" });
      const ok = await new Promise((resolve) => {
        answer = resolve;
      });
      back = null;
      if (ok) accepted = key;
      return ok;
    },
    /** Hides the reminder (e.g. when the page is left). */
    reset() {
      accepted = null;
      close(false);
    },
  };
}
