import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, scanText, type Candidate } from '../../../shared/anonymise/scan';
import { lowerCaseVocabulary } from '../../../shared/anonymise/words';
import { SAMPLE_DIR } from '../../support/sample';

/** The flagged words of one kind, in order. */
function flagged(text: string, kind: Candidate['kind'], knownNames: string[] = []): string[] {
  return scanText(text, { knownNames }).filter((c) => c.kind === kind).map((c) => c.text);
}

describe('personal names', () => {
  it('flags a title with the name after it, possessive left out', () => {
    expect(flagged("I rang Mrs Evans on the ward, and Dr. Anil Patel's secretary said he was away.", 'name'))
      .toEqual(['Mrs Evans', 'Dr. Anil Patel']);
  });

  it('flags capitalised words that are not ordinary words, joining a first name and a surname', () => {
    const text = 'My sister Margaret Holloway comes on Sundays, and Raj from next door does the shopping.';
    expect(flagged(text, 'name')).toEqual(['Margaret Holloway', 'Raj']);
  });

  it('does not flag ordinary words opening a sentence, days, months, kinship terms or acronyms', () => {
    const text = 'Nobody tells you. Honestly, the GP and the NHS were fine. Mum goes on Tuesdays. Usually in March. Closing the day centre hurt.';
    expect(flagged(text, 'name')).toEqual([]);
  });

  it('treats a capitalised word the data also use in lower case as an ordinary word', () => {
    expect(flagged('Training is the first thing to go, they cut the training budget.', 'name')).toEqual([]);
  });

  it("flags the participants' own names, and their parts, but not pseudonyms like P8", () => {
    const text = 'P8: I said to Jean, and to Mrs Okafor, well, Jean Okafor, that P8 was me.';
    const names = scanText(text, { knownNames: ['Jean Okafor', 'P8', 'Facilitator'] }).filter((c) => c.kind === 'name');
    expect(names.map((c) => [c.text, c.confidence])).toEqual([['Jean', 0.9], ['Mrs Okafor', 0.95], ['Jean Okafor', 0.9]]);
  });
});

describe('places and organisations', () => {
  it('flags a place after in, at, from or near, and place-name endings', () => {
    const text = 'She lives in Market Drayton now, and I drive over from Telford; the Wellington clinic is near Oswestry.';
    expect(flagged(text, 'place')).toEqual(['Market Drayton', 'Telford', 'Wellington', 'Oswestry']);
  });

  it('does not take a month, a holiday or a language after "in" for a place', () => {
    expect(flagged('It happened in March, at Christmas, and the letter came in English.', 'place')).toEqual([]);
  });

  it('flags a street', () => {
    expect(flagged('The day centre moved to Castle Foregate Road last year.', 'place')).toEqual(['Castle Foregate Road']);
  });

  it('flags organisations named with Trust, Council, Hospital, Surgery, Practice, Centre, Ltd', () => {
    const text = 'The Royal Shrewsbury Hospital rang Riverside Surgery, then Shropshire Council and Abbey Care Homes Ltd, '
      + 'and the Shrewsbury and Telford Hospital NHS Trust wrote to the Severn Carers Centre.';
    expect(flagged(text, 'organisation')).toEqual([
      'Royal Shrewsbury Hospital', 'Riverside Surgery', 'Shropshire Council', 'Abbey Care Homes Ltd',
      'Shrewsbury and Telford Hospital NHS Trust', 'Severn Carers Centre',
    ]);
  });

  it('does not flag a lone organisation word', () => {
    expect(flagged('Hospital was the worst of it. The Council never rang.', 'organisation')).toEqual([]);
  });
});

describe('ages', () => {
  it('flags the number in "aged 96", "96 years old", "he\'s 96" and the decade in "in her nineties"', () => {
    const text = "Dad, aged 96, lives alone. My aunt is 88 years old and a 79-year-old neighbour helps. He's 96 now. She's in her early nineties.";
    expect(flagged(text, 'age')).toEqual(['96', '88', '79', '96', 'early nineties']);
  });

  it('flags ages in words', () => {
    expect(flagged("Mum's ninety-two and he was aged seventy when it started.", 'age')).toEqual(['ninety-two', 'seventy']);
  });

  it('does not take minutes, pounds or percentages for ages', () => {
    expect(flagged("She's 20 minutes away, he's 50 percent better and I was 10 pounds short.", 'age')).toEqual([]);
  });

  it('flags the sample narrative\'s "in her seventies"', () => {
    expect(flagged('[Carer] is in her seventies and looks after her [husband].', 'age')).toEqual(['seventies']);
  });
});

