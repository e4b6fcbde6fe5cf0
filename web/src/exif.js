// Removes location and camera metadata from photos, without re-compressing
// them: only whole metadata segments or chunks are dropped, every other byte of
// the image is kept as it is. Pure functions on Uint8Array (node tests run them).
//
//   JPEG  APP1 (Exif, XMP, extended XMP) and APP13 (IPTC, Photoshop); anything
//         after the image's EOI (phones append second images or videos there,
//         each with its own Exif) is dropped too.
//   PNG   eXIf, tEXt, iTXt and zTXt chunks.
//   WebP  EXIF and XMP chunks; the RIFF size and the VP8X flags are fixed.
//
// Anything else (HEIC, AVIF, GIF, TIFF, …) cannot be cleaned here: sniffImage
// says null and the page tells the reporter so.

/** "jpeg" | "png" | "webp" | null, from the first bytes (never from the name). */
export function sniffImage(bytes) {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return "png";
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return "webp";
  return null;
}

export const IMAGE_TYPES = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" };

/** Thrown on a file that says it is an image of a kind but is not well formed. */
export class ImageFormatError extends Error {
  constructor(what) {
    super(`malformed image: ${what}`);
    this.name = "ImageFormatError";
  }
}

function ascii(b, at, n) {
  let s = "";
  for (let i = at; i < at + n && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function concat(parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---------------------------------------------------------------------------
// JPEG

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
const APP13 = 0xed;
const DROP_JPEG = new Set([APP1, APP13]);

// Markers without a length field: TEM, RST0–7, SOI, EOI.
const standalone = (m) => m === 0x01 || (m >= 0xd0 && m <= 0xd9);

/**
 * The JPEG without its APP1/APP13 segments and without anything after EOI.
 * Returns {bytes, removed}: `removed` lists what was dropped ("APP1", "APP13", "junk",
 * "trailer"), empty when the file had none (then `bytes` equals the input).
 */
export function stripJpeg(input) {
  const b = input;
  if (b.length < 4 || b[0] !== 0xff || b[1] !== SOI) throw new ImageFormatError("no JPEG SOI");
  const keep = [b.subarray(0, 2)];
  const removed = [];
  let i = 2;
  for (;;) {
    if (i >= b.length) throw new ImageFormatError("JPEG ends before EOI");
    if (b[i] !== 0xff) {
      // Junk bytes between segments (some cameras and editors write them): skipped
      // and dropped, as decoders do, so that the metadata after them still goes.
      let k = i;
      while (k < b.length && b[k] !== 0xff) k++;
      if (k >= b.length) throw new ImageFormatError("JPEG ends before EOI");
      if (!removed.includes("junk")) removed.push("junk");
      i = k;
      continue;
    }
    // Fill bytes (0xFF repeated) before a marker are kept with the marker.
    let j = i;
    while (j < b.length && b[j] === 0xff) j++;
    if (j >= b.length) throw new ImageFormatError("JPEG ends in fill bytes");
    const marker = b[j];
    if (marker === EOI) {
      keep.push(b.subarray(i, j + 1));
      if (j + 1 < b.length) removed.push("trailer");
      break;
    }
    if (standalone(marker)) {
      keep.push(b.subarray(i, j + 1));
      i = j + 1;
      continue;
    }
    if (j + 2 >= b.length) throw new ImageFormatError("JPEG segment length missing");
    const len = (b[j + 1] << 8) | b[j + 2];
    if (len < 2 || j + 1 + len > b.length) throw new ImageFormatError("JPEG segment length");
    let end = j + 1 + len;
    if (marker === SOS) {
      // Entropy-coded data follows: it runs to the next marker that is not a
      // stuffed 0xFF00 or a restart marker.
      let k = end;
      for (;;) {
        if (k + 1 >= b.length) throw new ImageFormatError("JPEG scan not terminated");
        if (b[k] === 0xff) {
          const n = b[k + 1];
          if (n === 0x00 || (n >= 0xd0 && n <= 0xd7)) {
            k += 2;
            continue;
          }
          if (n === 0xff) {
            k += 1;
            continue;
          }
          break;
        }
        k += 1;
      }
      end = k;
    }
    if (DROP_JPEG.has(marker)) removed.push(marker === APP1 ? "APP1" : "APP13");
    else keep.push(b.subarray(i, end));
    i = end;
  }
  return { bytes: removed.length ? concat(keep) : b, removed };
}

// ---------------------------------------------------------------------------
// PNG

const DROP_PNG = new Set(["eXIf", "tEXt", "iTXt", "zTXt"]);

function u32be(b, at) {
  return ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
}

/** The PNG without eXIf/tEXt/iTXt/zTXt chunks (other chunks byte for byte). */
export function stripPng(input) {
  const b = input;
  if (sniffImage(b) !== "png") throw new ImageFormatError("no PNG signature");
  const keep = [b.subarray(0, 8)];
  const removed = [];
  let i = 8;
  let ended = false;
  while (i < b.length && !ended) {
    if (i + 12 > b.length) throw new ImageFormatError("PNG chunk truncated");
    const len = u32be(b, i);
    const type = ascii(b, i + 4, 4);
    const end = i + 12 + len;
    if (end > b.length) throw new ImageFormatError("PNG chunk length");
    if (DROP_PNG.has(type)) removed.push(type);
    else keep.push(b.subarray(i, end));
    if (type === "IEND") ended = true;
    i = end;
  }
  if (!ended) throw new ImageFormatError("PNG without IEND");
  if (i < b.length) removed.push("trailer");
  return { bytes: removed.length ? concat(keep) : b, removed };
}

// ---------------------------------------------------------------------------
// WebP

const DROP_WEBP = new Set(["EXIF", "XMP "]);
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function u32le(b, at) {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** The WebP without EXIF/XMP chunks; RIFF size and VP8X flags made to match. */
export function stripWebp(input) {
  const b = input;
  if (sniffImage(b) !== "webp") throw new ImageFormatError("no WebP header");
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length) throw new ImageFormatError("WebP RIFF size");
  const chunks = [];
  const removed = [];
  let i = 12;
  while (i < riffEnd) {
    if (i + 8 > riffEnd) throw new ImageFormatError("WebP chunk truncated");
    const type = ascii(b, i, 4);
    const len = u32le(b, i + 4);
    const end = Math.min(i + 8 + len + (len & 1), riffEnd);
    if (i + 8 + len > riffEnd) throw new ImageFormatError("WebP chunk length");
    if (DROP_WEBP.has(type)) removed.push(type.trim());
    else chunks.push(b.subarray(i, end));
    i = end;
  }
  if (riffEnd < b.length) removed.push("trailer");
  if (!removed.length) return { bytes: b, removed };
  const out = concat([b.subarray(0, 12), ...chunks]);
  const size = out.length - 8;
  out[4] = size & 0xff;
  out[5] = (size >>> 8) & 0xff;
  out[6] = (size >>> 16) & 0xff;
  out[7] = (size >>> 24) & 0xff;
  // The VP8X chunk, when there is one, comes first and announces the others.
  if (ascii(out, 12, 4) === "VP8X" && out.length > 20) out[20] &= ~(VP8X_EXIF | VP8X_XMP) & 0xff;
  return { bytes: out, removed };
}

// ---------------------------------------------------------------------------

/**
 * Cleans a photo if its kind is one we can clean.
 * Returns {format, type, bytes, removed, cleanable}; for an image we cannot
 * clean (`cleanable` false) the bytes are the input, untouched.
 */
export function cleanPhoto(bytes) {
  const format = sniffImage(bytes);
  if (!format) return { format: null, type: null, bytes, removed: [], cleanable: false };
  const strip = { jpeg: stripJpeg, png: stripPng, webp: stripWebp }[format];
  const { bytes: out, removed } = strip(bytes);
  return { format, type: IMAGE_TYPES[format], bytes: out, removed, cleanable: true };
}
