import { useId } from 'react';
import type { Memo, MemoAnchor, MemoId } from '../../shared/model';
import { formatDate } from '../components/format';
import { groupByDay, KIND_LABELS, memoTitle } from './memoLabels';

interface Props {
  memos: readonly Memo[];
  /** Group by the day written (the reflexive journal) instead of one list. */
  isByDay: boolean;
  openId: MemoId | null;
  onOpen: (id: MemoId) => void;
  describeAnchor: (anchor: MemoAnchor) => string;
  authorOf: (memo: Memo) => string;
}

const SNIPPET = 140;
const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET).trimEnd()}…` : flat;
};

/** The memos, newest first, each with its kind, what it is on, when and by whom. */
export function MemoList({ memos, isByDay, ...item }: Props) {
  if (memos.length === 0) return <p className="memo-empty">No memos match.</p>;
  if (!isByDay) return <ul className="memo-list" aria-label="Memos">{memos.map((m) => <MemoItem key={m.id} memo={m} {...item} />)}</ul>;
  return (
    <div className="memo-days">
      {groupByDay(memos).map(({ day, memos: list }) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`} className="memo-day">{formatDate(`${day}T12:00:00`)}</h3>
          <ul className="memo-list" aria-labelledby={`day-${day}`}>{list.map((m) => <MemoItem key={m.id} memo={m} {...item} />)}</ul>
        </section>
      ))}
    </div>
  );
}

function MemoItem({ memo, openId, onOpen, describeAnchor, authorOf }: Omit<Props, 'memos' | 'isByDay'> & { memo: Memo }) {
  const metaId = useId();
  const isOpen = memo.id === openId;
  const anchor = describeAnchor(memo.anchor);
  return (
    <li className={`memo-item${isOpen ? ' open' : ''}`}>
      <button type="button" className="memo-open" aria-current={isOpen ? 'true' : undefined} aria-describedby={metaId}
        onClick={() => onOpen(memo.id)}>
        {memoTitle(memo)}
      </button>
      <p id={metaId} className="memo-meta small">
        <span className={`kind-chip kind-${memo.kind}`}>{KIND_LABELS[memo.kind]}</span>{' '}
        <span>{anchor}</span>
        {' · '}<time dateTime={memo.createdAt}>{formatDate(memo.createdAt)}</time>
        {' · '}<span>{authorOf(memo)}</span>
      </p>
      {memo.plainText.trim() && <p className="memo-snippet small">{snippet(memo.plainText)}</p>}
    </li>
  );
}
