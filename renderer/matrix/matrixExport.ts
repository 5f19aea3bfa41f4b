/**
 * The matrix in every export format (CSV, XLSX, Markdown, DOCX), from the one grid the core
 * makes: codes named by their path, the measure's values, a header row.
 */
import { MEASURE_LABELS, matrixGrid, type MatrixMeasure, type ThemeMatrix } from '../../shared/analysis/matrix';
import { gridToCsv } from '../../shared/export/csv';
import { tablesToDocx } from '../../shared/export/docx';
import { gridToMarkdown } from '../../shared/export/markdown';
import { gridToXlsx } from '../../shared/export/xlsx';
import type { ReportTable } from '../../shared/report/types';
import type { ExportFormat } from '../exports/saveExport';

export const MATRIX_FORMATS = ['csv', 'xlsx', 'md', 'docx'] as const satisfies readonly ExportFormat[];
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

export function matrixTable(matrix: ThemeMatrix, measure: MatrixMeasure, columnsLabel: string): ReportTable {
  const [head = [], ...rows] = matrixGrid(matrix, measure);
  return {
    title: `${MEASURE_LABELS[measure]} by ${columnsLabel.toLowerCase()}`,
    columns: head.map((c) => String(c ?? '')),
    rows: rows.map((row) => row.map((v) => (v === null ? '–' : v))),
    note: matrix.outside > 0 ? `${matrix.outside} codings fall in no column.` : '',
  };
}

export async function exportMatrix(matrix: ThemeMatrix, measure: MatrixMeasure, columnsLabel: string, format: MatrixFormat): Promise<Uint8Array | string> {
  const grid = matrixGrid(matrix, measure);
  switch (format) {
    case 'csv': return gridToCsv(grid);
    case 'md': return `${gridToMarkdown(grid)}\n`;
    case 'xlsx': return gridToXlsx('Matrix', grid);
    case 'docx': {
      const table = matrixTable(matrix, measure, columnsLabel);
      return tablesToDocx(`Theme matrix: ${table.title}`, [table]);
    }
  }
}
