import { beforeAll, describe, expect, it } from 'vitest';
import { asId, type SourceId } from '../../../shared/model';
import { SearchError, searchCorpus, type SearchQuery, type SearchSource } from '../../../shared/search/search';
import { sampleBundle } from '../../support/sample';
import { generatedTranscript, mulberry32 } from '../coding/random';

const plain = (text: string, more: Partial<SearchQuery> = {}): SearchQuery =>
  ({ text, mode: 'plain', isWholeWord: false, isCaseSensitive: false, ...more });
const source = (text: string, turns: SearchSource['turns'] = [], label = 'T'): SearchSource =>
  ({ sourceId: asId<SourceId>(`id-${label}`), label, text, turns });

let corpus: SearchSource[] = [];
beforeAll(async () => {
  const bundle = await sampleBundle();
  corpus = bundle.sources.map(({ source: s, text }) => ({ sourceId: s.id, label: s.label, text: text.text, turns: text.turns }));
});

describe('searchCorpus on the sample project', () => {
  it('finds a phrase in keyword-in-context form with its source label and speaker', () => {
    const result = searchCorpus(corpus, { ...plain('telling your story', { isCaseSensitive: true }), mode: 'phrase' });
    expect(result.total).toBe(1);
    expect(searchCorpus(corpus, { ...plain('TELLING YOUR STORY'), mode: 'phrase' }).total).toBe(2);
    const [hit] = result.hits;
    expect(hit).toMatchObject({ label: 'FG 1', speaker: 'P3', match: 'telling your story' });
    expect(hit?.before.endsWith('The ')).toBe(true);
    expect(hit?.after.startsWith(' over and over.')).toBe(true);
  });

  it('reports offsets of the canonical text, and counts every source', () => {
    const result = searchCorpus(corpus, plain('forms'), { limit: 10_000 });
    expect(result.total).toBeGreaterThan(3);
    expect(result.counts.map((c) => c.label)).toEqual(corpus.map((s) => s.label));
    expect(result.counts.reduce((sum, c) => sum + c.count, 0)).toBe(result.total);
    for (const hit of result.hits) {
      const text = corpus.find((s) => s.sourceId === hit.sourceId)!.text;
      expect(text.slice(hit.start, hit.end)).toBe(hit.match);
      expect(text.slice(hit.start - hit.before.length, hit.end + hit.after.length)).toBe(hit.before + hit.match + hit.after);
    }
  });

  it('ignores case unless asked, and whole word rejects matches inside words', () => {
    const any = searchCorpus(corpus, plain('CARER'), { limit: 0 }).total;
    const exact = searchCorpus(corpus, plain('Carer', { isCaseSensitive: true }), { limit: 0 }).total;
    const whole = searchCorpus(corpus, plain('carer', { isWholeWord: true }), { limit: 10_000 });
    expect(exact).toBeLessThan(any);
    expect(whole.total).toBeLessThan(any);
    for (const hit of whole.hits) {
      expect(hit.before).not.toMatch(/\p{L}$/u);
      expect(hit.after).not.toMatch(/^\p{L}/u);
    }
  });

  it('ANDs plain terms within a turn and reports each occurrence of each term', () => {
    const result = searchCorpus(corpus, plain('forms folder'), { limit: 10_000 });
    const expected: string[] = [];
    for (const s of corpus) {
      for (const turn of s.turns) {
        const speech = s.text.slice(turn.start, turn.end).toLowerCase();
        if (!speech.includes('forms') || !speech.includes('folder')) continue;
        for (const match of speech.matchAll(/forms|folder/gu)) expected.push(`${s.label}@${turn.start + match.index}`);
      }
    }
    expect(expected.length).toBeGreaterThan(1);
    expect(result.hits.map((h) => `${h.label}@${h.start}`)).toEqual(expected);
  });

  it('gives hits on a speaker label no speaker, and narratives no speaker', () => {
    const labels = searchCorpus(corpus, { ...plain('^P3:'), mode: 'regex' }, { limit: 10_000 });
    expect(labels.total).toBeGreaterThan(3);
    expect(labels.hits.every((h) => h.speaker === null && h.before === '')).toBe(true);
    const narrative = searchCorpus(corpus.filter((s) => s.label.startsWith('Nar.')), plain('the'), { limit: 5 });
    expect(narrative.hits.every((h) => h.speaker === null)).toBe(true);
  });
});

