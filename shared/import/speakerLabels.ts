/**
 * Recognising a speaker label at the start of one line (issue 3 item 2): `Name: text`,
 * `[00:01:02] Name: text`, `Name (00:01:02): text`, Otter's `Name  0:03` header line,
 * `[id1] text`, `Speaker 1:`. What is not a label: times and timestamp fragments at a line
 * start, `[inaudible 00:04:17]`, `[crosstalk]`, prose before a colon ("The reason was simple:"),
 * URLs, and headings such as `Note:` or `Date:`. Whether a candidate is really a speaker is
 * decided over the whole document (see acceptLabels in speakers.ts).
 */

/** `strong`: a pattern only transcripts use (a timestamp, a role, a bracketed id); `weak`: a bare `Name:`. */
export type LabelStrength = 'strong' | 'weak';

export interface LineLabel {
  name: string;
  /** Offset in the line where the speech starts; the line's length when it starts on a later line. */
  speechOffset: number;
  timestamp: string | null;
  strength: LabelStrength;
}

const NAME_MAX_CHARACTERS = 40;
const NAME_MAX_WORDS = 4;

/** hh:mm:ss, h:mm, m:ss, with optional fractions; Teams writes them unpadded (0:0:0.210). */
const TS = String.raw`\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?`;
const TIMESTAMP_THEN_NAME = new RegExp(String.raw`^\s*[[(]?(${TS})[\])]?\s+([^:\n]{1,40}?)\s*:(?=\s|$)\s*`);
const NAME_THEN_TIMESTAMP = new RegExp(String.raw`^\s*([^:[(\n]{1,40}?)\s*[[(](${TS})[\])]\s*:?(?=\s|$)\s*`);
const OTTER_HEADER = new RegExp(String.raw`^\s*([^:\n]{1,40}?)\s+(${TS})\s*$`);
const BRACKETED_ID = /^\s*\[([^\]\n]{1,30})\]\s*:?(?=\s|$)\s*/;
const PLAIN = /^\s*([^:\n]{1,40}?)\s*:(?=\s|$)\s*/;

/** Roles and generic labels that mark a transcript even when they speak only once. */
const ROLE = /^(speaker|participant|respondent|interviewee|interviewer|facilitator|co-facilitator|moderator|researcher|carer|member|person|voice|observer|chair|note-?taker|unknown speaker|unidentified speaker|all|group|several|p|r|i|q|a|int|mod|fac|resp)(\s*\d{1,3}|\s+[A-Z])?$/i;
/** QualCoder-style bracketed ids: [id1], [P4], [R12]. */
const BRACKET_ID_NAME = /^[A-Za-z]{1,12}[ _-]?\d{1,4}$/;

/** Lower-case words allowed inside a name ("Head of Service", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['of', 'the', 'and', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'del', 'y', 'bin', 'al', '&']);

/** Headings and form fields that take a colon in documents but are not people. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'nb', 'ps', 're', 'subject', 'date', 'time', 'title', 'location', 'venue', 'place', 'present',
  'attendees', 'apologies', 'summary', 'example', 'examples', 'e.g', 'i.e', 'warning', 'tip', 'update', 'edit', 'source', 'sources',
  'reference', 'references', 'keywords', 'abstract', 'background', 'aim', 'aims', 'method', 'methods', 'result',
  'results', 'conclusion', 'conclusions', 'recommendation', 'recommendations', 'purpose', 'objective', 'objectives',
  'outcome', 'outcomes', 'action', 'actions', 'agenda', 'minutes', 'step', 'chapter', 'section', 'part', 'table',
  'figure', 'fig', 'appendix', 'email', 'e-mail', 'tel', 'telephone', 'phone', 'mobile', 'fax', 'address', 'postcode',
  'website', 'web', 'url', 'from', 'to', 'cc', 'bcc', 'sent', 'total', 'name', 'age', 'gender', 'sex', 'role',
  'organisation', 'organization', 'dob', 'ref', 'transcript', 'transcription', 'interview', 'focus group', 'duration',
  'length', 'key', 'legend', 'definition', 'theme', 'code', 'category', 'quote', 'file', 'page', 'version', 'status',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** True for a role such as "Interviewer", "Speaker 3", "P2", "Participant". */
export function isRecognisedRole(name: string): boolean {
  return ROLE.test(name.trim());
}

function isNameWord(word: string, index: number): boolean {
  if (word.startsWith('(') || word.endsWith(')')) return true; // "Jane (carer)"
  if (/^[\p{Lu}\p{Lt}\d]/u.test(word) || /\p{Lu}/u.test(word)) return true; // "Dan", "P2", "d'Arcy"
  return index > 0 && PARTICLES.has(word);
}

/**
 * Could `name` be a speaker label? At most 4 words and 40 characters, starting with a capital
 * letter or a digit, holding a letter, every word capitalised (or a particle like "of"), and
 * not a heading like "Note" or "Step 2".
 */
export function isSpeakerName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > NAME_MAX_CHARACTERS) return false;
  if (!/^[\p{Lu}\p{Lt}\d]/u.test(trimmed) || !/\p{L}/u.test(trimmed)) return false;
  if (!/^[\p{L}\p{M}\d .'’()&-]+$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > NAME_MAX_WORDS || !words.every(isNameWord)) return false;
  return !NOT_SPEAKERS.has(trimmed.toLowerCase().replace(/\s*\d+$/, ''));
}

function strengthOf(name: string): LabelStrength {
  return isRecognisedRole(name) ? 'strong' : 'weak';
}

/**
 * The speaker label at the start of `line`, or null. `hasNextLine` says whether a non-blank line
 * follows, which an Otter header (`Name  0:03` alone on its line) needs for its speech.
 */
export function labelOfLine(line: string, hasNextLine = true): LineLabel | null {
  let match = TIMESTAMP_THEN_NAME.exec(line);
  if (match?.[1] && match[2] && isSpeakerName(match[2])) {
    return { name: match[2].trim(), speechOffset: match[0].length, timestamp: match[1], strength: 'strong' };
  }
  match = NAME_THEN_TIMESTAMP.exec(line);
  if (match?.[1] && match[2] && isSpeakerName(match[1])) {
    return { name: match[1].trim(), speechOffset: match[0].length, timestamp: match[2], strength: 'strong' };
  }
  match = OTTER_HEADER.exec(line);
  if (match?.[1] && match[2] && hasNextLine && isSpeakerName(match[1])) {
    return { name: match[1].trim(), speechOffset: line.length, timestamp: match[2], strength: 'strong' };
  }
  match = BRACKETED_ID.exec(line);
  if (match?.[1]) {
    const name = match[1].trim();
    const isId = BRACKET_ID_NAME.test(name) || isRecognisedRole(name);
    return isId ? { name, speechOffset: match[0].length, timestamp: null, strength: 'strong' } : null;
  }
  match = PLAIN.exec(line);
  if (match?.[1] && isSpeakerName(match[1])) {
    const name = match[1].trim();
    return { name, speechOffset: match[0].length, timestamp: null, strength: strengthOf(name) };
  }
  return null;
}
