// Photo metadata removal (src/exif.js): location and camera details go, every
// other byte of the image stays as it was (no re-compression).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPhoto, ImageFormatError, sniffImage, stripJpeg, stripPng, stripWebp } from "../src/exif.js";
import { appSegment, exifApp1WithGps, insertAfterSoi } from "./exif-fixture.mjs";

const CANARY = "CANARY-GPS-48.8566N-2.3522E-Rue-des-Lilas";
const enc = new TextEncoder();
const has = (bytes, text) => Buffer.from(bytes).includes(Buffer.from(text, "latin1"));
const cat = (...parts) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const seg = (marker, payload) => {
  const p = Buffer.from(payload);
  return cat([0xff, marker, (p.length + 2) >> 8, (p.length + 2) & 0xff], p);
};

// A small baseline JPEG, segment by segment (the entropy data holds a stuffed
// 0xFF00 and a restart marker, which the parser must walk over).
const SOI = Uint8Array.from([0xff, 0xd8]);
const APP0 = seg(0xe0, cat(enc.encode("JFIF\0"), [1, 1, 0, 0, 1, 0, 1, 0, 0]));
const APP2 = seg(0xe2, cat(enc.encode("ICC_PROFILE\0"), [1, 1], new Uint8Array(20).fill(7)));
const DQT = seg(0xdb, cat([0], new Uint8Array(64).fill(1)));
const SOF0 = seg(0xc0, [8, 0, 16, 0, 16, 1, 1, 0x11, 0]);
const DHT = seg(0xc4, cat([0], new Uint8Array(16).fill(0), []));
const COM = seg(0xfe, enc.encode("kept comment"));
const SOS = seg(0xda, [1, 1, 0, 0, 63, 0]);
const SCAN = Uint8Array.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0x9a, 0xff, 0xff, 0x00, 0xbc]);
const EOI = Uint8Array.from([0xff, 0xd9]);

const EXIF = exifApp1WithGps(CANARY);
const XMP = appSegment(1, `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>${CANARY}</exif:GPSLatitude></x:xmpmeta>`);
const IPTC = appSegment(13, `Photoshop 3.0\0 8BIM ${CANARY}`);

test("fixture: the Exif segment really holds a GPS IFD with the canary", () => {
  assert.equal(EXIF[0], 0xff);
  assert.equal(EXIF[1], 0xe1);
  assert.equal(Buffer.from(EXIF.subarray(4, 10)).toString("latin1"), "Exif\0\0");
  assert.ok(has(EXIF, CANARY));
  // IFD0 has a GPSInfo (0x8825) entry.
  assert.ok(Buffer.from(EXIF).includes(Buffer.from([0x88, 0x25, 0x00, 0x04])));
});

test("JPEG: Exif with GPS, XMP and IPTC go; every other segment is byte-identical", () => {
  const clean = cat(SOI, APP0, APP2, DQT, SOF0, DHT, COM, SOS, SCAN, EOI);
  const dirty = cat(SOI, APP0, EXIF, APP2, XMP, DQT, IPTC, SOF0, DHT, COM, SOS, SCAN, EOI);
  assert.ok(has(dirty, CANARY) && has(dirty, "Exif"));
  assert.equal(sniffImage(dirty), "jpeg");
  const { bytes, removed } = stripJpeg(dirty);
  assert.deepEqual(removed, ["APP1", "APP1", "APP13"]);
  assert.ok(!has(bytes, CANARY), "canary gone");
  assert.ok(!has(bytes, "Exif"), "Exif gone");
  assert.ok(!has(bytes, "xmpmeta"), "XMP gone");
  assert.deepEqual(Buffer.from(bytes), Buffer.from(clean));
});

test("JPEG: the Exif-after-SOI shape the e2e driver builds", () => {
  const plain = cat(SOI, APP0, DQT, SOF0, DHT, SOS, SCAN, EOI);
  const dirty = insertAfterSoi(plain, EXIF);
  const r = cleanPhoto(dirty);
  assert.equal(r.type, "image/jpeg");
  assert.equal(r.cleanable, true);
  assert.deepEqual(Buffer.from(r.bytes), Buffer.from(plain));
});

test("JPEG: nothing to remove gives the same bytes back", () => {
  const plain = cat(SOI, APP0, DQT, SOF0, DHT, SOS, SCAN, EOI);
  const { bytes, removed } = stripJpeg(plain);
  assert.deepEqual(removed, []);
  assert.deepEqual(Buffer.from(bytes), Buffer.from(plain));
});

test("JPEG: a second image appended after EOI (with its own Exif) is dropped", () => {
  const second = cat(SOI, EXIF, DQT, SOF0, SOS, SCAN, EOI);
  const primary = cat(SOI, APP0, DQT, SOF0, DHT, SOS, SCAN, EOI);
  const { bytes, removed } = stripJpeg(cat(primary, second));
  assert.deepEqual(removed, ["trailer"]);
  assert.deepEqual(Buffer.from(bytes), Buffer.from(primary));
});

