/**
 * Contact details and official numbers, which identify on their own.
 * - E-mail addresses: 0.98.
 * - UK phone numbers: "01743 123456", "(01743) 123 456", "07700 900123", "020 7946 0958",
 *   "+44 (0)1743 123456", "0044 7700 900123". A national number is 0 and 9 or 10 more digits; an
 *   international one is 44 and 9 or 10 digits: 0.85.
 * - UK postcodes in capitals, with or without the space: "SY1 1AA", "B33 8TH", "SW1A1AA": 0.9.
 *   Outward codes alone ("SY1") are not flagged: "P8" would be one.
 * - NHS numbers: ten digits, run together or spaced 3-3-4 ("943 476 5919"), whose check digit
 *   passes the modulus 11 test (see `isValidNhsNumber`): 0.97. Ten digits that fail it are not
 *   flagged as NHS numbers.
 */
import type { Candidate } from '../kinds';
import { candidate, matchAll, type Rule } from './rule';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
const PHONE = /(?<![\p{N}+])(?:(?:\+44|0044)[ \t-]?(?:\(0\)[ \t-]?)?\d|\(0\d{2,4}\)|0\d)[\d \t()-]{7,13}\d(?![\p{N}])/gu;
const POSTCODE = /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|[A-HK-Y]\d[ABEHMNPRV-Y]?|\d\d|[A-HK-Y]\d\d) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
const TEN_DIGITS = /(?<![\p{N}])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{N}])/gu;

/**
 * The NHS number check: multiply the first nine digits by 10, 9, ..., 2, add them up, take the
 * remainder on division by 11; the check digit is 11 minus that remainder (11 becomes 0, and 10
 * means the number is not valid). Spaces and hyphens are ignored. Example: 943 476 5919 is valid.
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function phones(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(PHONE)) {
    const raw = match[0].replace(/[ \t()-]+$/, '');
    let digits = raw.replace(/\D/g, '');
    if (digits.startsWith('0044')) digits = digits.slice(4);
    else if (digits.startsWith('44')) digits = digits.slice(2);
    if (raw.includes('(0)')) digits = digits.replace(/^0/, '');
    if (digits.startsWith('0')) digits = digits.slice(1);
    if (digits.length >= 9 && digits.length <= 10 && /^[1-9]/.test(digits)) {
      found.push(candidate(text, 'phone', match.index, match.index + raw.length, 0.85));
    }
  }
  return found;
}

function nhsNumbers(text: string): Candidate[] {
  return [...text.matchAll(TEN_DIGITS)]
    .filter((m) => isValidNhsNumber(m[0]))
    .map((m) => candidate(text, 'nhs-number', m.index, m.index + m[0].length, 0.97));
}

export const contacts: Rule = (text) => [
  ...matchAll(text, EMAIL, 'email', 0.98),
  ...phones(text),
  ...matchAll(text, POSTCODE, 'postcode', 0.9),
  ...nhsNumbers(text),
];
