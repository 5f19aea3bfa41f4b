/**
 * Finds and decodes the text of a TextSource or Note, tolerantly, and maps the file's selection
 * positions onto the canonical text.
 *
 * Where the text is: a plainTextPath ("internal://x.txt", "x.txt", "sources/x.txt", a "Sources/"
 * folder, any case), else PlainTextContent, else the richTextPath's document (.docx, .odt, .rtf:
 * its text is extracted with the source importers). "relative://" paths are resolved against the
 * project's basePath and "absolute://" paths taken as they are: such files live outside the
 * project file and are read only when the caller supplies a reader (the browser cannot); without
 * one the text is reported missing, with the reason. A text that cannot be found is never fatal
 * here: the caller leaves the source out and lists it. A hostile document is (it refuses the file).
 *
 * How positions are counted (an OffsetConvention): in code points (REFI-QDA), UTF-16 units
 * (NVivo for Windows) or UTF-8 bytes; with CRLF as two characters (the text as written, BOM
 * excluded) or as one (tools that count a "\n" text and write CRLF on Windows).
 */
import { decodeWindows1252 } from '../import/codePage';
import { decodeUtf16, looksBinary } from '../import/decode';
import { ImportError } from '../import/errors';
import { parseFile } from '../import/importFile';
import { canonicalText, decodeUtf8Text } from '../text/canonical';
import { CanonicalOffsetMap, OffsetMap, type Snap } from '../text/offsets';
import { lowerBound } from '../util/lowerBound';
import { formatBytes, refusedFile } from './errors';
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
  /** A written [start, end) (in the file's convention) as a canonical UTF-16 range, clamped to the text. */
  toCanonical(start: number, end: number): CanonicalRange;
}

/**
 * The unit a file counts selection positions in. REFI-QDA says code points; NVivo for Windows
 * writes UTF-16 code units; some tools count UTF-8 bytes.
 */
export type OffsetUnit = 'code-points' | 'utf16' | 'utf8';
/** Whether a CRLF in the text file counts as two characters (as written) or as one. */
export type LineBreakCount = 'crlf-two' | 'crlf-one';

export interface OffsetConvention {
  unit: OffsetUnit;
  lineBreaks: LineBreakCount;
}

export const STANDARD_CONVENTION: OffsetConvention = { unit: 'code-points', lineBreaks: 'crlf-two' };

/** UTF-8 byte offsets of a text to UTF-16 offsets, snapping a position inside a character. */
class ByteMap {
  readonly byteLength: number;
  /** Byte offset and UTF-16 offset of every code point start (and the end), or null for ASCII text. */
  private readonly bytes: Uint32Array | null;
  private readonly units: Uint32Array | null;

  constructor(text: string) {
    // eslint-disable-next-line no-control-regex
    if (/^[\u0000-\u007f]*$/.test(text)) {
      this.byteLength = text.length;
      this.bytes = null;
      this.units = null;
      return;
    }
    const bytes: number[] = [];
    const units: number[] = [];
    let byte = 0;
    for (let i = 0; i < text.length;) {
      const point = text.codePointAt(i) ?? 0;
      bytes.push(byte);
      units.push(i);
      const width = point > 0xffff ? 2 : 1;
      byte += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
      i += width;
    }
    bytes.push(byte);
    units.push(text.length);
    this.byteLength = byte;
    this.bytes = Uint32Array.from(bytes);
    this.units = Uint32Array.from(units);
  }

  toUtf16(byte: number, snap: Snap): number {
    if (!this.bytes || !this.units) return byte;
    const at = lowerBound(this.bytes, byte);
    if (this.bytes[at] === byte) return this.units[at] ?? 0;
    return (snap === 'down' ? this.units[at - 1] : this.units[at]) ?? 0;
  }
}

/** A text with its offset maps: build once per source and convention, convert all its selections. */
export function loadedText(raw: string, unit: OffsetUnit = 'code-points', lineBreaks: LineBreakCount = 'crlf-two'): LoadedText {
  const canonical = canonicalText(raw);
  // Positions count in the text as written (CRLF two) or in its "\n" form (CRLF one).
  const counted = lineBreaks === 'crlf-one' ? canonical : raw;
  const lineEndings = lineBreaks === 'crlf-one' ? null : new CanonicalOffsetMap(raw);
  const codePoints = new OffsetMap(counted);
  let length: number;
  let toUtf16: (n: number, snap: Snap) => number;
  if (unit === 'utf8') {
    const bytes = new ByteMap(counted);
    length = bytes.byteLength;
    toUtf16 = (n, snap) => bytes.toUtf16(n, snap);
  } else if (unit === 'utf16') {
    length = counted.length;
    // UTF-16 positions inside a surrogate pair snap outwards, like any range (see offsets.ts).
    toUtf16 = (n, snap) => codePoints.toUtf16(codePoints.toCodePoint(n, snap));
  } else {
    length = codePoints.codePointLength;
    toUtf16 = (n) => codePoints.toUtf16(n);
  }
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  const canonicalOf = (n: number) => (lineEndings ? lineEndings.toCanonical(n) : n);
  return {
    text: canonical,
    toCanonical(start, end) {
      const [low, high] = start <= end ? [start, end] : [end, start];
      const from = clamp(low);
      const to = clamp(high);
      return {
        start: canonicalOf(toUtf16(from, 'down')),
        end: canonicalOf(toUtf16(to, 'up')),
        wasClamped: from !== start || to !== end,
      };
    },
  };
}

