import { useEffect, useRef } from 'react';
import { kindLabel } from '../../shared/anonymise/kinds';
import { contextOf, type KindGroup, type SourceCandidate, type ValueGroup } from '../../shared/anonymise/scanSources';
import type { OccurrenceChoice, ValueChoice } from './useScan';

interface Props {
  groups: readonly KindGroup[];
  texts: ReadonlyMap<string, string>;
  valueChoice: (group: ValueGroup) => ValueChoice;
  setValue: (group: ValueGroup, patch: Partial<ValueChoice>) => void;
  occurrences: Readonly<Record<string, OccurrenceChoice>>;
  setOccurrence: (key: string, patch: OccurrenceChoice) => void;
}

const LIKELIHOOD = (confidence: number) => (confidence >= 0.85 ? 'very likely' : confidence >= 0.6 ? 'likely' : 'possible');

/** The scan's candidates by kind, then by value: tick a value to replace every occurrence, or open it to choose. */
export function CandidateGroups(props: Props) {
  return (
    <div className="candidate-groups">
      {props.groups.map((group) => (
        <section key={group.kind} className="candidate-kind" aria-labelledby={`kind-${group.kind}`}>
          <h3 id={`kind-${group.kind}`}>
            {capitalised(kindLabel(group.kind, 2))} <span className="muted">({group.count} in {group.values.length} {group.values.length === 1 ? 'value' : 'values'})</span>
          </h3>
          <ul className="candidate-values">
            {group.values.map((value) => <ValueRow key={value.value} group={value} {...props} />)}
          </ul>
        </section>
      ))}
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ValueRow({ group, texts, valueChoice, setValue, occurrences, setOccurrence }: Props & { group: ValueGroup }) {
  const box = useRef<HTMLInputElement>(null);
  const choice = valueChoice(group);
  const ticked = group.occurrences.filter((o) => occurrences[o.key]?.isChosen ?? choice.isChosen).length;
  const isMixed = ticked > 0 && ticked < group.occurrences.length;
  useEffect(() => { if (box.current) box.current.indeterminate = isMixed; }, [isMixed]);
  const first = group.occurrences[0];
  const where = [...new Set(group.occurrences.map((o) => o.sourceLabel))].join(', ');
  return (
    <li className="candidate-value">
      <div className="candidate-head">
        <label className="check">
          <input ref={box} type="checkbox" checked={ticked === group.occurrences.length} onChange={(e) => setValue(group, { isChosen: e.target.checked })} />
          <span>Replace <strong className="candidate-text">{group.value}</strong></span>
        </label>
        <span className="small muted">{group.occurrences.length}× in {where}; {LIKELIHOOD(group.confidence)}</span>
        <span className="candidate-substitute">
          <span aria-hidden="true">with</span>
          <input value={choice.substitute} onChange={(e) => setValue(group, { substitute: e.target.value })}
            aria-label={`Substitute for ${group.value}`} />
        </span>
      </div>
      {first && <Context candidate={first} texts={texts} />}
      {group.occurrences.length > 1 && (
        <details className="candidate-occurrences">
          <summary>Choose among the {group.occurrences.length} places ({ticked} ticked)</summary>
          <ul>
            {group.occurrences.map((o, i) => (
              <li key={o.key}>
                <label className="check">
                  <input type="checkbox" checked={occurrences[o.key]?.isChosen ?? choice.isChosen}
                    onChange={(e) => setOccurrence(o.key, { isChosen: e.target.checked })} />
                  <span className="visually-hidden">Replace {group.value}, place {i + 1}</span>
                  <span className="label-chip">{o.sourceLabel}</span>
                </label>
                <Context candidate={o} texts={texts} />
                <input className="occurrence-substitute" value={occurrences[o.key]?.substitute ?? ''} placeholder={choice.substitute}
                  onChange={(e) => setOccurrence(o.key, { substitute: e.target.value })} aria-label={`Substitute for ${group.value}, place ${i + 1}`} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function Context({ candidate, texts }: { candidate: SourceCandidate; texts: ReadonlyMap<string, string> }) {
  const text = texts.get(candidate.sourceId) ?? '';
  const context = contextOf(text, candidate.start, candidate.end);
  return (
    <p className="candidate-context">
      {context.before}<mark>{context.match}</mark>{context.after}
    </p>
  );
}
