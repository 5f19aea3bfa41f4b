import { describe, expect, it } from 'vitest';
import type { Coding, Quote } from '../../../shared/model';
import { quoteClashes } from '../../../shared/quotes/clashes';

const quote = (id: string, codingId: string, text: string) => ({ id, codingId, text }) as Pick<Quote, 'id' | 'codingId' | 'text'>;
const coding = (id: string, sourceId: string, start: number, end: number) =>
  ({ id, sourceId, start, end }) as Pick<Coding, 'id' | 'sourceId' | 'start' | 'end'>;

// c1 and c2 overlap in s1 (20-30); c3 touches c2's end only; c4 is the same range in another source.
const codings = [coding('c1', 's1', 0, 30), coding('c2', 's1', 20, 50), coding('c3', 's1', 50, 60), coding('c4', 's2', 0, 30)];

describe('quoteClashes', () => {
  it('finds the same remark quoted in two wordings', () => {
    expect(quoteClashes([
      quote('q1', 'c1', 'I have to start again from the beginning'),
      quote('q2', 'c2', 'I have to start again from scratch'),
    ], codings)).toEqual([{ a: 'q1', b: 'q2' }]);
  });

  it('allows the same wording under two codes, however it is spaced or edited', () => {
    expect(quoteClashes([
      quote('q1', 'c1', '[son] goes in ... I have to  start again'),
      quote('q2', 'c2', '[my son] goes in …\nI have to start again [general agreement]'),
      quote('q3', 'c1', 'goes in I have to start again'),
    ], codings)).toEqual([]);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(quoteClashes([quote('q1', 'c1', "it's late"), quote('q2', 'c2', 'it’s late')], codings)).toEqual([]);
  });

  it('ignores quotes whose codings do not overlap, lie in other sources, or are missing', () => {
    expect(quoteClashes([
      quote('q2', 'c2', 'one wording'), quote('q3', 'c3', 'another wording'), quote('q4', 'c4', 'a third wording'),
      quote('q5', 'gone', 'a fourth wording'),
    ], codings)).toEqual([]);
  });

  it('lists every clashing pair in the quotes’ order, including two wordings of one coding', () => {
    expect(quoteClashes([
      quote('q1', 'c1', 'first wording'), quote('q2', 'c2', 'second wording'), quote('q3', 'c1', 'first wording'),
      quote('q4', 'c1', 'first  wording, edited'),
    ], codings)).toEqual([
      { a: 'q1', b: 'q2' }, { a: 'q1', b: 'q4' }, { a: 'q2', b: 'q3' }, { a: 'q2', b: 'q4' }, { a: 'q3', b: 'q4' },
    ]);
  });
});
