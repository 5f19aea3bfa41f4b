/**
 * Synthetic projects for the benchmark (issue 8), generated deterministically from a seed: the
 * same size and seed give the same project, GUIDs included, on every machine. Each has ~40
 * participants plus facilitators with Group and Organisation category attributes, a 300-code tree
 * (themes > perspectives > subthemes > codes), focus groups and interviews of exactly
 * `wordsPerSource` words, and codings on word boundaries inside participants' turns by three coders.
 */
import {
  asId, type Attribute, type AttributeId, type Code, type CodeId, type Coder, type CoderId, type Coding,
  type CodingId, type Memo, type MemoId, type Participant, type ParticipantId, type ProjectBundle, type ProjectId,
  type Quote, type QuoteId, type SourceId, type SourceWithText,
} from '../../shared/model';
import { seededGuid, sha256Hex } from '../../shared/util/hash';
import { between, mulberry32, pick, skewedCounts, type Random } from './random';
import { generateTranscript, type Speaker, type Transcript } from './transcript';
import {
  CODE_HEADS, CODE_TOPICS, COLOURS, ORGANISATION_CATEGORIES, PERSPECTIVES, THEMES,
} from './vocabulary';

/** Bump when the output changes, so cached project files are regenerated. */
export const GENERATOR_VERSION = 1;

export interface BenchSize {
  name: string;
  sources: number;
  wordsPerSource: number;
  codings: number;
  participants: number;
  facilitators: number;
  quotes: number;
}

const common = { participants: 40, facilitators: 4, quotes: 40 };
export const BENCH_SIZES = {
  S: { name: 'S', sources: 20, wordsPerSource: 10_000, codings: 2_000, ...common },
  M: { name: 'M', sources: 200, wordsPerSource: 10_000, codings: 20_000, ...common },
  L: { name: 'L', sources: 1_000, wordsPerSource: 10_000, codings: 200_000, ...common },
  /** Issue 4: one source of about 600,000 characters with 2,000 codings. */
  long: { name: 'long', sources: 1, wordsPerSource: 90_000, codings: 2_000, ...common },
} as const satisfies Record<string, BenchSize>;
export type BenchSizeName = keyof typeof BENCH_SIZES;

const AT = Date.UTC(2026, 0, 15, 9);
const iso = (seconds: number) => new Date(AT + seconds * 1000).toISOString();
const SUBTHEMES_PER_PERSPECTIVE = 6;
const CODES_PER_SUBTHEME = 5;

function buildCodes(random: Random, projectId: ProjectId, guid: (...parts: string[]) => string): Code[] {
  const codes: Code[] = [];
  const add = (parentId: CodeId | null, name: string, order: number, path: string) => {
    const code: Code = {
      id: asId<CodeId>(guid('code', path)), projectId, parentId, name, order, definition: random() < 0.6 ? `When participants talk about ${name.toLowerCase()}.` : '',
      color: pick(random, COLOURS), status: pick(random, ['candidate', 'candidate', 'reviewed', 'final'] as const), aliases: [], createdAt: iso(0),
    };
    codes.push(code);
    return code.id;
  };
  const codeName = () => `${pick(random, CODE_HEADS)} ${pick(random, CODE_TOPICS)}`;
  THEMES.forEach((theme, t) => {
    const themeId = add(null, theme, t, `${t}`);
    PERSPECTIVES.forEach((perspective, p) => {
      const perspectiveId = add(themeId, perspective, p, `${t}/${p}`);
      for (let s = 0; s < SUBTHEMES_PER_PERSPECTIVE; s++) {
        const subthemeId = add(perspectiveId, codeName(), s, `${t}/${p}/${s}`);
        for (let c = 0; c < CODES_PER_SUBTHEME; c++) add(subthemeId, codeName(), c, `${t}/${p}/${s}/${c}`);
      }
    });
  });
  return codes;
}

function buildPeople(size: BenchSize, projectId: ProjectId, guid: (...parts: string[]) => string, random: Random) {
  const group: Attribute = { id: asId<AttributeId>(guid('attribute', 'group')), projectId, name: 'Group', type: 'category', categories: ['Carer', 'HSC professional'], order: 0 };
  const organisation: Attribute = {
    id: asId<AttributeId>(guid('attribute', 'organisation')), projectId, name: 'Organisation category', type: 'category',
    categories: [...ORGANISATION_CATEGORIES], order: 1,
  };
  const participants: Participant[] = [];
  for (let i = 0; i < size.facilitators + size.participants; i++) {
    const isFacilitator = i < size.facilitators;
    const isCarer = !isFacilitator && random() < 0.6;
    participants.push({
      id: asId<ParticipantId>(guid('participant', String(i))), projectId, label: isFacilitator ? `F${i + 1}` : `P${i - size.facilitators + 1}`,
      role: isFacilitator ? 'facilitator' : 'participant', isWithdrawn: false, order: i,
      attributes: isFacilitator ? {} : {
        [group.id]: isCarer ? 'Carer' : 'HSC professional',
        [organisation.id]: isCarer ? 'Not applicable' : pick(random, ORGANISATION_CATEGORIES.slice(0, -1)),
      },
    });
  }
  return { attributes: [group, organisation], participants };
}

