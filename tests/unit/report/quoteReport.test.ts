import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../shared/model';
import { quoteReport } from '../../../shared/report/quoteReport';
import type { QuoteSection } from '../../../shared/report/types';
import { sampleWithoutReportData } from '../../support/sample';
import { smallProject } from '../quotes/smallProject';

const QUOTES: Partial<Quote>[] = [
  { id: 'q2' as never, codeId: 'S1' as never, codingId: 'k1' as never, order: 7, text: 'every time', attribution: '', fidelity: 'unchecked' },
  { id: 'q1' as never, codeId: 'S2a' as never, codingId: 'k3' as never, order: 5, text: 'one [phone] number', attribution: '', fidelity: 'ok' },
  { id: 'q4' as never, codeId: 'S1' as never, codingId: 'k2' as never, order: 2, text: 'my husband', attribution: '', fidelity: 'failed' },
  { id: 'q3' as never, codeId: 'U' as never, codingId: 'gone' as never, order: 1, text: 'lost coding', attribution: '(stored)', fidelity: 'ok' },
];

/** Sections as [heading, level, [quote texts with attributions], children]. */
type Shape = [string, number, string[], Shape[]];
const shape = (sections: readonly QuoteSection[]): Shape[] =>
  sections.map((s) => [s.heading, s.level, s.quotes.map((q) => `${q.text} ${q.attribution}`), shape(s.children)]);

describe('quoteReport', () => {
  it('puts curated quotes under their codes in order, drops empty sections and quotes whose coding is gone', () => {
    expect(shape(quoteReport(smallProject(QUOTES)))).toEqual([
      ['T name', 1, [], [
        ['S1 name', 2, ['my husband (FG 1)', 'every time (FG 2)'], []],
        ['S2 name', 2, [], [['S2a name', 3, ['one [phone] number (FG 2)'], []]]],
      ]],
    ]);
  });

  it('keeps each quote’s id, source and fidelity, and attributes by participant when asked', () => {
    const [theme] = quoteReport(smallProject(QUOTES), { style: 'participant' });
    expect(theme!.children[0]!.quotes).toEqual([
      { quoteId: 'q4', sourceId: 's0', text: 'my husband', attribution: '(participant 1, focus group 1)', fidelity: 'failed' },
      { quoteId: 'q2', sourceId: 's1', text: 'every time', attribution: '(participant 2, focus group 2)', fidelity: 'unchecked' },
    ]);
  });

  it('with no curated quotes, uses every extract of the leaf codes only when asked', () => {
    expect(quoteReport(smallProject())).toEqual([]);
    // k4 (S2) and k5 (T) are not on leaves; k2 comes first because FG 1 comes first.
    const sections = quoteReport(smallProject(), { allExtractsWhenNoQuotes: true });
    expect(shape(sections)).toEqual([
      ['T name', 1, [], [
        ['S1 name', 2, ['my husband (FG 1)', 'every time (FG 2)'], []],
        ['S2 name', 2, [], [['S2a name', 3, ['one number (FG 2)'], []]]],
      ]],
    ]);
    expect(sections[0]!.children[0]!.quotes[0]).toEqual({ quoteId: null, sourceId: 's0', text: 'my husband', attribution: '(FG 1)', fidelity: 'ok' });
    expect(shape(quoteReport(smallProject(QUOTES), { allExtractsWhenNoQuotes: true }))).toEqual(shape(quoteReport(smallProject(QUOTES))));
  });

  it('gives every coded extract of the sample under theme > perspective > subtheme', async () => {
    const sections = quoteReport(await sampleWithoutReportData(), { allExtractsWhenNoQuotes: true });
    const count = (list: readonly QuoteSection[]): number => list.reduce((n, s) => n + s.quotes.length + count(s.children), 0);
    expect(count(sections)).toBe(48);
    expect(sections.map((s) => s.heading)).toEqual([
      'Toughest challenges for integrating carer support services', 'Examples of integrated changes',
      'Experience of co-production and story-telling', 'Integration of services', 'Carer health and well-being', 'Carer support',
      'Cared-for (patient) health and well-being',
    ]);
    const adjustment = sections[0]!.children[0]!.children[0]!;
    expect([adjustment.heading, adjustment.level, adjustment.quotes.map((q) => q.attribution)]).toEqual(['Challenges of adjustment', 3, ['(FG 1)', '(FG 2)']]);
    expect(sections[3]!.children[0]!.quotes.map((q) => q.attribution)).toEqual(['(Nar. 1)', '(Nar. 1)', '(Nar. 4)']);
  });
});
