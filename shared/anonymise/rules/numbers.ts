/**
 * Ages and sums of money, in figures or in words.
 *
 * Ages (the number is flagged, so "aged 96" becomes "aged [age]"):
 * - "aged 96", "age ninety-six": 0.9; "96 years old", "96-year-old": 0.85;
 * - "he's 96", "she is nearly ninety", "Mum's 96" (a person, a verb of being, a number not followed
 *   by a unit such as "minutes" or "pounds"): 0.7;
 * - "in her nineties", "in his early twenties": the decade and its qualifier, 0.8.
 * Money:
 * - a currency sign and an amount: "£23,500", "£5", "£1.2m", "£30k": 0.9;
 * - a figure with "k" ("23k"): 0.5; a figure or number words with "pounds", "quid" or "grand"
 *   ("500 pounds", "five hundred pounds", "fifty quid"): 0.85.
 */
import type { Candidate } from '../kinds';
import { matchAll, type Rule } from './rule';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** "ninety-six", "a hundred and two", "one", "eighty": a number in words. */
const NUMBER_WORDS = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS}|a hundred|(?:${UNITS}) hundred)(?: and (?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS}))?`;
const AGE_NUMBER = `(?:1[01]\\d|\\d{1,2}|${NUMBER_WORDS})`;
const NOT_A_UNIT = '(?![\\p{L}\\p{N}])(?![ \\t]*(?:%|percent|per|times|minutes|mins|hours|hrs|days|weeks|months|miles|pounds|quid|stone|kilos?|kg|mg|p\\b|pence|o[\'’]clock|pm|am|of|or|to|and a half|x\\b))';
const WHO = "(?:[Hh]e|[Ss]he|I|[Tt]hey|[Ww]ho|[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|[Hh]usband|[Ww]ife|[Ss]on|[Dd]aughter|[Nn]an|[Gg]ran)";

const AGED = new RegExp(`(?<![\\p{L}])[Aa]ged?[ \\t]+(?:about[ \\t]+|around[ \\t]+|nearly[ \\t]+)?(${AGE_NUMBER})(?![\\p{L}\\p{N}])`, 'gud');
const YEARS_OLD = new RegExp(`(?<![\\p{L}\\p{N}])(${AGE_NUMBER})[ \\t-]+years?[ \\t-]+old(?![\\p{L}])`, 'giud');
const IS_AGE = new RegExp(`(?<![\\p{L}])${WHO}(?:['’]s|['’]m|[ \\t]+(?:is|was|am|turned|turns|will be|is nearly|is almost))[ \\t]+(?:nearly[ \\t]+|almost[ \\t]+|only[ \\t]+|just[ \\t]+)?(${AGE_NUMBER})${NOT_A_UNIT}`, 'gud');
const DECADE = /(?<![\p{L}])in[ \t]+(?:his|her|their|my|your|our|the)[ \t]+((?:(?:early|mid|late)[ \t-]+)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0s))(?![\p{L}])/giud;

const SIGNED = /[£$€][ \t]?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?:[ \t]?(?:k|m|bn|million|billion|thousand)(?![\p{L}]))?|[£$€][ \t]?\d+(?:\.\d+)?(?:[ \t]?(?:k|m|bn|million|billion|thousand)(?![\p{L}]))?/gu;
const THOUSANDS = /(?<![\p{L}\p{N}£$€.,])\d+(?:\.\d+)?k(?![\p{L}\p{N}])/gu;
const FIGURE_POUNDS = /(?<![\p{L}\p{N}£$€.,])\d{1,3}(?:,\d{3})*(?:\.\d{2})?[ \t]+(?:pounds|quid|grand)(?![\p{L}])/gu;
const WORD_POUNDS = new RegExp(`(?<![\\p{L}])(?:${NUMBER_WORDS}|a couple of|a few)(?:[ \\t]+(?:hundred|thousand|million))?(?:[ \\t]+and[ \\t]+(?:a[ \\t]+half|${NUMBER_WORDS}))?[ \\t]+(?:pounds|quid|grand)(?![\\p{L}])`, 'giu');

export const ages: Rule = (text) => [
  ...matchAll(text, AGED, 'age', 0.9, 1),
  ...matchAll(text, YEARS_OLD, 'age', 0.85, 1),
  ...matchAll(text, IS_AGE, 'age', 0.7, 1),
  ...matchAll(text, DECADE, 'age', 0.8, 1),
];

export const money: Rule = (text) => {
  const found: Candidate[] = [
    ...matchAll(text, SIGNED, 'money', 0.9),
    ...matchAll(text, THOUSANDS, 'money', 0.5),
    ...matchAll(text, FIGURE_POUNDS, 'money', 0.85),
    ...matchAll(text, WORD_POUNDS, 'money', 0.85),
  ];
  return found;
};