describe('money', () => {
  it('flags pounds in figures and in words, and thousands written "23k"', () => {
    const text = 'The care home wants £23,500 a year, roughly 23k, plus £45.50 a week; I got five hundred pounds, then 300 pounds, and fifty quid for petrol.';
    expect(flagged(text, 'money')).toEqual(['£23,500', '23k', '£45.50', 'five hundred pounds', '300 pounds', 'fifty quid']);
  });
});

describe('dates', () => {
  it('flags full dates in figures and words but not a weekday on its own', () => {
    const text = 'The groups met on 11/11/15 and 12.11.2015; the letter is dated 11 November 2015, '
      + 'the review was on Tuesday 3rd March, and it all started in June 2014. I saw her last Tuesday, on the Saturday.';
    expect(flagged(text, 'date')).toEqual(['11/11/15', '12.11.2015', '11 November 2015', 'Tuesday 3rd March', 'June 2014']);
  });

  it('flags a year after "since" with low confidence, and not an impossible date', () => {
    const found = scanText('Caring since 2009, and the form said 45/13/20.').filter((c) => c.kind === 'date');
    expect(found.map((c) => [c.text, c.confidence])).toEqual([['2009', 0.4]]);
  });
});

describe('contact details and NHS numbers', () => {
  it('flags UK phone numbers in their usual shapes', () => {
    const text = 'Ring 01743 123456, or (01743) 123 456, mobile 07700 900123, London 020 7946 0958, abroad +44 (0)1743 123456.';
    expect(flagged(text, 'phone')).toEqual(['01743 123456', '(01743) 123 456', '07700 900123', '020 7946 0958', '+44 (0)1743 123456']);
  });

  it('flags e-mail addresses and postcodes', () => {
    const text = 'Write to jo.bloggs@example.org.uk at 4 Mill Lane, SY1 1AA, or the office at B338TH.';
    expect(flagged(text, 'email')).toEqual(['jo.bloggs@example.org.uk']);
    expect(flagged(text, 'postcode')).toEqual(['SY1 1AA', 'B338TH']);
  });

  it('flags NHS numbers whose check digit is right, and only those', () => {
    const text = 'His NHS number is 943 476 5919; the old letter had 943 476 5918 and 9434765919 on the back.';
    expect(flagged(text, 'nhs-number')).toEqual(['943 476 5919', '9434765919']);
  });

  it('checks the modulus 11 digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    // 1x10 + 1x2 = 12, remainder 1, check digit 10: no last digit makes it valid.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });
});

describe('the scanner as a whole', () => {
  it('never flags text in square brackets', () => {
    const text = 'I took [Margaret Evans] to [Royal Shrewsbury Hospital] on [11 November 2015], she is [aged 96].';
    expect(scanText(text)).toEqual([]);
  });

  it('returns candidates sorted and non-overlapping, the e-mail address over the name in it', () => {
    const text = 'Email Margaret.Evans@example.com or ring Mrs Evans on 07700 900123 before 11/11/15.';
    const found = scanText(text);
    expect(found.map((c) => c.kind)).toEqual(['email', 'name', 'phone', 'date']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('skips the ranges it is told to skip (speaker labels)', () => {
    const text = 'Margaret: I went to see Margaret.';
    expect(scanText(text, { knownNames: ['Margaret'], skip: [{ start: 0, end: 10 }] }).map((c) => c.start)).toEqual([24]);
  });

  it('finds little in the anonymised sample: its residual ages and the eponym "Parkinson"', () => {
    const files = ['fg1.txt', 'fg2.txt', 'nar1-complaint.txt', 'nar2-compliment.txt', 'nar3-case-story.txt', 'nar4-fft.txt'];
    const texts = files.map((f) => readFileSync(join(SAMPLE_DIR, f), 'utf8'));
    const vocabulary = lowerCaseVocabulary(texts);
    const found = texts.flatMap((t) => scanText(t, { vocabulary, knownNames: ['P1', 'P8', 'Facilitator'] }).map((c) => c.text));
    expect(new Set(found)).toEqual(new Set(['twenties', 'seventies', 'Parkinson']));
  });

  it('scans a 600,000-character transcript quickly', () => {
    const text = readFileSync(join(SAMPLE_DIR, 'fg1.txt'), 'utf8').repeat(40).slice(0, 600_000);
    const started = performance.now();
    scanText(text);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
