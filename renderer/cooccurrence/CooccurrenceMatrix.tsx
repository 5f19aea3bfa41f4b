/**
 * Co-occurrence as a matrix: codes down and across, each cell the count for that pair (the
 * diagonal: the code's own codings or turns), coloured by the same scale as the network; a
 * cell with a count opens the passages.
 */
import { interpolateOranges, scaleSequential } from 'd3';
import type { Cooccurrence } from '../../shared/analysis/cooccurrence';
import { inkOn } from '../matrix/Heatmap';

interface Props {
  data: Cooccurrence;
  unit: string;
  selected: { a: number; b: number } | null;
  onOpen: (a: number, b: number) => void;
}

const short = (name: string) => (name.length > 22 ? `${name.slice(0, 21)}…` : name);

export function CooccurrenceMatrix({ data, unit, selected, onOpen }: Props) {
  const max = Math.max(1, ...data.edges.map((e) => e.weight));
  const colour = scaleSequential(interpolateOranges).domain([0, max]);
  return (
    <div className="heatmap-scroll">
      <table className="data-table cooc-matrix">
        <caption>Co-occurrence matrix ({unit}); the diagonal counts each code on its own.</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            {data.codes.map((c) => <th key={c.codeId} scope="col" className="cooc-col"><span title={c.name}>{short(c.name)}</span></th>)}
          </tr>
        </thead>
        <tbody>
          {data.codes.map((row, a) => (
            <tr key={row.codeId}>
              <th scope="row">{row.name}</th>
              {data.codes.map((col, b) => {
                const count = data.counts[a]?.[b] ?? 0;
                if (a === b) return <td key={col.codeId} className="num muted">{count}</td>;
                const fill = count === 0 ? 'transparent' : colour(count);
                const isSelected = selected !== null && ((selected.a === a && selected.b === b) || (selected.a === b && selected.b === a));
                return (
                  <td key={col.codeId} className="num heat-cell" style={{ background: fill, color: count === 0 ? undefined : inkOn(fill) }}>
                    {count === 0 ? <span className="heat-empty">·</span> : (
                      <button type="button" className={`heat-button${isSelected ? ' selected' : ''}`} aria-pressed={isSelected}
                        aria-label={`${row.name} with ${col.name}: ${count}`} onClick={() => onOpen(Math.min(a, b), Math.max(a, b))}>{count}</button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
