import { describe, expect, it } from 'vitest';
import { detectConvention, detectionNotice, detectOffsetUnit } from '../../../shared/qdpx/offsetDetection';
import { distinctConventions, loadedText, type OffsetUnit } from '../../../shared/qdpx/sourceTexts';

// Emoji before the coded words: code points and UTF-16 units disagree by one per emoji.
const RAW = '👍👍 Nobody asked me.\r\n😀 I was never asked, not once.\r\n';
const readings = () => new Map<OffsetUnit, ReturnType<typeof loadedText>>([
  ['code-points', loadedText(RAW, 'code-points')], ['utf16', loadedText(RAW, 'utf16')],
]);
const utf16 = (words: string) => ({ start: RAW.indexOf(words), end: RAW.indexOf(words) + words.length });
const codePoints = (words: string) => {
  const { start, end } = utf16(words);
  return { start: [...RAW.slice(0, start)].length, end: [...RAW.slice(0, end)].length };
};
const WORDS = ['Nobody asked me', 'never asked', 'not once'];

describe('detecting how a file counted selection positions', () => {
  it('picks UTF-16 units when that reading puts the selections on words (as NVivo writes)', () => {
    const detection = detectOffsetUnit(readings(), WORDS.map(utf16));
    expect(detection.unit).toBe('utf16');
    expect(detection.readings.find((r) => r.unit === 'utf16')!.cleanEdges).toBe(6);
    expect(detectionNotice('Interview 2', detection)).toMatch(/^Source "Interview 2": selection positions were read as UTF-16 units/);
  });

  it('picks code points, as the standard says, when they fit', () => {
    const detection = detectOffsetUnit(readings(), WORDS.map(codePoints));
    expect(detection.unit).toBe('code-points');
    expect(detectionNotice('Interview 2', detection)).toBeNull();
  });

  it('keeps the standard on a tie: no selections, or a text with no astral characters', () => {
    expect(detectOffsetUnit(readings(), []).unit).toBe('code-points');
    const plain = new Map<OffsetUnit, ReturnType<typeof loadedText>>([
      ['code-points', loadedText('Nobody asked.', 'code-points')], ['utf16', loadedText('Nobody asked.', 'utf16')],
    ]);
    expect(detectOffsetUnit(plain, [{ start: 0, end: 6 }]).unit).toBe('code-points');
  });
});

describe('detecting a source\'s convention among every reading that differs', () => {
  it('tries only the readings that differ for the text', () => {
    expect(distinctConventions('plain ascii\n')).toEqual([{ unit: 'code-points', lineBreaks: 'crlf-two' }]);
    expect(distinctConventions('café\r\n')).toEqual([
      { unit: 'code-points', lineBreaks: 'crlf-two' }, { unit: 'code-points', lineBreaks: 'crlf-one' },
      { unit: 'utf8', lineBreaks: 'crlf-two' }, { unit: 'utf8', lineBreaks: 'crlf-one' },
    ]);
    expect(distinctConventions('😀').map((c) => c.unit)).toEqual(['code-points', 'utf16', 'utf8']);
  });

  it('finds UTF-8 bytes, and CRLF counted as one, by where selections fall', () => {
    const bytes = (words: string) => {
      const at = RAW.indexOf(words);
      const count = (s: string) => new TextEncoder().encode(s).length;
      return { start: count(RAW.slice(0, at)), end: count(RAW.slice(0, at + words.length)) };
    };
    expect(detectConvention(RAW, WORDS.map(bytes)).detection).toMatchObject({ unit: 'utf8', lineBreaks: 'crlf-two', edges: 6 });
    const canonical = RAW.replace(/\r\n/g, '\n');
    const oneLine = (words: string) => ({ start: canonical.indexOf(words), end: canonical.indexOf(words) + words.length });
    const { detection, text } = detectConvention(RAW, WORDS.map(oneLine));
    expect(detection).toMatchObject({ unit: 'utf16', lineBreaks: 'crlf-one' });
    expect(WORDS.map(oneLine).map((s) => { const r = text.toCanonical(s.start, s.end); return text.text.slice(r.start, r.end); })).toEqual(WORDS);
  });

  it('keeps the standard when there are no selections, and says nothing about it', () => {
    const { detection } = detectConvention(RAW, []);
    expect(detection).toMatchObject({ unit: 'code-points', lineBreaks: 'crlf-two', edges: 0 });
    expect(detectionNotice('S', detection)).toBeNull();
  });
});
