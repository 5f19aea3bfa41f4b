/** A ReportTable shown on screen as it will be exported (list cells one name per line). */
import type { ReportCell, ReportTable } from '../../shared/report/types';

function CellContent({ cell }: { cell: ReportCell }) {
  if (typeof cell === 'number') return <>{cell.toLocaleString('en-GB')}</>;
  if (typeof cell === 'string') return <>{cell}</>;
  return cell.length === 0 ? null : <ul className="cell-list">{cell.map((line, i) => <li key={i}>{line}</li>)}</ul>;
}

export function ReportTablePreview({ table }: { table: ReportTable }) {
  return (
    <table className="data-table report-table">
      <caption>{table.title}</caption>
      <thead><tr>{table.columns.map((c, i) => <th key={i} scope="col">{c}</th>)}</tr></thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (c === 0
              ? <th key={c} scope="row"><CellContent cell={cell} /></th>
              : <td key={c} className={typeof cell === 'number' ? 'num' : undefined}><CellContent cell={cell} /></td>))}
          </tr>
        ))}
      </tbody>
      {table.note && <tfoot><tr><td colSpan={table.columns.length} className="small muted">{table.note}</td></tr></tfoot>}
    </table>
  );
}
