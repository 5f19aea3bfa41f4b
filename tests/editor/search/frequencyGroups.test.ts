import { beforeAll, describe, expect, it } from 'vitest';
import { asId, type AttributeId, type ProjectBundle } from '../../../shared/model';
import { NO_VALUE, UNATTRIBUTED, wordFrequencies, type FrequencyGroup, type FrequencySource } from '../../../shared/search/frequencies';
import {
  coreGrouping, groupByValue, groupingAttributes, parseGroupBy, visibleGroups, wholeProjectFrequencies, WHOLE_PROJECT_KEY,
} from '../../../renderer/search/frequencyGroups';
import { sampleBundle } from '../../support/sample';

let bundle: ProjectBundle;
let corpus: FrequencySource[] = [];
beforeAll(async () => {
  bundle = await sampleBundle();
  corpus = bundle.sources.map(({ source, text }) => ({ sourceId: source.id, label: source.label, text: text.text, turns: text.turns }));
});

describe('wholeProjectFrequencies', () => {
  it('adds up the sources: counts sum, sources count where the word occurs, tokens sum', () => {
    const perSource = wordFrequencies(corpus, { top: Infinity });
    const whole = wholeProjectFrequencies(perSource, Infinity);
    expect(whole.key).toBe(WHOLE_PROJECT_KEY);
    expect(whole.tokenCount).toBe(perSource.reduce((sum, g) => sum + g.tokenCount, 0));
    for (const entry of whole.words.slice(0, 40)) {
      const inSources = perSource.map((g) => g.words.find((w) => w.word === entry.word)?.count ?? 0);
      expect(entry.count).toBe(inSources.reduce((a, b) => a + b, 0));
      expect(entry.sources).toBe(inSources.filter((n) => n > 0).length);
    }
    const total = (groups: FrequencyGroup[]) => groups.flatMap((g) => g.words).reduce((sum, w) => sum + w.count, 0);
    expect(total([whole])).toBe(total(perSource));
  });

  it('sorts by count, then by word, and keeps the top N', () => {
    const group = (words: [string, number][]): FrequencyGroup =>
      ({ key: 'k', label: 'k', tokenCount: 10, words: words.map(([word, count]) => ({ word, count, sources: 1 })) });
    const whole = wholeProjectFrequencies([group([['beta', 2], ['alpha', 1]]), group([['alpha', 1], ['gamma', 5]])], 2);
    expect(whole.words).toEqual([{ word: 'gamma', count: 5, sources: 1 }, { word: 'alpha', count: 2, sources: 2 }]);
    expect(wholeProjectFrequencies([], 10)).toMatchObject({ tokenCount: 0, words: [] });
  });
});

describe('grouping by a participant attribute', () => {
  it('maps each participant to its category, or null without one, and offers only category attributes', () => {
    const group = bundle.attributes.find((a) => a.name === 'Group')!;
    expect(groupingAttributes(bundle.attributes).map((a) => a.name)).toEqual(['Group', 'Organisation category']);
    const grouping = coreGrouping({ by: 'attribute', attributeId: group.id }, bundle.participants);
    if (grouping.by !== 'participant') throw new Error('expected a participant grouping');
    const byLabel = new Map(bundle.participants.map((p) => [p.label, grouping.groupOf.get(p.id)]));
    expect(byLabel.get('Facilitator')).toBeNull();
    expect(byLabel.get('P1')).toBe('HSC professional');
    expect(byLabel.get('P2')).toBe('Carer');
    expect(coreGrouping({ by: 'source' }, bundle.participants)).toEqual({ by: 'source' });
  });

  it('shows only groups with words, named for a reader', () => {
    const group = (key: string, tokenCount: number): FrequencyGroup => ({ key, label: key, tokenCount, words: [] });
    const shown = visibleGroups([group('Carer', 5), group(NO_VALUE, 2), group(UNATTRIBUTED, 0)], 'Group');
    expect(shown.map((g) => g.label)).toEqual(['Carer', 'No Group recorded']);
    expect(visibleGroups([group(UNATTRIBUTED, 3)], 'Group')[0]!.label).toMatch(/^No participant/);
  });

  it('round-trips the choice through a select value', () => {
    const attributeId = asId<AttributeId>('a-1');
    for (const choice of [{ by: 'project' }, { by: 'source' }, { by: 'attribute', attributeId }] as const) {
      expect(parseGroupBy(groupByValue(choice))).toEqual(choice);
    }
  });
});
