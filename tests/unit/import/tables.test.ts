/** Spreadsheets of narratives: CSV variants, .xlsx read from its XML, rows to documents. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError, parseFile, parseTable, suggestColumns, tableToDocuments } from '../../../shared/import';
import { bytesOf } from './support/fixtures';

const LONG_A = 'My husband came home from hospital on a Friday and nobody had told the care agency.';
const LONG_B = 'The carers assessment took four months, and by then I had already given up work.';

async function makeXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Narratives');
  sheet.addRow(['Ref', 'Received', 'Kind', 'Story', 'Score']);
  sheet.addRow(['N1', new Date(Date.UTC(2015, 10, 11)), 'complaint', LONG_A, 3]);
  sheet.addRow(['N2', new Date(Date.UTC(2015, 10, 12)), 'compliment', '', 5]);
  sheet.addRow(['N3', new Date(Date.UTC(2015, 10, 12)), 'case story', `${LONG_B}\nSecond line & more.`, 4]);
  workbook.addWorksheet('Notes').addRow(['ignored']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('.xlsx', () => {
  it('reads the first sheet: shared strings, numbers, dates as ISO dates, line breaks in cells', async () => {
    const table = await parseTable(await makeXlsx(), 'narratives.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.columns).toEqual(['Ref', 'Received', 'Kind', 'Story', 'Score']);
    expect(table.rows).toEqual([
      ['N1', '2015-11-11', 'complaint', LONG_A, '3'],
      ['N2', '2015-11-12', 'compliment', '', '5'],
      ['N3', '2015-11-12', 'case story', `${LONG_B}\nSecond line & more.`, '4'],
    ]);
    expect(table.warnings).toEqual(['The workbook has 2 sheets; only "Narratives" was read.']);
  });

  it('turns rows into documents, skipping a row with no text and naming it', async () => {
    const table = await parseTable(await makeXlsx(), 'narratives.xlsx');
    const columns = suggestColumns(table, 'narratives.xlsx');
    expect(columns).toEqual({ textColumn: 'Story', titleColumn: 'Ref', attributeColumns: ['Received', 'Kind', 'Score'] });
    const { documents, warnings } = tableToDocuments(table, columns, 'narratives.xlsx');
    expect(warnings).toEqual(['Row 3 (N2) has no text in "Story" and was skipped.']);
    expect(documents.map((d) => [d.row, d.title, d.attributes.Kind])).toEqual([[2, 'N1', 'complaint'], [4, 'N3', 'case story']]);
    expect(documents[1]?.document.text).toBe(`${LONG_B}\nSecond line & more.`);
  });

  it('comes through parseFile as a table, by content even when misnamed', async () => {
    expect((await parseFile(await makeXlsx(), 'narratives.xlsx')).kind).toBe('table');
    expect((await parseFile(await makeXlsx(), 'narratives.dat')).kind).toBe('table');
  });
});

describe('.csv', () => {
  it('guesses a semicolon delimiter, reads quoted line breaks, names blank and repeated headers', async () => {
    const csv = bytesOf(`id;;story;story\r\nA;x;"${LONG_A}\r\nand more";s\r\n\r\nB;y;${LONG_B};t\r\n`);
    const table = await parseTable(csv, 'stories.csv');
    expect(table.columns).toEqual(['id', 'Column 2', 'story', 'story (2)']);
    expect(table.rows).toEqual([['A', 'x', `${LONG_A}\nand more`, 's'], ['B', 'y', LONG_B, 't']]);
  });

  it('reads Windows-1252 CSV with a warning', async () => {
    const table = await parseTable(bytesOf('name,story\r\nA,', 0x93, 'Quoted', 0x94, ' ', 0xa3, '5\r\n'), 'legacy.csv');
    expect(table.rows[0]?.[1]).toBe('\u201cQuoted\u201d \u00a35');
    expect(table.warnings[0]).toMatch(/Windows-1252/);
  });

  it('lets the user choose columns, and names a missing one', async () => {
    const table = await parseTable(bytesOf('who,what\nAnn,ok\nBen,fine'), 'short.csv');
    expect(() => suggestColumns(table, 'short.csv')).toThrow(/^short\.csv: no column looks like free text/);
    const chosen = tableToDocuments(table, { textColumn: 'what', titleColumn: 'who', attributeColumns: [] }, 'short.csv');
    expect(chosen.documents.map((d) => [d.title, d.document.text])).toEqual([['Ann', 'ok'], ['Ben', 'fine']]);
    expect(() => tableToDocuments(table, { textColumn: 'story' }, 'short.csv')).toThrow('short.csv: it has no column called "story"');
  });

  it('refuses a CSV with no rows', async () => {
    await expect(parseTable(bytesOf('\n\n'), 'none.csv')).rejects.toThrow(ImportError);
  });
});
