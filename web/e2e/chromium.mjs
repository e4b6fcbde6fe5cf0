// How every browser script starts Debian's Chromium: headless, never downloaded,
// nothing fetched in the background, a profile of its own (the caller's).
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * A request's or response's headers, as sent (`allHeaders`), but never waiting
 * more than `ms`: Playwright's `allHeaders()` can wait forever for the raw
 * headers of some requests (a Web Worker's, one cut off by a navigation), which
 * left a whole run hanging. Then the headers Playwright already has.
 */
export async function headersOf(r, ms = 3000) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    const all = await Promise.race([r.allHeaders().catch(() => null), late]);
    return all || r.headers();
  } finally {
    clearTimeout(timer);
  }
}
