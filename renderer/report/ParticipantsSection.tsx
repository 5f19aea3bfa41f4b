/** The participants table (issue 5, item 7): an attribute's values and how many participants have each. */
import { useState } from 'react';
import { participantsTable } from '../../shared/report/participantsTable';
import type { ProjectBundle } from '../../shared/model';
import { ExportControls } from './ExportControls';
import { ReportTablePreview } from './ReportTablePreview';
import { exportTables, TABLE_FORMATS } from './tableExport';

export function ParticipantsSection({ bundle }: { bundle: ProjectBundle }) {
  const attributes = bundle.attributes.filter((a) => a.type !== 'text' || a.categories.length > 0);
  const preferred = attributes.find((a) => /organi[sz]ation/i.test(a.name)) ?? attributes[0];
  const [attributeId, setAttributeId] = useState('');
  const attribute = attributes.find((a) => a.id === attributeId) ?? preferred;
  const table = attribute ? participantsTable(bundle, attribute.id) : null;
  return (
    <section aria-labelledby="participants-table-heading">
      <h2 id="participants-table-heading">Participants table</h2>
      {!attribute || !table ? <p>Give participants an attribute (such as their organisation) on the Participants screen first.</p> : (
        <>
          <label>Attribute <select value={attribute.id} onChange={(e) => setAttributeId(e.target.value)}>
            {attributes.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select></label>
          <ReportTablePreview table={table} />
          <ExportControls projectName={bundle.project.name} what="participants table" formats={TABLE_FORMATS}
            make={(format) => exportTables('Participants', [table], format)} />
        </>
      )}
    </section>
  );
}
