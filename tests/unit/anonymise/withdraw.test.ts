import { describe, expect, it } from 'vitest';
import { planWithdrawal, WITHDRAWN } from '../../../shared/anonymise/withdraw';
import { speakerLabelRanges } from '../../../shared/anonymise/scanSources';
import type { ParticipantId, Turn } from '../../../shared/model';
import { turnsByLabel } from '../../../shared/sample/turns';

const p1 = 'p1' as ParticipantId;
const p2 = 'p2' as ParticipantId;
const text = 'P1: We had nobody.\n\nP2: I rang my sister Jean every day.\n\nP1: Same here, really.';
const turns: Turn[] = turnsByLabel(text, new Map([['P1', p1], ['P2', p2]]));
const at = (words: string, id: string) => ({ id, start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('planWithdrawal', () => {
  it("replaces each of their turns' speech with [withdrawn] and keeps the turns", () => {
    const plan = planWithdrawal(text, turns, [], p2)!;
    expect(plan.text).toBe('P1: We had nobody.\n\nP2: [withdrawn]\n\nP1: Same here, really.');
    expect(plan.turns.map((t) => plan.text.slice(t.start, t.end))).toEqual(['We had nobody.', WITHDRAWN, 'Same here, really.']);
    expect(plan.speech).toEqual(['I rang my sister Jean every day.']);
    expect(plan.turnCount).toBe(1);
  });

  it('removes codings within their turns, clips one running into them, keeps the others on their words', () => {
    const inside = at('my sister Jean', 'inside');
    const whole = at('I rang my sister Jean every day.', 'whole');
    const runsIn = { id: 'runs-in', start: text.indexOf('nobody.'), end: text.indexOf('I rang') + 6 };
    const after = at('Same here', 'after');
    const plan = planWithdrawal(text, turns, [inside, whole, runsIn, after], p2)!;
    expect(plan.removedCodings.map((c) => c.id)).toEqual(['inside', 'whole']);
    expect(plan.touchedCodings.map((c) => c.id)).toEqual(['inside', 'whole', 'runs-in']);
    const words = Object.fromEntries(plan.codings.map((c) => [c.id, plan.text.slice(c.start, c.end)]));
    expect(words).toEqual({ 'runs-in': 'nobody.\n\nP2: ', after: 'Same here' });
  });

  it('returns null for someone who does not speak in the source', () => {
    expect(planWithdrawal(text, turns, [], 'p3' as ParticipantId)).toBeNull();
  });
});

describe('speakerLabelRanges', () => {
  it('covers each "Name: " label in front of attributed speech', () => {
    expect(speakerLabelRanges(text, turns).map((r) => text.slice(r.start, r.end))).toEqual(['P1: ', 'P2: ', 'P1: ']);
  });
});
