/**
 * The disagreements on one code, side by side: what only coder A coded and what only coder B
 * coded, with the words (and a little context) and a link into the reader, to talk through.
 */
import { useMemo, type RefObject } from 'react';
import { codeDisagreements, type AgreementInput, type AgreementResult, type Disagreement } from '../../shared/agreement/agreement';
import { UNIT_LABELS } from '../../shared/agreement/table';
import { turnIndexAt } from '../../shared/coding/ranges';
import type { CodeId, ProjectId, SourceWithText } from '../../shared/model';
import { routeHref } from '../app/routes';
import { formatNumber } from '../components/format';
import type { AgreementData } from '../db/repositories/coders';

/** At most this many passages per column; the rest are counted. */
const SHOWN = 100;
const CONTEXT = 60;
const LONGEST = 600;

interface Props {
  projectId: ProjectId;
  data: AgreementData;
  input: AgreementInput;
  result: AgreementResult;
  names: { a: string; b: string };
  /** The code asked for; '' (or a code without disagreements) shows the one with most. */
  codeId: CodeId | '';
  onChooseCode: (codeId: CodeId) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function DisagreementList({ projectId, data, input, result, names, codeId, onChooseCode, headingRef }: Props) {
  const { candidates, chosen } = useMemo(() => {
    const list = result.rows.map((row) => ({ row, disagreeing: row.a + row.b - 2 * row.both })).filter((c) => c.disagreeing > 0);
    const most = list.reduce<(typeof list)[number] | undefined>((best, c) => (!best || c.disagreeing > best.disagreeing ? c : best), undefined);
    return { candidates: list, chosen: list.find((c) => c.row.codeId === codeId) ?? most };
  }, [result, codeId]);
  const found = useMemo(() => (chosen ? codeDisagreements(input, chosen.row.codeId, result.coderA, result.coderB, result.unit) : []),
    [input, chosen, result]);
  const sources = useMemo(() => new Map(data.sources.map((s) => [s.source.id as string, s])), [data.sources]);

  return (
    <section className="disagreements" aria-labelledby="disagreements-heading">
      <h3 id="disagreements-heading" ref={headingRef} tabIndex={-1}>
        Disagreements{chosen ? ` on ${chosen.row.path.at(-1) ?? ''}` : ''}
      </h3>
      {!chosen ? <p>{names.a} and {names.b} coded exactly the same {UNIT_LABELS[result.unit].plural} with every code: there is nothing to talk through.</p> : (
        <>
          <label className="disagreement-code">Code{' '}
            <select value={chosen.row.codeId} onChange={(e) => onChooseCode(e.target.value as CodeId)}>
              {candidates.map((c) => (
                <option key={c.row.codeId} value={c.row.codeId}>
                  {c.row.path.join(' › ')} ({formatNumber(c.disagreeing)} {c.disagreeing === 1 ? UNIT_LABELS[result.unit].singular : UNIT_LABELS[result.unit].plural})
                </option>
              ))}
            </select>
          </label>
          <p className="small muted">
            {result.unit === 'character'
              ? 'Each passage is a run of words one coder coded with this code and the other did not; the words around it are shown lighter.'
              : 'Each passage is a whole turn one coder coded (any of it) with this code and the other did not.'}
          </p>
          <div className="disagreement-columns">
            <Column title={`Coded by ${names.a} only`} items={found.filter((d) => d.coder === 'a')} sources={sources} projectId={projectId} unit={result.unit} />
            <Column title={`Coded by ${names.b} only`} items={found.filter((d) => d.coder === 'b')} sources={sources} projectId={projectId} unit={result.unit} />
          </div>
        </>
      )}
    </section>
  );
}

function Column({ title, items, sources, projectId, unit }: {
  title: string;
  items: readonly Disagreement[];
  sources: ReadonlyMap<string, SourceWithText>;
  projectId: ProjectId;
  unit: AgreementResult['unit'];
}) {
  const units = items.reduce((n, d) => n + (unit === 'character' ? d.end - d.start : 1), 0);
  const label = UNIT_LABELS[unit];
  return (
    <section className="disagreement-column" aria-label={title}>
      <h4>{title}</h4>
      <p className="small muted">
        {items.length === 0 ? 'Nothing.' : `${formatNumber(items.length)} ${items.length === 1 ? 'passage' : 'passages'}, ${formatNumber(units)} ${units === 1 ? label.singular : label.plural}`}
      </p>
      {items.length > 0 && (
        <ol className="disagreement-items">
          {items.slice(0, SHOWN).map((d) => {
            const source = sources.get(d.sourceId);
            return source ? <Passage key={`${d.sourceId}:${d.start}`} projectId={projectId} source={source} item={d} /> : null;
          })}
        </ol>
      )}
      {items.length > SHOWN && <p className="small muted">And {formatNumber(items.length - SHOWN)} more.</p>}
    </section>
  );
}

/**
 * Where the context around a passage starts (direction -1) or ends (1): about CONTEXT characters
 * away, at a word boundary, never past `bound` (the passage's turn, or its line outside turns).
 */
function contextEdge(text: string, from: number, direction: -1 | 1, bound: number): number {
  const bounded = direction === 1 ? Math.min(bound, from + CONTEXT) : Math.max(bound, from - CONTEXT);
  if (bounded === bound) return bounded;
  // Back off to the nearest space inside the context, so no word is cut in half.
  for (let i = bounded, n = 0; n < 20 && i !== from; i -= direction, n++) {
    if (/\s/.test(text[i] ?? '')) return direction === 1 ? i : i + 1;
  }
  return bounded;
}

function Passage({ projectId, source, item }: { projectId: ProjectId; source: SourceWithText; item: Disagreement }) {
  const text = source.text.text;
  const turn = source.text.turns[turnIndexAt(source.text.turns, item.start)];
  const words = text.slice(item.start, item.end);
  const shown = words.length > LONGEST ? `${words.slice(0, LONGEST).trimEnd()}…` : words;
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  const lineEnd = text.indexOf('\n', item.end) < 0 ? text.length : text.indexOf('\n', item.end);
  const beforeStart = contextEdge(text, item.start, -1, turn && item.start >= turn.start ? turn.start : lineStart);
  const afterEnd = contextEdge(text, item.end, 1, turn && item.end <= turn.end ? turn.end : lineEnd);
  const before = text.slice(beforeStart, item.start);
  const after = text.slice(item.end, afterEnd);
  const clippedBefore = beforeStart > (turn?.start ?? lineStart);
  const clippedAfter = afterEnd < (turn?.end ?? lineEnd);
  const href = routeHref({ name: 'reader', projectId, sourceId: source.source.id, focus: { start: item.start, end: item.end } });
  const isBlank = words.trim() === '';
  return (
    <li className="disagreement">
      <p className="disagreement-meta">
        <span className="label-chip">{source.source.label}</span>
        {turn?.speaker ? <span className="small muted"> {turn.speaker}</span> : null}
      </p>
      <p className="disagreement-text">
        {before && <span className="agreement-context">{clippedBefore ? '…' : ''}{before}</span>}
        <strong className="disputed">{isBlank ? '(white space only)' : shown}</strong>
        {after && <span className="agreement-context">{after}{clippedAfter ? '…' : ''}</span>}
      </p>
      <a href={href} aria-label={`Open in the reader: ${source.source.label}, “${words.trim().slice(0, 60)}”`}>Open in the reader</a>
    </li>
  );
}
