/**
 * Word-level helpers for the scanner's capitalisation rules: capitalised words, where sentences
 * start, and whether a capitalised word is an ordinary English word rather than a proper noun.
 */
import { UK_ENGLISH_STOP_WORDS } from '../search/stopWords';

export interface WordAt {
  start: number;
  end: number;
  word: string;
}

/**
 * Ordinary words that often open a spoken sentence or are capitalised without being names:
 * interjections, common verbs and adverbs, kinship terms (Mum, Dad), days, months and holidays
 * (dates are the date rule's business), and roles people are called by.
 */
const EXTRA_COMMON = [
  'yeah', 'yes', 'no', 'oh', 'ah', 'erm', 'um', 'er', 'mm', 'ok', 'okay', 'well', 'right', 'so', 'and',
  'but', 'because', 'lovely', 'thanks', 'thank', 'sorry', 'please', 'hi', 'hello', 'dear', 'yours', 'sincerely',
  'nobody', 'everybody', 'somebody', 'anybody', 'everyone', 'someone', 'anyone', 'nothing', 'everything',
  'something', 'anything', 'always', 'never', 'sometimes', 'often', 'honestly', 'actually', 'basically',
  'obviously', 'perhaps', 'maybe', 'probably', 'definitely', 'certainly', 'absolutely', 'exactly', 'sure',
  'again', 'also', 'another', 'first', 'second', 'third', 'last', 'next', 'then', 'now', 'today',
  'tomorrow', 'yesterday', 'tonight', 'once', 'twice', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'one', 'two', 'half', 'same', 'different', 'like', 'just', 'even', 'still', 'yet',
  'mum', 'mother', 'dad', 'father', 'nan', 'nana', 'gran', 'granny', 'grandad', 'grandma', 'grandpa',
  'auntie', 'uncle', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'mam', 'mummy', 'daddy',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends',
  'little', 'big', 'good', 'bad', 'great', 'small', 'old', 'young', 'poor', 'nice', 'fine', 'true', 'whatever',
  'christmas', 'easter', 'boxing', 'bank', 'holiday', 'new', 'year',
  'god', 'english', 'british', 'welsh', 'scottish', 'irish', 'internet', 'covid', 'zoom', 'teams',
  'facilitator', 'interviewer', 'participant', 'speaker', 'moderator', 'carer', 'carers', 'nurse', 'doctor',
  'case', 'story', 'written', 'dear', 'chief', 'executive', 'manager', 'team',
];

const COMMON = new Set<string>([...UK_ENGLISH_STOP_WORDS, ...EXTRA_COMMON]);

/** Pseudonymous labels ("P8", "Speaker 2", "Facilitator") are not names. */
const PSEUDONYM = /^(?:p|participant|speaker|respondent|interviewee|facilitator|interviewer|moderator|researcher|carer|professional)\s*\d*$/i;

const CAPITALISED = /(?<![\p{L}\p{M}\p{N}_])\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}_])\p{Ll}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;

/** Strips a possessive "'s" or "’s": "Margaret's" is the name "Margaret". */
function withoutPossessive(word: string): string {
  return /['’]s$/i.test(word) ? word.slice(0, -2) : word;
}

/** Every word starting with a capital letter, possessive "'s" left outside. O(n). */
export function capitalisedWords(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const word = withoutPossessive(match[0]);
    words.push({ start: match.index, end: match.index + word.length, word });
  }
  return words;
}

/** Case-folded words that appear at least once starting in lower case: the text's ordinary words. O(n). */
export function lowerCaseVocabulary(texts: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(LOWER_WORD)) vocabulary.add(withoutPossessive(match[0]).replace(/’/g, "'"));
  }
  return vocabulary;
}

/** True for a word in the built-in list of ordinary words (case-insensitive). */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase().replace(/’/g, "'"));
}

/** True when the word is in the common list or the text also uses it in lower case. */
export function isOrdinaryWord(word: string, vocabulary: ReadonlySet<string>): boolean {
  const folded = word.toLowerCase().replace(/’/g, "'");
  return COMMON.has(folded) || vocabulary.has(folded);
}

/** True for a word written all in capitals ("NHS", "GP", "I"): acronyms are not names. */
export function isAllCapitals(word: string): boolean {
  return word === word.toUpperCase();
}

/** True for a label that is itself a pseudonym ("P8", "Speaker 2"), never worth flagging. */
export function isPseudonym(label: string): boolean {
  return PSEUDONYM.test(label.trim());
}

const RUN = /\p{Lu}[\p{L}\p{M}'’.&-]*(?:[ \t]+(?:(?:of|and|&|for|the|upon|de|le)[ \t]+)*\p{Lu}[\p{L}\p{M}'’.&-]*)*/gu;

/**
 * Runs of capitalised words, joined across single spaces and the small words inside proper
 * names ("University of Chester", "Shrewsbury and Telford"); trailing full stops and possessives trimmed. O(n).
 */
export function capitalisedRuns(text: string): WordAt[][] {
  const runs: WordAt[][] = [];
  for (const match of text.matchAll(RUN)) {
    const words: WordAt[] = [];
    for (const part of match[0].matchAll(/\S+/g)) {
      const trimmed = part[0].replace(/[.,]+$/, '');
      const word = withoutPossessive(trimmed);
      const start = match.index + part.index;
      if (word.length > 0) words.push({ start, end: start + word.length, word });
    }
    runs.push(words);
  }
  return runs;
}

/**
 * True when the character at `offset` opens a sentence: the text's start, a new line, or after
 * ". ", "! ", "? " or a speaker's ": ", with opening quotes and brackets in between skipped.
 */
export function isSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /["'“‘(\s]/.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  const before = text[i] ?? '';
  return i < offset - 1 && /[.!?:…]/.test(before);
}
