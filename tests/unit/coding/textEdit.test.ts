import { describe, expect, it } from 'vitest';
import {
  applyTextEdit, diffToEdit, invertEdit, remapCodings, remapRange, remapTurns, type TextEdit,
} from '../../../shared/coding/textEdit';

const TEXT = 'I look after my husbnd, he was diagnosed with vascular dementia.';
const at = (word: string) => TEXT.indexOf(word);
const span = (word: string) => ({ start: at(word), end: at(word) + word.length });
const covered = (text: string, range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe('applyTextEdit and invertEdit', () => {
  it('corrects a transcription error, and the inverse edit restores the text', () => {
    const edit: TextEdit = { start: at('husbnd') + 4, end: at('husbnd') + 4, insert: 'a' };
    const fixed = applyTextEdit(TEXT, edit);
    expect(fixed).toBe('I look after my husband, he was diagnosed with vascular dementia.');
    expect(applyTextEdit(fixed, invertEdit(TEXT, edit))).toBe(TEXT);
  });

  it('refuses edits outside the text or reversed', () => {
    expect(() => applyTextEdit('abc', { start: 2, end: 4, insert: '' })).toThrow(RangeError);
    expect(() => applyTextEdit('abc', { start: 2, end: 1, insert: '' })).toThrow(/reversed/);
    expect(() => applyTextEdit('abc', { start: -1, end: 1, insert: '' })).toThrow(RangeError);
    expect(() => remapCodings([], { start: 1.5, end: 2, insert: '' })).toThrow(RangeError);
  });
});

describe('remapRange: each rule on a real sentence', () => {
  const fix = (edit: TextEdit, word: string) => covered(applyTextEdit(TEXT, edit), remapRange(span(word), edit));
  const typo: TextEdit = { start: at('husbnd'), end: at('husbnd') + 6, insert: 'husband' };

  it('leaves ranges before the edit alone and shifts ranges after it', () => {
    expect(remapRange(span('look after'), typo)).toEqual(span('look after'));
    expect(remapRange(span('vascular dementia'), typo)).toEqual({ start: at('vascular') + 1, end: at('vascular') + 18 });
    expect(fix(typo, 'vascular dementia')).toBe('vascular dementia');
  });

  it('grows or shrinks a range containing the edit', () => {
    expect(fix(typo, 'my husbnd, he')).toBe('my husband, he');
    expect(fix(typo, 'husbnd')).toBe('husband');
    expect(fix({ start: at('vascular '), end: at('vascular ') + 9, insert: '' }, 'with vascular dementia')).toBe('with dementia');
  });

  it('clips a range partly overlapping the replaced text to its surviving part', () => {
    const edit: TextEdit = { start: at('diagnosed'), end: at('vascular'), insert: 'told it was ' };
    expect(covered(applyTextEdit(TEXT, edit), remapRange(span('was diagnosed'), edit))).toBe('was ');
    expect(covered(applyTextEdit(TEXT, edit), remapRange(span('with vascular'), edit))).toBe('vascular');
  });

  it('collapses a range wholly inside a deleted span', () => {
    const edit: TextEdit = { start: at(', he'), end: at(' with'), insert: '' };
    expect(remapRange(span('diagnosed'), edit)).toBeNull();
    expect(remapRange(span(', he was diagnosed'), edit)).toBeNull();
    expect(remapRange({ start: 5, end: 5 }, { start: 0, end: 0, insert: 'x' })).toBeNull();
  });

  it('keeps a pure insertion at a coding edge outside the coding, inside when it is strictly within', () => {
    const word = span('dementia');
    expect(remapRange(word, { start: word.start, end: word.start, insert: 'mixed ' })).toEqual({ start: word.start + 6, end: word.end + 6 });
    expect(remapRange(word, { start: word.end, end: word.end, insert: 's' })).toEqual(word);
    expect(remapRange(word, { start: word.start + 3, end: word.start + 3, insert: '-' })).toEqual({ start: word.start, end: word.end + 1 });
  });
});

describe('remapCodings and remapTurns', () => {
  it('returns unchanged codings as the same objects and reports collapsed ones', () => {
    const codings = [
      { id: 'a', ...span('I look') }, { id: 'b', ...span('diagnosed') }, { id: 'c', ...span('dementia') },
    ];
    const edit: TextEdit = { start: at('diagnosed'), end: at('diagnosed') + 10, insert: '' };
    const result = remapCodings(codings, edit);
    expect(result.removed.map((c) => c.id)).toEqual(['b']);
    expect(result.codings[0]).toBe(codings[0]);
    expect(result.codings[1]).toEqual({ id: 'c', start: codings[2]!.start - 10, end: codings[2]!.end - 10 });
  });

  it('lets text typed at either edge of a turn join it; adjacent turns give it to the earlier one', () => {
    const text = 'P1: Hello there\n\nP2: Yes';
    const turns = [{ speaker: 'P1', start: 4, end: 15 }, { speaker: 'P2', start: 21, end: 24 }];
    const atEnd = remapTurns(turns, { start: 15, end: 15, insert: ' all' });
    expect(atEnd.turns.map((t) => [t.start, t.end])).toEqual([[4, 19], [25, 28]]);
    const atStart = remapTurns(turns, { start: 21, end: 21, insert: 'Oh, ' });
    expect(atStart.turns.map((t) => [t.start, t.end])).toEqual([[4, 15], [21, 28]]);
    expect(applyTextEdit(text, { start: 21, end: 21, insert: 'Oh, ' }).slice(21, 28)).toBe('Oh, Yes');
    const adjacent = remapTurns([{ start: 0, end: 5 }, { start: 5, end: 9 }], { start: 5, end: 5, insert: 'xy' });
    expect(adjacent.turns).toEqual([{ start: 0, end: 7 }, { start: 7, end: 11 }]);
    const gone = remapTurns(turns, { start: 15, end: 24, insert: '' });
    expect(gone.removed).toEqual([turns[1]]);
  });

  it('leaves both turns unchanged when only a speaker label is edited', () => {
    const turns = [{ start: 4, end: 15 }, { start: 21, end: 24 }];
    const result = remapTurns(turns, { start: 17, end: 19, insert: 'Participant 2' });
    expect(result.turns).toEqual([{ start: 4, end: 15 }, { start: 32, end: 35 }]);
  });
});

describe('diffToEdit', () => {
  it('finds the one changed span from the common prefix and suffix', () => {
    expect(diffToEdit('my husbnd, he', 'my husband, he')).toEqual({ start: 7, end: 7, insert: 'a' });
    expect(diffToEdit('the forms', 'the forms')).toBeNull();
    expect(diffToEdit('', 'abc')).toEqual({ start: 0, end: 0, insert: 'abc' });
    expect(diffToEdit('abc', '')).toEqual({ start: 0, end: 3, insert: '' });
    expect(diffToEdit('a cat sat', 'a dog sat')).toEqual({ start: 2, end: 5, insert: 'dog' });
  });

  it('uses the caret to place an edit inside a run of repeated characters', () => {
    expect(diffToEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, insert: 'a' });
    expect(diffToEdit('aaa', 'aaaa', 1)).toEqual({ start: 0, end: 0, insert: 'a' });
    expect(diffToEdit('so  so', 'so so', 3)).toEqual({ start: 3, end: 4, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    expect(diffToEdit('tired 😀!', 'tired 😃!')).toEqual({ start: 6, end: 8, insert: '😃' });
    expect(diffToEdit('😀x', '😃x')).toEqual({ start: 0, end: 2, insert: '😃' });
  });
});
