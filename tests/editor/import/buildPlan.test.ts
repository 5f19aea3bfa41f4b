/** From the user's choices in the preview to the plan that is stored. */
import { describe, expect, it } from 'vitest';
import { detectTurns, type ParsedDocument } from '../../../shared/import';
import { asId, type Participant, type ParticipantId, type ProjectId } from '../../../shared/model';
import { documentDraft, type DocumentDraft, type SpeakerChoice } from '../../../renderer/import/batch';
import { buildPlan } from '../../../renderer/import/buildPlan';
import { resolveSpeaker } from '../../../renderer/import/speakerTargets';

const projectId = asId<ProjectId>('00000000-0000-4000-8000-000000000001');
const p4: Participant = { id: asId<ParticipantId>('00000000-0000-4000-8000-0000000000a4'), projectId, label: 'P4', role: 'participant', attributes: {}, isWithdrawn: false, order: 0 };

function draft(key: number, text: string, label: string): DocumentDraft {
  const { turns, speakers } = detectTurns(text);
  const parsed: ParsedDocument = { kind: 'document', format: 'txt', text, turns, speakers, warnings: [] };
  return { ...documentDraft(key, `${label}.txt`, parsed, `hash-${key}`, [p4]), label };
}

const speak = (doc: DocumentDraft, name: string, patch: Partial<SpeakerChoice>): DocumentDraft =>
  ({ ...doc, speakers: doc.speakers.map((s) => (s.name === name ? { ...s, ...patch } : s)) });

describe('buildPlan', () => {
  it('applies renames, merges, facilitators and existing participants', () => {
    let fg = draft(1, 'Moderator: Hello.\nAnne: I care for my mum.\nAnn: And my dad.\nP4: Me too.\nJo: Yes.\n', 'FG 3');
    fg = speak(fg, 'Ann', { sameAs: 'Anne' });
    fg = speak(fg, 'Anne', { label: 'P12' });
    fg = speak(fg, 'Jo', { participantId: p4.id });
    expect(fg.speakers.find((s) => s.name === 'P4')?.participantId).toBe(p4.id);
    expect(resolveSpeaker(fg.speakers, 'Ann', [p4])).toEqual({ label: 'P12', isFacilitator: false, participant: null });

    const plan = buildPlan([fg], [p4]);
    expect(plan.participants).toEqual([
      { label: 'Moderator', role: 'facilitator', attributes: {}, origin: undefined },
      { label: 'P12', role: 'participant', attributes: {}, origin: undefined },
    ]);
    expect(plan.documents[0]?.speakers).toEqual({
      Moderator: { newParticipant: 'Moderator' }, Anne: { newParticipant: 'P12' }, Ann: { newParticipant: 'P12' },
      P4: { participantId: p4.id }, Jo: { participantId: p4.id },
    });
  });

  it('shares a new participant across the batch by label, and leaves unticked documents out', () => {
    const a = draft(1, 'Interviewer: Hello.\nSam: Hi.\n', 'Int. 1');
    const b = draft(2, 'Interviewer: Welcome back.\nSam: Thanks.\n', 'Int. 2');
    const c = { ...draft(3, 'Interviewer: Again.\nKim: Hi.\n', 'Int. 3'), isIncluded: false };
    const plan = buildPlan([a, b, c], []);
    expect(plan.documents.map((d) => d.label)).toEqual(['Int. 1', 'Int. 2']);
    expect(plan.participants.map((p) => [p.label, p.role])).toEqual([['Interviewer', 'facilitator'], ['Sam', 'participant']]);
    expect(() => buildPlan([c], [])).toThrow('Nothing to import');
  });

  it('makes a spreadsheet row\'s writer a participant with the row\'s attributes', () => {
    const row = { ...draft(4, 'I needed to upskill for my work.', 'Nar. 1'), respondent: { row: 3, label: 'ID5', attributes: { Age: '', Gender: 'm' } } };
    const plan = buildPlan([row], []);
    expect(plan.participants).toEqual([{ label: 'ID5', role: 'participant', attributes: { Age: '', Gender: 'm' }, origin: 'Nar. 1.txt row 3' }]);
    expect(plan.documents[0]).toMatchObject({ author: { newParticipant: 'ID5' }, date: null, contentHash: 'hash-4' });
  });
});
