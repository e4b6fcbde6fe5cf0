// Bundles the browser modules into the static files the server embeds: the
// public pages' OUT_FILE, the officer console's console.js and the proof-of-work
// solver's pow-worker.js beside it.
// Usage: node web/build.mjs [OUT_FILE]   (default: web/dist/passerelle.js)
// Run by the Rust build script after `npm ci` in web/.

import { build } from "esbuild";
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || resolve(here, "dist/passerelle.js"));

// The proof-of-work solver runs as a classic Web Worker script (every browser
// that runs the pages can start one), hence its own format.
const bundles = [
  [resolve(here, "src/main.js"), out, "esm"],
  [resolve(here, "src/console-main.js"), resolve(dirname(out), "console.js"), "esm"],
  [resolve(here, "src/pow-worker.js"), resolve(dirname(out), "pow-worker.js"), "iife"],
];

try {
  for (const [entry, outfile, format] of bundles) await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format,
    minify: true,
    target: "es2020",
    platform: "browser",
    sourcemap: false,
    legalComments: "eof",
    // Resolve packages from web/node_modules whatever the working directory is.
    absWorkingDir: here,
    logLevel: "warning",
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}

for (const [, outfile] of bundles) console.log(`${outfile}: ${statSync(outfile).size} bytes`);