/** The conventions that read `raw` differently, the standard first; identical readings are dropped. */
export function distinctConventions(raw: string): OffsetConvention[] {
  const hasCrlf = raw.includes('\r\n');
  const hasAstral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(raw);
  // eslint-disable-next-line no-control-regex
  const hasNonAscii = /[^\u0000-\u007f]/.test(raw);
  const units: OffsetUnit[] = ['code-points', ...(hasAstral ? ['utf16' as const] : []), ...(hasNonAscii ? ['utf8' as const] : [])];
  const lineBreaks: LineBreakCount[] = hasCrlf ? ['crlf-two', 'crlf-one'] : ['crlf-two'];
  // Preference on a tie: code points before UTF-16 before bytes, CRLF as written before CRLF as one.
  const order: OffsetConvention[] = [];
  for (const unit of units.filter((u) => u !== 'utf8')) for (const lb of lineBreaks) order.push({ unit, lineBreaks: lb });
  if (units.includes('utf8')) for (const lb of lineBreaks) order.push({ unit: 'utf8', lineBreaks: lb });
  return order;
}

// ---------------------------------------------------------------------------------------------
// Where a text is, and reading it

export type TextLocation =
  | { kind: 'internal'; path: string }
  | { kind: 'external'; path: string; written: string }
  | { kind: 'invalid'; written: string; reason: string };

/** Joins a basePath and a relative path with the base's own separator. */
function joinPath(base: string, relative: string): string {
  const separator = base.includes('\\') && !base.includes('/') ? '\\' : '/';
  const trimmedBase = base.replace(/[\\/]+$/, '');
  const rest = relative.replace(/^[\\/]+/, '').replace(/[\\/]/g, separator);
  return trimmedBase === '' ? rest : `${trimmedBase}${separator}${rest}`;
}

/** Where a plainTextPath or richTextPath points. */
export function locateText(written: string, basePath: string | null): TextLocation {
  const value = written.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase() ?? null;
  if (scheme === 'relative') {
    const rest = decodeURIComponentSafe(value.slice('relative://'.length));
    return { kind: 'external', written: value, path: basePath ? joinPath(basePath, rest) : rest };
  }
  if (scheme === 'absolute' || scheme === 'file') {
    let rest = decodeURIComponentSafe(value.slice(scheme.length + 3));
    if (/^\/[a-zA-Z]:[\\/]/.test(rest)) rest = rest.slice(1); // "absolute:///C:/data" -> "C:/data"
    return { kind: 'external', written: value, path: rest };
  }
  if (scheme !== null && scheme !== 'internal') {
    return { kind: 'invalid', written: value, reason: `its path "${value.slice(0, 80)}" is not a file Storyloom can read` };
  }
  const path = value.replace(/^internal:\/\//i, '').replace(/\\/g, '/').replace(/^\/+/, '');
  if (path === '' || path.split('/').includes('..')) {
    return { kind: 'invalid', written: value, reason: `its path "${value.slice(0, 80)}" points outside the project file` };
  }
  return { kind: 'internal', path: `sources/${path.replace(/^sources\//i, '')}` };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What a text belongs to, for messages: `source "Interview 2"`, `note "Memo 1"`. */
export interface TextOwner {
  what: string;
  plainTextPath: string | null;
  plainTextContent: string | null;
  richTextPath?: string | null;
}

/** How a text was found, for the import report. */
export type TextOrigin = 'file' | 'content' | 'rich-text' | 'external';

export type TextRead =
  | { ok: true; raw: string; origin: TextOrigin; path: string | null; notes: string[] }
  | { ok: false; path: string | null; reason: string };

export interface TextReadContext {
  zip: SafeZip;
  /** The project file's name, for refusals. */
  fileName: string;
  basePath: string | null;
  /** Reads a file outside the project file (relative:// or absolute://); null when it cannot. */
  readExternalFile?: (path: string) => Promise<Uint8Array | null>;
  /** Largest text accepted from outside the archive. */
  maxExternalBytes: number;
}

type Decoded = { raw: string; note: string | null } | { reason: string };

/** UTF-8 (the standard), UTF-16 with a BOM, else Windows-1252; binary data is not text. */
function decodeTextBytes(bytes: Uint8Array, path: string): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const raw = decodeUtf16(bytes.subarray(2), bytes[0] === 0xff);
    return { raw, note: `${path} is UTF-16 text, not UTF-8 as REFI-QDA asks; it was read as UTF-16` };
  }
  try {
    return { raw: decodeUtf8Text(bytes, { fatal: true }), note: null };
  } catch {
    if (looksBinary(bytes)) return { reason: `${path} is not text (it holds binary data)` };
    return { raw: decodeWindows1252(bytes), note: `${path} is not UTF-8 text; it was read as Windows-1252, so check accented letters and quotes` };
  }
}