test("JPEG: progressive scans with metadata between them", () => {
  const DHT2 = seg(0xc4, cat([0x10], new Uint8Array(16).fill(0)));
  const SOF2 = seg(0xc2, [8, 0, 16, 0, 16, 1, 1, 0x11, 0]);
  const dirty = cat(SOI, APP0, DQT, SOF2, DHT, SOS, SCAN, EXIF, DHT2, SOS, SCAN, EOI);
  const { bytes } = stripJpeg(dirty);
  assert.deepEqual(Buffer.from(bytes), Buffer.from(cat(SOI, APP0, DQT, SOF2, DHT, SOS, SCAN, DHT2, SOS, SCAN, EOI)));
});

test("JPEG: junk bytes between segments are skipped, and the metadata after them still goes", () => {
  const dirty = cat(SOI, APP0, [0x00, 0x00], EXIF, [0x0a], DQT, SOF0, SOS, SCAN, EOI);
  const { bytes, removed } = stripJpeg(dirty);
  assert.ok(!has(bytes, CANARY));
  assert.deepEqual(Buffer.from(bytes), Buffer.from(cat(SOI, APP0, DQT, SOF0, SOS, SCAN, EOI)));
  assert.ok(removed.includes("APP1") && removed.includes("junk"));
});

test("JPEG: truncated or malformed files are refused, not half-cleaned", () => {
  const dirty = cat(SOI, APP0, EXIF, DQT, SOF0, SOS, SCAN, EOI);
  assert.throws(() => stripJpeg(dirty.subarray(0, 40)), ImageFormatError);
  assert.throws(() => stripJpeg(cat(SOI, [0x00, 0x01])), ImageFormatError);
  assert.throws(() => stripJpeg(cat(SOI, [0xff, 0xe1, 0xff, 0xff, 1, 2])), ImageFormatError);
});

// ---------------------------------------------------------------------------

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const d = Buffer.from(data);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(d.length);
  const td = Buffer.concat([Buffer.from(type, "latin1"), d]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

test("PNG: eXIf, tEXt, iTXt, zTXt go; other chunks are byte-identical", () => {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const IHDR = chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const IDAT = chunk("IDAT", [0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1]);
  const IEND = chunk("IEND", []);
  const gAMA = chunk("gAMA", [0, 0, 0xb1, 0x8f]);
  const dirty = Buffer.concat([
    sig, IHDR, chunk("eXIf", Buffer.from(EXIF.subarray(10))), gAMA,
    chunk("tEXt", `Comment\0${CANARY}`), chunk("iTXt", `XML:com.adobe.xmp\0\0\0\0\0${CANARY}`),
    chunk("zTXt", `Raw profile type exif\0\0${CANARY}`), IDAT, IEND,
  ]);
  assert.equal(sniffImage(dirty), "png");
  const { bytes, removed } = stripPng(new Uint8Array(dirty));
  assert.deepEqual(removed, ["eXIf", "tEXt", "iTXt", "zTXt"]);
  assert.ok(!has(bytes, CANARY));
  assert.deepEqual(Buffer.from(bytes), Buffer.concat([sig, IHDR, gAMA, IDAT, IEND]));
});

// ---------------------------------------------------------------------------

function riffChunk(type, data) {
  const d = Buffer.from(data);
  const h = Buffer.alloc(8);
  h.write(type, 0, "latin1");
  h.writeUInt32LE(d.length, 4);
  return Buffer.concat([h, d, d.length & 1 ? Buffer.from([0]) : Buffer.alloc(0)]);
}
function riff(chunks) {
  const body = Buffer.concat([Buffer.from("WEBP"), ...chunks]);
  const h = Buffer.alloc(8);
  h.write("RIFF", 0, "latin1");
  h.writeUInt32LE(body.length, 4);
  return Buffer.concat([h, body]);
}

test("WebP: EXIF and XMP chunks go, RIFF size and VP8X flags are fixed", () => {
  const flags = 0x10 | 0x08 | 0x04; // alpha, EXIF, XMP
  const vp8x = riffChunk("VP8X", [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const alph = riffChunk("ALPH", [1, 2, 3]);
  const vp8 = riffChunk("VP8 ", [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  const dirty = riff([vp8x, alph, vp8, riffChunk("EXIF", Buffer.from(EXIF.subarray(10))), riffChunk("XMP ", `<x:xmpmeta>${CANARY}</x:xmpmeta>!`)]);
  assert.equal(sniffImage(dirty), "webp");
  const { bytes, removed } = stripWebp(new Uint8Array(dirty));
  assert.deepEqual(removed, ["EXIF", "XMP"]);
  assert.ok(!has(bytes, CANARY));
  const expectedVp8x = riffChunk("VP8X", [0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(Buffer.from(bytes), riff([expectedVp8x, alph, vp8]));
  assert.equal(Buffer.from(bytes).readUInt32LE(4), bytes.length - 8);
});

test("other images are not claimed as cleanable", () => {
  const heic = new Uint8Array(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.alloc(16)]));
  const r = cleanPhoto(heic);
  assert.equal(r.cleanable, false);
  assert.equal(r.bytes, heic);
  assert.equal(sniffImage(enc.encode("GIF89a....")), null);
});
