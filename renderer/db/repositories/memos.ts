/**
 * Memos: writes go through `runAction`, so creating, editing and deleting a memo can be undone
 * app-wide like any coding or tree action.
 */
import {
  asId, newGuid, type IsoDateTime, type Memo, type MemoAnchor, type MemoId, type MemoKind, type ProjectId,
} from '../../../shared/model';
import { runAction } from '../changes';
import { db } from '../database';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];
const quoted = (title: string) => `"${title.trim() || 'Untitled memo'}"`;

export interface NewMemo {
  kind: MemoKind;
  anchor: MemoAnchor;
  title: string;
  /** Serialised Lexical state, or "" to let the editor build one from `plainText`. */
  content?: string;
  plainText?: string;
  /** When the memo was written; a journal entry may be dated to an earlier day. Default: now. */
  createdAt?: IsoDateTime;
}

export interface MemoPatch {
  title?: string;
  content?: string;
  plainText?: string;
  kind?: MemoKind;
}

/** True when two anchors point at the same thing. */
export function isSameAnchor(a: MemoAnchor, b: MemoAnchor): boolean {
  if (a.type === 'project' || b.type === 'project') return a.type === b.type;
  if (a.type === 'cell' || b.type === 'cell') return a.type === 'cell' && b.type === 'cell' && a.id === b.id && a.codeId === b.codeId;
  return a.type === b.type && a.id === b.id;
}

export function getMemo(projectId: ProjectId, memoId: MemoId): Promise<Memo | undefined> {
  return db().memos.get(key(projectId, memoId));
}

/** Every memo of the project, newest first (by when it was written, then last edited). */
export async function listMemosNewestFirst(projectId: ProjectId): Promise<Memo[]> {
  const memos = await db().memos.where('projectId').equals(projectId).toArray();
  return memos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.updatedAt.localeCompare(a.updatedAt));
}

/** The memos attached to one anchor (a code, a source, …), newest first. */
export async function listMemosOnAnchor(projectId: ProjectId, anchor: MemoAnchor): Promise<Memo[]> {
  return (await listMemosNewestFirst(projectId)).filter((m) => isSameAnchor(m.anchor, anchor));
}

/** Creates a memo written by the project's current coder. Returns its id. */
export async function createMemo(projectId: ProjectId, input: NewMemo): Promise<MemoId> {
  const id = asId<MemoId>(newGuid());
  const title = input.title.trim();
  await runAction(projectId, 'memo:create', `Created memo ${quoted(title)}`, async () => {
    const project = await db().projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    const now = new Date().toISOString();
    const memo: Memo = {
      id, projectId, kind: input.kind, anchor: input.anchor, title, content: input.content ?? '',
      plainText: input.plainText ?? '', coderId: project.currentCoderId, createdAt: input.createdAt ?? now, updatedAt: now,
    };
    return [{ table: 'memos', key: key(projectId, id), before: null, after: memo }];
  });
  return id;
}

/**
 * Saves a memo's title, text or kind. Nothing is recorded when nothing changed, so saving on
 * every blur costs no history entry.
 */
export async function updateMemo(projectId: ProjectId, memoId: MemoId, patch: MemoPatch): Promise<void> {
  let summary = '';
  await runAction(projectId, 'memo:update', () => summary, async () => {
    const memo = await getMemo(projectId, memoId);
    if (!memo) throw new Error('That memo no longer exists.');
    const next: Memo = { ...memo, ...definedOnly(patch) };
    const isSame = next.title === memo.title && next.content === memo.content
      && next.plainText === memo.plainText && next.kind === memo.kind;
    if (isSame) return [];
    next.updatedAt = new Date().toISOString();
    summary = next.title !== memo.title ? `Renamed memo ${quoted(memo.title)} to ${quoted(next.title)}`
      : next.kind !== memo.kind ? `Changed the kind of memo ${quoted(memo.title)}` : `Edited memo ${quoted(memo.title)}`;
    return [{ table: 'memos', key: key(projectId, memoId), before: memo, after: next }];
  });
}

/** Deletes a memo (undo brings it back). */
export async function deleteMemo(projectId: ProjectId, memoId: MemoId): Promise<void> {
  let summary = '';
  await runAction(projectId, 'memo:delete', () => summary, async () => {
    const memo = await getMemo(projectId, memoId);
    if (!memo) return [];
    summary = `Deleted memo ${quoted(memo.title)}`;
    return [{ table: 'memos', key: key(projectId, memoId), before: memo, after: null }];
  });
}

function definedOnly(patch: MemoPatch): Partial<Memo> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Memo>;
}
