/**
 * Saving an export: bytes or text to a file named after the project and what it holds
 * ("Carers integration pilot (sample) - findings table.docx"), through the platform (a save
 * dialog on the desktop, a download in the browser). Returns the line the status shows.
 */
import { safeFileName } from '../../shared/util/fileName';
import { platform } from '../platform';

export const EXPORT_FORMATS = {
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  md: { name: 'Markdown', extensions: ['md'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  html: { name: 'Web page', extensions: ['html'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  png: { name: 'PNG image', extensions: ['png'] },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV', xlsx: 'Excel (XLSX)', md: 'Markdown', docx: 'Word (DOCX)', html: 'Web page (HTML)', svg: 'SVG', png: 'PNG',
};

export async function saveExport(projectName: string, what: string, format: ExportFormat, content: Uint8Array | string): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const name = safeFileName(`${projectName} - ${what}`, format);
  const filter = EXPORT_FORMATS[format];
  const outcome = await platform.saveFile(name, bytes, { name: filter.name, extensions: [...filter.extensions] });
  return outcome.isSaved ? `Saved "${name}" to ${outcome.where}.` : 'Not saved.';
}
