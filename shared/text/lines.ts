/**
 * Lines of a canonical text as ranges. A plain-text export writes one paragraph per line, so a
 * source imported without any speaker information gets one turn per non-blank line.
 */

export interface TextRange {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (half-open). */
  end: number;
}

/**
 * The non-blank lines of a canonical ("\n") text, each without its leading and trailing
 * whitespace. Blank and whitespace-only lines give no range.
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
