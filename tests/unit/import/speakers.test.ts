/**
 * Speaker detection on plain text (issue 3 item 2): the conventions real transcripts use, the
 * look-alikes that are not speakers, and the range convention (speech only, label outside).
 */
import { describe, expect, it } from 'vitest';
import { detectTurns, isSpeakerName, labelOfLine, type TurnDetection } from '../../../shared/import';

const speech = (text: string, detection: TurnDetection) => detection.turns.map((t) => text.slice(t.start, t.end));
const detect = (lines: string[]) => {
  const text = lines.join('\n');
  const detection = detectTurns(text);
  return { text, detection, speech: speech(text, detection) };
};

/** A long interview (over 40 lines) between Alice and Bob, for the frequency rules. */
const longInterview = (extra: string[]) => Array.from({ length: 24 }, (_, i) => [`Alice: Question ${i}?`, `Bob: Answer ${i}.`]).flat().concat(extra);

describe('speaker conventions', () => {
  it('reads `Name: text`, the label outside the turn', () => {
    const { text, detection, speech: s } = detect(['Facilitator: Welcome, everyone.', 'Mary Jones: Thank you.', 'Facilitator: Shall we start?']);
    expect(detection.speakers).toEqual([{ name: 'Facilitator', turns: 2 }, { name: 'Mary Jones', turns: 1 }]);
    expect(s).toEqual(['Welcome, everyone.', 'Thank you.', 'Shall we start?']);
    expect(text.slice(0, detection.turns[0]?.start)).toBe('Facilitator: ');
  });

  it('keeps hard-wrapped continuation lines in the turn of `Name:    text`', () => {
    const { detection, speech: s } = detect([
      'Interviewer:    So tell me about the first time you',
      '                asked for help.   ',
      'Carer 2:        We rang the GP, and then',
      '                nobody rang back.',
    ]);
    expect(detection.speakers).toEqual([{ name: 'Interviewer', turns: 1 }, { name: 'Carer 2', turns: 1 }]);
    expect(s).toEqual(['So tell me about the first time you\n                asked for help.', 'We rang the GP, and then\n                nobody rang back.']);
  });

  it('keeps later paragraphs of a speaker in the turn, up to the next label', () => {
    const { speech: s } = detect(['Dan: First paragraph.', '', 'Second paragraph.', '', 'Participant: Reply.']);
    expect(s).toEqual(['First paragraph.\n\nSecond paragraph.', 'Reply.']);
  });

  it('reads `[00:01:02] Name: text` and `Name (00:01:02): text`, keeping the time on the turn', () => {
    const { detection, speech: s } = detect(['[00:01:02] Ann: Hello.', 'Ben (00:01:09): Hi there.', '00:01:15 Ann: Again.']);
    expect(detection.turns.map((t) => [t.speaker, t.timestamp])).toEqual([['Ann', '00:01:02'], ['Ben', '00:01:09'], ['Ann', '00:01:15']]);
    expect(s).toEqual(['Hello.', 'Hi there.', 'Again.']);
  });

  it("reads Otter's `Name  0:03` header line, the speech on the lines below", () => {
    const { detection, speech: s } = detect(['Speaker 1  0:03', 'Hello and welcome.', '', 'Jo Smith  1:02:11', 'Thanks.']);
    expect(detection.turns.map((t) => [t.speaker, t.timestamp])).toEqual([['Speaker 1', '0:03'], ['Jo Smith', '1:02:11']]);
    expect(s).toEqual(['Hello and welcome.', 'Thanks.']);
  });

  it('reads QualCoder `[id1] text` labels', () => {
    const { detection, speech: s } = detect(['[id1] I liked it.', '[P2] Me too.']);
    expect(detection.speakers).toEqual([{ name: 'id1', turns: 1 }, { name: 'P2', turns: 1 }]);
    expect(s).toEqual(['I liked it.', 'Me too.']);
  });

  it('reads a label alone on its line (as PDF extraction leaves it), the speech on the next line', () => {
    const { speech: s, detection } = detect(['Dan:', 'Okay, first question.', 'Participant:', 'Yes.']);
    expect(detection.speakers).toEqual([{ name: 'Dan', turns: 1 }, { name: 'Participant', turns: 1 }]);
    expect(s).toEqual(['Okay, first question.', 'Yes.']);
  });

  it('makes the text before the first label unattributed paragraphs', () => {
    const { detection, speech: s } = detect(['Focus group 2, 12/11/15', '', 'Facilitator: Welcome.', 'P1: Hello.']);
    expect(detection.turns.map((t) => t.speaker)).toEqual([null, 'Facilitator', 'P1']);
    expect(s[0]).toBe('Focus group 2, 12/11/15');
  });

  it('keeps a recognised role that speaks once, even in a long document', () => {
    const { detection } = detect(longInterview(['Speaker 3: Can I add something?', 'Interviewer: Of course.']));
    expect(detection.speakers).toEqual([{ name: 'Alice', turns: 24 }, { name: 'Bob', turns: 24 }, { name: 'Speaker 3', turns: 1 }, { name: 'Interviewer', turns: 1 }]);
  });
});

