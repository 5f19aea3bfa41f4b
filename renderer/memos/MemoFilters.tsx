import { useId } from 'react';
import { MEMO_KINDS, type MemoKind } from '../../shared/model';
import { ANCHOR_FILTER_LABELS, KIND_FILTER_LABELS, type AnchorType, type MemoFilter } from './memoLabels';

interface Props {
  filter: MemoFilter;
  onChange: (filter: MemoFilter) => void;
}

const ANCHOR_TYPES = Object.keys(ANCHOR_FILTER_LABELS) as AnchorType[];

/** Search over titles and text, and filters by kind and by what a memo is attached to. */
export function MemoFilters({ filter, onChange }: Props) {
  const id = useId();
  return (
    <div className="memo-filters" role="search" aria-label="Find memos">
      <div className="field">
        <label htmlFor={`${id}-query`}>Search memos</label>
        <input id={`${id}-query`} type="search" value={filter.query} placeholder="Words in the title or text"
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
          onKeyDown={(e) => { if (e.key === 'Escape' && filter.query) { e.preventDefault(); onChange({ ...filter, query: '' }); } }} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value as MemoKind | 'all' })}>
          <option value="all">All kinds</option>
          {MEMO_KINDS.map((k) => <option key={k} value={k}>{KIND_FILTER_LABELS[k]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-anchor`}>Attached to</label>
        <select id={`${id}-anchor`} value={filter.anchor} onChange={(e) => onChange({ ...filter, anchor: e.target.value as AnchorType | 'all' })}>
          <option value="all">Anything</option>
          {ANCHOR_TYPES.map((t) => <option key={t} value={t}>{ANCHOR_FILTER_LABELS[t]}</option>)}
        </select>
      </div>
    </div>
  );
}
