/**
 * Reads storyloom/project.json back, checking every field (see extension.ts for the format).
 * A file from a newer Storyloom is refused with a message that says so, not misread.
 */
import {
  ATTRIBUTE_TYPES, CODE_STATUSES, FIDELITY_STATUSES, MEMO_KINDS, PARTICIPANT_ROLES, REVIEW_VERDICTS, SOURCE_KINDS,
  asId, type Brand, type MemoAnchor,
} from '../model';
import { ContentError } from './errors';
import {
  EXTENSION_FORMAT, EXTENSION_PATH, EXTENSION_VERSION, type ExtensionCodings, type ExtensionSource,
  type StoryloomExtension,
} from './extension';
import { JsonObject } from './jsonCheck';
import { normaliseGuid } from './values';

function nullableId<T extends Brand<string, string>>(guid: string | null): T | null {
  return guid === null ? null : asId<T>(guid);
}

const ANCHOR_TYPES = ['project', 'source', 'code', 'coding', 'participant', 'cell'] as const;

function anchorOf(json: JsonObject): MemoAnchor {
  const type = json.oneOf('type', ANCHOR_TYPES);
  if (type === 'project') return { type };
  const id = json.guid('id');
  switch (type) {
    case 'source': return { type, id: asId(id) };
    case 'code': return { type, id: asId(id) };
    case 'coding': return { type, id: asId(id) };
    case 'participant': return { type, id: asId(id) };
    case 'cell': return { type, id: asId(id), codeId: asId(json.guid('codeId')) };
  }
}

function sourceOf(s: JsonObject): ExtensionSource {
  return {
    id: asId(s.guid('id')), label: s.str('label'), kind: s.oneOf('kind', SOURCE_KINDS), date: s.nullableDate('date'),
    facilitator: s.str('facilitator'), originalFileName: s.str('originalFileName'), contentHash: s.str('contentHash'),
    order: s.num('order'), isRead: s.bool('isRead'), readingPosition: s.int('readingPosition'), createdAt: s.dateTime('createdAt'),
    turns: s.list('turns', (t) => {
      const start = t.int('start');
      const end = t.int('end', start);
      const participantId = t.nullableGuid('participantId');
      return {
        start, end, speaker: t.nullableStr('speaker'), participantId: nullableId(participantId),
        timestamp: t.nullableStr('timestamp'),
      };
    }),
  };
}

function codingsOf(json: JsonObject): ExtensionCodings {
  const runs = json.raw('sourceRuns');
  const isRun = (run: unknown): run is [number, number] => Array.isArray(run) && run.length === 2
    && run.every((n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
  if (!Array.isArray(runs) || !runs.every(isRun)) return json.fail('a list of [source index, count] pairs', 'sourceRuns');
  const stamps = json.obj('createdAt');
  const createdAt: Record<string, string> = {};
  for (const id of stamps.keys()) {
    const guid = normaliseGuid(id);
    if (guid === null) stamps.fail('coding GUIDs as keys', id);
    else createdAt[guid] = stamps.dateTime(id);
  }
  return { sourceRuns: runs, createdAt };
}

/** The checked extension. Throws ContentError ('bad-content' or 'too-new'). */
export function readExtension(text: string): StoryloomExtension {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ContentError('bad-content', `${EXTENSION_PATH} is damaged (it is not valid JSON).`);
  }
  const root = JsonObject.root(parsed, EXTENSION_PATH);
  if (root.raw('format') !== EXTENSION_FORMAT) root.fail(`"${EXTENSION_FORMAT}"`, 'format');
  const version = root.int('version', 1);
  if (version > EXTENSION_VERSION) {
    throw new ContentError('too-new', `was saved by a newer version of Storyloom (project format ${version}; this version reads format ${EXTENSION_VERSION}). Update Storyloom to open it.`);
  }
  const p = root.obj('project');
  return {
    format: EXTENSION_FORMAT,
    version: EXTENSION_VERSION,
    project: {
      id: asId(p.guid('id')), method: p.str('method'), levelNames: p.strings('levelNames'),
      currentCoderId: asId(p.guid('currentCoderId')), createdAt: p.dateTime('createdAt'), updatedAt: p.dateTime('updatedAt'),
    },
    sources: root.list('sources', sourceOf),
    participants: root.list('participants', (x) => ({
      id: asId(x.guid('id')), role: x.oneOf('role', PARTICIPANT_ROLES), order: x.num('order'), isWithdrawn: x.bool('isWithdrawn'),
    })),
    attributes: root.list('attributes', (x) => ({
      id: asId(x.guid('id')), type: x.oneOf('type', ATTRIBUTE_TYPES), categories: x.strings('categories'), order: x.num('order'),
    })),
    codes: root.list('codes', (x) => ({
      id: asId(x.guid('id')), status: x.oneOf('status', CODE_STATUSES), aliases: x.strings('aliases'), order: x.num('order'),
      createdAt: x.dateTime('createdAt'),
    })),
    codings: codingsOf(root.obj('codings')),
    memos: root.list('memos', (x) => ({
      id: asId(x.guid('id')), kind: x.oneOf('kind', MEMO_KINDS), anchor: anchorOf(x.obj('anchor')), title: x.str('title'),
      content: x.str('content'), createdAt: x.dateTime('createdAt'), updatedAt: x.dateTime('updatedAt'),
    })),
    quotes: root.list('quotes', (x) => ({
      id: asId(x.guid('id')), codingId: asId(x.guid('codingId')), codeId: asId(x.guid('codeId')), text: x.str('text'),
      attribution: x.str('attribution'), order: x.num('order'), fidelity: x.oneOf('fidelity', FIDELITY_STATUSES),
    })),
    reviews: root.list('reviews', (x) => ({
      id: asId(x.guid('id')), targetType: x.oneOf('targetType', ['code', 'quote'] as const), targetId: x.str('targetId'),
      reviewer: x.str('reviewer'), verdict: x.raw('verdict') === null ? null : x.oneOf('verdict', REVIEW_VERDICTS),
      suggestedName: x.str('suggestedName'), comment: x.str('comment'), round: x.int('round'), createdAt: x.dateTime('createdAt'),
      response: x.str('response'), isAddressed: x.bool('isAddressed'),
    })),
    history: root.list('history', (x) => ({
      id: x.str('id'), at: x.dateTime('at'), coderId: nullableId(x.nullableGuid('coderId')),
      action: x.str('action'), summary: x.str('summary'), undo: x.raw('undo') ?? null, redo: x.raw('redo') ?? null,
      isUndone: x.raw('isUndone') === true,
    })),
  };
}
