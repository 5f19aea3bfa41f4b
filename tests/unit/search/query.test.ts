import { describe, expect, it } from 'vitest';
import { asId, type SourceId } from '../../../shared/model';
import { compileQuery, needsUnicode } from '../../../shared/search/query';
import { searchCorpus, type SearchQuery, type SearchSource } from '../../../shared/search/search';

const regex = (text: string, more: Partial<SearchQuery> = {}): SearchQuery =>
  ({ text, mode: 'regex', isWholeWord: false, isCaseSensitive: false, ...more });
const source = (text: string): SearchSource => ({ sourceId: asId<SourceId>('s'), label: 'S', text, turns: [] });

describe('needsUnicode: which patterns keep the u flag', () => {
  it('plain ASCII patterns, classes and \\b run without it', () => {
    for (const p of ['\\b(carer|caring)s?\\b', 'resp[ia]te', 'a{2,3}', '^Facilitator:', '\\d+ hours', '\\w+ing']) {
      expect(needsUnicode(p), p).toBe(false);
    }
  });

  it('property escapes, code point escapes, astral characters and anything that could split a pair keep it', () => {
    for (const p of ['\\p{L}+', '\\P{N}', '\\u{1F600}', '😀', 'a.b', '[^a]', '\\W', '\\S+', '\\D', '(?<n>a)\\k<n>']) {
      expect(needsUnicode(p), p).toBe(true);
    }
  });

  it('compiles accordingly, and both kinds find the same, at the same offsets', () => {
    expect(compileQuery(regex('\\bcarers?\\b'))[0]!.flags).toBe('gim');
    expect(compileQuery(regex('\\p{Lu}\\w+'))[0]!.flags).toBe('gimu');
    const text = 'Carers 😀 and carer. 😀x CARER';
    const ascii = searchCorpus([source(text)], regex('\\bcarers?\\b'));
    expect(ascii.hits.map((h) => [h.start, h.match])).toEqual([[0, 'Carers'], [14, 'carer'], [25, 'CARER']]);
    // "." must never take half of the emoji: with u it matches the whole pair.
    const dot = searchCorpus([source(text)], regex('. and'));
    expect(dot.hits.map((h) => h.match)).toEqual(['😀 and']);
  });
});
