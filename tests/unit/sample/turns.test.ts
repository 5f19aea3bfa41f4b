import { describe, expect, it } from 'vitest';
import { paragraphs, turnsByLabel } from '../../../shared/sample/turns';
import type { ParticipantId } from '../../../shared/model';

const p1 = 'p1' as ParticipantId;

describe('paragraphs', () => {
  it('finds non-blank paragraphs and trims trailing space', () => {
    const text = 'First line.\n\n  Second, indented.  \n\n\n\nThird\ncontinued.\n';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['First line.', 'Second, indented.', 'Third\ncontinued.']);
  });
  it('gives nothing for an empty or blank text', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs('\n \n\t\n')).toEqual([]);
  });
});

describe('turnsByLabel', () => {
  it('takes the speech after a known "Name: " and leaves prose with a colon alone', () => {
    const text = 'P1: I said: no.\n\nThe reason was simple: money.\n\nP9: Unknown speaker.';
    const turns = turnsByLabel(text, new Map([['P1', p1]]));
    expect(turns.map((t) => [t.speaker, text.slice(t.start, t.end)])).toEqual([
      ['P1', 'I said: no.'], [null, 'The reason was simple: money.'], [null, 'P9: Unknown speaker.'],
    ]);
    expect(turns[0]!.participantId).toBe(p1);
  });
});
