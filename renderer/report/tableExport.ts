/** Tables (findings, participants, codebook, framework) in the four table formats. */
import { tableToCsv } from '../../shared/export/csv';
import { tablesToDocx } from '../../shared/export/docx';
import { tableToMarkdown } from '../../shared/export/markdown';
import { tablesToXlsx } from '../../shared/export/xlsx';
import type { ReportTable } from '../../shared/report/types';

export const TABLE_FORMATS = ['docx', 'xlsx', 'csv', 'md'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** CSV holds one table: several are written one after another with a blank line between. */
export async function exportTables(title: string, tables: readonly ReportTable[], format: TableFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx': return tablesToDocx(title, tables);
    case 'xlsx': return tablesToXlsx(tables);
    case 'csv': return tables.map((t, i) => (i === 0 ? tableToCsv(t) : tableToCsv(t).replace(/^\uFEFF/, ''))).join('\r\n');
    case 'md': return `# ${title}\n\n${tables.map((t) => tableToMarkdown(t)).join('\n\n')}\n`;
  }
}
