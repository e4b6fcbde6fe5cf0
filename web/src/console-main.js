// Entry point of the officer console's bundle (/assets/console.js). No quick exit
// here: Shift ×3 would wipe an officer's work.

import { initConsole } from "./console/console.js";
import { readPageData } from "./ui.js";

function start() {
  initConsole(readPageData());
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
