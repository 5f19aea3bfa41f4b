import { describe, expect, it } from 'vitest';
import { gridToCsv, tableToCsv } from '../../../shared/export/csv';
import { participantsTable } from '../../../shared/report/participantsTable';
import type { ReportTable } from '../../../shared/report/types';
import { sampleBundle } from '../../support/sample';

const BOM = '\uFEFF';

describe('tableToCsv', () => {
  it('writes the header and rows with CRLF and a BOM, quoting commas, quotes and list cells', () => {
    const table: ReportTable = {
      title: 'Table 1: Findings', note: 'left out',
      columns: ['Theme', 'Carers'],
      rows: [['Examples, with a comma', ['Having a named contact', 'Being "recognised"']], ['Empty', []]],
    };
    expect(tableToCsv(table)).toBe(`${BOM}Theme,Carers\r\n"Examples, with a comma","Having a named contact\nBeing ""recognised"""\r\nEmpty,\r\n`);
  });

  it('makes text that Excel would run as a formula inert, but leaves numbers alone', () => {
    const table: ReportTable = {
      title: '', note: '', columns: ['=cmd', 'Count'],
      rows: [['=HYPERLINK("http://x")', -3], ['+44 1234', 0], ['-dash', 1.5], ['@SUM(A1)', 2], ['\tTab', 4], ['a=b', 5]],
    };
    expect(tableToCsv(table)).toBe(`${BOM}'=cmd,Count\r\n"'=HYPERLINK(""http://x"")",-3\r\n'+44 1234,0\r\n'-dash,1.5\r\n'@SUM(A1),2\r\n'\tTab,4\r\na=b,5\r\n`);
  });

  it('writes the sample’s participants table', async () => {
    const bundle = await sampleBundle();
    const table = participantsTable(bundle, bundle.attributes.find((a) => a.name === 'Organisation category')!.id);
    expect(tableToCsv(table)).toBe(`${BOM}Organisation category,Number of participants\r\nLocal authority,3\r\nNHS,2\r\nCharity,1\r\n`
      + 'Dementia training,1\r\nNone (carer),4\r\nTotal,11\r\n');
  });
});

describe('gridToCsv', () => {
  it('writes blanks for null and guards text cells only', () => {
    expect(gridToCsv([['Source', null, 'Note'], ['FG 1', -2, '=1+1'], ['line\r\nbreak', 3, '']])).toBe(
      `${BOM}Source,,Note\r\nFG 1,-2,'=1+1\r\n"line\r\nbreak",3,\r\n`);
    expect(gridToCsv([])).toBe(BOM);
  });
});
