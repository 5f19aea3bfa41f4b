/**
 * The theme matrix (issue 5, item 1): rows from the code tree, columns by source, kind,
 * participant, attribute or tree level, one measure; every cell opens the extracts behind it;
 * exports in four formats.
 */
import { useMemo, useState } from 'react';
import { MATRIX_MEASURES, MEASURE_LABELS, themeMatrix, type MatrixMeasure } from '../../shared/analysis/matrix';
import type { ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { FORMAT_LABELS, saveExport } from '../exports/saveExport';
import { useProject, useQuotes } from '../hooks/useProjectData';
import { ExtractList } from './ExtractList';
import { Heatmap } from './Heatmap';
import { exportMatrix, MATRIX_FORMATS, type MatrixFormat } from './matrixExport';
import { columnOptions, rowOptions } from './matrixOptions';
import { useMatrixInput } from './useMatrixInput';
import './matrix.css';

export function MatrixPanel({ projectId }: { projectId: ProjectId }) {
  const input = useMatrixInput(projectId);
  const project = useProject(projectId);
  const quotes = useQuotes(projectId);
  const levelNames = project?.levelNames;
  const rowsChoices = useMemo(() => (input ? rowOptions(input.codes, levelNames ?? []) : []), [input, levelNames]);
  const columnChoices = useMemo(() => (input ? columnOptions(input.codes, input.attributes, levelNames ?? []) : []), [input, levelNames]);
  const [rowsValue, setRowsValue] = useState('depth:1');
  const [columnsValue, setColumnsValue] = useState<string | null>(null);
  const [measure, setMeasure] = useState<MatrixMeasure>('codings');
  const [format, setFormat] = useState<MatrixFormat>('xlsx');
  const [opened, setOpened] = useState<{ row: number; column: number } | null>(null);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const rows = rowsChoices.find((o) => o.value === rowsValue) ?? rowsChoices[0];
  const defaultColumns = columnChoices.find((o) => o.value.startsWith('attribute:')) ?? columnChoices[0];
  const columns = columnChoices.find((o) => o.value === columnsValue) ?? defaultColumns;
  const computed = useMemo(() => {
    if (!input || !rows || !columns) return undefined;
    try {
      return { matrix: themeMatrix(input, rows.choice, columns.choice) };
    } catch (error) {
      return { error: errorText(error) };
    }
  }, [input, rows, columns]);
  if (!input || !project || !quotes || !computed) return <Loading what="the matrix" />;
  const matrix = computed.matrix;
  const cell = matrix && opened ? matrix.cells[opened.row]?.[opened.column] : undefined;
  const codingById = new Map(input.codings.map((c) => [c.id as string, c]));
  const save = async () => {
    if (!matrix || !columns) return;
    try {
      const content = await exportMatrix(matrix, measure, columns.label, format);
      setMessage({ kind: 'info', text: await saveExport(project.name, `matrix by ${columns.label.toLowerCase()}`, format, content) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Theme matrix</h2>
      <p className="small muted">How each theme is evidenced across sources, people and groups. Choose what the rows and columns are and what to count.</p>
      <div className="inline-form matrix-controls">
        <label>Rows <select value={rows?.value} onChange={(e) => { setRowsValue(e.target.value); setOpened(null); }}>
          {rowsChoices.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select></label>
        <label>Columns <select value={columns?.value} onChange={(e) => { setColumnsValue(e.target.value); setOpened(null); }}>
          {columnChoices.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select></label>
        <label>Measure <select value={measure} onChange={(e) => setMeasure(e.target.value as MatrixMeasure)}>
          {MATRIX_MEASURES.map((m) => <option key={m} value={m}>{MEASURE_LABELS[m]}</option>)}
        </select></label>
        <span className="export-group">
          <label>Export as <select value={format} onChange={(e) => setFormat(e.target.value as MatrixFormat)}>
            {MATRIX_FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
          </select></label>
          <button type="button" onClick={() => void save()} disabled={!matrix}>Export matrix</button>
        </span>
      </div>
      <Status message={message} onDismiss={() => setMessage(null)} />
      {computed.error !== undefined ? <p role="alert" className="error-text">{computed.error}</p>
        : !matrix || matrix.rows.length === 0 ? <p>There are no codes yet: code some text first.</p>
          : matrix.columns.length === 0 ? <p>There is nothing to put in columns for this choice (for example no participant has a value for it).</p> : (
            <>
              <Heatmap matrix={matrix} measure={measure} selected={opened} onOpen={(row, column) => setOpened({ row, column })} />
              {matrix.outside > 0 && <p className="small muted">{matrix.outside} {matrix.outside === 1 ? 'coding falls' : 'codings fall'} in no column (for example text with no participant).</p>}
            </>
          )}
      {matrix && opened && cell && (
        <section className="panel cell-extracts" aria-labelledby="cell-heading">
          <h3 id="cell-heading" tabIndex={-1} ref={(el) => el?.focus()}>
            {matrix.rows[opened.row]?.name} · {matrix.columns[opened.column]?.label}: {cell.codings} {cell.codings === 1 ? 'extract' : 'extracts'}
          </h3>
          <button type="button" className="link" onClick={() => setOpened(null)}>Close the extracts</button>
          <ExtractList projectId={projectId} sources={input.sources} participants={input.participants}
            quotedCodingIds={new Set(quotes.map((q) => q.codingId))}
            places={cell.codingIds.flatMap((id) => {
              const coding = codingById.get(id);
              const code = coding ? input.codes.find((c) => c.id === coding.codeId) : undefined;
              return coding ? [{ sourceId: coding.sourceId, start: coding.start, end: coding.end, codingId: coding.id, codeName: code?.name }] : [];
            })} />
        </section>
      )}
    </section>
  );
}
