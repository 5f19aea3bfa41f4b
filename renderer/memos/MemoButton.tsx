import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { MemoAnchor, ProjectId } from '../../shared/model';
import { errorText } from '../components/Status';
import { listMemosOnAnchor } from '../db/repositories/memos';
import { openOrCreateAnchorMemo } from './memoNavigation';
import { useAnchorText } from './useAnchorNames';

interface Props {
  projectId: ProjectId;
  /** What the memo is on: `{ type: 'code', id }`, `{ type: 'source', id }`, `{ type: 'coding', id }`, … */
  anchor: MemoAnchor;
  /** Shown on the button; default "Memo". The accessible name always says what the memo is on. */
  children?: string;
  className?: string;
  /** Where to report a failure; default: the button's own alert text. */
  onError?: (text: string) => void;
}

/**
 * For any screen: opens the memo on a code, source, coding or participant on the Memos screen,
 * creating it ("Memo on code Information sharing") when there is none yet.
 *
 *   <MemoButton projectId={projectId} anchor={{ type: 'code', id: code.id }} />
 */
export function MemoButton({ projectId, anchor, children = 'Memo', className, onError }: Props) {
  const words = useAnchorText(projectId, anchor);
  const memos = useLiveQuery(() => listMemosOnAnchor(projectId, anchor), [projectId, JSON.stringify(anchor)]);
  const [error, setError] = useState<string | null>(null);
  const hasMemo = (memos ?? []).some((m) => m.kind === 'memo');
  const count = memos && memos.length > 0 ? ` (${memos.length})` : '';
  const click = () => {
    openOrCreateAnchorMemo(projectId, anchor, words).catch((e: unknown) => {
      if (onError) onError(errorText(e));
      else setError(errorText(e));
    });
  };
  return (
    <>
      <button type="button" className={className} onClick={click} disabled={!words}
        aria-label={`${children} ${words}${count}`} title={hasMemo ? `Open the memo ${words}` : `Write a memo ${words}`}>
        {children}{count}
      </button>
      {error && <span role="alert" className="error-text small">{error}</span>}
    </>
  );
}
