/**
 * Reading a report cell as text, the same way in every writer: a number as written in digits,
 * a list as its lines (subtheme names, one per line).
 */
import type { ReportCell } from './types';

/** The cell's lines: one for text or a number, one per item for a list (none for an empty list). */
export function cellLines(cell: ReportCell): string[] {
  if (typeof cell === 'number') return [String(cell)];
  if (typeof cell === 'string') return [cell];
  return [...cell];
}

/** The cell as one string, list items joined with `separator`. */
export function cellText(cell: ReportCell, separator = '\n'): string {
  return cellLines(cell).join(separator);
}
