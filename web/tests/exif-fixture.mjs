// Builds metadata segments the way cameras write them, for the tests and for
// e2e/flow.mjs: an APP1 "Exif" segment whose GPS IFD holds a recognisable
// canary (in GPSProcessingMethod and GPSAreaInformation) next to real-looking
// coordinates, and a helper to put it right after a JPEG's SOI.

const enc = new TextEncoder();

/** APP1 segment (marker included): Exif, big-endian TIFF, IFD0 → GPS IFD. */
export function exifApp1WithGps(canary) {
  const text = enc.encode(canary);
  // GPSProcessingMethod / GPSAreaInformation: 8-byte character code + text.
  const undefinedText = new Uint8Array(8 + text.length);
  undefinedText.set(enc.encode("ASCII\0\0\0"));
  undefinedText.set(text, 8);

  const entries = []; // [tag, type, count, valueBytes]
  const rational = (pairs) => {
    const v = new Uint8Array(pairs.length * 8);
    const dv = new DataView(v.buffer);
    pairs.forEach(([n, d], i) => {
      dv.setUint32(i * 8, n);
      dv.setUint32(i * 8 + 4, d);
    });
    return v;
  };
  entries.push([0x0000, 1, 4, new Uint8Array([2, 3, 0, 0])]); // GPSVersionID
  entries.push([0x0001, 2, 2, enc.encode("N\0")]); // GPSLatitudeRef
  entries.push([0x0002, 5, 3, rational([[48, 1], [51, 1], [2442, 100]])]); // GPSLatitude
  entries.push([0x0003, 2, 2, enc.encode("E\0")]); // GPSLongitudeRef
  entries.push([0x0004, 5, 3, rational([[2, 1], [21, 1], [753, 100]])]); // GPSLongitude
  entries.push([0x001b, 7, undefinedText.length, undefinedText]); // GPSProcessingMethod
  entries.push([0x001c, 7, undefinedText.length, undefinedText]); // GPSAreaInformation

  // TIFF layout: header (8) | IFD0 (2 + 2*12 + 4) | GPS IFD | GPS values.
  const ifd0Entries = [
    [0x010f, 2, 6, enc.encode("Phone\0")], // Make (in IFD0's value area)
    [0x8825, 4, 1, null], // GPSInfo → offset of the GPS IFD
  ];
  const ifd0Size = 2 + ifd0Entries.length * 12 + 4;
  const ifd0Values = 8; // "Phone\0" padded to 8
  const gpsOffset = 8 + ifd0Size + ifd0Values;
  const gpsSize = 2 + entries.length * 12 + 4;
  let valueAt = gpsOffset + gpsSize;
  const valueParts = [];
  const tiffLen = valueAt + entries.reduce((n, e) => n + (e[3].length > 4 ? e[3].length + (e[3].length & 1) : 0), 0);
  const tiff = new Uint8Array(tiffLen);
  const dv = new DataView(tiff.buffer);
  tiff.set(enc.encode("MM"), 0);
  dv.setUint16(2, 42);
  dv.setUint32(4, 8);
  // IFD0
  let p = 8;
  dv.setUint16(p, ifd0Entries.length);
  p += 2;
  const makeAt = 8 + ifd0Size;
  dv.setUint16(p, 0x010f);
  dv.setUint16(p + 2, 2);
  dv.setUint32(p + 4, 6);
  dv.setUint32(p + 8, makeAt);
  p += 12;
  dv.setUint16(p, 0x8825);
  dv.setUint16(p + 2, 4);
  dv.setUint32(p + 4, 1);
  dv.setUint32(p + 8, gpsOffset);
  p += 12;
  dv.setUint32(p, 0);
  tiff.set(enc.encode("Phone\0"), makeAt);
  // GPS IFD
  p = gpsOffset;
  dv.setUint16(p, entries.length);
  p += 2;
  for (const [tag, type, count, value] of entries) {
    dv.setUint16(p, tag);
    dv.setUint16(p + 2, type);
    dv.setUint32(p + 4, count);
    if (value.length <= 4) tiff.set(value, p + 8);
    else {
      dv.setUint32(p + 8, valueAt);
      valueParts.push([valueAt, value]);
      valueAt += value.length + (value.length & 1);
    }
    p += 12;
  }
  dv.setUint32(p, 0);
  for (const [at, value] of valueParts) tiff.set(value, at);

  const payload = new Uint8Array(6 + tiff.length);
  payload.set(enc.encode("Exif\0\0"));
  payload.set(tiff, 6);
  const seg = new Uint8Array(4 + payload.length);
  seg[0] = 0xff;
  seg[1] = 0xe1;
  seg[2] = (payload.length + 2) >> 8;
  seg[3] = (payload.length + 2) & 0xff;
  seg.set(payload, 4);
  return seg;
}

/** Any APPn segment with the given payload text (e.g. XMP in APP1, IPTC in APP13). */
export function appSegment(n, text) {
  const payload = typeof text === "string" ? enc.encode(text) : text;
  const seg = new Uint8Array(4 + payload.length);
  seg[0] = 0xff;
  seg[1] = 0xe0 + n;
  seg[2] = (payload.length + 2) >> 8;
  seg[3] = (payload.length + 2) & 0xff;
  seg.set(payload, 4);
  return seg;
}

/** The JPEG with `segment` inserted right after SOI. */
export function insertAfterSoi(jpeg, segment) {
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}
