/**
 * The source-bound parts of an imported bundle: sources with their canonical texts and turns,
 * codings (one per selection and code, offsets converted to UTF-16 of the canonical text), and
 * memos with their anchors (from storyloom/project.json, else from where the Notes are referenced).
 */
import {
  asId, type CodeId, type Coding, type CodingId, type Memo, type MemoAnchor, type MemoId, type SourceId,
  type SourceWithText, type Turn,
} from '../model';
import { nonBlankLines } from '../text/canonical';
import { seededGuid, sha256Hex } from '../util/hash';
import { type Assembly, byId } from './assembleCatalog';
import { ContentError } from './errors';
import { EXTENSION_PATH } from './extension';
import type { QdeCoding, QdeTextSource } from './qdeRead';
import type { LoadedText } from './sourceTexts';

function turnsOf(a: Assembly, source: QdeTextSource, text: string, label: string): Turn[] {
  const turns = byId(a.ext?.sources).get(source.guid)?.turns;
  if (!turns) return nonBlankLines(text).map(({ start, end }) => ({ start, end, speaker: null, participantId: null, timestamp: null }));
  for (const turn of turns) {
    if (turn.end > text.length) {
      throw new ContentError('bad-content', `${EXTENSION_PATH} is damaged (a turn of source "${label}" ends at ${turn.end}, past the end of its text).`);
    }
  }
  return turns;
}

/** Sources in project.qde's order; `texts` holds each source's loaded text by guid. */
export async function assembleSources(a: Assembly, texts: Map<string, LoadedText>): Promise<SourceWithText[]> {
  const extra = byId(a.ext?.sources);
  const result: SourceWithText[] = [];
  for (const [index, s] of a.qde.textSources.entries()) {
    const e = extra.get(s.guid);
    const text = texts.get(s.guid)?.text ?? '';
    const id = asId<SourceId>(s.guid);
    const label = e?.label ?? `Doc ${index + 1}`;
    const turns = turnsOf(a, s, text, s.name ?? label);
    result.push({
      source: {
        id, projectId: a.projectId, title: s.name ?? label, label, kind: e?.kind ?? 'document', date: e?.date ?? null,
        facilitator: e?.facilitator ?? '', originalFileName: e?.originalFileName ?? '',
        contentHash: e?.contentHash ?? (await sha256Hex(text)), characters: text.length, turnCount: turns.length,
        order: e?.order ?? index, isRead: e?.isRead ?? false, readingPosition: Math.min(e?.readingPosition ?? 0, text.length),
        createdAt: e?.createdAt ?? s.created ?? a.qde.created ?? a.fallbackTime,
      },
      text: { sourceId: id, projectId: a.projectId, text, turns },
    });
  }
  return result;
}

export interface AssembledCodings {
  codings: Coding[];
  /** Where each Note is referenced from (first reference wins), for files without the extension. */
  anchors: Map<string, MemoAnchor>;
  /** The first coding made from each selection, by selection guid. */
  selectionCodings: Map<string, CodingId>;
}

/** Codings grouped by source, interleaved back into the bundle's order when the extension recorded it. */
function inBundleOrder(a: Assembly, bySource: Coding[][]): Coding[] {
  const runs = a.ext?.codings.sourceRuns;
  if (!runs) return bySource.flat();
  const counts = bySource.map(() => 0);
  for (const [index, count] of runs) {
    if (index >= counts.length) return bySource.flat();
    counts[index] = (counts[index] ?? 0) + count;
  }
  // Runs that do not account for every coding exactly (an edited file) are ignored, not trusted.
  if (counts.some((count, index) => count !== bySource[index]?.length)) return bySource.flat();
  const next = bySource.map(() => 0);
  const result: Coding[] = [];
  for (const [index, count] of runs) {
    const list = bySource[index] ?? [];
    const from = next[index] ?? 0;
    for (let i = from; i < from + count; i++) {
      const coding = list[i];
      if (coding) result.push(coding);
    }
    next[index] = from + count;
  }
  return result;
}

