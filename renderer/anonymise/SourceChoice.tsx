import { useId } from 'react';
import type { Source, SourceId } from '../../shared/model';

interface Props {
  label: string;
  sources: readonly Source[];
  /** null: all sources. */
  value: SourceId | null;
  onChange: (value: SourceId | null) => void;
}

/** One source or all of them. */
export function SourceChoice({ label, sources, value, onChange }: Props) {
  const id = useId();
  return (
    <div className="anon-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as SourceId))}>
        <option value="">All sources ({sources.length})</option>
        {sources.map((s) => <option key={s.id} value={s.id}>{s.label}: {s.title}</option>)}
      </select>
    </div>
  );
}
