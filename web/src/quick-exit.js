// Quick exit (the GOV.UK "Exit this page" pattern): the sticky button at the
// top of every page, or Shift pressed three times in a row. The page is
// emptied first, so nothing stays on screen while the neutral site loads, and
// location.replace keeps this page out of the Back button's next step.
// It does not erase history: the safety page says so.

const PRESSES = 3;
const WINDOW_MS = 1500;

function safeUrl(url) {
  try {
    const u = new URL(url);
    if (u.protocol === "https:" || u.protocol === "http:") return u.href;
  } catch {
    // fall through
  }
  return "about:blank";
}

export function initQuickExit(quickExitUrl) {
  const target = safeUrl(quickExitUrl);

  const exit = () => {
    document.title = "";
    if (document.body) document.body.replaceChildren();
    window.location.replace(target);
  };

  const button = document.getElementById("quick-exit");
  if (button) {
    button.addEventListener("click", (event) => {
      event.preventDefault();
      exit();
    });
  }

  let presses = [];
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Shift" || event.repeat) {
        // Any other key breaks the sequence, so typing capitals never triggers it.
        if (event.key !== "Shift") presses = [];
        return;
      }
      const now = event.timeStamp || performance.now();
      presses = presses.filter((ts) => now - ts <= WINDOW_MS);
      presses.push(now);
      if (presses.length >= PRESSES) {
        presses = [];
        exit();
      }
    },
    true,
  );
}
