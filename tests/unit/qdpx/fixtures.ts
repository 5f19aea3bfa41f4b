/**
 * A hand-made project with every entity type, for the project-file tests: two coders; a focus
 * group with emoji (one a ZWJ sequence), CJK and speakers; a narrative with an astral maths letter;
 * an empty interview; five attribute types; codes three deep; overlapping codings by both coders,
 * interleaved across sources; a memo on each anchor type; quotes, reviews and history.
 */
import { createHash } from 'node:crypto';
import {
  asId, type Attribute, type Brand, type Code, type CodeId, type Coder, type CoderId, type Coding, type CodingId, type Memo,
  type Participant, type ParticipantId, type ProjectBundle, type ProjectId, type QuoteId, type SourceId, type SourceKind,
  type SourceWithText, type Turn,
} from '../../../shared/model';
import { seededGuid } from '../../../shared/util/hash';

export const id = <T extends Brand<string, string>>(...parts: string[]): T => asId<T>(seededGuid(['fixture', ...parts].join('/')));

const AT = '2026-01-10T09:00:00.000Z';
const projectId = id<ProjectId>('project');

export const FOCUS_GROUP_TEXT = [
  'Facilitator: Welcome, everyone. Shall we start? 🙂',
  'Mary: Caring for my mum is 24/7 — I love her, but I\'m exhausted 😩 most days.',
  'Tom: The "respite" service & the GP <never> talk to each other.',
  'Mary: 我很累 — that is what I wrote in my diary 👩‍👧 last week.',
].join('\n');

export const NARRATIVE_TEXT = [
  'I never planned to be a carer.',
  '',
  'The 𝕏 on the calendar marks the days the nurse comes. Those days I sleep.',
  '\tSome nights I do not sleep at all.',
].join('\n');

