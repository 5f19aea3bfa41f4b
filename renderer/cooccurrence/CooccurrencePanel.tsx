/**
 * Co-occurrence (issue 5, item 4): which codes are applied to the same words (overlapping
 * ranges) or the same speaker turn, as a matrix (a table of buttons: each opens the places) and
 * as a network (d3 force layout; the table is its accessible form).
 */
import { interpolateOranges, scaleSequential } from 'd3';
import { useMemo, useState } from 'react';
import { buildCodeTree } from '../../shared/analysis/codeTree';
import { cooccurrence, cooccurrencePlaces, type CooccurrenceMode } from '../../shared/analysis/cooccurrence';
import type { CodeId, ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { ExtractList } from '../matrix/ExtractList';
import { useMatrixInput } from '../matrix/useMatrixInput';
import { CooccurrenceMatrix } from './CooccurrenceMatrix';
import { networkLayout } from './networkLayout';
import '../matrix/matrix.css';
import './cooccurrence.css';

export function CooccurrencePanel({ projectId }: { projectId: ProjectId }) {
  const input = useMatrixInput(projectId);
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [themeId, setThemeId] = useState('');
  const [pair, setPair] = useState<{ a: number; b: number } | null>(null);
  const [view, setView] = useState<'network' | 'matrix'>('network');
  const themes = useMemo(() => (input ? buildCodeTree(input.codes, input.codings) : []), [input]);
  const data = useMemo(() => {
    if (!input) return undefined;
    const theme = themes.find((t) => t.code.id === themeId);
    const within = (node: (typeof themes)[number]): CodeId[] => [node.code.id, ...node.children.flatMap(within)];
    const ids = theme ? within(theme).filter((id) => input.codings.some((c) => c.codeId === id)) : undefined;
    return cooccurrence(input, mode, ids);
  }, [input, mode, themeId, themes]);
  const layout = useMemo(() => (data ? networkLayout(data) : undefined), [data]);
  if (!input || !data || !layout) return <Loading what="co-occurrence" />;
  const max = Math.max(1, ...data.edges.map((e) => e.weight));
  const colour = scaleSequential(interpolateOranges).domain([0, max]);
  const unit = mode === 'overlap' ? 'overlapping codings' : 'turns coded with both';
  const places = pair ? cooccurrencePlaces(input, mode, data.codes[pair.a]!.codeId, data.codes[pair.b]!.codeId) : [];
  const byIndex = new Map(layout.nodes.map((n) => [n.codeIndex, n]));

  return (
    <section aria-labelledby="cooc-heading">
      <h2 id="cooc-heading">Co-occurrence</h2>
      <p className="small muted">Codes used together. A high count can mean two codes say the same thing (merge them?) or that two ideas belong in one theme.</p>
      <div className="inline-form">
        <fieldset className="template-choice">
          <legend>Counted when</legend>
          <label><input type="radio" name="cooc-mode" checked={mode === 'overlap'} onChange={() => { setMode('overlap'); setPair(null); }} /> codings overlap</label>
          <label><input type="radio" name="cooc-mode" checked={mode === 'turn'} onChange={() => { setMode('turn'); setPair(null); }} /> in the same speaker turn</label>
        </fieldset>
        <fieldset className="template-choice">
          <legend>Show as</legend>
          <label><input type="radio" name="cooc-view" checked={view === 'network'} onChange={() => setView('network')} /> network and pairs</label>
          <label><input type="radio" name="cooc-view" checked={view === 'matrix'} onChange={() => setView('matrix')} /> matrix</label>
        </fieldset>
        <label>Codes <select value={themeId} onChange={(e) => { setThemeId(e.target.value); setPair(null); }}>
          <option value="">Every code with codings</option>
          {themes.filter((t) => t.children.length > 0).map((t) => <option key={t.code.id} value={t.code.id}>Within “{t.code.name}”</option>)}
        </select></label>
      </div>
      {data.edges.length === 0 ? <p>No two of these codes are used together{mode === 'overlap' ? ' on the same words' : ' in the same turn'}.</p>
        : view === 'matrix' ? <CooccurrenceMatrix data={data} unit={unit} selected={pair} onOpen={(a, b) => setPair({ a, b })} /> : (
        <>
          <svg className="cooc-network" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img"
            aria-label={`Network of ${layout.nodes.length} codes joined by ${data.edges.length} co-occurrences; the table below lists them.`}>
            {layout.links.map((l) => {
              const a = byIndex.get(l.a)!;
              const b = byIndex.get(l.b)!;
              return <line key={`${l.a}-${l.b}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={colour(l.weight)} strokeWidth={1 + 5 * (l.weight / max)} strokeOpacity={0.8} />;
            })}
            {layout.nodes.map((n) => (
              <g key={n.codeIndex} transform={`translate(${n.x},${n.y})`}>
                <circle r={n.radius} fill={input.codes.find((c) => c.id === data.codes[n.codeIndex]?.codeId)?.color ?? '#1f5f8b'} stroke="#fff" strokeWidth={1.5} />
                <text y={n.y > layout.height / 2 ? n.radius + 13 : -n.radius - 5} textAnchor="middle" fontSize="11">{n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name}<title>{n.name}</title></text>
              </g>
            ))}
          </svg>
          <table className="data-table cooc-pairs">
            <caption>Pairs of codes used together, most first ({unit}). Select a pair to read the passages.</caption>
            <thead><tr><th scope="col">Code</th><th scope="col">Used with</th><th scope="col" className="num">Count</th></tr></thead>
            <tbody>
              {data.edges.slice(0, 60).map((e) => {
                const isOpen = pair?.a === e.a && pair.b === e.b;
                return (
                  <tr key={`${e.a}-${e.b}`}>
                    <th scope="row">{data.codes[e.a]?.name}</th>
                    <td>{data.codes[e.b]?.name}</td>
                    <td className="num">
                      <button type="button" className="link" aria-pressed={isOpen}
                        aria-label={`${e.weight} ${unit}: ${data.codes[e.a]?.name} and ${data.codes[e.b]?.name}. Show the passages`}
                        onClick={() => setPair(isOpen ? null : { a: e.a, b: e.b })}>{e.weight}</button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {data.edges.length > 60 && <p className="small muted">The 60 strongest of {data.edges.length} pairs are listed.</p>}
        </>
      )}
      {pair && (
        <section className="panel" aria-labelledby="cooc-places-heading">
          <h3 id="cooc-places-heading">{data.codes[pair.a]?.name} with {data.codes[pair.b]?.name}</h3>
          <ExtractList projectId={projectId} sources={input.sources} participants={input.participants} places={places} />
        </section>
      )}
    </section>
  );
}
