import { useId, useState, type FormEvent, type RefObject } from 'react';

export interface ParentOption {
  id: string;
  name: string;
}

interface Props {
  filter: string;
  onFilter: (query: string) => void;
  /** "3 of 36 codes match", or null when not filtering. */
  matchSummary: string | null;
  /** Codes offered as the new code's parent (the selected one, the last one chosen). */
  parentOptions: readonly ParentOption[];
  /** The chosen parent, or null for the top level. */
  parentId: string | null;
  onParent: (id: string | null) => void;
  /** Creates the code; resolves true when it was created (the name box then empties). */
  onCreate: (name: string, parentId: string | null) => Promise<boolean>;
  nameInput: RefObject<HTMLInputElement | null>;
}

/** Above the tree: the filter box, and a new code's name with where it goes. */
export function CodeTreeToolbar({ filter, onFilter, matchSummary, parentOptions, parentId, onParent, onCreate, nameInput }: Props) {
  const [name, setName] = useState('');
  const ids = useId();
  const effectiveParent = parentOptions.some((o) => o.id === parentId) ? parentId : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onCreate(name, effectiveParent)) setName('');
  };
  return (
    <div className="code-toolbar">
      <div className="code-filter">
        <label htmlFor={`${ids}-filter`}>Filter codes</label>
        <input
          id={`${ids}-filter`} type="search" value={filter} placeholder="Name, alias or definition"
          onChange={(e) => onFilter(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Escape' && filter) { e.preventDefault(); onFilter(''); } }}
        />
        <span className="small muted" role="status">{matchSummary ?? ''}</span>
      </div>
      <form className="code-create" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${ids}-name`}>New code</label>
        <input id={`${ids}-name`} ref={nameInput} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        <select aria-label="Where the new code goes" value={effectiveParent ?? ''} onChange={(e) => onParent(e.target.value || null)}>
          <option value="">at the top level</option>
          {parentOptions.map((o) => <option key={o.id} value={o.id}>under "{o.name}"</option>)}
        </select>
        <button type="submit" className="primary">Create code</button>
      </form>
    </div>
  );
}
