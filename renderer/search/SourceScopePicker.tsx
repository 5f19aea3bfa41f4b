import { useId } from 'react';
import type { Source, SourceId } from '../../shared/model';
import type { SourceScope } from './corpus';

interface Props {
  sources: readonly Source[];
  scope: SourceScope;
  onChange: (scope: SourceScope) => void;
}

/** Which sources a search or a word count covers: all of them, or the ones ticked. */
export function SourceScopePicker({ sources, scope, onChange }: Props) {
  const id = useId();
  const chosen = new Set<string>(scope.chosen);
  const toggle = (sourceId: SourceId, isChosen: boolean) => onChange({
    ...scope,
    chosen: isChosen ? [...scope.chosen, sourceId] : scope.chosen.filter((c) => c !== sourceId),
  });
  return (
    <fieldset className="search-scope">
      <legend>Sources</legend>
      <div className="search-options">
        <label className="check">
          <input type="radio" name={`${id}-scope`} checked={scope.isAll} onChange={() => onChange({ ...scope, isAll: true })} />
          All sources ({sources.length})
        </label>
        <label className="check">
          <input type="radio" name={`${id}-scope`} checked={!scope.isAll} onChange={() => onChange({ ...scope, isAll: false })} />
          Only the sources I tick{scope.isAll ? '' : ` (${sources.filter((s) => chosen.has(s.id)).length} ticked)`}
        </label>
      </div>
      {!scope.isAll && (
        <ul className="scope-list">
          {sources.map((source) => (
            <li key={source.id}>
              <label className="check">
                <input type="checkbox" checked={chosen.has(source.id)} onChange={(e) => toggle(source.id, e.target.checked)} />
                <span className="label-chip">{source.label}</span> {source.title}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
