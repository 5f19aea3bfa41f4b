/**
 * Quote clashes (DOMAIN.md "Quoting conventions"): one passage may be quoted under two
 * subthemes, but the same remark must not appear in the report in two slightly different
 * wordings. Two quotes clash when their codings lie in the same source with overlapping ranges
 * and their wordings differ.
 */
import type { Coding, CodingId, Quote, QuoteId } from '../model';
import { spokenWords } from './fidelity';

type ClashQuote = Pick<Quote, 'id' | 'codingId' | 'text'>;
type ClashCoding = Pick<Coding, 'id' | 'sourceId' | 'start' | 'end'>;

/**
 * "The same remark must not be quoted in two slightly different wordings": pairs of quotes whose
 * codings are in the same source with overlapping ranges but whose wordings differ (compared
 * after collapsing white space and dropping omission/insertion marks, i.e. the speaker's words
 * only, with typographic and straight apostrophes alike). The same wording under two codes is
 * fine. Ranges are half-open: codings that merely touch do not overlap. Quotes whose coding is
 * missing are ignored. Pairs come in the quotes' order, `a` before `b`.
 */
export function quoteClashes(quotes: readonly ClashQuote[], codings: readonly ClashCoding[]): { a: QuoteId; b: QuoteId }[] {
  const codingById = new Map<CodingId, ClashCoding>(codings.map((c) => [c.id, c]));
  const placed = quotes.flatMap((quote) => {
    const coding = codingById.get(quote.codingId);
    return coding ? [{ quote, coding, wording: spokenWords(quote.text) }] : [];
  });
  const clashes: { a: QuoteId; b: QuoteId }[] = [];
  placed.forEach((first, i) => {
    for (const second of placed.slice(i + 1)) {
      const overlaps = first.coding.sourceId === second.coding.sourceId
        && first.coding.start < second.coding.end && second.coding.start < first.coding.end;
      if (overlaps && first.wording !== second.wording) clashes.push({ a: first.quote.id, b: second.quote.id });
    }
  });
  return clashes;
}
