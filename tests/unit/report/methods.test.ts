import { describe, expect, it } from 'vitest';
import type { ProjectBundle, SourceKind } from '../../../shared/model';
import { datesPhrase } from '../../../shared/report/dates';
import { methodsParagraph } from '../../../shared/report/methods';
import { sampleBundle } from '../../support/sample';

describe('methodsParagraph', () => {
  it('describes the sample project', async () => {
    expect(methodsParagraph(await sampleBundle())).toBe('Data came from 2 focus groups held on 11 and 12 March 2025 with 11 '
      + 'participants, and 4 written narratives. The data were analysed using inductive thematic analysis (Braun & Clarke, 2006).');
  });

  type SourceRow = [kind: SourceKind, date: string | null, speakers: string[]];
  const bundleOf = (sources: SourceRow[], method = 'Framework analysis.') => ({
    project: { method },
    participants: [
      { id: 'p1', role: 'participant', isWithdrawn: false }, { id: 'p2', role: 'participant', isWithdrawn: false },
      { id: 'p3', role: 'participant', isWithdrawn: false }, { id: 'gone', role: 'participant', isWithdrawn: true },
      { id: 'f', role: 'facilitator', isWithdrawn: false }, { id: 'silent', role: 'participant', isWithdrawn: false },
    ],
    sources: sources.map(([kind, date, speakers]) => ({ source: { kind, date }, text: { turns: speakers.map((participantId) => ({ participantId })) } })),
  }) as unknown as ProjectBundle;

  it('counts only participants who speak or write, not facilitators, withdrawn or silent ones; one of each kind is singular', () => {
    expect(methodsParagraph(bundleOf([['interview', '2024-05-02', ['f', 'p1', 'gone']]]))).toBe(
      'Data came from 1 interview held on 2 May 2024 with 1 participant. The data were analysed using framework analysis.');
  });

  it('joins focus groups and interviews, and gives narrative and document authors, with a total', () => {
    expect(methodsParagraph(bundleOf([
      ['focus-group', '2025-01-20', ['p1', 'p2']], ['interview', '2025-03-12', ['p2']], ['interview', null, ['p2']],
      ['narrative', '2024-12-01', ['p3']], ['narrative', null, []], ['document', null, []],
    ]))).toBe('Data came from 1 focus group held on 20 January 2025 and 2 interviews held on 12 March 2025, with 2 participants, '
      + '2 written narratives by 1 participant, and 1 document. In all, 3 participants took part. '
      + 'The data were analysed using framework analysis.');
  });

  it('never mentions a kind with no sources, nor dates that are unknown', () => {
    expect(methodsParagraph(bundleOf([['narrative', '2025-01-01', []], ['document', null, []], ['document', null, []]], ''))).toBe(
      'Data came from 1 written narrative and 2 documents.');
    expect(methodsParagraph(bundleOf([['focus-group', null, []]], ''))).toBe('Data came from 1 focus group.');
    expect(methodsParagraph(bundleOf([], 'IPA'))).toBe('The data were analysed using IPA.');
    expect(methodsParagraph(bundleOf([], ' '))).toBe('');
  });

  it('keeps the capital of a name or an acronym that starts the method', () => {
    expect(methodsParagraph(bundleOf([], "Braun and Clarke's reflexive thematic analysis"))).toBe(
      "The data were analysed using Braun and Clarke's reflexive thematic analysis.");
    expect(methodsParagraph(bundleOf([], 'NVivo-assisted coding'))).toBe('The data were analysed using NVivo-assisted coding.');
  });
});

describe('datesPhrase', () => {
  it('writes one date, two dates in a month, across months and across years', () => {
    expect(datesPhrase(['2015-11-11'])).toBe('on 11 November 2015');
    expect(datesPhrase(['2025-03-12', '2025-03-11', '2025-03-12'])).toBe('on 11 and 12 March 2025');
    expect(datesPhrase(['2025-03-12', '2025-01-20'])).toBe('on 20 January and 12 March 2025');
    expect(datesPhrase(['2025-01-02', '2024-12-30'])).toBe('on 30 December 2024 and 2 January 2025');
  });

  it('gives a range for three dates or more', () => {
    expect(datesPhrase(['2025-03-12', '2025-01-20', '2025-02-04'])).toBe('between 20 January and 12 March 2025');
    expect(datesPhrase(['2025-03-03', '2025-03-20', '2025-03-10'])).toBe('between 3 and 20 March 2025');
    expect(datesPhrase(['2024-11-03', '2025-03-20', '2025-01-10'])).toBe('between 3 November 2024 and 20 March 2025');
  });

  it('ignores unknown and malformed dates', () => {
    expect(datesPhrase([null, 'soon', '2025-13-01', '2025-02-04T10:00:00Z'])).toBe('on 4 February 2025');
    expect(datesPhrase([null])).toBeNull();
  });
});

describe('methodsParagraph lists', () => {
  it('puts a comma before "and" only after a long item', () => {
    const bundle = (kinds: SourceKind[]) => ({
      project: { method: '' }, participants: [],
      sources: kinds.map((kind) => ({ source: { kind, date: null }, text: { turns: [] } })),
    }) as unknown as ProjectBundle;
    expect(methodsParagraph(bundle(['focus-group', 'narrative', 'document']))).toBe('Data came from 1 focus group, 1 written narrative and 1 document.');
    expect(methodsParagraph(bundle(['focus-group', 'focus-group', 'narrative']))).toBe('Data came from 2 focus groups and 1 written narrative.');
  });
});
