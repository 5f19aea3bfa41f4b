/**
 * The canonical form of a source's text (DESIGN.md "The data model"): no byte-order mark and
 * "\n" line endings, nothing else altered. Every offset Storyloom stores counts into this form,
 * so texts are canonicalised once, on the way in, and never again.
 */

const BOM = '\uFEFF';

/** Strips one leading BOM and turns CRLF and lone CR into "\n". Tabs, NBSPs, trailing spaces stay. */
export function canonicalText(raw: string): string {
  const withoutBom = raw.startsWith(BOM) ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** True when `text` is already canonical (no leading BOM, no CR). */
export function isCanonicalText(text: string): boolean {
  return !text.startsWith(BOM) && !text.includes('\r');
}

export interface DecodeOptions {
  /** Throw a TypeError on bytes that are not UTF-8, instead of decoding them to U+FFFD. */
  fatal?: boolean;
}

/**
 * Decodes UTF-8 bytes to a string, dropping a leading UTF-8 BOM (EF BB BF) if there is one.
 * Line endings are left as they are: pass the result to `canonicalText` for the stored form,
 * or keep it raw while offsets written against the raw text are still being converted.
 */
export function decodeUtf8Text(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const decoded = new TextDecoder('utf-8', { fatal: options.fatal ?? false, ignoreBOM: true }).decode(bytes);
  return decoded.startsWith(BOM) ? decoded.slice(1) : decoded;
}

/** UTF-8 bytes of a string, without a BOM (REFI-QDA's plain-text sources are BOM-less UTF-8). */
export function encodeUtf8Text(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A range of a text in UTF-16 offsets. */
export interface TextRange {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (half-open). */
  end: number;
}

/**
 * The non-blank lines of a canonical ("\n") text, each without its leading and trailing
 * whitespace. A plain-text export writes one paragraph per line, so a source imported without
 * speaker information gets one turn per non-blank line.
 */
export function nonBlankLines(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const trimmedLength = line.trimEnd().length;
    if (trimmedLength <= lead) continue;
    ranges.push({ start: match.index + lead, end: match.index + trimmedLength });
  }
  return ranges;
}
