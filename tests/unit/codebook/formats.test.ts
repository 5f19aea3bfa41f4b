/** Reading codebooks: REFI-QDA .qdc, CSV with or without a header, QualCoder's plain-text list. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodebookError, parseCodebook, type ParsedCodebook } from '../../../shared/codebook';
import { tableToCsv } from '../../../shared/export/csv';
import { codebook, codebookTable } from '../../../shared/report/codebook';
import { writeQdc } from '../../../shared/qdpx/writeQdc';
import { sampleBundle } from '../../support/sample';

const QUALCODER = path.resolve(__dirname, '../../../../shared/fixtures/qualcoder-examples/plain_codes_categories_for_import.txt');
const bytes = (text: string) => new TextEncoder().encode(text);
const G = (n: number) => `AAAAAAAA-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** [path joined " > ", definition, colour] of each entry. */
const summary = (parsed: ParsedCodebook) => parsed.entries.map((e) => [e.path.join(' > '), e.definition, e.color]);

function failure(input: Uint8Array, fileName: string): CodebookError {
  try {
    parseCodebook(input, fileName);
  } catch (error) {
    if (error instanceof CodebookError) return error;
    throw error;
  }
  throw new Error(`expected "${fileName}" to be refused`);
}

describe('QualCoder\'s plain-text code list', () => {
  it('reads the fixture: ">>" paths, tab-separated memos as definitions', () => {
    const parsed = parseCodebook(new Uint8Array(readFileSync(QUALCODER)), 'plain_codes_categories_for_import.txt');
    expect(parsed.format).toBe('qualcoder');
    expect(summary(parsed)).toEqual([
      ['code1', 'A memo for code 1', null], ['cat1 > code2', '', null], ['cat1 > code3', '', null],
      ['cat3 > cat2 > code4', 'another memo', null], ['cat3 > code5', '', null], ['code6', '', null],
    ]);
    expect(parsed.entries.map((e) => e.where)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.reading).toMatch(/^Read as QualCoder's plain-text code list/);
  });

  it('reads ">>>" sub-codes, memos after two spaces, quoted memos, a BOM and CRLF; reports empty names', () => {
    const text = '\uFEFFTheme>>>Sub code  "A quoted memo"\r\n\r\nTheme >> Other\tplain memo\r\nBroken>>>>>\r\nCode seven  memo after two spaces\r\n';
    const parsed = parseCodebook(bytes(text), 'codes.txt');
    expect(summary(parsed)).toEqual([
      ['Theme > Sub code', 'A quoted memo', null], ['Theme > Other', 'plain memo', null], ['Code seven', 'memo after two spaces', null],
    ]);
    expect(parsed.problems).toEqual(['Line 4 ("Broken>>>>>") has an empty name in its path; it was left out.']);
  });
});

describe('REFI-QDA codebooks (.qdc)', () => {
  const qdc = (codes: string, extra = '') => `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14"><Codes>${codes}</Codes>${extra}</CodeBook>`;

  it('reads nested codes with colours, descriptions and GUIDs', () => {
    const parsed = parseCodebook(bytes(qdc(`
      <Code guid="{${G(1)}}" name="Caring load" isCodable="true" color="#A31"><Description>The weight of caring.</Description>
        <Code guid="${G(2)}" name="Exhaustion" isCodable="true" color="#BB4422"><Code guid="${G(3)}" name="Sleep" isCodable="false"/></Code>
      </Code>
      <Code guid="${G(4)}" name="Services" isCodable="true"/>`)), 'book.qdc');
    expect(parsed.format).toBe('qdc');
    expect(summary(parsed)).toEqual([
      ['Caring load', 'The weight of caring.', '#aa3311'], ['Caring load > Exhaustion', '', '#bb4422'],
      ['Caring load > Exhaustion > Sleep', '', null], ['Services', '', null],
    ]);
    expect(parsed.entries.map((e) => e.guid)).toEqual([1, 2, 3, 4].map((n) => G(n).toLowerCase()));
    expect(parsed.reading).toBe('Read as a REFI-QDA codebook written by NVivo 14: 4 codes.');
    expect(parsed.problems).toEqual([]);
  });

  it('reports what does not fit the schema and still takes every code it can place', () => {
    const parsed = parseCodebook(bytes(qdc(`
      <Code guid="not-a-guid" name="A" isCodable="true" color="red"><Code guid="${G(2)}" name="" isCodable="true"><Code guid="${G(3)}" name="Lost" isCodable="true"/></Code></Code>
      <Code name="B" isCodable="true"><Extra/></Code><Code guid="${G(5)}" name="C" isCodable="true"/><Code guid="${G(5)}" name="D" isCodable="true"/>`,
    `<Sets><Set guid="${G(9)}" name="S"><MemberCode guid="${G(5)}"/></Set></Sets>`)), 'odd.qdc');
    expect(summary(parsed).map((s) => s[0])).toEqual(['A', 'B', 'C', 'D']);
    expect(parsed.entries.map((e) => e.guid)).toEqual([null, null, G(5).toLowerCase(), null]);
    expect(parsed.problems).toEqual([
      '1 code has no name; it was left out, with any codes beneath.',
      'Code "A" has an invalid guid "not-a-guid"; it was given a new one.',
      'Code "A" has a colour Storyloom cannot read ("red"); it gets one of Storyloom\'s.',
      'Code "B" has no guid; it was given a new one.',
      'Code "D" has the same guid as an earlier code; it was given a new one.',
      '1 unexpected element inside codes was ignored.',
      '1 set was not imported: Storyloom has no sets (the codes in it came in).',
    ]);
  });

  it('reads what Storyloom\'s own .qdc writer writes', async () => {
    const { codes } = await sampleBundle();
    const parsed = parseCodebook(bytes(writeQdc(codes)), 'sample.qdc');
    expect(parsed.entries).toHaveLength(codes.length);
    expect(new Set(parsed.entries.map((e) => e.guid))).toEqual(new Set(codes.map((c) => c.id)));
    const byId = new Map(codes.map((c) => [c.id as string, c]));
    for (const entry of parsed.entries) {
      const code = byId.get(entry.guid ?? '')!;
      expect([entry.path.at(-1), entry.definition, entry.color]).toEqual([code.name, code.definition, code.color]);
    }
  });

  it('refuses a file that is not a codebook, naming it and saying why', () => {
    expect(failure(bytes('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes></CodeBook>'), 'bad.qdc').message)
      .toMatch(/^"bad\.qdc" is not a codebook Storyloom can read: it is not valid XML \(line 1: .+\)\.$/);
    expect(failure(bytes('<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>'), 'p.qdc').message)
      .toBe('"p.qdc" is not a codebook Storyloom can read: its root element is <Project>, not a REFI-QDA <CodeBook> (it is a REFI-QDA project: open it with "Open project file…").');
    expect(failure(bytes(qdc('')), 'empty.qdc').message).toBe('"empty.qdc" is not a codebook Storyloom can read: it holds no codes (no <Codes> with a <Code> in it).');
    expect(failure(bytes('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="" guid="x" isCodable="true"/></Codes></CodeBook>'), 'nameless.qdc').message)
      .toBe('"nameless.qdc" is not a codebook Storyloom can read: none of its codes could be read (1 code has no name; it was left out, with any codes beneath).');
  });

  it('refuses a DTD or entity expansion ("billion laughs") before reading anything', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
      + '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="&lol2;" isCodable="true"/></Codes></CodeBook>';
    expect(failure(bytes(laughs), 'laughs.qdc').message)
      .toBe('"laughs.qdc" was refused: it declares a DOCTYPE, which codebooks never need and Storyloom refuses for safety.');
  });
});