/** [start, end) of the `occurrence`-th `phrase` in `text` (UTF-16). */
export function span(text: string, phrase: string, occurrence = 1): [number, number] {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence} times.`);
  }
  return [at, at + phrase.length];
}

function speakerTurns(text: string, participants: Record<string, ParticipantId>): Turn[] {
  let start = 0;
  return text.split('\n').map((line) => {
    const name = line.slice(0, line.indexOf(':'));
    const turn: Turn = {
      start: start + name.length + 2, end: start + line.length, speaker: name,
      participantId: participants[name] ?? null, timestamp: `00:0${start % 10}:00`,
    };
    start += line.length + 1;
    return turn;
  });
}

function source(key: string, title: string, label: string, kind: SourceKind, text: string, turns: Turn[], order: number): SourceWithText {
  const sourceId = id<SourceId>('source', key);
  return {
    source: {
      id: sourceId, projectId, title, label, kind, date: order === 0 ? '2025-11-11' : null, facilitator: order === 0 ? 'Dr Ruth Ames' : '',
      originalFileName: `${label}.docx`, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
      characters: text.length, turnCount: turns.length, order, isRead: order === 0, readingPosition: order === 0 ? 17 : 0,
      createdAt: AT,
    },
    text: { sourceId, projectId, text, turns },
  };
}

export function buildTestBundle(): ProjectBundle {
  const ann: Coder = { id: id<CoderId>('coder', 'ann'), projectId, name: 'Ann "AK" Kowalska' };
  const ben: Coder = { id: id<CoderId>('coder', 'ben'), projectId, name: 'Ben & co' };
  const attribute = (key: string, name: string, type: Attribute['type'], order: number, categories: string[] = []): Attribute =>
    ({ id: id('attribute', key), projectId, name, type, categories, order });
  const attributes = [
    attribute('group', 'Participant group', 'category', 0, ['Carer', 'HSC professional']),
    attribute('age', 'Age', 'number', 1), attribute('employed', 'Employed', 'boolean', 2),
    attribute('joined', 'Joined', 'date', 3), attribute('note', 'Note', 'text', 4),
  ];
  const [group, age, employed, joined, note] = attributes.map((a) => a.id as string) as [string, string, string, string, string];
  const participant = (key: string, label: string, role: Participant['role'], order: number, values: Participant['attributes'], isWithdrawn = false): Participant =>
    ({ id: id('participant', key), projectId, label, role, attributes: values, isWithdrawn, order });
  const participants = [
    participant('mary', 'P1', 'participant', 0, { [group]: 'Carer', [age]: 54, [employed]: false, [joined]: '2015-11-11', [note]: 'Lives & works in "town"\nnear <the> coast' }),
    participant('tom', 'P2', 'participant', 1, { [group]: 'HSC professional', [age]: 3.5e-7, [employed]: true, [joined]: null, [note]: '' }),
    participant('ruth', 'Facilitator 1', 'facilitator', 2, {}),
    participant('gone', 'P3', 'participant', 3, { [group]: null }, true),
  ];
  const [mary, tom, ruth] = participants.map((p) => p.id) as [ParticipantId, ParticipantId, ParticipantId];
  const focusGroup = source('fg', 'Focus group 1: carers', 'FG 1', 'focus-group', FOCUS_GROUP_TEXT,
    speakerTurns(FOCUS_GROUP_TEXT, { Mary: mary, Tom: tom, Facilitator: ruth }), 0);
  const narrative = source('nar', 'Narrative 6', 'Nar. 6', 'narrative', NARRATIVE_TEXT,
    [{ start: 0, end: 30, speaker: null, participantId: null, timestamp: null }, { start: 32, end: NARRATIVE_TEXT.length, speaker: null, participantId: null, timestamp: null }], 1);
  const empty = source('empty', 'Interview 2 (not transcribed)', 'Int. 2', 'interview', '', [], 2);

  const code = (path: string[], parent: Code | null, order: number, status: Code['status'], color: string): Code => ({
    id: id<CodeId>('code', ...path), projectId, parentId: parent?.id ?? null, name: path[path.length - 1] ?? '',
    definition: path.length === 1 ? `Theme: ${path[0]} & what "it" means <here>.\nSecond line.` : '', color, order, status,
    aliases: path.length === 3 ? ['no sleep', 'tired'] : [], createdAt: AT,
  });
  const load = code(['Caring load'], null, 0, 'final', '#aa3311');
  const exhaustion = code(['Caring load', 'Exhaustion'], load, 0, 'reviewed', '#bb4422');
  const sleep = code(['Caring load', 'Exhaustion', 'Sleep'], exhaustion, 0, 'candidate', '#cc5533');
  const services = code(['Services'], null, 1, 'candidate', '#1166aa');
  const fragmentation = code(['Services', 'Fragmentation'], services, 0, 'candidate', '#2277bb');
  const love = code(['Caring load', 'Love'], load, 1, 'candidate', '#dd6644');
  // Deliberately not in tree order: the bundle's flat order must survive the nested XML.
  const codes = [services, load, sleep, exhaustion, love, fragmentation];

  const fg = focusGroup.source.id;
  const nar = narrative.source.id;
  let n = 0;
  const coding = (sourceId: SourceId, text: string, phrase: string, codeId: CodeId, coder: Coder, occurrence = 1): Coding => {
    const [start, end] = span(text, phrase, occurrence);
    n++;
    return { id: id<CodingId>('coding', String(n)), projectId, sourceId, codeId, coderId: coder.id, start, end, createdAt: `2026-01-1${n % 10}T10:00:0${n % 10}.000Z` };
  };
  const codings = [
    coding(fg, FOCUS_GROUP_TEXT, 'I\'m exhausted 😩 most days', exhaustion.id, ann),
    coding(fg, FOCUS_GROUP_TEXT, 'I\'m exhausted 😩 most days', exhaustion.id, ben),
    coding(nar, NARRATIVE_TEXT, 'Those days I sleep.', sleep.id, ann),
    coding(fg, FOCUS_GROUP_TEXT, 'most days', sleep.id, ben),
    coding(fg, FOCUS_GROUP_TEXT, 'I love her, but I\'m exhausted', love.id, ann),
    coding(fg, FOCUS_GROUP_TEXT, 'The "respite" service & the GP <never> talk', fragmentation.id, ann),
    coding(fg, FOCUS_GROUP_TEXT, '我很累 — that is what I wrote in my diary 👩‍👧 last week.', exhaustion.id, ben),
    coding(nar, NARRATIVE_TEXT, 'Some nights I do not sleep at all.', sleep.id, ben),
    coding(fg, FOCUS_GROUP_TEXT, 'last week', load.id, ann),
  ];

  const memo = (key: string, kind: Memo['kind'], anchor: Memo['anchor'], title: string, plainText: string, coder: Coder): Memo => ({
    id: id('memo', key), projectId, kind, anchor, title, plainText, coderId: coder.id, createdAt: AT, updatedAt: '2026-01-12T08:30:00.000Z',
    content: JSON.stringify({ root: { children: [{ children: [{ text: plainText, type: 'text' }], type: 'paragraph' }], type: 'root' } }),
  });
  const memos = [
    memo('project', 'journal', { type: 'project' }, 'Reflexive entry 1', 'I am a carer myself.\n\tThat shapes what I hear.  ', ann),
    memo('source', 'familiarisation', { type: 'source', id: fg }, 'First read of FG 1', 'Lots of <tiredness> & guilt.', ann),
    memo('code', 'memo', { type: 'code', id: exhaustion.id }, 'On exhaustion', 'Physical vs emotional?', ben),
    memo('coding', 'memo', { type: 'coding', id: codings[0]?.id ?? asId<CodingId>('') }, 'Emoji as emphasis', 'The 😩 carries weight.', ben),
    memo('participant', 'recommendation', { type: 'participant', id: mary }, '', 'Follow up with P1.', ann),
  ];
  const quoteId = id<QuoteId>('quote', '1');
  return {
    project: {
      id: projectId, name: 'Carers & "respite" pilot', description: 'Focus groups <and> narratives.\nSecond paragraph.',
      method: 'Reflexive thematic analysis (Braun & Clarke, 2021).', createdAt: AT, updatedAt: '2026-02-01T12:00:00.000Z',
      levelNames: ['Theme', 'Perspective', 'Subtheme'], currentCoderId: ben.id,
    },
    coders: [ann, ben],
    sources: [focusGroup, narrative, empty],
    participants, attributes, codes, codings, memos,
    quotes: [
      { id: quoteId, projectId, codingId: codings[0]?.id ?? asId(''), codeId: exhaustion.id, text: 'I\'m exhausted ... most days', attribution: '(P1, FG 1)', order: 0, fidelity: 'ok' },
      { id: id('quote', '2'), projectId, codingId: codings[2]?.id ?? asId(''), codeId: sleep.id, text: 'Those days I [can] sleep.', attribution: '(Nar. 6)', order: 1, fidelity: 'unchecked' },
    ],
    reviews: [
      { id: id('review', '1'), projectId, targetType: 'code', targetId: load.id, reviewer: 'Carer partner A', verdict: 'partly', suggestedName: 'The weight of caring', comment: 'Close, but "load" sounds like a machine.', round: 1, createdAt: AT, response: 'Renamed in round 2.', isAddressed: true },
      { id: id('review', '2'), projectId, targetType: 'quote', targetId: quoteId, reviewer: 'Carer partner B', verdict: null, suggestedName: '', comment: '', round: 2, createdAt: AT, response: '', isAddressed: false },
    ],
    history: [
      { id: id('history', '1'), projectId, at: AT, coderId: null, action: 'project:create', summary: 'Created the project', undo: null, redo: { name: 'Carers pilot' }, isUndone: false },
      { id: id('history', '2'), projectId, at: '2026-01-11T10:00:01.000Z', coderId: ann.id, action: 'coding:add', summary: 'Coded "I\'m exhausted"', undo: { codingIds: [codings[0]?.id] }, redo: [1, 'two', { three: true }], isUndone: true },
    ],
  };
}
