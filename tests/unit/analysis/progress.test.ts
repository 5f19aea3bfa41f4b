import { describe, expect, it } from 'vitest';
import { projectProgress } from '../../../shared/analysis/progress';
import type { Code, Coding, Participant, Quote, Source } from '../../../shared/model';

const source = (id: string, order: number, isRead: boolean, kind: Source['kind'] = 'focus-group') =>
  ({ id, label: `S${order}`, order, isRead, kind }) as unknown as Source;
const code = (id: string, parentId: string | null, definition = 'd', status: Code['status'] = 'candidate') =>
  ({ id, parentId, definition, status }) as unknown as Code;
const coding = (sourceId: string, codeId: string, coderId = 'c1') => ({ sourceId, codeId, coderId }) as unknown as Coding;
const person = (role: Participant['role'], isWithdrawn = false) => ({ role, isWithdrawn }) as unknown as Participant;

describe('projectProgress', () => {
  it('counts by hand-checked values', () => {
    const progress = projectProgress({
      sources: [source('a', 1, true), source('b', 2, false, 'narrative'), source('c', 3, true, 'narrative')],
      participants: [person('participant'), person('participant'), person('facilitator'), person('participant', true)],
      codes: [code('t1', null, 'd', 'reviewed'), code('s1', 't1'), code('s2', 't1', ''), code('loose', null, '')],
      codings: [coding('a', 's1'), coding('a', 's2', 'c2'), coding('c', 's1')],
      memos: [],
      quotes: [{ fidelity: 'failed' }, { fidelity: 'ok' }] as Quote[],
    });
    expect(progress).toMatchObject({
      sources: 3, sourcesRead: 2, sourcesUnread: 1, sourcesWithNoCoding: ['S2'],
      participants: 2, facilitators: 1, withdrawn: 1,
      codes: 4, themes: 2, codesNotUnderTheme: 1, codesWithoutDefinition: 2,
      codings: 3, coders: 2, quotes: 2, quotesFailingFidelity: 1,
    });
    expect(progress.sourcesByKind).toEqual({ 'focus-group': 1, interview: 0, narrative: 2, document: 0 });
    expect(progress.phases.map((p) => [p.phase, p.done, p.total])).toEqual([
      ['familiarise', 2, 3], ['code', 2, 3], ['themes', 3, 4], ['review', 1, 2], ['define', 2, 4], ['report', 1, 2],
    ]);
    expect(progress.phases[0]!.summary).toBe('2 of 3 sources read');
  });

  it('gives zeros and plain words for an empty project', () => {
    const progress = projectProgress({ sources: [], participants: [], codes: [], codings: [], memos: [], quotes: [] });
    expect(progress.sources).toBe(0);
    expect(progress.phases.every((p) => p.done === 0 && p.total === 0)).toBe(true);
    expect(progress.phases.find((p) => p.phase === 'report')!.summary).toBe('No quotes chosen yet');
  });
});
