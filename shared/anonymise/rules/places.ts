/**
 * Places and organisations, from capitalised runs of words (see words.ts `capitalisedRuns`).
 *
 * Places (a UK place-name heuristic):
 * - a run after "in", "at", "from", "near", "outside" or "around" whose first word is not an
 *   ordinary word ("in Shrewsbury", "near Market Drayton"; not "at Christmas", "in March"): 0.65;
 * - a word with an English place-name ending (-ton, -ham, -bury, -ford, -wich, -field, -by,
 *   -thorpe, -chester, ...) that is not an ordinary word: 0.7, or 0.8 after such a preposition;
 * - a run ending in a street word ("London Road", "Wrekin Ward"): 0.75.
 * Organisations: a run of two or more words holding an organisation word (Trust, Council,
 * Hospital, Surgery, Practice, Centre, Ltd, NHS Foundation ...) and at least one other word, the
 * ordinary words it starts with ("The") left out: 0.8 when a word in it is not an ordinary word
 * ("Riverside Surgery"), 0.5 when all are ("Adult Social Care").
 */
import type { Candidate } from '../kinds';
import { capitalisedRuns, isAllCapitals, isOrdinaryWord, type WordAt } from '../words';
import { candidate, type Rule, type ScanContext } from './rule';

const PREPOSITION = /(?:^|[^\p{L}])(?:in|at|from|near|outside|around)[ \t]+$/iu;
const PLACE_ENDING = /(?:ton|ham|bury|borough|brough|burgh|ford|wich|wick|field|by|thorpe|chester|caster|cester|minster|mouth|pool|stead|stow|worth|ley|combe|bridge)$/;
const STREET = new Set(['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive', 'Crescent', 'Court', 'Estate', 'Park', 'Ward', 'Square', 'Grove', 'Gardens', 'Terrace', 'Place']);
const ORGANISATION = new Set([
  'Trust', 'Council', 'Hospital', 'Hospitals', 'Surgery', 'Practice', 'Centre', 'Center', 'Ltd', 'Limited', 'Plc', 'PLC',
  'LLP', 'CCG', 'ICB', 'NHS', 'Foundation', 'Partnership', 'Association', 'Society', 'Clinic', 'Hospice', 'School',
  'Academy', 'College', 'University', 'Group', 'Charity', 'Services', 'Agency', 'Care', 'Homes', 'Church', 'Medical',
  'Health', 'Housing', 'Authority', 'Board', 'Department',
]);

function span(text: string, words: readonly WordAt[], kind: 'place' | 'organisation', confidence: number): Candidate | null {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? candidate(text, kind, first.start, last.end, confidence) : null;
}

function isProper(word: WordAt, context: ScanContext): boolean {
  return !isOrdinaryWord(word.word, context.vocabulary) && !isAllCapitals(word.word);
}

function organisation(text: string, run: readonly WordAt[], context: ScanContext): Candidate | null {
  const lastKeyword = run.findLastIndex((w) => ORGANISATION.has(w.word));
  if (lastKeyword < 0) return null;
  let from = 0;
  while (from < lastKeyword && isOrdinaryWord(run[from]?.word ?? '', context.vocabulary) && !ORGANISATION.has(run[from]?.word ?? '')) from++;
  const words = run.slice(from, lastKeyword + 1);
  if (words.length < 2) return null;
  return span(text, words, 'organisation', words.some((w) => isProper(w, context)) ? 0.8 : 0.5);
}

function place(text: string, run: readonly WordAt[], context: ScanContext): Candidate | null {
  const first = run[0];
  if (!first) return null;
  const isAfterPreposition = PREPOSITION.test(text.slice(Math.max(0, first.start - 12), first.start));
  const ending = run.find((w) => w.word.length >= 5 && PLACE_ENDING.test(w.word) && isProper(w, context));
  const lastWord = run[run.length - 1];
  if (run.length >= 2 && lastWord && STREET.has(lastWord.word) && run.slice(0, -1).some((w) => isProper(w, context))) {
    return span(text, run, 'place', 0.75);
  }
  if (isAfterPreposition && isProper(first, context)) return span(text, run, 'place', ending ? 0.8 : 0.65);
  if (ending) return span(text, [ending], 'place', isAfterPreposition ? 0.8 : 0.7);
  return null;
}

/** Splits "Shropshire Council and Abbey Care Homes Ltd" into two organisations at the "and". */
function splitAfterOrganisations(run: readonly WordAt[]): WordAt[][] {
  const parts: WordAt[][] = [[]];
  run.forEach((word, i) => {
    const previous = run[i - 1];
    if ((word.word === 'and' || word.word === '&') && previous && ORGANISATION.has(previous.word)) parts.push([]);
    else parts[parts.length - 1]?.push(word);
  });
  return parts.filter((p) => p.length > 0);
}

/** Organisations first: "Riverside Surgery in Telford" is an organisation and then a place. */
export const placesAndOrganisations: Rule = (text, context) => {
  const found: Candidate[] = [];
  for (const run of capitalisedRuns(text).flatMap(splitAfterOrganisations)) {
    const org = organisation(text, run, context);
    if (org) found.push(org);
    const rest = org ? run.filter((w) => w.start >= org.end || w.end <= org.start) : run;
    const spot = rest.length > 0 ? place(text, rest, context) : null;
    if (spot) found.push(spot);
  }
  return found;
};
