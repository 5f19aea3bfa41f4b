import { useEffect, useId, useRef, useState } from 'react';
import type { ParentOption } from './mapLayout';

const TOP = '';

interface Props {
  name: string;
  options: ParentOption[];
  onMove: (parentId: string | null) => void;
  onCancel: () => void;
}

/**
 * "Move to…" without a mouse: a modal listing the places the code can go (the top level and
 * every code that is not the code itself or beneath it). Escape cancels; focus returns to the map.
 */
export function MoveDialog({ name, options, onMove, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const selectId = useId();
  const hintId = useId();
  const current = options.find((o) => o.isCurrent);
  const [value, setValue] = useState(() => {
    const first = options.find((o) => !o.isCurrent);
    return first ? first.id ?? TOP : TOP;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog map-move-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id={titleId}>Move "{name}"</h2>
      <form onSubmit={(e) => { e.preventDefault(); onMove(value === TOP ? null : value); }}>
        <p id={hintId} className="small muted">
          Now {current?.id ? `under "${current.name}"` : 'at the top level'}. It goes last among the codes of its new place.
        </p>
        <label htmlFor={selectId}>New place</label>
        <select id={selectId} value={value} onChange={(e) => setValue(e.target.value)} aria-describedby={hintId} autoFocus>
          {options.map((o) => (
            <option key={o.id ?? TOP} value={o.id ?? TOP}>{o.label}{o.isCurrent ? ' (where it is now)' : ''}</option>
          ))}
        </select>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="primary">Move</button>
        </div>
      </form>
    </dialog>
  );
}
