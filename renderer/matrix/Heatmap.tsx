/**
 * The matrix as a heat map: an HTML table (so screen readers read it as a table and every cell is
 * a button reachable from the keyboard) coloured by a d3 sequential scale, with a legend.
 * Rows with rows beneath them collapse and expand.
 */
import { interpolateBlues, rgb, scaleSequential } from 'd3';
import { useMemo, useState } from 'react';
import { MEASURE_LABELS, maxMeasure, measureOf, type MatrixMeasure, type ThemeMatrix } from '../../shared/analysis/matrix';

interface Props {
  matrix: ThemeMatrix;
  measure: MatrixMeasure;
  selected: { row: number; column: number } | null;
  onOpen: (row: number, column: number) => void;
}

export function formatMeasure(value: number | null, measure: MatrixMeasure): string {
  if (value === null) return '–';
  if (measure === 'share') return `${Math.round(value * 100)}%`;
  return value.toLocaleString('en-GB');
}

/** Black or white, whichever contrasts more with the fill (WCAG relative luminance). */
export function inkOn(fill: string): string {
  const { r, g, b } = rgb(fill);
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

/** Which rows are hidden because an ancestor row is collapsed. */
function hiddenRows(matrix: ThemeMatrix, collapsed: ReadonlySet<string>): Set<number> {
  const hidden = new Set<number>();
  const hiddenIds = new Set<string>();
  matrix.rows.forEach((row, i) => {
    if (row.parentId && (collapsed.has(row.parentId) || hiddenIds.has(row.parentId))) {
      hidden.add(i);
      hiddenIds.add(row.codeId);
    }
  });
  return hidden;
}

export function Heatmap({ matrix, measure, selected, onOpen }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const max = maxMeasure(matrix, measure);
  const colour = useMemo(() => scaleSequential(interpolateBlues).domain([0, measure === 'share' ? 1 : Math.max(1, max)]), [max, measure]);
  const hidden = hiddenRows(matrix, collapsed);
  const toggle = (codeId: string) => setCollapsed((now) => {
    const next = new Set(now);
    if (next.has(codeId)) next.delete(codeId);
    else next.add(codeId);
    return next;
  });
  const top = measure === 'share' ? 1 : max;

  return (
    <div className="heatmap">
      <Legend colour={colour} top={top} measure={measure} />
      <div className="heatmap-scroll">
        <table className="data-table heatmap-table">
          <caption>{MEASURE_LABELS[measure]} per row and column. Select a cell to read the coded extracts behind it.</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              {matrix.columns.map((c) => <th key={c.key} scope="col" className="num">{c.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, r) => hidden.has(r) ? null : (
              <tr key={row.codeId}>
                <th scope="row" style={{ paddingLeft: `${0.6 + row.depth * 1.2}rem` }}>
                  {row.hasChildren ? (
                    <button type="button" className="link row-toggle" aria-expanded={!collapsed.has(row.codeId)}
                      aria-label={`${collapsed.has(row.codeId) ? 'Expand' : 'Collapse'} ${row.name}`} onClick={() => toggle(row.codeId)}>
                      {collapsed.has(row.codeId) ? '▸' : '▾'}
                    </button>
                  ) : <span className="row-toggle" aria-hidden="true" />}
                  {row.name}
                </th>
                {matrix.columns.map((column, c) => {
                  const cell = matrix.cells[r]?.[c];
                  if (!cell) return <td key={column.key} />;
                  const value = measureOf(cell, measure);
                  const fill = value === null ? 'transparent' : colour(value);
                  const isSelected = selected?.row === r && selected.column === c;
                  const codings = `${cell.codings} ${cell.codings === 1 ? 'coding' : 'codings'}`;
                  const words = measure === 'codings' ? `${row.name}, ${column.label}: ${codings}`
                    : `${row.name}, ${column.label}: ${formatMeasure(value, measure)} ${MEASURE_LABELS[measure].toLowerCase()}, ${codings}`;
                  return (
                    <td key={column.key} className="num heat-cell" style={{ background: fill, color: value === null ? undefined : inkOn(fill) }}>
                      <button type="button" className={`heat-button${isSelected ? ' selected' : ''}`} aria-label={words}
                        aria-pressed={isSelected} disabled={cell.codings === 0} onClick={() => onOpen(r, c)}>
                        {formatMeasure(value, measure)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Legend({ colour, top, measure }: { colour: (v: number) => string; top: number; measure: MatrixMeasure }) {
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  const gradientId = `heat-legend-${measure}`;
  return (
    <figure className="heat-legend">
      <svg width="220" height="30" role="img" aria-label={`Colour scale from ${formatMeasure(0, measure)} (lightest) to ${formatMeasure(top, measure)} (darkest)`}>
        <defs>
          <linearGradient id={gradientId}>
            {stops.map((s) => <stop key={s} offset={`${s * 100}%`} stopColor={colour(s * top)} />)}
          </linearGradient>
        </defs>
        <rect x="0" y="0" width="220" height="14" fill={`url(#${gradientId})`} stroke="#9aa3b2" />
        <text x="0" y="28" fontSize="11">{formatMeasure(0, measure)}</text>
        <text x="220" y="28" fontSize="11" textAnchor="end">{formatMeasure(top, measure)}</text>
      </svg>
      <figcaption className="small muted">{MEASURE_LABELS[measure]}</figcaption>
    </figure>
  );
}
