/**
 * Quote fidelity (DOMAIN.md "Quoting conventions"): an edited quote may leave speech out
 * (` ... `) and add the researcher's words in square brackets (`[son]`, `stay[ed]`,
 * `[general agreement of FG]`), but every word it gives as the speaker's must be in the source,
 * in the same order and spelt as spoken. Pure string work; no offsets.
 */

export type QuotePart = { kind: 'words' | 'omission' | 'insertion'; text: string };

export interface FidelityProblem { fragment: string; reason: 'missing' | 'out-of-order' }
export interface FidelityResult { isFaithful: boolean; problems: FidelityProblem[] }

/** Omission marks first (so `[...]` is not read as an insertion), then any other bracketed text. */
const MARKS = /\[(?:\.\.\.|…)\]|\.\.\.|…|\[[^[\]]*\]/g;
const OMISSION = /^(?:\[(?:\.\.\.|…)\]|\.\.\.|…)$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Splits an edited quote: ' ... ' / '...' / '…' / '[...]' / '[…]' are omissions; any other
 * [bracketed] text is the researcher's insertion (also mid-word: "stay[ed]"); the rest is words.
 * Each part keeps its text exactly as written (insertions with their brackets, words with their
 * surrounding spaces), so joining the parts' texts gives the quote back. An unmatched "[" is
 * read as words.
 */
export function splitQuote(quote: string): QuotePart[] {
  const parts: QuotePart[] = [];
  let last = 0;
  for (const match of quote.matchAll(MARKS)) {
    if (match.index > last) parts.push({ kind: 'words', text: quote.slice(last, match.index) });
    parts.push({ kind: OMISSION.test(match[0]) ? 'omission' : 'insertion', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < quote.length) parts.push({ kind: 'words', text: quote.slice(last) });
  return parts;
}

/** Any run of white space becomes one space; typographic quotes and apostrophes become straight ones. */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

/** A fragment of the speaker's words to look for, and whether each edge must fall between words. */
interface Fragment {
  written: string;
  needle: string;
  boundedStart: boolean;
  boundedEnd: boolean;
}

/**
 * The speaker's words of a quote as fragments. A fragment with no letter or digit (a full stop
 * after an omission or a note) is the researcher's punctuation and is not checked. An edge that
 * touches white space or the end of the quote must match at a word boundary in the source ("care"
 * is not found in "careful"); an edge that touches a bracket or an omission mark directly does not
 * ("stay[ed]" finds "stay" in "stayed").
 */
function fragments(quote: string): Fragment[] {
  const parts = splitQuote(quote);
  const result: Fragment[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== 'words') return;
    const needle = normaliseForMatch(part.text).trim();
    if (!WORD_CHAR.test(needle)) return;
    result.push({
      written: part.text.trim().replace(/\s+/g, ' '),
      needle,
      boundedStart: index === 0 || /^\s/.test(part.text),
      boundedEnd: index === parts.length - 1 || /\s$/.test(part.text),
    });
  });
  return result;
}

/** The first place at or after `from` where the fragment matches, respecting its word boundaries; -1 if none. */
function findFragment(haystack: string, fragment: Fragment, from: number): number {
  const { needle } = fragment;
  const first = needle[0] ?? '';
  const lastChar = needle[needle.length - 1] ?? '';
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = at > 0 ? haystack[at - 1]! : '';
    const after = haystack[at + needle.length] ?? '';
    const startOk = !fragment.boundedStart || !WORD_CHAR.test(first) || !WORD_CHAR.test(before);
    const endOk = !fragment.boundedEnd || !WORD_CHAR.test(lastChar) || !WORD_CHAR.test(after);
    if (startOk && endOk) return at;
  }
  return -1;
}

/**
 * Every unbracketed fragment must appear, in order, in the source extract: whitespace-insensitive
 * (any run of white space matches any other, incl. line breaks); typographic and straight
 * quotes/apostrophes are treated alike; otherwise exact (case and spelling: speech is never
 * corrected). An empty quote or one with no words is not faithful (one 'missing' problem naming
 * the whole quote). A fragment found only before the previous one is 'out-of-order'; one found
 * nowhere is 'missing'. Fragments are matched as early as possible, which never misses an
 * in-order match that exists.
 */
export function checkFidelity(quote: string, extract: string): FidelityResult {
  const list = fragments(quote);
  if (list.length === 0) return { isFaithful: false, problems: [{ fragment: quote.trim(), reason: 'missing' }] };
  const haystack = normaliseForMatch(extract);
  const problems: FidelityProblem[] = [];
  let cursor = 0;
  for (const fragment of list) {
    const at = findFragment(haystack, fragment, cursor);
    if (at >= 0) {
      cursor = at + fragment.needle.length;
      continue;
    }
    const anywhere = findFragment(haystack, fragment, 0);
    problems.push({ fragment: fragment.written, reason: anywhere >= 0 ? 'out-of-order' : 'missing' });
  }
  return { isFaithful: problems.length === 0, problems };
}

/** The speaker's words of a quote, white space collapsed, omissions and insertions dropped (for comparing wordings). */
export function spokenWords(quote: string): string {
  return fragments(quote).map((f) => f.needle).join(' ');
}
