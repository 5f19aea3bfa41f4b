/**
 * Opening a memo from anywhere: the hash router carries no query, so whoever wants a memo
 * opened (the palette, a memo button on another screen) leaves its id here and goes to the
 * Memos screen, which takes it on arrival, or at once when it is already showing.
 */
import type { Memo, MemoAnchor, MemoId, ProjectId } from '../../shared/model';
import { navigate } from '../app/routes';
import { createMemo, listMemosOnAnchor } from '../db/repositories/memos';

let pending: MemoId | null = null;
const listeners = new Set<() => void>();

/** Asks the Memos screen to open this memo next. */
export function openMemoNext(memoId: MemoId): void {
  pending = memoId;
  for (const listener of listeners) listener();
}

/** The memo waiting to be opened, taken once. */
export function takeMemoToOpen(): MemoId | null {
  const id = pending;
  pending = null;
  return id;
}

/** Calls back whenever a memo is asked for (the Memos screen listens while it shows). */
export function onMemoRequested(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Goes to the Memos screen with the memo open. */
export function goToMemo(projectId: ProjectId, memoId: MemoId): void {
  openMemoNext(memoId);
  navigate({ name: 'project', projectId, view: 'memos' });
}

/**
 * Opens the newest memo of kind "memo" on an anchor, or creates one titled after it
 * ("Memo on code Information sharing"). Returns the id opened.
 */
export async function openOrCreateAnchorMemo(projectId: ProjectId, anchor: MemoAnchor, anchorWords: string): Promise<MemoId> {
  const existing: Memo | undefined = (await listMemosOnAnchor(projectId, anchor)).find((m) => m.kind === 'memo');
  const title = anchor.type === 'project' ? 'Project memo' : `Memo ${anchorWords}`;
  const id = existing?.id ?? await createMemo(projectId, { kind: 'memo', anchor, title });
  goToMemo(projectId, id);
  return id;
}
