/**
 * Hand-made inputs for what the fixtures do not show: WebVTT and SRT details, Word runs,
 * breaks, revisions and tables, ODF white space and notes.
 */
import { describe, expect, it } from 'vitest';
import { parseFile, type ParsedDocument } from '../../../shared/import';
import { bytesOf } from './support/fixtures';
import { makeDocx, makeZip, run } from './support/zip';

async function documentOf(bytes: Uint8Array, name: string): Promise<ParsedDocument> {
  const parsed = await parseFile(bytes, name);
  if (parsed.kind !== 'document') throw new Error(`${name} parsed as a table`);
  return parsed;
}

const speech = (doc: ParsedDocument) => doc.turns.map((t) => doc.text.slice(t.start, t.end));

describe('WebVTT details', () => {
  it('skips NOTE and STYLE blocks, reads voice classes, drops tags and decodes entities', async () => {
    const vtt = [
      'WEBVTT - a meeting', 'Kind: captions', '', 'NOTE recorded on Teams', 'across two lines', '', 'STYLE', '::cue { color: red }', '',
      'a1b2-3', '00:00:01.000 --> 00:00:02.000 align:start', '<v.loud Ann Lee><i>Hello</i> &amp; welcome,</v>', '',
      '00:00:02.000 --> 00:00:03.000', '<v Ann Lee>it&#39;s <c.yellow>good</c> to <00:00:02.500>see you.', '',
      '00:00:03.000 --> 00:00:04.000', '<v Bo>Thanks</v>',
    ].join('\r\n');
    const doc = await documentOf(bytesOf(vtt), 'meeting.vtt');
    expect(doc.speakers).toEqual([{ name: 'Ann Lee', turns: 1 }, { name: 'Bo', turns: 1 }]);
    expect(speech(doc)).toEqual(["Hello & welcome, it's good to see you.", 'Thanks']);
    expect(doc.text).toBe("Ann Lee: Hello & welcome, it's good to see you.\nBo: Thanks");
  });

  it('joins a cue\'s display lines, and splits a cue where a second voice starts', async () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ann>So what\ndid they say?\n<v Bo>Nothing.\n';
    const doc = await documentOf(bytesOf(vtt), 'x.vtt');
    expect(speech(doc)).toEqual(['So what did they say?', 'Nothing.']);
    expect(doc.turns.map((t) => t.timestamp)).toEqual(['00:01.000', '00:01.000']);
  });

  it('in a long caption file, a one-off `Word:` stays in the speech', async () => {
    const cues = Array.from({ length: 45 }, (_, i) => `00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i + 1).padStart(2, '0')}.000\nLine ${i}.`);
    cues[10] = '00:00:10.000 --> 00:00:11.000\nRemember:  this matters.';
    const doc = await documentOf(bytesOf(`WEBVTT\n\n${cues.join('\n\n')}`), 'lecture.vtt');
    expect(doc.speakers).toEqual([]);
    expect(doc.turns).toHaveLength(45);
    expect(speech(doc)[10]).toBe('Remember:  this matters.');
  });

  it('with detection off, writes every cue as an unattributed paragraph, voice names kept in the text', async () => {
    const parsed = await parseFile(bytesOf('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.\n\n00:02.000 --> 00:03.000\n<v Ann>Again.'), 'x.vtt', { detectSpeakers: false });
    expect(parsed.kind === 'document' && speech(parsed)).toEqual(['Ann: Hi.', 'Ann: Again.']);
  });
});

describe('SRT details', () => {
  it('drops markup and positioning codes and reads `Name:` speakers', async () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,000\r\n{\\an8}<i>Ann:</i> Where were you?\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,500\r\n<font color="#fff">Bo: At the GP.</font>\r\n\r\n3\r\n00:00:03,500 --> 00:00:05,000\r\nAnn: Again?\r\n';
    const doc = await documentOf(bytesOf(srt), 'clip.srt');
    expect(doc.speakers).toEqual([{ name: 'Ann', turns: 2 }, { name: 'Bo', turns: 1 }]);
    expect(speech(doc)).toEqual(['Where were you?', 'At the GP.', 'Again?']);
  });
});

describe('Word details', () => {
  it('keeps tabs and line breaks, skips deleted revisions and field codes, reads inserted text and tables', async () => {
    const docx = await makeDocx([
      `${run('Interviewer:')}<w:r><w:tab/><w:t>How was it?</w:t></w:r>`,
      `${run('P1: It was ')}<w:del><w:r><w:delText>fine</w:delText></w:r></w:del><w:ins><w:r><w:t>hard</w:t></w:r></w:ins>${run('.')}<w:r><w:br/><w:t>Really hard.</w:t></w:r>`,
      `${run('Interviewer: See ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('the leaflet')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('.')}`,
    ]);
    const doc = await documentOf(docx, 'fg.docx');
    expect(doc.text).toBe('Interviewer:\tHow was it?\nP1: It was hard.\nReally hard.\nInterviewer: See the leaflet.');
    expect(doc.speakers).toEqual([{ name: 'Interviewer', turns: 2 }, { name: 'P1', turns: 1 }]);
    expect(speech(doc)[1]).toBe('It was hard.\nReally hard.');
  });

  it('writes a table row as one line, cells separated by tabs', async () => {
    const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
    const zip = await makeZip({
      'word/document.xml': `<w:document xmlns:w="x"><w:body><w:tbl><w:tr>${cell('Name')}${cell('Story')}</w:tr><w:tr>${cell('Ann')}${cell('We waited.')}</w:tr></w:tbl></w:body></w:document>`,
    });
    expect((await documentOf(zip, 't.docx')).text).toBe('Name\tStory\nAnn\tWe waited.');
  });

  it('refuses a document with no text', async () => {
    await expect(parseFile(await makeDocx(['', run('  ')]), 'blank.docx')).rejects.toThrow('blank.docx is empty (the document has no text)');
  });

  it('says a password-protected .docx is encrypted (Office wraps those in an OLE file)', async () => {
    const ole = bytesOf(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 'EncryptedPackage');
    await expect(parseFile(ole, 'locked.docx')).rejects.toMatchObject({ problem: 'encrypted' });
  });
});

describe('OpenDocument details', () => {
  it('collapses XML white space but keeps text:s, text:tab and text:line-break; skips notes', async () => {
    const content = '<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>' +
      '<text:h>  Focus   group\n 1 </text:h>' +
      '<text:p>Facilitator:<text:tab/>Hello<text:s text:c="2"/>all<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note>.<text:line-break/>Welcome.</text:p>' +
      '<text:list><text:list-item><text:p>P1: <text:span>Thanks</text:span> <text:span>for</text:span> asking.</text:p></text:list-item></text:list>' +
      '</office:text></office:body></office:document-content>';
    const zip = await makeZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': content });
    const doc = await documentOf(zip, 'fg.odt');
    expect(doc.text).toBe('Focus group 1 \nFacilitator:\tHello  all.\nWelcome.\nP1: Thanks for asking.');
    expect(doc.turns.map((t) => t.speaker)).toEqual([null, 'Facilitator', 'P1']);
  });
});
