/**
 * Every fixture in ../shared/fixtures/qualcoder-examples imports: the [id1]-style transcript
 * with its speakers counted by hand, the .docx and .odt interviews paragraph by paragraph, the
 * two CSVs as tables (one of narratives, one of case attributes with no free text).
 */
import { describe, expect, it } from 'vitest';
import {
  ImportError, parseFile, parseTable, suggestColumns, tableToDocuments, type ParsedDocument,
} from '../../../shared/import';
import { fixtureBytes, fixtureText, QUALCODER } from './support/fixtures';

async function importDocument(name: string): Promise<ParsedDocument> {
  const parsed = await parseFile(fixtureBytes(QUALCODER, name), name);
  if (parsed.kind !== 'document') throw new Error(`${name} parsed as a table`);
  return parsed;
}

const speech = (doc: ParsedDocument) => doc.turns.map((t) => doc.text.slice(t.start, t.end));

describe('QualCoder transcript with [id1] labels (transcript.txt)', () => {
  it('finds id1 3 times, id2 twice, id3 twice; the text is the file, unaltered', async () => {
    const doc = await importDocument('transcript.txt');
    expect(doc.text).toBe(fixtureText(QUALCODER, 'transcript.txt'));
    expect(doc.speakers).toEqual([{ name: 'id1', turns: 3 }, { name: 'id2', turns: 2 }, { name: 'id3', turns: 2 }]);
    expect(doc.turns.map((t) => t.speaker)).toEqual(['id1', 'id2', 'id3', 'id1', 'id3', 'id1', 'id2']);
    expect(speech(doc)[4]).toBe("yes, I am learning a lot as well. It's a good course overall");
    expect(speech(doc)[6]).toBe('Hmm, I will ask the tutor for more help as I am really struggling.');
    expect(doc.text.slice(doc.turns[1]?.start ?? 0).startsWith('I am struggling')).toBe(true);
  });
});

describe('Word document (ID1.docx)', () => {
  it('has three paragraphs, one unattributed turn each, runs and the euro sign joined as written', async () => {
    const doc = await importDocument('ID1.docx');
    expect(doc.format).toBe('docx');
    expect(doc.speakers).toEqual([]);
    expect(doc.turns).toHaveLength(3);
    expect(speech(doc)[0]).toBe('I really like learning new things. I think this course is good for me as I have wanted to learn about world history for a while. The structured content, lecture slides and web links have been really good.');
    expect(speech(doc)[2]?.endsWith("I'm happy to pay €200.")).toBe(true);
    expect(doc.text.split('\n')).toHaveLength(3);
  });
});

describe('OpenDocument text (ID2.odt)', () => {
  it('has three paragraphs, spans joined under ODF white-space rules', async () => {
    const doc = await importDocument('ID2.odt');
    expect(doc.format).toBe('odt');
    expect(doc.speakers).toEqual([]);
    expect(speech(doc)).toEqual([
      'I have not studied much before, but my father Joe Bloggs really encouraged me to study again. I know that I must get help as I have struggled understanding the lecture slides so far and searching the web did not help.',
      'I really want someone to sit down with me and explain the course material.',
      'The course cost €200.00 and I do not want to waste my money.',
    ]);
  });
});

describe('plain-text codebook (plain_codes_categories_for_import.txt)', () => {
  it('imports as a text with no speakers, a turn per line (its `>>` paths are not labels)', async () => {
    const doc = await importDocument('plain_codes_categories_for_import.txt');
    expect(doc.speakers).toEqual([]);
    expect(speech(doc)).toEqual(['code1\tA memo for code 1', 'cat1>>code2', 'cat1>>code3', 'cat3>>cat2>>code4\tanother memo', 'cat3>>code5', 'code6']);
  });
});

describe('survey with open answers (survey456.csv)', () => {
  it('is a table whose freetext column becomes one narrative per row, with attributes', async () => {
    const table = await parseTable(fixtureBytes(QUALCODER, 'survey456.csv'), 'survey456.csv');
    expect(table.columns).toEqual(['Case', 'Age', 'Gender', 'Interest', 'freetext']);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1]).toEqual(['ID5', '', 'm', 'golf', 'I needed to upskill in some areas for my work. But work and family life have prevented me from having enough time.']);

    const columns = suggestColumns(table, 'survey456.csv');
    expect(columns).toEqual({ textColumn: 'freetext', titleColumn: 'Case', attributeColumns: ['Age', 'Gender', 'Interest'] });
    const { documents, warnings } = tableToDocuments(table, columns, 'survey456.csv');
    expect(warnings).toEqual([]);
    expect(documents.map((d) => [d.row, d.title, d.attributes])).toEqual([
      [2, 'ID4', { Age: '24', Gender: 'f', Interest: 'shopping' }],
      [3, 'ID5', { Age: '', Gender: 'm', Interest: 'golf' }],
      [4, 'ID6', { Age: '67', Gender: 'm', Interest: 'gardening' }],
    ]);
    const last = documents[2]?.document;
    expect(last?.text).toBe('I did not enrol in any studies, even though I am retired. Currently, I am mainly enjoying being away from work and doing my gardening. ');
    expect(last?.turns).toEqual([{ start: 0, end: (last?.text.length ?? 0) - 1, speaker: null, timestamp: null }]);
  });

  it('parses the same through parseFile', async () => {
    const parsed = await parseFile(fixtureBytes(QUALCODER, 'survey456.csv'), 'survey456.csv');
    expect(parsed.kind).toBe('table');
  });
});

describe('case attributes (cases123.csv)', () => {
  it('reads as a table, but has no free-text column to make narratives from', async () => {
    const table = await parseTable(fixtureBytes(QUALCODER, 'cases123.csv'), 'cases123.csv');
    expect(table.columns).toEqual(['case', 'Age', 'gender', 'interest']);
    expect(table.rows).toEqual([['ID1', '20', 'f', 'science'], ['ID2', '22', 'm', 'performing arts'], ['ID3', '45', 'f', 'politics']]);
    expect(() => suggestColumns(table, 'cases123.csv')).toThrow(ImportError);
    expect(() => tableToDocuments(table, {}, 'cases123.csv')).toThrow(/^cases123\.csv: no column looks like free text/);
  });
});
