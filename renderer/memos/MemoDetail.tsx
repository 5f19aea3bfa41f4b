import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { MEMO_KINDS, type Memo, type MemoKind, type ProjectId } from '../../shared/model';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate, formatDateTime } from '../components/format';
import { errorText } from '../components/Status';
import { deleteMemo, updateMemo } from '../db/repositories/memos';
import { MemoEditor } from './editor/MemoEditor';
import { KIND_LABELS, memoTitle } from './memoLabels';
import { MemoDraft, type SaveState } from './memoDraft';

interface Props {
  projectId: ProjectId;
  /** The memo as stored now (live): give the component a new key for another memo. */
  memo: Memo;
  anchorWords: string;
  author: string;
  /** Put focus on the title (a memo just created or asked for from elsewhere). */
  isFocusedOnOpen: boolean;
  onDeleted: (title: string) => void;
  onError: (text: string) => void;
}

const SAVE_WORDS: Record<SaveState, string> = {
  saved: 'All changes saved', unsaved: 'Unsaved changes', saving: 'Saving…', error: 'Not saved',
};

/** One open memo: title, kind, the rich-text editor, Save and Delete. */
export function MemoDetail({ projectId, memo, anchorWords, author, isFocusedOnOpen, onDeleted, onError }: Props) {
  const id = useId();
  const [draft] = useState(() => new MemoDraft(memo, (fields) => updateMemo(projectId, memo.id, fields)));
  const snapshot = useSyncExternalStore(draft.subscribe, draft.getSnapshot);
  const [isConfirming, setConfirming] = useState(false);

  useEffect(() => draft.sync(memo), [draft, memo]);
  useEffect(() => {
    const flush = () => void draft.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [draft]);

  const changeKind = (kind: MemoKind) => {
    updateMemo(projectId, memo.id, { kind }).catch((e: unknown) => onError(errorText(e)));
  };
  const remove = async () => {
    setConfirming(false);
    try {
      await draft.flush();
      await deleteMemo(projectId, memo.id);
      onDeleted(memoTitle({ title: snapshot.title }));
    } catch (e) {
      onError(errorText(e));
    }
  };
  const title = memoTitle({ title: snapshot.title });

  return (
    <article className="memo-detail" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">{`${KIND_LABELS[memo.kind]}: ${title}`}</h2>
      <div className="memo-detail-head">
        <div className="field grow">
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} className="memo-title-input" value={snapshot.title} autoFocus={isFocusedOnOpen}
            onChange={(e) => draft.setTitle(e.target.value)} onBlur={() => void draft.flush()} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={memo.kind} onChange={(e) => changeKind(e.target.value as MemoKind)}>
            {MEMO_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </div>
      </div>
      <p className="memo-detail-meta small">
        {KIND_LABELS[memo.kind]} {anchorWords} · by {author} · written {memo.kind === 'journal' ? formatDate(memo.createdAt) : formatDateTime(memo.createdAt)}
        {memo.updatedAt !== memo.createdAt && <> · last edited {formatDateTime(memo.updatedAt)}</>}
      </p>
      <MemoEditor content={memo.content} plainText={memo.plainText} sync={draft} label={`Text of ${title}`} />
      <div className="memo-actions">
        <button type="button" className="primary" onClick={() => void draft.flush()}
          disabled={snapshot.state === 'saving'}>Save</button>
        <span className={`memo-save-state ${snapshot.state}`}>{SAVE_WORDS[snapshot.state]}</span>
        {snapshot.error && <span role="alert" className="error-text">Could not save: {snapshot.error}</span>}
        <button type="button" className="danger-outline memo-delete" onClick={() => setConfirming(true)}>Delete memo…</button>
      </div>
      {isConfirming && (
        <ConfirmDialog title={`Delete “${title}”?`} confirmLabel="Delete memo" isDestructive
          onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
          <p>The memo and its text will be deleted. Undo (Ctrl+Z, or the Undo button) brings it back.</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
