/**
 * Attribute values from a spreadsheet keyed by participant label (issue 3 item 4). Pure: it
 * reads a parsed table against the project's participants and attributes and says what would
 * change, which labels match no one, and which cells do not fit their attribute's type, naming
 * the row (as the spreadsheet numbers it, the header being row 1) and the column. Nothing is
 * created for an unknown label: the row is reported and left out.
 */
import { inferAttributeType, parseAttributeValue } from '../../shared/import/toProject';
import type { ParsedTable } from '../../shared/import';
import type { Attribute, AttributeType, AttributeValue, Participant } from '../../shared/model';

export interface ColumnTarget {
  column: string;
  /** The existing attribute of the same name, or null when the import adds one. */
  attribute: Attribute | null;
  type: AttributeType;
  categories: string[];
}

export interface ParticipantUpdate {
  participant: Participant;
  row: number;
  /** New values by column name; blank cells are left out (they change nothing). */
  values: Record<string, AttributeValue>;
}

export interface AttributeImportPlan {
  keyColumn: string;
  columns: ColumnTarget[];
  updates: ParticipantUpdate[];
  unknownLabels: { row: number; label: string }[];
  /** Cells that do not fit: while there are any, nothing is imported. */
  problems: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The column holding the most participant labels (ties: the leftmost), for the key. */
export function guessKeyColumn(table: ParsedTable, participants: readonly Participant[]): string {
  const matches = (index: number) => table.rows.filter((row) => participants.some((p) => same(p.label, row[index] ?? ''))).length;
  let best = 0;
  table.columns.forEach((_, i) => { if (matches(i) > matches(best)) best = i; });
  return table.columns[best] ?? '';
}

export function planAttributeImport(
  table: ParsedTable, keyColumn: string, participants: readonly Participant[], attributes: readonly Attribute[],
): AttributeImportPlan {
  const keyIndex = table.columns.indexOf(keyColumn);
  if (keyIndex === -1) throw new Error(`The file has no column called "${keyColumn}".`);
  const problems: string[] = [];
  const unknownLabels: { row: number; label: string }[] = [];
  const known: { participant: Participant; row: number; cells: string[] }[] = [];
  const firstRow = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const label = (cells[keyIndex] ?? '').trim();
    if (label === '') return;
    const participant = participants.find((p) => same(p.label, label));
    if (!participant) return void unknownLabels.push({ row, label });
    const earlier = firstRow.get(participant.id);
    if (earlier !== undefined) problems.push(`Row ${row}: ${participant.label} appears again (first on row ${earlier}).`);
    firstRow.set(participant.id, row);
    known.push({ participant, row, cells });
  });

  const columns: ColumnTarget[] = table.columns.flatMap((column, index) => {
    if (index === keyIndex) return [];
    const attribute = attributes.find((a) => same(a.name, column)) ?? null;
    const inferred = attribute ?? inferAttributeType(known.map((k) => k.cells[index] ?? ''));
    return [{ column, attribute, type: inferred.type, categories: inferred.categories }];
  });

  const updates = known.map(({ participant, row, cells }) => {
    const values: Record<string, AttributeValue> = {};
    for (const target of columns) {
      const raw = cells[table.columns.indexOf(target.column)] ?? '';
      if (raw.trim() === '') continue;
      const parsed = parseAttributeValue(target, raw);
      if ('problem' in parsed) problems.push(`Row ${row}, column "${target.column}": ${parsed.problem}.`);
      else values[target.column] = parsed.value;
    }
    return { participant, row, values };
  });
  return { keyColumn, columns, updates, unknownLabels, problems };
}
