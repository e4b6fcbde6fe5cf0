// Entry point of the bundle served to every public page (the officer console has
// its own, console-main.js, so reporters on slow phones do not download it). The
// page kind is in <body data-page>, the translated strings and settings in the
// JSON block.

import { initFollowUp } from "./follow-up.js";
import { initQuickExit } from "./quick-exit.js";
import { initReport } from "./report.js";
import { readPageData } from "./ui.js";

function start() {
  const data = readPageData();
  const page = document.body.dataset.page;
  // First, and on every public page: the way out must work even if the rest
  // fails.
  initQuickExit(data.quickExit);
  switch (page) {
    case "report":
      initReport(data);
      break;
    case "follow-up":
      initFollowUp(data);
      break;
    default:
      // "home", "safety", "not-found": nothing beyond the quick exit.
      break;
  }
}

// Module scripts run after parsing, but be safe if the tag ever moves.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
