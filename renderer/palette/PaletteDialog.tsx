import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProjectId } from '../../shared/model';
import { GROUP_LABELS, type PaletteItem } from './paletteItems';
import { usePaletteSearch } from './usePaletteSearch';
import './palette.css';

interface Props {
  projectId: ProjectId;
  onChoose: (item: PaletteItem) => void;
  onClose: () => void;
}

/** A click on the backdrop lands on the dialog element, outside its box. */
function isOutside(element: HTMLElement, x: number, y: number): boolean {
  const box = element.getBoundingClientRect();
  return x < box.left || x > box.right || y < box.top || y > box.bottom;
}

/**
 * The palette itself: a modal dialog with a combobox over a listbox (the code picker's
 * pattern). Type to search; arrows move; Enter goes; Escape closes.
 */
export function PaletteDialog({ projectId, onChoose, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useId();
  const search = usePaletteSearch(projectId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => search(query), [search, query]);
  const current = Math.min(active, Math.max(results.length - 1, 0));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const keyDown = (event: KeyboardEvent) => {
    const last = results.length - 1;
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive(current >= last ? 0 : current + 1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive(current <= 0 ? last : current - 1); }
    else if (event.key === 'PageDown') { event.preventDefault(); setActive(Math.min(current + 8, last)); }
    else if (event.key === 'PageUp') { event.preventDefault(); setActive(Math.max(current - 8, 0)); }
    else if (event.key === 'Enter') {
      event.preventDefault();
      const item = results[current];
      if (item) onChoose(item);
    }
  };
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <dialog ref={dialog} className="dialog palette" aria-labelledby={`${id}-title`} aria-describedby={`${id}-help`}
      onCancel={(e) => { e.preventDefault(); onClose(); }}
      onClick={(e) => { if (e.target === dialog.current && isOutside(e.currentTarget, e.clientX, e.clientY)) onClose(); }}>
      <h2 id={`${id}-title`} className="palette-title">Go to</h2>
      <label htmlFor={`${id}-input`} className="visually-hidden">Find a screen, source, code, participant or memo</label>
      <input id={`${id}-input`} role="combobox" aria-expanded="true" aria-controls={`${id}-list`} aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined} value={query} autoFocus autoComplete="off"
        spellCheck={false} placeholder="Screens, sources, codes, participants, memos…"
        onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={keyDown} />
      <ul ref={list} id={`${id}-list`} role="listbox" aria-label="Places to go" className="palette-list">
        {results.map((item, index) => (
          <li key={item.key} id={optionId(index)} data-index={index} role="option" aria-selected={index === current}
            className={index === current ? 'active' : undefined} onMouseMove={() => { if (index !== current) setActive(index); }}
            onClick={() => onChoose(item)}>
            <span className={`palette-group group-${item.target.type}`}>{GROUP_LABELS[item.target.type]}</span>
            <span className="palette-name">{item.title}</span>
            <span className="palette-detail">{item.detail}</span>
          </li>
        ))}
      </ul>
      {results.length === 0 && <p className="palette-empty" role="status">Nothing matches “{query.trim()}”.</p>}
      <p id={`${id}-help`} className="palette-help small muted">
        <kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to go, <kbd>Esc</kbd> to close
      </p>
    </dialog>
  );
}
