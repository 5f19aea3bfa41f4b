import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Memo, MemoId, ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { Status, type StatusMessage } from '../components/Status';
import { listMemosNewestFirst } from '../db/repositories/memos';
import { listCoders } from '../db/repositories/projectData';
import { MemoDetail } from './MemoDetail';
import { MemoFilters } from './MemoFilters';
import { anchorText, filterMemos, NO_FILTER, type MemoFilter } from './memoLabels';
import { MemoList } from './MemoList';
import { onMemoRequested, takeMemoToOpen } from './memoNavigation';
import { NewMemoForm } from './NewMemoForm';
import { useAnchorNames } from './useAnchorNames';
import './memos.css';

/** The open memo; `request` counts asks from elsewhere, so asking again focuses it again. */
interface Opened {
  id: MemoId;
  isFocused: boolean;
  request: number;
}

/**
 * Every memo of the project: memos, familiarisation notes, the reflexive journal and
 * recommendations. Filter and search on the left; the open memo, or a new one, on the right.
 */
export function MemosScreen({ projectId }: { projectId: ProjectId }) {
  const memos = useLiveQuery(() => listMemosNewestFirst(projectId), [projectId]);
  const coders = useLiveQuery(() => listCoders(projectId), [projectId]);
  const names = useAnchorNames(projectId);
  const [filter, setFilter] = useState<MemoFilter>(NO_FILTER);
  // Taken once: a memo the palette or another screen asked for before coming here.
  const [opened, setOpened] = useState<Opened | null>(() => {
    const id = takeMemoToOpen();
    return id ? { id, isFocused: true, request: 0 } : null;
  });
  const [isCreating, setCreating] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);

  useEffect(() => onMemoRequested(() => {
    const id = takeMemoToOpen();
    if (id) { setOpened((o) => ({ id, isFocused: true, request: (o?.request ?? 0) + 1 })); setCreating(false); }
  }), []);

  const describeAnchor = useCallback((anchor: Memo['anchor']) => (names ? anchorText(anchor, names) : ''), [names]);
  const authorOf = useCallback((memo: Memo) => coders?.find((c) => c.id === memo.coderId)?.name ?? 'unknown author', [coders]);
  const shown = useMemo(() => filterMemos(memos ?? [], filter), [memos, filter]);
  if (!memos || !coders || !names) return <Loading what="memos" />;
  const open = opened ? memos.find((m) => m.id === opened.id) : undefined;

  return (
    <div className="memos-screen">
      <h1>Memos</h1>
      <p className="lead">
        Memos on the project, sources, codes and participants; familiarisation notes; the reflexive journal, by date; and
        recommendations. Everything you type is saved as you go, and Undo reverses a save or a deletion.
      </p>
      <Status message={status} onDismiss={() => setStatus(null)} />
      <div className="memos-bar">
        <MemoFilters filter={filter} onChange={setFilter} />
        <button type="button" className="primary" onClick={() => { setCreating(true); setOpened(null); }}>New memo…</button>
      </div>
      <div className="memos-layout">
        <section className="memo-list-pane" aria-label="Memo list">
          <p className="small muted" role="status">
            {shown.length === memos.length ? `${memos.length} ${memos.length === 1 ? 'memo' : 'memos'}` : `Showing ${shown.length} of ${memos.length} memos`}
            {filter.kind === 'journal' ? ', by date' : ', newest first'}
          </p>
          <MemoList memos={shown} isByDay={filter.kind === 'journal'} openId={open?.id ?? null}
            onOpen={(id) => { setOpened({ id, isFocused: false, request: 0 }); setCreating(false); }}
            describeAnchor={describeAnchor} authorOf={authorOf} />
        </section>
        <section className="memo-pane" aria-label={isCreating ? 'New memo' : 'Open memo'}>
          {isCreating ? (
            <NewMemoForm projectId={projectId} onCancel={() => setCreating(false)}
              onCreated={(id, title) => { setCreating(false); setOpened({ id, isFocused: true, request: 0 }); setStatus({ kind: 'info', text: `Created “${title}”.` }); }} />
          ) : open ? (
            <MemoDetail key={`${open.id}:${opened?.request ?? 0}`} projectId={projectId} memo={open} anchorWords={describeAnchor(open.anchor)}
              author={authorOf(open)} isFocusedOnOpen={opened?.isFocused ?? false}
              onDeleted={(title) => { setOpened(null); setStatus({ kind: 'info', text: `Deleted “${title}”. Undo brings it back.` }); }}
              onError={(text) => setStatus({ kind: 'error', text })} />
          ) : (
            <p className="memo-none">{opened ? 'That memo no longer exists.' : 'Choose a memo to read or edit it, or start a new one.'}</p>
          )}
        </section>
      </div>
    </div>
  );
}
