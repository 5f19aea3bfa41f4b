import { useId, useState, type FormEvent, type RefObject } from 'react';

export type CreatePlace = 'top' | 'selected';

interface Props {
  filter: string;
  onFilter: (query: string) => void;
  /** "3 of 47 codes match", or null when not filtering. */
  matchSummary: string | null;
  /** The selected code's name, offered as a parent for the new code. */
  selectedName: string | null;
  place: CreatePlace;
  onPlace: (place: CreatePlace) => void;
  /** Creates the code; resolves true when it was created (the name box then empties). */
  onCreate: (name: string, place: CreatePlace) => Promise<boolean>;
  nameInput: RefObject<HTMLInputElement | null>;
}

/** Above the tree: the filter box, and a new code's name with where it goes. */
export function CodeTreeToolbar({ filter, onFilter, matchSummary, selectedName, place, onPlace, onCreate, nameInput }: Props) {
  const [name, setName] = useState('');
  const ids = useId();
  const effectivePlace: CreatePlace = selectedName ? place : 'top';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onCreate(name, effectivePlace)) setName('');
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
        <select aria-label="Where the new code goes" value={effectivePlace} onChange={(e) => onPlace(e.target.value as CreatePlace)}>
          <option value="top">at the top level</option>
          {selectedName && <option value="selected">under "{selectedName}"</option>}
        </select>
        <button type="submit" className="primary">Create code</button>
      </form>
    </div>
  );
}
