/**
 * The findings table (issue 5, item 7): a row per theme, subthemes under the columns of a tree
 * level (the perspective) or of a participant attribute; themes without that level show their
 * subthemes in one "Subthemes" column, as in the real report. Previewed as it will be exported.
 */
import { useMemo, useState } from 'react';
import { findingsReportTables, findingsTable, type FindingsColumns } from '../../shared/report/findingsTable';
import type { ProjectBundle } from '../../shared/model';
import { treeDepth } from '../matrix/matrixOptions';
import { ExportControls } from './ExportControls';
import { ReportTablePreview } from './ReportTablePreview';
import { exportTables, TABLE_FORMATS } from './tableExport';

export interface ColumnsChoice {
  value: string;
  label: string;
  columns: FindingsColumns;
}

/** Tree levels 2.. and category attributes, the perspective level first. */
export function findingsColumnChoices(bundle: ProjectBundle): ColumnsChoice[] {
  const depth = treeDepth(bundle.codes);
  return [
    ...Array.from({ length: Math.max(0, depth - 1) }, (_, i): ColumnsChoice => ({
      value: `level:${i + 2}`, label: `Tree level ${i + 2}${bundle.project.levelNames[i + 1] ? ` (${bundle.project.levelNames[i + 1]!.toLowerCase()})` : ''}`,
      columns: { kind: 'level', level: i + 2 },
    })),
    ...bundle.attributes.filter((a) => a.type === 'category').map((a): ColumnsChoice => ({
      value: `attribute:${a.id}`, label: `Participant ${a.name.toLowerCase()}`, columns: { kind: 'attribute', attributeId: a.id },
    })),
  ];
}

export function FindingsSection({ bundle }: { bundle: ProjectBundle }) {
  const choices = useMemo(() => findingsColumnChoices(bundle), [bundle]);
  const [value, setValue] = useState('');
  const [withCounts, setWithCounts] = useState(false);
  const choice = choices.find((c) => c.value === value) ?? choices[0];
  const tables = useMemo(() => (choice ? findingsReportTables(findingsTable(bundle, choice.columns, { withCounts }), { withCounts }) : []), [bundle, choice, withCounts]);
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings table</h2>
      {!choice ? <p>Build a theme tree with at least two levels first: themes and their subthemes.</p> : (
        <>
          <div className="inline-form">
            <label>Columns <select value={choice.value} onChange={(e) => setValue(e.target.value)}>
              {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select></label>
            <label><input type="checkbox" checked={withCounts} onChange={(e) => setWithCounts(e.target.checked)} /> Show the number of codings</label>
          </div>
          {tables.map((t, i) => <ReportTablePreview key={i} table={t} />)}
          <ExportControls projectName={bundle.project.name} what="findings table" formats={TABLE_FORMATS}
            make={(format) => exportTables('Findings', tables, format)} disabled={tables.length === 0} />
        </>
      )}
    </section>
  );
}