describe('what is not a speaker', () => {
  it('a timestamp fragment at a line start continues the turn', () => {
    const { detection, speech: s } = detect(['Ann: We think the service', '00:22:01] needs to change.', 'Ben: Agreed.']);
    expect(detection.speakers).toEqual([{ name: 'Ann', turns: 1 }, { name: 'Ben', turns: 1 }]);
    expect(s[0]).toBe('We think the service\n00:22:01] needs to change.');
  });

  it('[inaudible 00:04:17] and [crosstalk] at a line start are not labels', () => {
    expect(labelOfLine('[inaudible 00:04:17] and then we left')).toBeNull();
    expect(labelOfLine('[crosstalk 00:05:01]')).toBeNull();
    expect(labelOfLine('[crosstalk] yes: exactly')).toBeNull();
    const { detection } = detect(['Ann: I said', '[inaudible 00:04:17]', 'Ben: Yes.', '[crosstalk]', 'Ann: Quite.']);
    expect(detection.speakers).toEqual([{ name: 'Ann', turns: 2 }, { name: 'Ben', turns: 1 }]);
  });

  it('a colon in ordinary prose, a URL, a long phrase or a heading is not a label', () => {
    expect(labelOfLine('The reason was simple: nobody told us.')).toBeNull();
    expect(labelOfLine('https://example.org/carers is the page')).toBeNull();
    expect(labelOfLine('What We Agreed At The End Of Session: more money')).toBeNull();
    expect(labelOfLine('Note: the recording stopped here.')).toBeNull();
    expect(labelOfLine('Step 2: ring the council.')).toBeNull();
    expect(labelOfLine('At 10:30 we met.')).toBeNull();
    expect(labelOfLine('10:30: arrival')).toBeNull();
    expect(isSpeakerName('Head of Service')).toBe(true);
    expect(isSpeakerName('ICE plots')).toBe(false);
  });

  it('plain prose with a colon has no speakers and splits by paragraph', () => {
    const text = 'The reason was simple: nobody told us.\nWe waited.\n\nSee https://example.org for more.';
    const detection = detectTurns(text);
    expect(detection.speakers).toEqual([]);
    expect(speech(text, detection)).toEqual(['The reason was simple: nobody told us.\nWe waited.', 'See https://example.org for more.']);
  });

  it('a `Name:` seen only once in a long document is prose, not a speaker', () => {
    const { detection, speech: s } = detect(longInterview(['Meanwhile: the kettle boiled.']));
    expect(detection.speakers).toEqual([{ name: 'Alice', turns: 24 }, { name: 'Bob', turns: 24 }]);
    expect(s[s.length - 1]).toBe('Answer 23.\nMeanwhile: the kettle boiled.');
  });

  it('a one-off `Name:` in a short dialogue is a speaker', () => {
    const { detection } = detect(['Priya: Can you hear me?', 'Tom: Yes.']);
    expect(detection.speakers).toEqual([{ name: 'Priya', turns: 1 }, { name: 'Tom', turns: 1 }]);
  });

  it('a single label in a short text is not a dialogue', () => {
    expect(detectTurns('Dear Sir: I write to complain.\n\nThe carers were late.').speakers).toEqual([]);
  });
});

describe('text without speakers', () => {
  it('gives one turn per blank-line paragraph, or per line when there are no blank lines', () => {
    const paragraphs = 'First line\nstill first.\n\n  Second.  \n';
    expect(speech(paragraphs, detectTurns(paragraphs))).toEqual(['First line\nstill first.', 'Second.']);
    const lines = 'One.\nTwo.\n\t\nThree.';
    expect(speech(lines, detectTurns(lines, { paragraphMode: 'line' }))).toEqual(['One.', 'Two.', 'Three.']);
    expect(speech('a\nb', detectTurns('a\nb'))).toEqual(['a', 'b']);
  });

  it('switched off, ignores labels', () => {
    const text = 'Ann: Hello.\nBen: Hi.';
    const detection = detectTurns(text, { detectSpeakers: false });
    expect(detection.speakers).toEqual([]);
    expect(speech(text, detection)).toEqual(['Ann: Hello.', 'Ben: Hi.']);
  });
});

describe('turn ranges', () => {
  it('are ordered, disjoint, trimmed, and never contain a label', () => {
    const text = ['Intro line', '', 'Ann:   Hello   ', '  and more.  ', '', 'Ben: Hi.\t', '[00:00:05] Ann: Bye.'].join('\n');
    const detection = detectTurns(text);
    let previousEnd = 0;
    for (const turn of detection.turns) {
      const body = text.slice(turn.start, turn.end);
      expect(turn.start).toBeGreaterThanOrEqual(previousEnd);
      expect(body).toBe(body.trim());
      expect(body).not.toMatch(/^(Ann|Ben):/m);
      previousEnd = turn.end;
    }
    expect(speech(text, detection)).toEqual(['Intro line', 'Hello   \n  and more.', 'Hi.', 'Bye.']);
  });
});