describe('CSV codebooks', () => {
  it('reads Storyloom\'s own codebook export: "Code" holds the path, the count columns are not used', async () => {
    const bundle = await sampleBundle();
    const csv = tableToCsv(codebookTable(codebook(bundle)));
    const parsed = parseCodebook(bytes(csv), 'Codebook.csv');
    expect(parsed.format).toBe('csv');
    expect(parsed.reading).toBe('Read as CSV with a header row. Columns used: "Code" as the code path (names joined by " > "), "Definition" as the definition. '
      + 'Not used: "Codings", "Sources", "Participants", "Exemplar".');
    expect(parsed.entries).toHaveLength(bundle.codes.length);
    const carers = parsed.entries.find((e) => e.path.join(' > ') === 'Toughest challenges for integrating carer support services > Carers > Information sharing');
    expect(carers?.definition).toMatch(/^Information not passed between services/);
    expect(parsed.problems).toEqual([]);
  });

  it('builds paths from a name and a parent column (parent by name or by path, in any row order)', () => {
    const csv = [
      'Name;Parent;Description;Colour;Memo count',
      'Sleep;Exhaustion;Nights;#c53;2',
      'Exhaustion;Caring load;;ff8800;1',
      'Caring load;;The weight of caring.;;0',
      'Respite;Services > Gaps;;;0',
      'Services;;;not a colour;0',
    ].join('\n');
    const parsed = parseCodebook(bytes(csv), 'codes.csv');
    expect(summary(parsed)).toEqual([
      ['Caring load > Exhaustion > Sleep', 'Nights', '#cc5533'], ['Caring load > Exhaustion', '', '#ff8800'],
      ['Caring load', 'The weight of caring.', null], ['Services > Gaps > Respite', '', null], ['Services', '', null],
    ]);
    expect(parsed.reading).toBe('Read as CSV with a header row. Columns used: "Name" as the code name, "Parent" as the parent, '
      + '"Description" as the definition, "Colour" as the colour. Not used: "Memo count".');
    expect(parsed.problems).toEqual(['The colour "not a colour" (row 6) is not one Storyloom can read; "Services" gets one of Storyloom\'s.']);
  });

  it('reads a QualCoder CSV list without a header: column 1 the path, column 2 the definition', () => {
    const parsed = parseCodebook(bytes('cat1>>code2,"a memo, with a comma"\ncode1,\n'), 'qualcoder.csv');
    expect(summary(parsed)).toEqual([['cat1 > code2', 'a memo, with a comma', null], ['code1', '', null]]);
    expect(parsed.reading).toBe('Read as CSV without a header row: column 1 as the code path (names joined by ">>"), column 2 as the definition.');
  });

  it('drops a tool\'s root folder, takes a path column with "\\\\" or "/", and strips a spreadsheet-safe apostrophe', () => {
    const csv = 'Path,Definition,GUID\n"Nodes\\Theme\\Sub","\'-not a formula",{' + G(7) + '}\nNodes\\Theme,,\n';
    const parsed = parseCodebook(bytes(csv), 'nvivo.csv');
    expect(summary(parsed)).toEqual([['Theme > Sub', '-not a formula', null], ['Theme', '', null]]);
    expect(parsed.entries[0]!.guid).toBe(G(7).toLowerCase());
    expect(parsed.reading).toMatch(/The "Nodes" folder every path starts with is the tool's root, not a code, and was dropped\.$/);
    const slashed = parseCodebook(bytes('Code path\tColour\nA/B\t#123456\n'), 'slash.tsv');
    expect(summary(slashed)).toEqual([['A > B', '', '#123456']]);
  });

  it('reports rows without a name, parents named twice, and parents in a circle', () => {
    const csv = 'Code,Parent\nA,\nB,A\nA,\n,\n;x\nC,D\nD,C\n';
    const parsed = parseCodebook(bytes(csv.replace(';x', ',x')), 'odd.csv');
    expect(summary(parsed).map((s) => s[0])).toEqual(['A', 'A > B', 'A', 'D > C', 'D']);
    expect(parsed.problems).toContain('The row 6 has no code name; it was left out.');
    expect(parsed.problems).toContain('More than one row is named "A"; codes under it were put under the first (row 2).');
    expect(parsed.problems.some((p) => p.includes('go round in a circle'))).toBe(true);
  });

  it('reads a .txt with a CSV header as CSV', () => {
    const parsed = parseCodebook(bytes('Code\tDefinition\nA\tFirst\n'), 'codes.txt');
    expect(parsed.format).toBe('csv');
    expect(summary(parsed)).toEqual([['A', 'First', null]]);
  });
});

describe('files that are not codebooks', () => {
  it('empty, blank or binary files are refused with the reason', () => {
    expect(failure(new Uint8Array(0), 'x.csv').message).toBe('"x.csv" is not a codebook Storyloom can read: it is empty.');
    expect(failure(bytes('  \n '), 'x.txt').message).toBe('"x.txt" is not a codebook Storyloom can read: it holds only blank space.');
    expect(failure(new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 7, 0]), 'x.csv').message).toMatch(/^"x\.csv" is not a codebook Storyloom can read: not a text file/);
  });
});
