import { describe, expect, it } from 'vitest';
import { codeCounts, codingParticipants } from '../../../shared/analysis/codeCounts';
import { buildCodeTree } from '../../../shared/analysis/codeTree';
import type { Code, Coding, Turn } from '../../../shared/model';
import { sampleBundle } from '../../support/sample';

const code = (id: string, parentId: string | null) => ({ id, parentId, order: 0, name: id }) as unknown as Code;
const coding = (codeId: string, sourceId: string, start: number, end: number) => ({ codeId, sourceId, start, end }) as unknown as Coding;
const turn = (start: number, end: number, participantId: string | null) => ({ start, end, participantId }) as Turn;

// Source s1: P1 speaks 0-10, unattributed 10-12, P2 speaks 12-20, P1 again 20-30.
const S1 = [turn(0, 10, 'P1'), turn(10, 12, null), turn(12, 20, 'P2'), turn(20, 30, 'P1')];

describe('codingParticipants', () => {
  it('finds the speakers of every turn a coding overlaps, once each', () => {
    expect(codingParticipants({ start: 2, end: 5 }, S1)).toEqual(['P1']);
    expect(codingParticipants({ start: 5, end: 25 }, S1).sort()).toEqual(['P1', 'P2']);
    expect(codingParticipants({ start: 0, end: 30 }, S1).sort()).toEqual(['P1', 'P2']);
  });

  it('treats offsets as half-open: touching a turn at its edge is not overlapping it', () => {
    expect(codingParticipants({ start: 10, end: 12 }, S1)).toEqual([]);
    expect(codingParticipants({ start: 8, end: 12 }, S1)).toEqual(['P1']);
    expect(codingParticipants({ start: 20, end: 21 }, S1)).toEqual(['P1']);
  });

  it('gives nobody for an empty range, no turns, or text past the last turn', () => {
    expect(codingParticipants({ start: 4, end: 4 }, S1)).toEqual([]);
    expect(codingParticipants({ start: 0, end: 5 }, [])).toEqual([]);
    expect(codingParticipants({ start: 30, end: 40 }, S1)).toEqual([]);
  });
});

describe('codeCounts', () => {
  const tree = buildCodeTree([code('theme', null), code('a', 'theme'), code('b', 'theme'), code('other', null)], []);
  const turns = new Map([['s1', S1], ['s2', [turn(0, 50, 'P3')]]]);

  it('rolls codings, sources and participants up the tree, counting each source and person once', () => {
    const counts = codeCounts(tree, [
      coding('a', 's1', 0, 5), coding('a', 's1', 22, 25), coding('b', 's1', 13, 15), coding('b', 's2', 0, 5), coding('theme', 's2', 10, 20),
    ], turns);
    expect(counts.get('a')).toEqual({ ownCodings: 2, codings: 2, sources: 1, participants: 1 });
    expect(counts.get('b')).toEqual({ ownCodings: 2, codings: 2, sources: 2, participants: 2 });
    expect(counts.get('theme')).toEqual({ ownCodings: 1, codings: 5, sources: 2, participants: 3 });
    expect(counts.get('other')).toEqual({ ownCodings: 0, codings: 0, sources: 0, participants: 0 });
  });

  it('still counts codings and sources of a source whose turns are unknown', () => {
    const counts = codeCounts(tree, [coding('a', 'unknown', 0, 5)], turns);
    expect(counts.get('theme')).toEqual({ ownCodings: 0, codings: 1, sources: 1, participants: 0 });
  });

  it('on the sample: a theme\'s codings equal the codings of its subtree, and participants never exceed the people there are', async () => {
    const sample = await sampleBundle();
    const forest = buildCodeTree(sample.codes, sample.codings);
    const counts = codeCounts(forest, sample.codings, new Map(sample.sources.map((s) => [s.source.id, s.text.turns])));
    const total = forest.reduce((sum, n) => sum + counts.get(n.code.id)!.codings, 0);
    expect(total).toBe(sample.codings.length);
    for (const node of forest) {
      expect(counts.get(node.code.id)!.codings).toBe(node.totalCodings);
      expect(counts.get(node.code.id)!.sources).toBe(node.sources);
      expect(counts.get(node.code.id)!.participants).toBeLessThanOrEqual(sample.participants.length);
    }
    expect(Math.max(...forest.map((n) => counts.get(n.code.id)!.participants))).toBeGreaterThan(0);
  });
});
