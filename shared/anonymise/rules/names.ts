/**
 * Personal names. Three rules, from most to least certain:
 * - a title and a capitalised name ("Mrs Evans", "Dr. Anil Patel"): 0.95;
 * - a name known to belong to someone: participants' labels and speaker names as given (and each
 *   part of a two-word name), matched as whole words, case-sensitive: 0.9. Pseudonyms ("P8",
 *   "Speaker 2", "Facilitator") are skipped, as they are already anonymous;
 * - any other capitalised word that is not an ordinary word (see words.ts: not in the common
 *   list, not used in lower case anywhere in the data, not an acronym). Mid-sentence: 0.6; at the
 *   start of a sentence, where every word is capitalised: 0.4, unless it ends in "-ly" or "-ing"
 *   ("Usually", "Closing"). Adjacent flagged words are one
 *   name ("Margaret Evans"), a little more likely (+0.1).
 */
import type { Candidate } from '../kinds';
import { capitalisedWords, isAllCapitals, isCommonWord, isOrdinaryWord, isPseudonym, isSentenceStart } from '../words';
import { candidate, type Rule } from './rule';

const TITLE = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Sister|Nurse|Rev|Revd|Sir|Dame)\.?[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*))?/gud;

const possessiveless = (word: string) => word.replace(/['’]s$/, '');

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Mrs Evans, Dr Patel: the title and the name after it (possessive "'s" left out). */
export const titledNames: Rule = (text) => {
  const found: Candidate[] = [];
  for (const match of text.matchAll(TITLE)) {
    const [first, second] = [match.indices?.[1], match.indices?.[2]];
    if (!first || isCommonWord(possessiveless(text.slice(...first)))) continue;
    const isSecondName = second !== undefined && !isCommonWord(possessiveless(text.slice(...second)));
    let end = isSecondName ? second[1] : first[1];
    if (/['’]s$/.test(text.slice(match.index, end))) end -= 2;
    found.push(candidate(text, 'name', match.index, end, 0.95));
  }
  return found;
};

/** The names of the people in the study, wherever they are mentioned. */
export const knownNames: Rule = (text, context) => {
  const names = new Set<string>();
  for (const name of context.knownNames) {
    const trimmed = name.trim();
    if (trimmed.length < 2 || isPseudonym(trimmed)) continue;
    names.add(trimmed);
    for (const part of trimmed.split(/\s+/)) {
      if (part.length >= 2 && /^\p{Lu}/u.test(part) && !isCommonWord(part)) names.add(part);
    }
  }
  if (names.size === 0) return [];
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${sorted.join('|')})(?![\\p{L}\\p{M}\\p{N}_])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => candidate(text, 'name', m.index, m.index + m[0].length, 0.9));
};

/** Capitalised words that are not ordinary words: probably names, or places the place rules miss. */
export const capitalisedNames: Rule = (text, context) => {
  const found: Candidate[] = [];
  for (const word of capitalisedWords(text)) {
    if (word.word.length < 2 || isAllCapitals(word.word) || /\d/.test(word.word)) continue;
    if (isOrdinaryWord(word.word, context.vocabulary)) continue;
    const isOpening = isSentenceStart(text, word.start);
    // Spoken sentences often open with an adverb or a gerund ("Usually", "Closing"): not names.
    if (isOpening && /(?:ly|ing)$/.test(word.word)) continue;
    const confidence = isOpening ? 0.4 : 0.6;
    const previous = found[found.length - 1];
    if (previous && /^[ \t]$/.test(text.slice(previous.end, word.start))) {
      found[found.length - 1] = candidate(text, 'name', previous.start, word.end, Math.min(0.7, Math.max(previous.confidence, confidence) + 0.1));
    } else {
      found.push(candidate(text, 'name', word.start, word.end, confidence));
    }
  }
  return found;
};
