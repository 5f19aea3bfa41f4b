import Fuse from 'fuse.js';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildCodeTree, flattenTree } from '../../shared/analysis/codeTree';
import type { Code, CodeId } from '../../shared/model';

export type PickerChoice = { kind: 'code'; codeId: CodeId } | { kind: 'create'; name: string };

interface Option {
  key: string;
  choice: PickerChoice;
  label: string;
  detail: string;
  colour: string;
}

interface Props {
  codes: readonly Code[];
  recent: readonly CodeId[];
  /** What is being coded, for the dialog's title. */
  excerpt: string;
  onChoose: (choice: PickerChoice) => void;
  onClose: () => void;
}

/**
 * Chooses a code for the selection: type to search names, aliases and paths (fuse.js), recent
 * codes first; Enter applies the highlighted one; a name that matches nothing can be created.
 */
export function CodePicker({ codes, recent, excerpt, onChoose, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const entries = useMemo(() => flattenTree(buildCodeTree(codes, [])).map((n) => ({
    code: n.code, path: n.path.join(' › '), aliases: n.code.aliases.join(', '),
  })), [codes]);
  const fuse = useMemo(() => new Fuse(entries, {
    keys: [{ name: 'code.name', weight: 3 }, { name: 'aliases', weight: 2 }, { name: 'path', weight: 1 }],
    threshold: 0.4, ignoreLocation: true,
  }), [entries]);

  const options: Option[] = useMemo(() => {
    const text = query.trim();
    const toOption = (e: (typeof entries)[number]): Option => ({
      key: e.code.id, choice: { kind: 'code', codeId: e.code.id }, label: e.code.name,
      detail: e.path.includes('›') ? e.path.slice(0, e.path.lastIndexOf('›')).trim() : 'Top level', colour: e.code.color,
    });
    if (!text) {
      const byId = new Map(entries.map((e) => [e.code.id as string, e]));
      const first = recent.map((id) => byId.get(id)).filter((e): e is (typeof entries)[number] => e !== undefined);
      const rest = entries.filter((e) => !recent.includes(e.code.id));
      return [...first, ...rest].map(toOption);
    }
    const found = fuse.search(text, { limit: 12 }).map((r) => toOption(r.item));
    const exact = entries.some((e) => e.code.name.toLocaleLowerCase('en-GB') === text.toLocaleLowerCase('en-GB'));
    return exact ? found : [...found, { key: 'create', choice: { kind: 'create', name: text }, label: `Create code “${text}”`, detail: 'New code at the top level', colour: 'transparent' }];
  }, [query, entries, fuse, recent]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((a) => Math.min(a + 1, options.length - 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) onChoose(option.choice);
    }
  };
  const activeId = options[active] ? `${listId}-${active}` : undefined;
  return (
    <dialog ref={dialog} className="dialog picker" aria-labelledby={`${listId}-title`} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={`${listId}-title`}>Code the selection</h2>
      <p className="picker-excerpt">“{excerpt}”</p>
      <label htmlFor={`${listId}-input`}>Code name</label>
      <input id={`${listId}-input`} role="combobox" aria-expanded aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={activeId} value={query} onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={keyDown}
        autoFocus autoComplete="off" placeholder="Type to find a code or name a new one" />
      <ul id={listId} role="listbox" aria-label="Codes" className="picker-list">
        {options.map((o, i) => (
          <li key={o.key} id={`${listId}-${i}`} role="option" aria-selected={i === active}
            className={i === active ? 'active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => onChoose(o.choice)}>
            <span className="swatch" style={{ background: o.colour }} aria-hidden="true" />
            <span className="picker-label">{o.label}</span>
            <span className="picker-detail small muted">{o.detail}</span>
          </li>
        ))}
        {options.length === 0 && <li role="option" aria-selected={false} aria-disabled>No codes yet: type a name to create one.</li>}
      </ul>
      <div className="dialog-actions"><button type="button" onClick={onClose}>Cancel</button></div>
    </dialog>
  );
}
