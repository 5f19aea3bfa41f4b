/**
 * Makes a zip's bytes independent of the clock: the docx package stamps every entry with the
 * time of writing, so the same document written twice would differ. This rewrites the DOS date
 * and time of each entry, in the local headers and the central directory, to 1 January 1980
 * (the earliest a zip can hold). Nothing else changes: CRCs and sizes do not cover the dates.
 * A zip that cannot be walked is returned untouched.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** DOS date 1980-01-01 (day 1, month 1, year 0) and time 00:00:00. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

export function withFixedZipDates(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = findEnd(view);
  if (end < 0) return bytes;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return bytes;
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) return bytes;
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** Offset of the end-of-central-directory record, searched backwards past any comment; -1 if none. */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  return -1;
}
