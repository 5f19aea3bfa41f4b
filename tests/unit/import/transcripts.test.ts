/**
 * Every transcript fixture in ../shared/fixtures/transcripts imports with the speakers and turn
 * counts counted by hand from the files, and turns that hold the speech only (no label, no
 * timestamp), continuation lines included.
 */
import { describe, expect, it } from 'vitest';
import { parseFile, type ParsedDocument, type ParsedFile } from '../../../shared/import';
import { fixtureBytes, fixtureText, TRANSCRIPTS } from './support/fixtures';

async function importFixture(name: string): Promise<ParsedDocument> {
  const parsed: ParsedFile = await parseFile(fixtureBytes(TRANSCRIPTS, name), name);
  if (parsed.kind !== 'document') throw new Error(`${name} parsed as a table`);
  return parsed;
}

const speech = (doc: ParsedDocument) => doc.turns.map((t) => doc.text.slice(t.start, t.end));

describe('WebVTT from Zoom (turnchunk_zoom.vtt)', () => {
  it('finds Priya Raman twice and Tom Ableton once, from `Name: text` cues', async () => {
    const doc = await importFixture('turnchunk_zoom.vtt');
    expect(doc.format).toBe('vtt');
    expect(doc.speakers).toEqual([{ name: 'Priya Raman', turns: 2 }, { name: 'Tom Ableton', turns: 1 }]);
    expect(doc.turns.map((t) => [t.speaker, t.timestamp])).toEqual([
      ['Priya Raman', '00:00:02.100'], ['Tom Ableton', '00:00:05.400'], ['Priya Raman', '00:00:07.900'],
    ]);
    // A colon inside the speech does not start a new speaker.
    expect(speech(doc)[2]).toBe("Great. So here's the thing: we're behind on the audit.");
    expect(doc.text).toBe([
      'Priya Raman: Can everyone hear me okay?',
      'Tom Ableton: Yep, coming through fine.',
      "Priya Raman: Great. So here's the thing: we're behind on the audit.",
    ].join('\n'));
  });
});

describe('WebVTT from Teams (turnchunk_teams.vtt)', () => {
  it('reads <v Name> voice spans and merges consecutive cues of one speaker', async () => {
    const doc = await importFixture('turnchunk_teams.vtt');
    expect(doc.speakers).toEqual([{ name: 'Alice Chen', turns: 1 }, { name: 'Bob Ferreira', turns: 1 }]);
    expect(speech(doc)).toEqual([
      "Right, let's start with the renewal. They came back asking for a twelve percent increase.",
      "Twelve? That's well above what we budgeted. I'd want to see their justification before we agree to anything.",
    ]);
    expect(doc.turns.map((t) => t.timestamp)).toEqual(['00:00:01.000', '00:00:09.200']);
    expect(doc.text.slice(0, doc.turns[0]?.start)).toBe('Alice Chen: ');
  });
});

describe('WebVTT with unpadded Teams timestamps (webvttpy_teams_timeframe.vtt)', () => {
  it('tolerates 0:0:0.210 and keeps it as written', async () => {
    const doc = await importFixture('webvttpy_teams_timeframe.vtt');
    expect(doc.speakers).toEqual([{ name: 'Yuri Bakulin', turns: 1 }, { name: 'Adrian Petrescu', turns: 1 }]);
    expect(doc.turns.map((t) => t.timestamp)).toEqual(['0:0:0.0', '0:0:0.210']);
    expect(speech(doc)).toEqual(['There you go.', 'Why hello there, Yuri.']);
  });
});

describe('WebVTT with a BOM and no speakers (webvttpy_captions_with_bom.vtt)', () => {
  it('strips the BOM and keeps one unattributed turn per cue', async () => {
    const doc = await importFixture('webvttpy_captions_with_bom.vtt');
    expect(doc.speakers).toEqual([]);
    expect(doc.text.startsWith('\uFEFF')).toBe(false);
    expect(speech(doc)).toEqual(['Caption text #1', 'Caption text #2', 'Caption text #3', 'Caption text #4']);
    expect(doc.turns.map((t) => t.timestamp)).toEqual(['00:00:00.500', '00:00:07.000', '00:00:11.890', '00:00:16.320']);
  });
});

describe('SubRip (webvttpy_sample.srt)', () => {
  it('reads five cues with comma milliseconds', async () => {
    const doc = await importFixture('webvttpy_sample.srt');
    expect(doc.format).toBe('srt');
    expect(doc.speakers).toEqual([]);
    expect(speech(doc)).toEqual([1, 2, 3, 4, 5].map((n) => `Caption text #${n}`));
    expect(doc.turns[0]?.timestamp).toBe('00:00:00,500');
    expect(doc.turns[4]?.timestamp).toBe('00:00:21,580');
  });
});

describe('Otter text (turnchunk_otter.txt)', () => {
  it('reads `Name  m:ss` header lines; the wrapped continuation belongs to the turn', async () => {
    const doc = await importFixture('turnchunk_otter.txt');
    expect(doc.format).toBe('txt');
    expect(doc.text).toBe(fixtureText(TRANSCRIPTS, 'turnchunk_otter.txt'));
    expect(doc.speakers).toEqual([{ name: 'Alice Chen', turns: 1 }, { name: 'Bob Ferreira', turns: 1 }]);
    expect(speech(doc)).toEqual([
      "Right, let's start with the renewal. They came back asking for\na twelve percent increase.",
      "Twelve? That's well above what we budgeted.",
    ]);
    expect(doc.turns.map((t) => t.timestamp)).toEqual(['0:01', '0:09']);
  });
});

describe('Bracketed timestamps (turnchunk_bracketed.txt)', () => {
  it('reads `[hh:mm:ss] Name: text`, keeping the time on the turn and out of its range', async () => {
    const doc = await importFixture('turnchunk_bracketed.txt');
    expect(doc.speakers).toEqual([{ name: 'Alice', turns: 1 }, { name: 'Bob', turns: 2 }]);
    expect(doc.turns.map((t) => [t.speaker, t.timestamp])).toEqual([['Alice', '00:00:01'], ['Bob', '00:00:04'], ['Bob', '00:00:08']]);
    expect(speech(doc)).toEqual(['The contract renews automatically.', 'Only if neither party gives notice.', 'Which we never do, historically.']);
  });
});

describe('PDF exported from MAXQDA (pdpilot_P1_interview.pdf)', () => {
  it('finds Dan and Participant with 47 turns each, paragraphs kept, margin and page numbers left out', async () => {
    const doc = await importFixture('pdpilot_P1_interview.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.speakers).toEqual([{ name: 'Dan', turns: 47 }, { name: 'Participant', turns: 47 }]);
    // The title before the first label is an unattributed paragraph.
    expect(doc.turns[0]).toMatchObject({ speaker: null });
    expect(speech(doc)[0]).toBe('Interview');
    expect(doc.turns).toHaveLength(95);
    // A turn wrapped over two lines in the PDF is one turn, its lines joined.
    expect(speech(doc)[4]).toBe("Ah, yeah. Not all the time, so it's not the main thing we do, but in our initial data explorations, we tend to use ICE plots.");
    expect(doc.text.split('\n').slice(0, 3)).toEqual([
      'Interview',
      "Dan: Okay. So now you can stop sharing your screen and then we'll just end up with a few questions that I have for you.",
      'Participant: Okay.',
    ]);
    expect(speech(doc)[94]).toBe('Thank you.');
    expect(doc.text).not.toMatch(/\d\/5/);
    expect(doc.warnings).toContain('Line or paragraph numbers in the left margin were left out.');
  });
});
