/**
 * What an identifier can be (DOMAIN.md "Anonymisation and ethics": names, places, organisations,
 * ages, money amounts, dates, and contact details), and how each kind is named to the user.
 */

export const IDENTIFIER_KINDS = [
  'name', 'place', 'organisation', 'age', 'money', 'date', 'phone', 'email', 'postcode', 'nhs-number', 'other',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Singular and plural names in UK English, for lists, the log and history summaries. */
export const KIND_LABELS: Record<IdentifierKind, { one: string; many: string }> = {
  name: { one: 'personal name', many: 'personal names' },
  place: { one: 'place', many: 'places' },
  organisation: { one: 'organisation', many: 'organisations' },
  age: { one: 'age', many: 'ages' },
  money: { one: 'sum of money', many: 'sums of money' },
  date: { one: 'date', many: 'dates' },
  phone: { one: 'phone number', many: 'phone numbers' },
  email: { one: 'e-mail address', many: 'e-mail addresses' },
  postcode: { one: 'postcode', many: 'postcodes' },
  'nhs-number': { one: 'NHS number', many: 'NHS numbers' },
  other: { one: 'other identifier', many: 'other identifiers' },
};

/** A substitute the scanner proposes for each kind; the researcher types a better one. */
export const DEFAULT_SUBSTITUTES: Record<IdentifierKind, string> = {
  name: '[name]',
  place: '[place]',
  organisation: '[organisation]',
  age: '[age]',
  money: '[amount]',
  date: '[date]',
  phone: '[phone number]',
  email: '[e-mail address]',
  postcode: '[postcode]',
  'nhs-number': '[NHS number]',
  other: '[removed]',
};

export function kindLabel(kind: IdentifierKind, count: number): string {
  return count === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many;
}

/** A likely identifier found by the scanner: [start, end) in UTF-16 code units of the text. */
export interface Candidate {
  kind: IdentifierKind;
  start: number;
  end: number;
  /** The flagged words, exactly as in the text. */
  text: string;
  /** How sure the rule is, from 0 (a guess) to 1 (certain, e.g. a valid NHS number). */
  confidence: number;
}
