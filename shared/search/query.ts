/**
 * Turns a search box's query into regular expressions over the original text. The text is never
 * lower-cased or normalised before searching, so every match's offsets are offsets of the
 * canonical text (case folding "İ" would change lengths, and with them every later offset).
 *
 * - plain: whitespace-separated terms, each its own pattern (searchCorpus ANDs them per turn);
 * - phrase: the words in order, any run of white space (including line breaks) between them;
 * - regex: JavaScript syntax as with the `u` flag (so `\p{L}` works; see needsUnicode) and `m`
 *   (so `^` is a line start).
 * Plain and phrase terms are literal, except that any apostrophe matches any other (' ’ ʼ ‘:
 * transcripts mix them) and, ignoring case, i I İ ı match one another (Unicode simple case
 * folding does not pair the Turkish letters with i and I). Whole word means no letter, mark or
 * digit just outside the match, in any script, on each edge of the term that is itself a word
 * character.
 */
import { codePointAt, isWordCodePoint } from '../coding/words';

export type SearchMode = 'plain' | 'phrase' | 'regex';

export interface SearchQuery {
  text: string;
  mode: SearchMode;
  isWholeWord: boolean;
  isCaseSensitive: boolean;
}

/** A query that cannot run, with a message fit to show the user. */
export class SearchError extends Error {
  override name = 'SearchError';
}

const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '\u2018']);
const DOTTED_I = new Set(['i', 'I', '\u0130', '\u0131']);
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

function literal(term: string, isCaseSensitive: boolean): string {
  let pattern = '';
  for (const char of term) {
    if (APOSTROPHES.has(char)) pattern += "['\u2019\u02bc\u2018]";
    else if (!isCaseSensitive && DOTTED_I.has(char)) pattern += '[iI\u0130\u0131]';
    else if (SYNTAX.has(char)) pattern += `\\${char}`;
    else pattern += char;
  }
  return pattern;
}

function wholeWord(pattern: string, words: string): string {
  const lastWidth = (words.codePointAt(words.length - 2) ?? 0) > 0xffff ? 2 : 1;
  const before = isWordCodePoint(codePointAt(words, 0)) ? NOT_WORD_BEFORE : '';
  const after = isWordCodePoint(codePointAt(words, words.length - lastWidth)) ? NOT_WORD_AFTER : '';
  return `${before}${pattern}${after}`;
}

/**
 * Whether a pattern needs the `u` flag: astral characters, `\p{…}` / `\u{…}` escapes, or
 * anything that could match half of a surrogate pair (`.`, negated classes, `\W` `\S` `\D`).
 * V8 runs a pattern without `u` about five times faster, and for every other pattern the
 * matches are the same (case-insensitive matching then also pairs ſ with s and K (Kelvin) with k
 * only under `u`: a difference no transcript search has met).
 */
export function needsUnicode(source: string): boolean {
  return /[\uD800-\uDFFF]|\\[pPk]|\\u\{|\.|\[\^|\\[WSD]/.test(source);
}

function withUnicode(source: string, flags: string): RegExp {
  return new RegExp(source, needsUnicode(source) ? `${flags}u` : flags);
}

function compileRegex(source: string, query: SearchQuery): RegExp {
  try {
    new RegExp(source, 'u'); // alone first: wrapping could hide a stray ")" or "|"
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    throw new SearchError(`Not a valid regular expression: ${reason}`);
  }
  const wrapped = query.isWholeWord ? `${NOT_WORD_BEFORE}(?:${source})${NOT_WORD_AFTER}` : source;
  return withUnicode(wrapped, query.isCaseSensitive ? 'gm' : 'gim');
}

/**
 * One global regular expression per term (plain mode: one per distinct term; phrase and regex
 * modes: one), or none for an empty query. Throws SearchError for an invalid regular
 * expression. O(length of the query).
 */
export function compileQuery(query: SearchQuery): RegExp[] {
  if (query.text.trim() === '') return [];
  if (query.mode === 'regex') return [compileRegex(query.text, query)];
  const flags = query.isCaseSensitive ? 'g' : 'gi';
  const words = query.text.trim().split(/\s+/u);
  const build = (source: string, text: string) =>
    withUnicode(query.isWholeWord ? wholeWord(source, text) : source, flags);
  if (query.mode === 'phrase') {
    const source = words.map((word) => literal(word, query.isCaseSensitive)).join('\\s+');
    return [build(source, words.join(' '))];
  }
  const seen = new Set<string>();
  const patterns: RegExp[] = [];
  for (const word of words) {
    const source = literal(word, query.isCaseSensitive);
    const key = query.isCaseSensitive ? source : source.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    patterns.push(build(source, word));
  }
  return patterns;
}
