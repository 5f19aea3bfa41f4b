import type { FileEntry, TableDraft } from './batch';

interface Props {
  file: FileEntry & { table: TableDraft };
  onChange: (table: TableDraft) => void;
}

const SHOWN_ROWS = 4;
const cell = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * A spreadsheet of narratives: which column holds the text, which the title, which become
 * attributes, and whether each row's writer is a participant (a survey respondent).
 */
export function TableSettings({ file, onChange }: Props) {
  const { table } = file;
  const { columns } = table.parsed;
  const set = (patch: Partial<TableDraft['columns']>) => {
    const next = { ...table.columns, ...patch };
    if (next.titleColumn === next.textColumn) next.titleColumn = null;
    const used = new Set([next.textColumn, next.titleColumn]);
    onChange({ ...table, columns: { ...next, attributeColumns: next.attributeColumns.filter((c) => !used.has(c)) } });
  };
  const toggleAttribute = (column: string, isOn: boolean) => set({
    attributeColumns: isOn ? columns.filter((c) => c === column || table.columns.attributeColumns.includes(c))
      : table.columns.attributeColumns.filter((c) => c !== column),
  });
  const id = `table-${file.id}`;
  return (
    <section className="panel table-settings" aria-labelledby={id}>
      <h2 id={id}>Spreadsheet: {file.name}</h2>
      <div className="table-columns">
        <label>
          Text column{' '}
          <select value={table.columns.textColumn} onChange={(e) => set({ textColumn: e.target.value })}>
            {table.columns.textColumn === '' && <option value="">Choose the column with the text…</option>}
            {columns.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>
          Title column{' '}
          <select value={table.columns.titleColumn ?? ''} onChange={(e) => set({ titleColumn: e.target.value || null })}>
            <option value="">None (rows are numbered)</option>
            {columns.filter((c) => c !== table.columns.textColumn).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </div>
      <fieldset className="attribute-columns">
        <legend>Columns that become participant attributes</legend>
        {columns.filter((c) => c !== table.columns.textColumn && c !== table.columns.titleColumn).map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={table.columns.attributeColumns.includes(c)} disabled={!table.rowsAreParticipants}
              onChange={(e) => toggleAttribute(c, e.target.checked)} />
            {c}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Who wrote each row?</legend>
        <label className="check">
          <input type="radio" name={`${id}-writer`} checked={table.rowsAreParticipants} onChange={() => onChange({ ...table, rowsAreParticipants: true })} />
          Each row is a participant (a respondent), labelled from the title column, with the attribute columns as their attributes
        </label>
        <label className="check">
          <input type="radio" name={`${id}-writer`} checked={!table.rowsAreParticipants} onChange={() => onChange({ ...table, rowsAreParticipants: false })} />
          The rows are not linked to participants (the attribute columns are not kept)
        </label>
      </fieldset>
      {table.notes.map((n) => <p key={n} className="small result-duplicate">{n}</p>)}
      <div className="table-scroll">
        <table className="data-table">
          <caption>First rows of {file.name}</caption>
          <thead><tr><th scope="col">Row</th>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
          <tbody>
            {table.parsed.rows.slice(0, SHOWN_ROWS).map((row, i) => (
              <tr key={i}><th scope="row">{i + 2}</th>{columns.map((c, j) => <td key={c}>{cell(row[j] ?? '')}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