/** `count` ranges of one transcript: runs of 3-60 words inside one participant's turn. */
function placeCodings(random: Random, transcript: Transcript, count: number, isFacilitator: (turn: number) => boolean): [number, number][] {
  const { wordStarts, wordEnds, wordTurns } = transcript;
  const spoken: number[] = [];
  for (let w = 0; w < wordStarts.length; w++) if (!isFacilitator(wordTurns[w] ?? 0)) spoken.push(w);
  const ranges: [number, number][] = [];
  for (let i = 0; i < count && spoken.length > 0; i++) {
    const first = spoken[Math.floor(random() * spoken.length)] ?? 0;
    let last = Math.min(first + between(random, 3, 60) - 1, wordStarts.length - 1);
    while (wordTurns[last] !== wordTurns[first]) last--;
    ranges.push([wordStarts[first] ?? 0, wordEnds[last] ?? 0]);
  }
  return ranges;
}

/** The whole project. Deterministic in (size, seed). */
export async function generateProject(size: BenchSize, seed: number): Promise<ProjectBundle> {
  const random = mulberry32(seed);
  const guid = (...parts: string[]) => seededGuid(['storyloom-bench', String(seed), size.name, ...parts].join('/'));
  const projectId = asId<ProjectId>(guid('project'));
  const coders: Coder[] = ['Researcher A', 'Researcher B', 'Researcher C'].map((name) => ({ id: asId<CoderId>(guid('coder', name)), projectId, name }));
  const { attributes, participants } = buildPeople(size, projectId, guid, random);
  const codes = buildCodes(random, projectId, guid);
  const codable = codes.filter((c) => !codes.some((child) => child.parentId === c.id) || random() < 0.1);
  const facilitators = participants.filter((p) => p.role === 'facilitator');
  const facilitatorIds = new Set<string>(facilitators.map((f) => f.id));
  const speakersOf = (p: Participant): Speaker => ({ name: p.label, participantId: p.id, isFacilitator: p.role === 'facilitator' });

  const perSource = skewedCounts(random, size.codings, size.sources);
  const sources: SourceWithText[] = [];
  const codings: Coding[] = [];
  for (let i = 0; i < size.sources; i++) {
    const isInterview = i % 5 === 4;
    const facilitator = pick(random, facilitators);
    const pool = participants.filter((p) => p.role === 'participant');
    const chosen = new Set<Participant>();
    const wanted = isInterview ? 1 : between(random, 4, 8);
    while (chosen.size < wanted) chosen.add(pick(random, pool));
    const transcript = generateTranscript(random, [facilitator, ...chosen].map(speakersOf), size.wordsPerSource);
    const sourceId = asId<SourceId>(guid('source', String(i)));
    const label = isInterview ? `Int. ${Math.floor(i / 5) + 1}` : `FG ${i - Math.floor(i / 5) + 1}`;
    sources.push({
      source: {
        id: sourceId, projectId, title: isInterview ? `Interview ${label.slice(5)}` : `Focus group ${label.slice(3)}`, label,
        kind: isInterview ? 'interview' : 'focus-group', date: iso(i * 86_400).slice(0, 10), facilitator: facilitator.label,
        originalFileName: `${label.replace(/\W+/g, '-').toLowerCase()}.docx`, contentHash: await sha256Hex(transcript.text),
        characters: transcript.text.length, turnCount: transcript.turns.length, order: i, isRead: random() < 0.3, readingPosition: 0,
        createdAt: iso(i),
      },
      text: { sourceId, projectId, text: transcript.text, turns: transcript.turns },
    });
    const ranges = placeCodings(random, transcript, perSource[i] ?? 0, (turn) => facilitatorIds.has(transcript.turns[turn]?.participantId ?? ''));
    for (const [start, end] of ranges) {
      const coder = random() < 0.6 ? coders[0] : random() < 0.75 ? coders[1] : coders[2];
      codings.push({
        id: asId<CodingId>(guid('coding', String(codings.length))), projectId, sourceId, codeId: pick(random, codable).id,
        coderId: (coder ?? coders[0]!).id, start, end, createdAt: iso(100_000 + codings.length),
      });
    }
  }

  const memos: Memo[] = codes.filter((c) => c.parentId === null).map((code, i) => ({
    id: asId<MemoId>(guid('memo', String(i))), projectId, kind: 'memo', anchor: { type: 'code', id: code.id }, title: `About ${code.name}`,
    content: '', plainText: `Early thoughts on ${code.name.toLowerCase()}: what the groups share and where they differ.`, coderId: coders[0]!.id,
    createdAt: iso(200_000 + i), updatedAt: iso(200_000 + i),
  }));
  const quotes: Quote[] = Array.from({ length: Math.min(size.quotes, codings.length) }, (_, i) => {
    const coding = codings[Math.floor((i * codings.length) / size.quotes)]!;
    const text = sources.find((s) => s.source.id === coding.sourceId)?.text.text.slice(coding.start, coding.end) ?? '';
    return {
      id: asId<QuoteId>(guid('quote', String(i))), projectId, codingId: coding.id, codeId: coding.codeId, text, attribution: '(participant, focus group)',
      order: i, fidelity: 'unchecked' as const,
    };
  });
  return {
    project: {
      id: projectId, name: `Benchmark ${size.name} (seed ${seed})`, description: `Synthetic project for npm run bench: ${size.sources} sources of ${size.wordsPerSource} words, ${size.codings} codings.`,
      method: 'Thematic analysis (Braun & Clarke, 2006)', createdAt: iso(0), updatedAt: iso(300_000),
      levelNames: ['Theme', 'Perspective', 'Subtheme', 'Code'], currentCoderId: coders[0]!.id,
    },
    coders, sources, participants, attributes, codes, codings, memos, quotes, reviews: [], history: [],
  };
}
