/**
 * The methods paragraph of the board report (DOMAIN.md "The board report": how many focus
 * groups, participants, narratives, dates, the method), generated from the project so that it
 * never disagrees with the data. Numbers are always written in digits.
 */
import type { ProjectBundle, SourceKind, SourceWithText } from '../model';
import { isCountedParticipant } from '../quotes/attribution';
import { datesPhrase } from './dates';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "a and b", "a, b and c"; when an item before the last is more than a bare count ("2 focus
 * groups held on 11 and 12 March 2025 with 11 participants"), a comma before "and" keeps the
 * items apart: "a, and b", "a, b, and c".
 */
function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const isLong = head.some((item) => item.split(' ').length > 3);
  return `${head.join(', ')}${isLong ? ',' : ''} and ${items[items.length - 1]!}`;
}

/**
 * The method as the object of "analysed using": a capital dropped from an ordinary first word
 * ("Inductive thematic analysis" -> "inductive thematic analysis"), kept for an acronym or a name
 * ("IPA", "Braun and Clarke's ..."); a final full stop dropped.
 */
function methodPhrase(method: string): string {
  const text = method.trim().replace(/\.+$/, '');
  const words = text.split(/\s+/);
  const [first = '', second = '', third = ''] = words;
  const isName = (second === '&' || second === 'and') && /^\p{Lu}/u.test(third);
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !isName ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * The methods paragraph for the board report: numbers of focus groups / interviews / narratives /
 * documents; the dates focus groups and interviews were held (dates of written sources are
 * when they were written, not collected, so they are left out); participants (role participant,
 * not withdrawn) who speak in a focus group or interview ("with 11 participants") or author a
 * narrative or document ("4 written narratives by 3 participants"), with a total when more than one
 * such count is given; and project.method. Kinds with no sources are never mentioned; an empty project gives
 * only the method sentence, and a project with neither gives "".
 */
export function methodsParagraph(bundle: ProjectBundle): string {
  const counted = new Set(bundle.participants.filter(isCountedParticipant).map((p) => p.id as string));
  const ofKind = (kind: SourceKind) => bundle.sources.filter((s) => s.source.kind === kind);
  const people = (sources: readonly SourceWithText[]) => new Set(sources.flatMap((s) => s.text.turns
    .flatMap((t) => (t.participantId && counted.has(t.participantId) ? [t.participantId as string] : []))));

  const held = (sources: readonly SourceWithText[], one: string, many: string) => {
    const dates = datesPhrase(sources.map((s) => s.source.date));
    return `${count(sources.length, one, many)}${dates ? ` held ${dates}` : ''}`;
  };
  const spokenKinds = [['focus-group', 'focus group', 'focus groups'], ['interview', 'interview', 'interviews']] as const;
  const spokenParts = spokenKinds.filter(([kind]) => ofKind(kind).length > 0).map(([kind, one, many]) => held(ofKind(kind), one, many));
  const speakers = people([...ofKind('focus-group'), ...ofKind('interview')]);
  const speakersText = spokenParts.length > 1 ? `, with ${count(speakers.size, 'participant', 'participants')}`
    : ` with ${count(speakers.size, 'participant', 'participants')}`;

  const writtenKinds = [['narrative', 'written narrative', 'written narratives'], ['document', 'document', 'documents']] as const;
  const groups = [speakers.size];
  const writtenParts = writtenKinds.filter(([kind]) => ofKind(kind).length > 0).map(([kind, one, many]) => {
    const authors = people(ofKind(kind));
    groups.push(authors.size);
    return `${count(ofKind(kind).length, one, many)}${authors.size > 0 ? ` by ${count(authors.size, 'participant', 'participants')}` : ''}`;
  });

  const items = [...(spokenParts.length > 0 ? [spokenParts.join(' and ') + (speakers.size > 0 ? speakersText : '')] : []), ...writtenParts];
  const sentences: string[] = [];
  if (items.length > 0) sentences.push(`Data came from ${listJoin(items)}.`);
  if (groups.filter((n) => n > 0).length > 1) {
    const everyone = people(bundle.sources);
    sentences.push(`In all, ${count(everyone.size, 'participant', 'participants')} took part.`);
  }
  if (bundle.project.method.trim() !== '') sentences.push(`The data were analysed using ${methodPhrase(bundle.project.method)}.`);
  return sentences.join(' ');
}
