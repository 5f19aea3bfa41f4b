import { describe, expect, it } from 'vitest';
import type { Participant, Turn } from '../../../shared/model';
import { attribution, quoteParticipant } from '../../../shared/quotes/attribution';
import { checkFidelity } from '../../../shared/quotes/fidelity';
import { sampleBundle } from '../../support/sample';

const person = (id: string, label: string, role: Participant['role'] = 'participant', isWithdrawn = false) =>
  ({ id, label, role, isWithdrawn }) as unknown as Participant;
const turn = (start: number, end: number, participantId: string | null) => ({ start, end, participantId }) as Turn;

describe('attribution', () => {
  const fg1 = { label: 'FG 1', kind: 'focus-group' } as const;
  const nar6 = { label: 'Nar. 6', kind: 'narrative' } as const;

  it('source style: the source label in brackets', () => {
    expect(attribution(fg1, { label: 'P4' }, 'source')).toBe('(FG 1)');
    expect(attribution(nar6, null, 'source')).toBe('(Nar. 6)');
  });

  it('participant style: "(participant 4, focus group 1)"', () => {
    expect(attribution(fg1, { label: 'P4' }, 'participant')).toBe('(participant 4, focus group 1)');
    expect(attribution(fg1, { label: 'P 4' }, 'participant')).toBe('(participant 4, focus group 1)');
    expect(attribution(fg1, { label: 'Participant 12' }, 'participant')).toBe('(participant 12, focus group 1)');
    expect(attribution(nar6, { label: 'p7' }, 'participant')).toBe('(participant 7, narrative 6)');
    expect(attribution({ label: 'Int. 3', kind: 'interview' }, { label: 'P1' }, 'participant')).toBe('(participant 1, interview 3)');
  });

  it('keeps other labels as written', () => {
    expect(attribution(fg1, { label: 'Carer A' }, 'participant')).toBe('(Carer A, focus group 1)');
    expect(attribution({ label: 'Minutes', kind: 'focus-group' }, { label: 'P2' }, 'participant')).toBe('(participant 2, Minutes)');
    expect(attribution({ label: 'Doc 2', kind: 'document' }, { label: 'P2' }, 'participant')).toBe('(participant 2, Doc 2)');
  });

  it('falls back to the source style when there is no participant', () => {
    expect(attribution(fg1, null, 'participant')).toBe('(FG 1)');
  });
});

describe('quoteParticipant', () => {
  // Facilitator 0-10, P1 12-20, P2 22-30, withdrawn P3 32-40, unattributed 42-50.
  const people = [person('f', 'Facilitator', 'facilitator'), person('p1', 'P1'), person('p2', 'P2'), person('p3', 'P3', 'participant', true)];
  const turns = [turn(0, 10, 'f'), turn(12, 20, 'p1'), turn(22, 30, 'p2'), turn(32, 40, 'p3'), turn(42, 50, null)];

  it('finds the one participant whose turn the coding lies in', () => {
    expect(quoteParticipant({ start: 13, end: 18 }, turns, people)?.label).toBe('P1');
  });

  it('ignores a facilitator’s words inside the coding', () => {
    expect(quoteParticipant({ start: 5, end: 18 }, turns, people)?.label).toBe('P1');
  });

  it('gives null for several participants, for nobody, and for a withdrawn participant', () => {
    expect(quoteParticipant({ start: 15, end: 25 }, turns, people)).toBeNull();
    expect(quoteParticipant({ start: 0, end: 8 }, turns, people)).toBeNull();
    expect(quoteParticipant({ start: 44, end: 48 }, turns, people)).toBeNull();
    expect(quoteParticipant({ start: 33, end: 38 }, turns, people)).toBeNull();
    expect(quoteParticipant({ start: 25, end: 38 }, turns, people)?.label).toBe('P2');
  });
});

describe('on the sample project', () => {
  it('attributes the first FG 1 coding to P2, and every coded extract passes its own fidelity check', async () => {
    const bundle = await sampleBundle();
    const fg1 = bundle.sources.find((s) => s.source.label === 'FG 1')!;
    const first = bundle.codings.find((c) => c.sourceId === fg1.source.id)!;
    const speaker = quoteParticipant(first, fg1.text.turns, bundle.participants);
    expect(attribution(fg1.source, speaker, 'participant')).toBe('(participant 2, focus group 1)');
    for (const coding of bundle.codings) {
      const text = bundle.sources.find((s) => s.source.id === coding.sourceId)!.text.text;
      expect(checkFidelity(text.slice(coding.start, coding.end), text).isFaithful).toBe(true);
    }
  });
});
