/**
 * Finds and decodes the plain text of a TextSource or Note, tolerantly: "internal://x.txt",
 * "x.txt" or "sources/x.txt"; a "sources/" or "Sources/" folder; any case; a BOM; CRLF. The text
 * is canonicalised, and selection positions (counted in the text as written, BOM excluded, CRLF
 * counting two) are mapped to UTF-16 offsets of the canonical text.
 */
import { canonicalText, decodeUtf8Text } from '../text/canonical';
import { CanonicalOffsetMap, OffsetMap, type Snap } from '../text/offsets';
import { ContentError } from './errors';
import type { SafeZip } from './zipSafety';

export interface CanonicalRange {
  start: number;
  end: number;
  /** True when the written range reached outside the text (or was reversed) and was cut to fit. */
  wasClamped: boolean;
}

export interface LoadedText {
  /** Canonical text: no BOM, "\n" line endings. */
  text: string;
  /** A written [start, end) (in the file's unit) as a canonical UTF-16 range, clamped to the text. */
  toCanonical(start: number, end: number): CanonicalRange;
}

/** What a text belongs to, for messages: `source "Interview 2"`, `note "Memo 1"`. */
export interface TextOwner {
  what: string;
  plainTextPath: string | null;
  plainTextContent: string | null;
}

/**
 * How a file counts selection positions. REFI-QDA says code points; NVivo for Windows writes
 * UTF-16 code units (DESIGN.md "Offsets"). Choosing per file is the importer's job.
 */
export type OffsetUnit = 'code-points' | 'utf16';

/** A text with its offset maps: build once per source, convert all its selections. */
export function loadedText(raw: string, unit: OffsetUnit = 'code-points'): LoadedText {
  const codePoints = new OffsetMap(raw);
  const lineEndings = new CanonicalOffsetMap(raw);
  const length = unit === 'utf16' ? raw.length : codePoints.codePointLength;
  // UTF-16 positions inside a surrogate pair snap outwards, like any range (see offsets.ts).
  const toUtf16 = unit === 'utf16'
    ? (n: number, snap: Snap) => codePoints.toUtf16(codePoints.toCodePoint(n, snap))
    : (n: number) => codePoints.toUtf16(n);
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  return {
    text: canonicalText(raw),
    toCanonical(start, end) {
      const [low, high] = start <= end ? [start, end] : [end, start];
      const from = clamp(low);
      const to = clamp(high);
      return {
        start: lineEndings.toCanonical(toUtf16(from, 'down')),
        end: lineEndings.toCanonical(toUtf16(to, 'up')),
        wasClamped: from !== start || to !== end,
      };
    },
  };
}

/** The archive path a plainTextPath names, for lookup and messages ("sources/abc.txt"). */
export function internalPath(plainTextPath: string, owner: string): string {
  let path = plainTextPath.trim().replace(/\\/g, '/');
  if (/^(relative|absolute):\/\//i.test(path)) {
    throw new ContentError('missing-text', `${owner} is an external file (${path}), which Storyloom cannot read. Export the project with its sources embedded.`);
  }
  path = path.replace(/^internal:\/\//i, '').replace(/^\/+/, '').replace(/^sources\//i, '');
  if (path === '' || path.split('/').includes('..')) {
    throw new ContentError('bad-content', `${owner} has an invalid plainTextPath "${plainTextPath.slice(0, 80)}".`);
  }
  return `sources/${path}`;
}

/** The owner's text: from its file in the archive, else from its PlainTextContent. */
export async function loadText(zip: SafeZip, owner: TextOwner, unit: OffsetUnit = 'code-points'): Promise<LoadedText> {
  if (owner.plainTextPath !== null && owner.plainTextPath.trim() !== '') {
    const path = internalPath(owner.plainTextPath, owner.what);
    const found = zip.find(path) ?? zip.find(path.slice('sources/'.length));
    if (found === null) throw new ContentError('missing-text', `${owner.what} refers to ${path}, which is missing.`);
    const bytes = await zip.read(found);
    let raw: string;
    try {
      raw = decodeUtf8Text(bytes, { fatal: true });
    } catch {
      throw new ContentError('missing-text', `${owner.what} refers to ${found}, which is not UTF-8 text.`);
    }
    return loadedText(raw, unit);
  }
  if (owner.plainTextContent !== null) return loadedText(owner.plainTextContent, unit);
  throw new ContentError('missing-text', `${owner.what} has no plain text (neither a plainTextPath nor a PlainTextContent).`);
}
