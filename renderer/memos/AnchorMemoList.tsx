import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import type { MemoAnchor, ProjectId } from '../../shared/model';
import { formatDate } from '../components/format';
import { createMemo, listMemosOnAnchor } from '../db/repositories/memos';
import { KIND_LABELS, memoTitle } from './memoLabels';
import { goToMemo } from './memoNavigation';
import { useAnchorText } from './useAnchorNames';

interface Props {
  projectId: ProjectId;
  anchor: MemoAnchor;
  /** The list's heading; default "Memos". */
  heading?: string;
  /** Heading level inside the host screen; default 2. */
  level?: 2 | 3 | 4;
  onError?: (text: string) => void;
}

/**
 * For any screen: the memos on one code, source, coding or participant, each opening on the
 * Memos screen, and a button to write another.
 *
 *   <AnchorMemoList projectId={projectId} anchor={{ type: 'source', id: source.id }} level={3} />
 */
export function AnchorMemoList({ projectId, anchor, heading = 'Memos', level = 2, onError }: Props) {
  const id = useId();
  const words = useAnchorText(projectId, anchor);
  const memos = useLiveQuery(() => listMemosOnAnchor(projectId, anchor), [projectId, JSON.stringify(anchor)]);
  const Heading = `h${level}` as const;
  const write = () => {
    const title = anchor.type === 'project' ? 'Project memo' : `Memo ${words}`;
    createMemo(projectId, { kind: 'memo', anchor, title }).then((memoId) => goToMemo(projectId, memoId),
      (e: unknown) => onError?.(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section className="anchor-memos" aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      {memos && memos.length > 0 ? (
        <ul className="anchor-memo-list">
          {memos.map((m) => (
            <li key={m.id}>
              <button type="button" className="link" onClick={() => goToMemo(projectId, m.id)}>{memoTitle(m)}</button>
              <span className="small muted"> {KIND_LABELS[m.kind]}, {formatDate(m.createdAt)}</span>
            </li>
          ))}
        </ul>
      ) : <p className="small muted">{memos ? `No memos ${words} yet.` : 'Loading memos…'}</p>}
      <button type="button" onClick={write} disabled={!words} aria-label={`New memo ${words}`}>New memo</button>
    </section>
  );
}
