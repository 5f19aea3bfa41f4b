/**
 * A small project for the quote and report tests: two focus groups, a withdrawn participant and
 * a facilitator, a five-code tree and five codings at known offsets; quotes as given.
 */
import type { ProjectBundle, Quote } from '../../../shared/model';

/** A text of `length` spaces with words placed at offsets. */
const textWith = (length: number, pieces: [number, string][]) => {
  const chars = Array.from({ length }, () => ' ');
  for (const [at, words] of pieces) [...words].forEach((c, i) => { chars[at + i] = c; });
  return chars.join('');
};

// FG 1 (order 0): P1 speaks 0-50. FG 2 (order 1): P2 0-50, the facilitator 50-100, withdrawn P9 100-150.
// Tree: T > S1, T > S2 > S2a; U has nothing.
export function smallProject(quotes: Partial<Quote>[] = []): ProjectBundle {
  const turn = (participantId: string, start: number, end: number) => ({ participantId, start, end, speaker: null, timestamp: null });
  return {
    project: { method: '' },
    codes: [['T', null], ['S1', 'T'], ['S2', 'T'], ['S2a', 'S2'], ['U', null]].map(([id, parentId], order) => ({
      id, parentId, name: `${id} name`, definition: `${id} means`, aliases: id === 'T' ? ['Tee'] : [], status: 'candidate', order,
    })),
    codings: [['k1', 'S1', 's1', 10, 20], ['k2', 'S1', 's0', 30, 40], ['k3', 'S2a', 's1', 60, 70], ['k4', 'S2', 's1', 110, 120],
      ['k5', 'T', 's1', 0, 5]].map(([id, codeId, sourceId, start, end]) => ({ id, codeId, sourceId, start, end })),
    sources: [
      { source: { id: 's1', label: 'FG 2', kind: 'focus-group', order: 1 },
        text: { text: textWith(150, [[0, 'Look,'], [10, 'every time'], [60, 'one number'], [110, 'late again']]),
          turns: [turn('p2', 0, 50), turn('f', 50, 100), turn('w', 100, 150)] } },
      { source: { id: 's0', label: 'FG 1', kind: 'focus-group', order: 0 },
        text: { text: textWith(50, [[30, 'my husband']]), turns: [turn('p1', 0, 50)] } },
    ],
    participants: [
      { id: 'p1', label: 'P1', role: 'participant', isWithdrawn: false }, { id: 'p2', label: 'P2', role: 'participant', isWithdrawn: false },
      { id: 'f', label: 'Facilitator', role: 'facilitator', isWithdrawn: false }, { id: 'w', label: 'P9', role: 'participant', isWithdrawn: true },
    ],
    attributes: [],
    quotes,
  } as unknown as ProjectBundle;
}

