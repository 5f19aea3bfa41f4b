/**
 * Dates. A date identifies when it pins down a day or a month of a year; a weekday on its own
 * ("last Tuesday", "on the Saturday") or a month on its own ("in March") does not, and is not flagged.
 * - figures, day first as in the UK: "11/11/15", "11.11.2015", "11-11-2015" (day 1-31, month
 *   1-12), or ISO "2015-11-11": 0.9;
 * - a day and a month in words, with or without a year or a weekday: "11 November 2015",
 *   "Tuesday 11th Nov", "the 11th of November", "November 11th, 2015": 0.9;
 * - a month and a year: "November 2015": 0.8;
 * - a year after "in", "since", "from", "until" or "by": "since 2015": 0.4 (often harmless).
 */
import type { Candidate } from '../kinds';
import { candidate, matchAll, type Rule } from './rule';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun),?[ \\t]+(?:the[ \\t]+)?)?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:,?[ \\t]+(?:19|20)\\d{2})?';
const END = '(?![\\p{L}\\p{N}])';

const NUMERIC = /(?<![\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}/-]|\.\d)/gu;
const ISO = /(?<![\p{N}-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\p{N}-])/gu;
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY}(?:the[ \\t]+)?${DAY}(?:[ \\t]+of)?[ \\t]+${MONTH}${YEAR}${END}`, 'gu');
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY}${MONTH}[ \\t]+(?:the[ \\t]+)?${DAY}${YEAR}${END}`, 'gu');
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}[ \\t]+(?:19|20)\\d{2}${END}`, 'gu');
const BARE_YEAR = /(?<![\p{L}])(?:in|since|from|until|till|by)[ \t]+((?:19|20)\d{2})(?![\p{L}\p{N}])/giud;

function numericDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(NUMERIC)) {
    const day = Number(match[1]);
    const month = Number(match[3]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      found.push(candidate(text, 'date', match.index, match.index + match[0].length, 0.9));
    }
  }
  return found;
}

/** A leading "the " is kept outside the date: "on the 11th of November" becomes "on the [date]". */
function withoutLeadingThe(found: Candidate[], text: string): Candidate[] {
  return found.map((c) => (c.text.startsWith('the ') ? candidate(text, 'date', c.start + 4, c.end, c.confidence) : c));
}

export const dates: Rule = (text) => [
  ...numericDates(text),
  ...matchAll(text, ISO, 'date', 0.9),
  ...withoutLeadingThe(matchAll(text, DAY_MONTH, 'date', 0.9), text),
  ...matchAll(text, MONTH_DAY, 'date', 0.9),
  ...matchAll(text, MONTH_YEAR, 'date', 0.8),
  ...matchAll(text, BARE_YEAR, 'date', 0.4, 1),
];
