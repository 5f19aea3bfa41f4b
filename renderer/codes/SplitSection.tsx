import { useId, useState, type FormEvent } from 'react';
import type { Code, Coding, CodingId, ProjectId, Source, SourceText } from '../../shared/model';
import { splitCode } from '../db/repositories/codes';
import { excerpt } from '../db/repositories/codings';
import { plural, type RunAction } from './useEditorStatus';

interface Props {
  projectId: ProjectId;
  code: Code;
  /** Every coding of the project; the code's own are listed. */
  codings: readonly Coding[];
  sources: ReadonlyMap<string, Source>;
  texts: ReadonlyMap<string, SourceText>;
  run: RunAction;
  onSplit: (newId: string) => void;
}

/** "Split…": tick some of the code's codings and move them to a new sibling code. */
export function SplitSection({ projectId, code, codings, sources, texts, run, onSplit }: Props) {
  const ids = useId();
  const [isOpen, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  const own = codings
    .filter((c) => c.codeId === code.id)
    .sort((a, b) => (sources.get(a.sourceId)?.order ?? 0) - (sources.get(b.sourceId)?.order ?? 0) || a.start - b.start);

  const toggle = (id: string, isChecked: boolean) => setChosen((set) => {
    const next = new Set(set);
    if (isChecked) next.add(id);
    else next.delete(id);
    return next;
  });
  const split = async (event: FormEvent) => {
    event.preventDefault();
    const picked = own.filter((c) => chosen.has(c.id)).map((c) => c.id as CodingId);
    const created = await run(
      () => splitCode(projectId, code.id, picked, name),
      () => `Moved ${plural(picked.length, 'coding')} from "${code.name}" to the new code "${name.trim()}".`,
    );
    if (created) {
      setChosen(new Set());
      setName('');
      setOpen(false);
      onSplit(created.value);
    }
  };

  return (
    <section className="panel-section" aria-labelledby={`${ids}-heading`}>
      <h4 id={`${ids}-heading`}>
        <button type="button" className="section-toggle" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>Split…</button>
      </h4>
      {isOpen && (own.length === 0 ? <p className="small">"{code.name}" has no codings of its own to split.</p> : (
        <form className="section-body" onSubmit={(e) => void split(e)}>
          <fieldset>
            <legend>Codings to move to the new code</legend>
            <ul className="split-list">
              {own.map((c) => {
                const text = texts.get(c.sourceId)?.text;
                return (
                  <li key={c.id}>
                    <label>
                      <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                      <span><strong>{sources.get(c.sourceId)?.label ?? 'Source'}</strong> {text ? `"${excerpt(text, c.start, c.end, 140)}"` : `characters ${c.start}–${c.end}`}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <label htmlFor={`${ids}-name`}>Name of the new code</label>
          <input id={`${ids}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          <p className="small muted">{plural(chosen.size, 'coding')} chosen; the new code sits beside "{code.name}".</p>
          <button type="submit">Split into new code</button>
        </form>
      ))}
    </section>
  );
}