/** The entry at `path` ("sources/x.txt"), also at the archive's root, also with a braced GUID's braces dropped. */
async function readInternal(ctx: TextReadContext, path: string): Promise<Uint8Array | null> {
  const candidates = [path, path.slice('sources/'.length)];
  if (/[{}]/.test(path)) candidates.push(...candidates.map((p) => p.replace(/[{}]/g, '')));
  for (const candidate of candidates) {
    const found = ctx.zip.find(candidate);
    if (found !== null) return ctx.zip.read(found);
  }
  return null;
}

async function readExternal(ctx: TextReadContext, location: { path: string; written: string }): Promise<Uint8Array | string> {
  const outside = `${location.written} is a file outside the project file (${location.path})`;
  if (!ctx.readExternalFile) return `${outside}, which cannot be read here; export the project from its tool with the sources embedded`;
  const bytes = await ctx.readExternalFile(location.path);
  if (bytes === null) return `${outside}, which could not be found`;
  if (bytes.length > ctx.maxExternalBytes) return `${outside}, which is larger than the ${formatBytes(ctx.maxExternalBytes)} limit`;
  return bytes;
}

/** The plain text at `written`, or why it could not be read. */
async function readPlainText(ctx: TextReadContext, written: string): Promise<TextRead> {
  const location = locateText(written, ctx.basePath);
  if (location.kind === 'invalid') return { ok: false, path: location.written, reason: location.reason };
  let bytes: Uint8Array | string;
  if (location.kind === 'internal') bytes = (await readInternal(ctx, location.path)) ?? `its text file ${location.path} is not in the project file`;
  else bytes = await readExternal(ctx, location);
  const shown = location.path;
  if (typeof bytes === 'string') return { ok: false, path: shown, reason: bytes };
  const decoded = decodeTextBytes(bytes, shown);
  if ('reason' in decoded) return { ok: false, path: shown, reason: decoded.reason };
  return { ok: true, raw: decoded.raw, origin: location.kind === 'internal' ? 'file' : 'external', path: shown, notes: decoded.note ? [decoded.note] : [] };
}

/** The text of a rich-text document in the archive (Word, OpenDocument, RTF), via the source importers. */
async function readRichText(ctx: TextReadContext, written: string): Promise<TextRead> {
  const location = locateText(written, ctx.basePath);
  if (location.kind === 'invalid') return { ok: false, path: location.written, reason: location.reason };
  if (location.kind === 'external') {
    return { ok: false, path: location.path, reason: `its only text is a document outside the project file (${location.path}), which cannot be read here` };
  }
  const bytes = await readInternal(ctx, location.path);
  if (bytes === null) return { ok: false, path: location.path, reason: `its document ${location.path} is not in the project file` };
  try {
    const parsed = await parseFile(bytes, location.path, { detectSpeakers: false });
    if (parsed.kind !== 'document') return { ok: false, path: location.path, reason: `its document ${location.path} is a spreadsheet, not a text` };
    return { ok: true, raw: parsed.text, origin: 'rich-text', path: location.path, notes: parsed.warnings };
  } catch (error) {
    if (error instanceof ImportError && error.problem === 'refused') {
      throw refusedFile(ctx.fileName, `its entry "${location.path}" ${error.message.replace(/^[^:]*:\s*/, '').replace(/\.$/, '')}`);
    }
    const why = error instanceof Error ? error.message.replace(/^[^:]*:\s*/, '').replace(/\.$/, '') : 'unreadable';
    return { ok: false, path: location.path, reason: `its document ${location.path} could not be read (${why})` };
  }
}

/**
 * The owner's text: its plainTextPath's file, else its PlainTextContent, else its rich-text
 * document. Never throws for a missing or unreadable text (it says why); throws ProjectFileError
 * for a hostile embedded document.
 */
export async function readOwnerText(ctx: TextReadContext, owner: TextOwner): Promise<TextRead> {
  const reasons: string[] = [];
  let path: string | null = null;
  if (owner.plainTextPath !== null && owner.plainTextPath.trim() !== '') {
    const read = await readPlainText(ctx, owner.plainTextPath);
    if (read.ok) return read;
    reasons.push(read.reason);
    path = read.path;
  }
  if (owner.plainTextContent !== null && owner.plainTextContent !== undefined) {
    return { ok: true, raw: owner.plainTextContent, origin: 'content', path: null, notes: [] };
  }
  if (owner.richTextPath && owner.richTextPath.trim() !== '') {
    const read = await readRichText(ctx, owner.richTextPath);
    if (read.ok) {
      const why = reasons.length > 0 ? reasons.join('; ') : 'it had no plain text';
      const note = `${why}, so its text was taken from ${read.path ?? 'its document'}; selections may sit a little off if the other tool extracted the text differently`;
      return { ...read, notes: [note, ...read.notes] };
    }
    reasons.push(read.reason);
    path ??= read.path;
  }
  if (reasons.length === 0) reasons.push('it has no text (no plainTextPath, PlainTextContent or richTextPath)');
  return { ok: false, path, reason: reasons.join('; ') };
}
