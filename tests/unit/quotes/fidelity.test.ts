import { describe, expect, it } from 'vitest';
import { checkFidelity, splitQuote, spokenWords } from '../../../shared/quotes/fidelity';

// P2 in FG 1 of the sample (abridged), and a turn spread over two lines as a transcript may hold it.
const P2 = "For me it was the beginning. Nobody tells you that you are a carer. I didn't know I was a carer until the memory nurse used the word, and I remember thinking, well, I'm not, I'm his wife. It took me a long time to, erm, to accept that, I think.";
const P3 = 'Every time my son goes into the hospital, every time there’s a new social worker,\nevery time his medication changes, I have to start again.';

describe('splitQuote', () => {
  it('reads omissions, insertions and words, keeping every part as written', () => {
    expect(splitQuote('Every time [son] goes in ... I have to start again [general agreement of FG]')).toEqual([
      { kind: 'words', text: 'Every time ' },
      { kind: 'insertion', text: '[son]' },
      { kind: 'words', text: ' goes in ' },
      { kind: 'omission', text: '...' },
      { kind: 'words', text: ' I have to start again ' },
      { kind: 'insertion', text: '[general agreement of FG]' },
    ]);
  });

  it('knows every omission mark: ..., …, [...] and […]', () => {
    expect(splitQuote('a…b[...]c[…]d...e').map((p) => p.kind)).toEqual(
      ['words', 'omission', 'words', 'omission', 'words', 'omission', 'words', 'omission', 'words']);
  });

  it('splits a partial-word edit mid-word', () => {
    expect(splitQuote('they stay[ed] home')).toEqual([
      { kind: 'words', text: 'they stay' }, { kind: 'insertion', text: '[ed]' }, { kind: 'words', text: ' home' },
    ]);
  });

  it('gives the quote back when the parts are joined; an unclosed bracket is words', () => {
    for (const quote of ['[son] went ... home.', 'I [..] think [', 'plain words', '']) {
      expect(splitQuote(quote).map((p) => p.text).join('')).toBe(quote);
    }
    expect(splitQuote('I [think')).toEqual([{ kind: 'words', text: 'I [think' }]);
    expect(splitQuote('')).toEqual([]);
  });
});

describe('checkFidelity', () => {
  const ok = { isFaithful: true, problems: [] };

  it('accepts an exact match', () => {
    expect(checkFidelity("I didn't know I was a carer until the memory nurse used the word", P2)).toEqual(ok);
  });

  it('ignores differences of white space, line breaks included', () => {
    expect(checkFidelity("I didn't  know I was\na carer\n\nuntil the memory nurse", P2)).toEqual(ok);
    expect(checkFidelity('every time there’s a new social worker, every time his medication changes', P3)).toEqual(ok);
  });

  it('accepts an omission in the middle when the fragments come in order', () => {
    expect(checkFidelity("Nobody tells you that you are a carer ... I'm not, I'm his wife.", P2)).toEqual(ok);
    expect(checkFidelity('For me it was the beginning…I remember thinking[...]to accept that', P2)).toEqual(ok);
  });

  it('accepts a substitution: "[son]" for the words it replaces', () => {
    expect(checkFidelity('Every time [son] goes into [hospital], every time there’s a new social worker', P3)).toEqual(ok);
  });

  it('accepts a partial-word edit: "stay[ed]"', () => {
    expect(checkFidelity('she stay[ed] with us all week', 'and she stay with us all week, bless her')).toEqual(ok);
  });

  it('accepts a note at the end: "[general agreement of FG]"', () => {
    expect(checkFidelity('I have to start again. [general agreement of FG]', P3)).toEqual(ok);
  });

  it('reports fragments out of order', () => {
    expect(checkFidelity("I'm his wife ... Nobody tells you that you are a carer", P2)).toEqual({
      isFaithful: false, problems: [{ fragment: 'Nobody tells you that you are a carer', reason: 'out-of-order' }],
    });
  });

  it('reports a misquote (one word changed) as missing: speech is never corrected', () => {
    expect(checkFidelity("I didn't know I was a carer until the memory nurse said the word", P2)).toEqual({
      isFaithful: false, problems: [{ fragment: "I didn't know I was a carer until the memory nurse said the word", reason: 'missing' }],
    });
    expect(checkFidelity('nobody tells you that you are a carer', P2).isFaithful).toBe(false);
  });

  it('treats curly and straight apostrophes and quotation marks alike', () => {
    expect(checkFidelity('I didn’t know I was a carer', P2)).toEqual(ok);
    expect(checkFidelity("every time there's a new social worker", P3)).toEqual(ok);
    expect(checkFidelity('she said “no”', 'and she said "no" to that')).toEqual(ok);
  });

  it('matches whole words at a quote’s edges: "care" is not in "careful"', () => {
    expect(checkFidelity('you have to be care', 'you have to be careful').isFaithful).toBe(false);
    expect(checkFidelity('o be careful', 'you have to be careful').isFaithful).toBe(false);
    expect(checkFidelity('[y]ou have to be care[ful]', 'you have to be careful').isFaithful).toBe(true);
  });

  it('names each bad fragment once, as written in the quote', () => {
    expect(checkFidelity('I have to  start again ... every time my daughter ... Every time my son', P3)).toEqual({
      isFaithful: false,
      problems: [{ fragment: 'every time my daughter', reason: 'missing' }, { fragment: 'Every time my son', reason: 'out-of-order' }],
    });
  });

  it('refuses an empty quote, or one with no words of the speaker', () => {
    expect(checkFidelity('', P2)).toEqual({ isFaithful: false, problems: [{ fragment: '', reason: 'missing' }] });
    expect(checkFidelity(' [general agreement] ... . ', P2)).toEqual({
      isFaithful: false, problems: [{ fragment: '[general agreement] ... .', reason: 'missing' }],
    });
  });

  it('does not check the researcher’s own punctuation after an omission', () => {
    expect(checkFidelity('I remember thinking ... .', P2)).toEqual(ok);
  });
});

describe('spokenWords', () => {
  it('keeps only the speaker’s words, white space collapsed', () => {
    expect(spokenWords(' [son]  doesn’t like ...\nbeing touched [laughs]')).toBe("doesn't like being touched");
  });
});
