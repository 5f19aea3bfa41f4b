/**
 * Bad input (issue 3, "Bad input"): each file gets an ImportError naming the file and the
 * reason, and a wrong or missing extension is handled by looking at the content.
 */
import { describe, expect, it } from 'vitest';
import { ImportError, parseFile, type ParsedFile } from '../../../shared/import';
import { bytesOf, fixtureBytes, QUALCODER, randomBytes, TRANSCRIPTS } from './support/fixtures';
import { makeZip } from './support/zip';

async function failure(bytes: Uint8Array, name: string, options = {}): Promise<ImportError> {
  try {
    await parseFile(bytes, name, options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${name} imported`);
}

describe('files that cannot be imported', () => {
  it('an empty file, or one of blank space', async () => {
    expect((await failure(new Uint8Array(0), 'notes.txt')).message).toBe('notes.txt is empty');
    const blank = await failure(bytesOf(' \r\n\t\n'), 'C:\\data\\blank.txt');
    expect(blank).toMatchObject({ problem: 'empty', fileName: 'C:\\data\\blank.txt', message: 'blank.txt is empty (it holds only blank space)' });
  });

  it('random bytes', async () => {
    const error = await failure(randomBytes(10_000), 'data.bin');
    expect(error).toMatchObject({ problem: 'binary', message: 'data.bin: not a text file (it contains binary data)' });
  });

  it('random bytes named as a Word document', async () => {
    expect((await failure(randomBytes(10_000), 'interview.docx')).message).toBe('interview.docx: not a Word document (its content is neither that format nor text)');
  });

  it('a zip without word/document.xml named .docx', async () => {
    const zip = await makeZip({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<styles/>' });
    expect(await failure(zip, 'interview.docx')).toMatchObject({
      problem: 'not-format', message: 'interview.docx: not a Word document (the zip has no word/document.xml)',
    });
    expect((await failure(zip, 'archive.zip')).message).toMatch(/^archive\.zip: a zip archive, but not a Word, OpenDocument text or Excel file/);
  });

  it('a truncated docx', async () => {
    const whole = fixtureBytes(QUALCODER, 'ID1.docx');
    const error = await failure(whole.slice(0, Math.floor(whole.length / 2)), 'ID1.docx');
    expect(error).toMatchObject({ problem: 'damaged', message: 'ID1.docx: a damaged zip archive (it may be truncated or incomplete)' });
  });

  it('a docx whose document.xml is not well-formed', async () => {
    const zip = await makeZip({ 'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>cut' });
    expect((await failure(zip, 'broken.docx')).message).toMatch(/^broken\.docx: a damaged file \(word\/document\.xml is not well-formed XML/);
  });

  it('a docx with a DOCTYPE (entity expansion) is refused', async () => {
    const zip = await makeZip({ 'word/document.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="x"><w:body/></w:document>' });
    expect(await failure(zip, 'bomb.docx')).toMatchObject({ problem: 'refused' });
  });

  it('an old binary Word file', async () => {
    const ole = bytesOf(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(600));
    expect((await failure(ole, 'minutes.doc')).message).toBe('minutes.doc: a Word 97-2003 document (.doc), which Storyloom cannot read; save it as .docx in Word and import that');
  });

  it('an image', async () => {
    expect(await failure(bytesOf(0x89, 'PNG\r\n', 0x1a, '\n', ...randomBytes(100)), 'scan.png')).toMatchObject({ problem: 'binary' });
  });

  it('a PDF that is only a header', async () => {
    expect((await failure(bytesOf('%PDF-1.7\n%garbage\n'), 'broken.pdf')).message).toMatch(/^broken\.pdf: a damaged PDF/);
  });

  it('a file over 50 MB is refused at once, without being decoded', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1); // all zeros: decoding it would say "binary"
    const started = performance.now();
    const error = await failure(big, 'big.txt');
    expect(performance.now() - started).toBeLessThan(100);
    expect(error).toMatchObject({ problem: 'too-large', message: 'big.txt: too large to import (more than the 50 MB limit)' });
    expect((await failure(new Uint8Array(3 * 1024 * 1024), 'notes.txt', { maxBytes: 1024 * 1024 })).message).toBe('notes.txt: too large to import (3 MB, more than the 1 MB limit)');
    // Raising the limit lets it through to decoding, which then finds the zeros.
    expect(await failure(big, 'big.txt', { maxBytes: 60 * 1024 * 1024 })).toMatchObject({ problem: 'binary' });
  });
});

describe('wrong or missing extensions', () => {
  const documentOf = (parsed: ParsedFile) => {
    if (parsed.kind !== 'document') throw new Error('not a document');
    return parsed;
  };

  it('a .docx renamed .txt is read as Word, with a warning', async () => {
    const doc = documentOf(await parseFile(fixtureBytes(QUALCODER, 'ID1.docx'), 'interview.txt'));
    expect(doc.format).toBe('docx');
    expect(doc.turns).toHaveLength(3);
    expect(doc.warnings[0]).toBe('The file is named .txt but is a Word document; it was read as such.');
  });

  it('an .odt with no extension, and a .vtt named .txt, are read by content', async () => {
    expect(documentOf(await parseFile(fixtureBytes(QUALCODER, 'ID2.odt'), 'ID2')).format).toBe('odt');
    const vtt = documentOf(await parseFile(fixtureBytes(TRANSCRIPTS, 'turnchunk_zoom.vtt'), 'zoom.txt'));
    expect(vtt.format).toBe('vtt');
    expect(vtt.speakers).toHaveLength(2);
  });

  it('a text file named .docx is read as text', async () => {
    const doc = documentOf(await parseFile(bytesOf('Ann: Hi.\nBen: Hello.'), 'notes.docx'));
    expect(doc.format).toBe('txt');
    expect(doc.warnings[0]).toBe('The file is named .docx but is a text file; it was read as such.');
  });
});
