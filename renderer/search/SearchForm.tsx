import { useId, type ReactNode, type RefObject } from 'react';
import type { SearchMode, SearchQuery } from '../../shared/search/search';

interface Props {
  query: SearchQuery;
  onChange: (query: SearchQuery) => void;
  onSubmit: () => void;
  /** Why the last search could not run (a bad regular expression, no sources), or null. */
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The sources chooser, inside the form. */
  children: ReactNode;
}

const MODES: { mode: SearchMode; label: string; hint: string }[] = [
  { mode: 'plain', label: 'All of the words', hint: 'Finds turns (or paragraphs) holding every word typed, and shows each of them.' },
  { mode: 'phrase', label: 'Exact phrase', hint: 'Finds the words together, in this order; line breaks between them still match.' },
  { mode: 'regex', label: 'Regular expression', hint: 'JavaScript syntax, e.g. carers?\\b or \\bdischarg\\w+; ^ and $ match at line starts and ends.' },
];

/** The search form: what to find, how to match it, where to look. Enter searches. */
export function SearchForm({ query, onChange, onSubmit, error, inputRef, children }: Props) {
  const id = useId();
  const hint = MODES.find((m) => m.mode === query.mode)?.hint ?? '';
  return (
    <form role="search" aria-label="Search the sources" className="search-form panel"
      onSubmit={(event) => { event.preventDefault(); onSubmit(); }}>
      <div className="search-row">
        <label htmlFor={`${id}-text`} className="search-label">Search for</label>
        <input id={`${id}-text`} ref={inputRef} type="search" value={query.text} autoComplete="off" spellCheck={false}
          aria-describedby={`${id}-hint ${id}-error`} aria-invalid={error !== null}
          onChange={(e) => onChange({ ...query, text: e.target.value })} />
        <button type="submit" className="primary">Search</button>
      </div>
      <div role="alert" id={`${id}-error`} className="search-error">{error && <p className="status error">{error}</p>}</div>
      <div className="search-settings">
        <fieldset>
          <legend>Match</legend>
          <div className="search-options">
            {MODES.map(({ mode, label }) => (
              <label key={mode} className="check">
                <input type="radio" name={`${id}-mode`} value={mode} checked={query.mode === mode}
                  onChange={() => onChange({ ...query, mode })} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Options</legend>
          <div className="search-options">
            <label className="check">
              <input type="checkbox" checked={query.isWholeWord} onChange={(e) => onChange({ ...query, isWholeWord: e.target.checked })} />
              Whole words
            </label>
            <label className="check">
              <input type="checkbox" checked={query.isCaseSensitive} onChange={(e) => onChange({ ...query, isCaseSensitive: e.target.checked })} />
              Match case
            </label>
          </div>
        </fieldset>
        {children}
      </div>
      <p id={`${id}-hint`} className="small muted search-hint">{hint}</p>
    </form>
  );
}
