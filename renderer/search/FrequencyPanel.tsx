import { useId, type ReactNode } from 'react';
import type { Attribute } from '../../shared/model';
import { groupByValue, groupingAttributes, parseGroupBy, WHOLE_PROJECT_KEY } from './frequencyGroups';
import { FrequencyTables } from './FrequencyTables';
import type { FrequencyRun, FrequencySettings } from './useFrequencyRun';

interface Props {
  settings: FrequencySettings;
  onChange: (settings: FrequencySettings) => void;
  onCount: () => void;
  run: FrequencyRun;
  attributes: readonly Attribute[];
  /** True when every source is in scope (the single table is then the whole project). */
  isWholeProject: boolean;
  onSearchWord: (word: string) => void;
  /** The sources chooser, inside the form. */
  children: ReactNode;
}

const TOP_CHOICES = [10, 25, 50, 100];
const MIN_LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Word frequencies for familiarisation: the options, then the tables. */
export function FrequencyPanel({ settings, onChange, onCount, run, attributes, isWholeProject, onSearchWord, children }: Props) {
  const id = useId();
  const set = (patch: Partial<FrequencySettings>) => onChange({ ...settings, ...patch });
  const groups = run.phase === 'done'
    ? run.groups.map((g) => g.key === WHOLE_PROJECT_KEY && !isWholeProject ? { ...g, label: 'The chosen sources together' } : g)
    : [];
  return (
    <>
      <form className="search-form panel" aria-label="Word frequency options" onSubmit={(e) => { e.preventDefault(); onCount(); }}>
        <div className="search-settings">
          <div className="field">
            <label htmlFor={`${id}-group`}>Group by</label>
            <select id={`${id}-group`} value={groupByValue(settings.groupBy)} onChange={(e) => set({ groupBy: parseGroupBy(e.target.value) })}>
              <option value="project">Whole project (one table)</option>
              <option value="source">Source</option>
              {groupingAttributes(attributes).map((a) => <option key={a.id} value={`attribute:${a.id}`}>Participant {a.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-min`}>Shortest word (letters)</label>
            <select id={`${id}-min`} value={settings.minLength} onChange={(e) => set({ minLength: Number(e.target.value) })}>
              {MIN_LENGTHS.map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-top`}>Words per table</label>
            <select id={`${id}-top`} value={settings.top} onChange={(e) => set({ top: Number(e.target.value) })}>
              {TOP_CHOICES.map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </div>
          <fieldset>
            <legend>Leave out</legend>
            <div className="search-options">
              <label className="check">
                <input type="checkbox" checked={settings.isFillerExcluded} onChange={(e) => set({ isFillerExcluded: e.target.checked })} />
                Transcript fillers (erm, yeah, you know…)
              </label>
              <label className="check">
                <input type="checkbox" checked={settings.isFacilitatorExcluded} onChange={(e) => set({ isFacilitatorExcluded: e.target.checked })} />
                What facilitators said
              </label>
            </div>
          </fieldset>
          {children}
        </div>
        <p className="small muted search-hint">Common English words (the, and, because…) are never counted.</p>
        <button type="submit" className="primary">Count words</button>
      </form>
      <section className="search-results" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className={run.phase === 'done' ? undefined : 'visually-hidden'}>Most frequent words</h2>
        <p role="status" className="search-summary">
          {run.phase === 'counting' ? 'Counting words…'
            : run.phase === 'done' ? `Counted words in ${run.sourceCount} ${run.sourceCount === 1 ? 'source' : 'sources'}: ${groups.length} ${groups.length === 1 ? 'table' : 'tables'}.` : ''}
        </p>
        {run.phase === 'failed' && <p role="alert" className="status error">{run.message}</p>}
        {run.phase === 'done' && <FrequencyTables groups={groups} onSearchWord={onSearchWord} />}
      </section>
    </>
  );
}