describe('searchCorpus: query forms and edge cases', () => {
  it('matches a phrase across any run of white space, and any apostrophe for any other', () => {
    const text = 'you\n  know what I mean, and I don’t know, you know.';
    expect(searchCorpus([source(text)], { ...plain('you know'), mode: 'phrase' }).hits.map((h) => h.start)).toEqual([0, 42]);
    expect(searchCorpus([source(text)], plain("don't")).hits.map((h) => h.match)).toEqual(['don’t']);
  });

  it('drops an occurrence nested in another term’s occurrence', () => {
    const hits = searchCorpus([source('The carer cares for her.')], plain('care carer')).hits;
    expect(hits.map((h) => h.match)).toEqual(['carer', 'care']);
  });

  it('keeps offsets right where lower-casing changes lengths (Turkish İ), and matches İ for i', () => {
    const text = 'İİİ İSTANBUL: a carer in İstanbul, another in istanbul.';
    const carer = searchCorpus([source(text)], plain('carer')).hits;
    expect(carer.map((h) => h.start)).toEqual([text.indexOf('carer')]);
    const city = searchCorpus([source(text)], plain('istanbul')).hits;
    expect(city.map((h) => h.match)).toEqual(['İSTANBUL', 'İstanbul', 'istanbul']);
    expect(city.every((h) => text.slice(h.start, h.end) === h.match)).toBe(true);
    expect(searchCorpus([source(text)], plain('İstanbul', { isCaseSensitive: true })).total).toBe(1);
  });

  it('handles accents, other scripts and emoji, never splitting a surrogate pair in the context', () => {
    const text = 'Le CAFÉ était fermé 😩😩 καλημέρα σας';
    expect(searchCorpus([source(text)], plain('café', { isWholeWord: true })).total).toBe(1);
    expect(searchCorpus([source(text)], plain('caf', { isWholeWord: true })).total).toBe(0);
    expect(searchCorpus([source(text)], plain('ΚΑΛΗΜΈΡΑ')).total).toBe(1);
    const emoji = searchCorpus([source(text)], plain('😩'), { contextChars: 3 }).hits;
    expect(emoji.map((h) => h.start)).toEqual([20, 22]);
    for (const hit of emoji) expect(`${hit.before}|${hit.after}`).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$|[\uD800-\uDBFF]\||\|[\uDC00-\uDFFF]/u);
  });

  it('cuts context at a whole word and at a paragraph or turn edge', () => {
    const text = 'P1: We waited for the discharge letter for weeks.\n\nP2: Same here.';
    const turns = [{ start: 4, end: 49, speaker: 'P1' }, { start: 55, end: text.length, speaker: 'P2' }];
    const [hit] = searchCorpus([source(text, turns)], plain('discharge'), { contextChars: 12 }).hits;
    expect(hit).toMatchObject({ before: ' for the ', after: ' letter for ', speaker: 'P1' });
    const [end] = searchCorpus([source(text, turns)], plain('weeks'), { contextChars: 30 }).hits;
    expect(end?.after).toBe('.');
    const [first] = searchCorpus([source(text, turns)], plain('waited'), { contextChars: 30 }).hits;
    expect(first?.before).toBe('We ');
  });

  it('throws SearchError for an invalid regular expression, and survives zero-length matches', () => {
    expect(() => searchCorpus(corpus, { ...plain('(carer'), mode: 'regex' })).toThrow(SearchError);
    expect(() => searchCorpus(corpus, { ...plain('a)|(b'), mode: 'regex', isWholeWord: true })).toThrow(/Not a valid regular expression/);
    const text = 'a😩 b aa';
    expect(searchCorpus([source(text)], { ...plain('a*'), mode: 'regex' }).hits.map((h) => h.match)).toEqual(['a', 'aa']);
    expect(searchCorpus([source(text)], { ...plain('(?=b)'), mode: 'regex' }).total).toBe(0);
    expect(searchCorpus([source(text)], { ...plain('\\p{Extended_Pictographic}'), mode: 'regex' }).hits[0]?.match).toBe('😩');
  });

  it('finds nothing for an empty query or an empty corpus', () => {
    for (const text of ['', '   \n ']) {
      for (const mode of ['plain', 'phrase', 'regex'] as const) {
        const result = searchCorpus(corpus, { ...plain(text), mode });
        expect(result).toMatchObject({ hits: [], total: 0, truncated: false });
        expect(result.counts.every((c) => c.count === 0)).toBe(true);
      }
    }
    expect(searchCorpus([], plain('carer'))).toEqual({ hits: [], counts: [], total: 0, truncated: false });
  });

  it('stops materialising hits at the limit but keeps counting', () => {
    const all = searchCorpus(corpus, plain('the'), { limit: 100_000 });
    const some = searchCorpus(corpus, plain('the'), { limit: 3 });
    expect(some.hits).toEqual(all.hits.slice(0, 3));
    expect(some).toMatchObject({ total: all.total, truncated: true, counts: all.counts });
    expect(all.truncated).toBe(false);
  });

  it('searches 20 generated 60,000-character transcripts (sanity, not timing)', () => {
    const random = mulberry32(42);
    const texts = Array.from({ length: 20 }, (_, i) => source(generatedTranscript(random, 60_000), [], `G${i}`));
    const result = searchCorpus(texts, plain('discharge', { isCaseSensitive: true }), { limit: 200 });
    const expected = texts.reduce((sum, s) => sum + s.text.split('discharge').length - 1, 0);
    expect(result).toMatchObject({ total: expected, truncated: true });
    expect(searchCorpus(texts, plain('respite forms', { isWholeWord: true })).total).toBeGreaterThan(0);
    expect(searchCorpus(texts, { ...plain('care\\w+'), mode: 'regex' }).total).toBeGreaterThan(0);
  });
});