export function assembleCodings(a: Assembly, texts: Map<string, LoadedText>, codeIds: Set<string>): AssembledCodings {
  const anchors = new Map<string, MemoAnchor>();
  const anchor = (noteGuids: string[], to: MemoAnchor) => {
    for (const guid of noteGuids) if (!anchors.has(guid)) anchors.set(guid, to);
  };
  anchor(a.qde.noteRefs, { type: 'project' });
  for (const code of a.qde.codes) anchor(code.noteRefs, { type: 'code', id: asId<CodeId>(code.guid) });

  const selectionCodings = new Map<string, CodingId>();
  const createdAt = a.ext?.codings.createdAt ?? {};
  const usedIds = new Set<string>();
  let unknownCodes = 0;
  const bySource = a.qde.textSources.map((source) => {
    const sourceId = asId<SourceId>(source.guid);
    const text = texts.get(source.guid);
    const codings: Coding[] = [];
    let clamped = 0;
    anchor(source.noteRefs, { type: 'source', id: sourceId });
    const add = (c: QdeCoding, seed: string, start: number, end: number, fallback: { user: string | null; created: string | null }) => {
      if (!codeIds.has(c.codeGuid)) {
        unknownCodes++;
        return undefined;
      }
      let id = c.guid !== null && !usedIds.has(c.guid) ? c.guid : seededGuid(seed);
      while (usedIds.has(id)) id = seededGuid(`${id}/again`);
      usedIds.add(id);
      const codingId = asId<CodingId>(id);
      codings.push({
        id: codingId, projectId: a.projectId, sourceId, codeId: asId<CodeId>(c.codeGuid),
        coderId: a.coders.resolve(c.creatingUser ?? fallback.user), start, end,
        createdAt: createdAt[id] ?? c.created ?? fallback.created ?? a.qde.created ?? a.fallbackTime,
      });
      anchor(c.noteRefs, { type: 'coding', id: codingId });
      return codingId;
    };
    for (const selection of source.selections) {
      const range = text?.toCanonical(selection.start, selection.end) ?? { start: 0, end: 0, wasClamped: true };
      if (range.wasClamped) clamped++;
      const fallback = { user: selection.creatingUser, created: selection.created };
      const ids = selection.codings.map((c, i) => add(c, `${selection.guid}/${i}`, range.start, range.end, fallback));
      const first = ids.find((id) => id !== undefined);
      if (first) selectionCodings.set(selection.guid, first);
      anchor(selection.noteRefs, first ? { type: 'coding', id: first } : { type: 'source', id: sourceId });
    }
    const length = text?.text.length ?? 0;
    source.wholeCodings.forEach((c, i) => add(c, `${source.guid}/whole/${i}`, 0, length, { user: null, created: null }));
    if (clamped > 0) {
      a.report.changed.push({
        what: `${clamped} selection${clamped === 1 ? '' : 's'} in source "${source.name ?? source.guid}"`,
        why: `${clamped === 1 ? 'it' : 'they'} reached outside the text and ${clamped === 1 ? 'was' : 'were'} cut to fit`,
      });
    }
    return codings;
  });
  if (unknownCodes > 0) {
    a.report.leftOut.push({
      what: `${unknownCodes} coding${unknownCodes === 1 ? '' : 's'}`,
      why: `${unknownCodes === 1 ? 'it refers' : 'they refer'} to codes missing from the code book`,
    });
  }
  return { codings: inBundleOrder(a, bySource), anchors, selectionCodings };
}

/** Memos in project.qde's order; `noteTexts` holds the text of Notes stored as files. */
export function assembleMemos(a: Assembly, anchors: Map<string, MemoAnchor>, noteTexts: Map<string, string>): Memo[] {
  const extra = byId(a.ext?.memos);
  return a.qde.notes.map((note) => {
    const e = extra.get(note.guid);
    const createdAt = e?.createdAt ?? note.created ?? a.qde.created ?? a.fallbackTime;
    return {
      id: asId<MemoId>(note.guid), projectId: a.projectId, kind: e?.kind ?? 'memo',
      anchor: e?.anchor ?? anchors.get(note.guid) ?? { type: 'project' }, title: e?.title ?? note.name ?? '',
      content: e?.content ?? '', plainText: noteTexts.get(note.guid) ?? note.plainTextContent ?? '',
      coderId: a.coders.resolve(note.creatingUser), createdAt, updatedAt: e?.updatedAt ?? note.modified ?? createdAt,
    };
  });
}
