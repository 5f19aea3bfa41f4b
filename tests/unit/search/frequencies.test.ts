import { beforeAll, describe, expect, it } from 'vitest';
import { asId, type ParticipantId, type ProjectBundle, type SourceId } from '../../../shared/model';
import { NO_VALUE, UNATTRIBUTED, wordFrequencies, type FrequencySource } from '../../../shared/search/frequencies';
import { forEachToken } from '../../../shared/search/tokens';
import { sampleBundle } from '../../support/sample';

const tokens = (text: string) => {
  const found: string[] = [];
  forEachToken(text, 0, text.length, (token) => found.push(token));
  return found;
};
const pid = (id: string) => asId<ParticipantId>(id);
const source = (label: string, text: string, turns: FrequencySource['turns'] = []): FrequencySource =>
  ({ sourceId: asId<SourceId>(`id-${label}`), label, text, turns });
const counts = (words: { word: string; count: number }[]) => Object.fromEntries(words.map((w) => [w.word, w.count]));

describe('forEachToken', () => {
  it('keeps apostrophes inside words and hyphenated words, folds case, typography and composition', () => {
    expect(tokens("Don’t panic: the well-being of carers' centre in 2015, İstanbul CAFÉ cafe\u0301 naïve 😩 κόσμε")).toEqual([
      "don't", 'panic', 'the', 'well-being', 'of', 'carers', 'centre', 'in', 'istanbul', 'café', 'café', 'naïve', 'κόσμε',
    ]);
    expect(tokens("-- 'quoted' -well- covid-19 ‐ x")).toEqual(['quoted', 'well', 'covid-19', 'x']);
    expect(tokens('')).toEqual([]);
  });
});

describe('wordFrequencies', () => {
  const SPEECH = 'Erm, you know, the respite, yeah, I mean respite is like, you know, everything. I know the carers.';

  it('removes stop words, and transcript fillers when asked, including "you know" but not "I know"', () => {
    const [plain] = wordFrequencies([source('FG', SPEECH)]);
    expect(counts(plain!.words)).toEqual({ erm: 1, respite: 2, yeah: 1, mean: 1, like: 1, know: 3, everything: 1, carers: 1 });
    const [clean] = wordFrequencies([source('FG', SPEECH)], { isFillerExcluded: true });
    expect(counts(clean!.words)).toEqual({ respite: 2, everything: 1, know: 1, carers: 1 });
    expect(clean!.tokenCount).toBe(18);
    const [all] = wordFrequencies([source('FG', SPEECH)], { stopWords: [], minLength: 1 });
    expect(all!.words[0]).toEqual({ word: 'know', count: 3, sources: 1 });
  });

  it('sorts by count then word, applies the minimum length and keeps the top N', () => {
    const [group] = wordFrequencies([source('N', 'zeta alpha beta alpha ox ox ox beta gamma')], { minLength: 4, top: 3 });
    expect(group!.words).toEqual([
      { word: 'alpha', count: 2, sources: 1 }, { word: 'beta', count: 2, sources: 1 }, { word: 'gamma', count: 1, sources: 1 },
    ]);
    const astral = wordFrequencies([source('N', 'ox 😩😩 \u{1D49C}\u{1D49C} abc')], { minLength: 3, stopWords: [] });
    expect(astral[0]!.words.map((w) => w.word)).toEqual(['abc']); // length counts characters, not UTF-16 units
  });

  it('groups by participant attribute value, with Unattributed and No value last', () => {
    const text = 'Title page\n\nP1: respite respite\n\nP2: respite forms\n\nP9: forms\n\nNote: forms';
    const turns = [
      { start: 16, end: 31, participantId: pid('p1') }, { start: 37, end: 50, participantId: pid('p2') },
      { start: 56, end: 61, participantId: pid('p9') }, { start: 69, end: 74, participantId: null },
    ];
    const groupOf = new Map<ParticipantId, string | null>([[pid('p1'), 'Carer'], [pid('p2'), 'HSC professional'], [pid('p9'), null]]);
    const groups = wordFrequencies([source('A', text, turns), source('B', text, turns)], { grouping: { by: 'participant', groupOf } });
    expect(groups.map((g) => [g.key, counts(g.words)])).toEqual([
      ['Carer', { respite: 4 }],
      ['HSC professional', { respite: 2, forms: 2 }],
      [NO_VALUE, { forms: 2 }],
      [UNATTRIBUTED, { title: 2, page: 2, forms: 2 }],
    ]);
    expect(groups[0]!.words[0]!.sources).toBe(2);
    const byPerson = wordFrequencies([source('A', text, turns)], { grouping: { by: 'participant', groupOf }, excludedParticipantIds: new Set([pid('p1')]) });
    expect(byPerson.map((g) => g.key)).toEqual(['HSC professional', NO_VALUE, UNATTRIBUTED]);
  });

  it('returns every source when grouping by source, and nothing for an empty corpus', () => {
    const groups = wordFrequencies([source('Empty', ''), source('One', 'respite')]);
    expect(groups.map((g) => [g.label, g.tokenCount, g.words.length])).toEqual([['Empty', 0, 0], ['One', 1, 1]]);
    expect(wordFrequencies([])).toEqual([]);
  });
});

describe('wordFrequencies on the sample project', () => {
  let bundle: ProjectBundle;
  let sources: FrequencySource[];
  beforeAll(async () => {
    bundle = await sampleBundle();
    sources = bundle.sources.map(({ source: s, text }) => ({ sourceId: s.id, label: s.label, text: text.text, turns: text.turns }));
  });

  it('never counts speaker labels', () => {
    const [fg1] = wordFrequencies(sources, { stopWords: [], minLength: 1, top: 100_000 });
    const inSpeech = fg1!.words.find((w) => w.word === 'facilitator')?.count ?? 0;
    const text = sources[0]!.text;
    const spoken = sources[0]!.turns.reduce((sum, t) => sum + (text.slice(t.start, t.end).match(/facilitator/giu)?.length ?? 0), 0);
    expect(text.match(/^Facilitator:/gmu)!.length).toBeGreaterThan(5);
    expect(inSpeech).toBe(spoken);
  });

  it('groups carers and professionals, leaving the facilitator out when asked', () => {
    const attribute = bundle.attributes.find((a) => a.name === 'Group')!;
    const groupOf = new Map(bundle.participants.map((p) => [p.id, (p.attributes[attribute.id] ?? null) as string | null]));
    const facilitators = new Set(bundle.participants.filter((p) => p.role === 'facilitator').map((p) => p.id));
    const grouping = { by: 'participant', groupOf } as const;
    const withAll = wordFrequencies(sources, { grouping });
    const without = wordFrequencies(sources, { grouping, excludedParticipantIds: facilitators });
    expect(without.map((g) => g.key)).toEqual(['Carer', 'HSC professional', UNATTRIBUTED]);
    expect(withAll.map((g) => g.key)).toContain(NO_VALUE);
    let facilitatorTokens = 0;
    for (const s of sources) {
      for (const turn of s.turns) {
        if (turn.participantId && facilitators.has(turn.participantId)) forEachToken(s.text, turn.start, turn.end, () => facilitatorTokens++);
      }
    }
    const total = (groups: typeof withAll) => groups.reduce((sum, g) => sum + g.tokenCount, 0);
    expect(total(withAll) - total(without)).toBe(facilitatorTokens);
    expect(without[0]!.words[0]!.count).toBeGreaterThan(5);
  });
});
