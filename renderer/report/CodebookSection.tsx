/** The codebook (issue 5, item 7): names, definitions, counts and an exemplar quote per code. */
import { useMemo } from 'react';
import { tableToCsv } from '../../shared/export/csv';
import { codebookDocx } from '../../shared/export/docx';
import { codebook, codebookTable } from '../../shared/report/codebook';
import type { ProjectBundle } from '../../shared/model';
import { ExportControls } from './ExportControls';

export function CodebookSection({ bundle }: { bundle: ProjectBundle }) {
  const entries = useMemo(() => codebook(bundle), [bundle]);
  const undefinedCount = entries.filter((e) => e.definition.trim() === '').length;
  return (
    <section aria-labelledby="codebook-heading">
      <h2 id="codebook-heading">Codebook</h2>
      <p>{entries.length} codes{undefinedCount > 0 ? `, ${undefinedCount} without a definition yet (define them in the Define phase)` : ', every one defined'}.</p>
      <ExportControls projectName={bundle.project.name} what="codebook" formats={['docx', 'csv'] as const} disabled={entries.length === 0}
        make={async (format) => (format === 'docx' ? codebookDocx(`${bundle.project.name}: codebook`, entries) : tableToCsv(codebookTable(entries)))} />
    </section>
  );
}
