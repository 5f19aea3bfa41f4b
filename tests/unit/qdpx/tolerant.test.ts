/**
 * Opening REFI-QDA files as other tools write them: each tolerance with a small hand-made file.
 * Every file here is one a real tool could produce; the import takes what it can, and its report
 * says what came in, what was left out or missing and why, and how positions were counted.
 */
import { describe, expect, it } from 'vitest';
import type { ProjectBundle } from '../../../shared/model';
import {
  importReportLines, ProjectFileError, readQdpx, readQdpxWithNotices, type QdpxReadResult,
} from '../../../shared/qdpx';
import { docxOf, G, g, qde, zipOf } from './handMade';

type Convention = 'code-points' | 'utf16' | 'utf8' | 'crlf-one';

/** [start, end] of `phrase` in `raw`, counted the way a tool with that convention counts. */
function positions(raw: string, phrase: string, convention: Convention = 'code-points'): [number, number] {
  const text = convention === 'crlf-one' ? raw.replace(/\r\n/g, '\n') : raw;
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const count = (s: string) => (convention === 'utf16' ? s.length : convention === 'utf8' ? new TextEncoder().encode(s).length : Array.from(s).length);
  return [count(text.slice(0, at)), count(text.slice(0, at + phrase.length))];
}

function selection(n: number, raw: string, phrase: string, codeGuid: string, convention: Convention = 'code-points', extra = ''): string {
  const [start, end] = positions(raw, phrase, convention);
  return `<PlainTextSelection guid="${G(n)}" startPosition="${start}" endPosition="${end}">`
    + `<Coding guid="${G(n + 1)}"><CodeRef targetGUID="${codeGuid}"/></Coding>${extra}</PlainTextSelection>`;
}

const CODEBOOK = `<CodeBook><Codes><Code guid="${G(1)}" name="Tiredness" isCodable="true"/></Codes></CodeBook>`;

/** The words each coding covers, in bundle order. */
function codedWords(bundle: ProjectBundle): string[] {
  const texts = new Map(bundle.sources.map((s) => [s.source.id as string, s.text.text]));
  return bundle.codings.map((c) => texts.get(c.sourceId)!.slice(c.start, c.end));
}

async function open(entries: Record<string, string | Uint8Array>, options = {}): Promise<QdpxReadResult> {
  return readQdpxWithNotices(await zipOf(entries), 'other tool.qdpx', { now: '2026-05-01T00:00:00.000Z', ...options });
}

describe('where source texts are', () => {
  it('reads Sources/ or sources/, a plainTextPath with or without internal://, in any case', async () => {
    const a = 'I am so tired.';
    const b = 'Nobody asked me.';
    const c = 'Tired again today.';
    const result = await open({
      'project.qde': qde(`${CODEBOOK}<Sources>
        <TextSource guid="${G(10)}" name="A" plainTextPath="internal://a.txt">${selection(11, a, 'tired', G(1))}</TextSource>
        <TextSource guid="${G(20)}" name="B" plainTextPath="b.txt">${selection(21, b, 'Nobody', G(1))}</TextSource>
        <TextSource guid="${G(30)}" name="C" plainTextPath="internal://Sources/C.TXT">${selection(31, c, 'Tired', G(1))}</TextSource>
      </Sources>`),
      'Sources/a.txt': a, 'sources/b.txt': b, 'sources/c.txt': c,
    });
    expect(result.bundle.sources.map((s) => s.text.text)).toEqual([a, b, c]);
    expect(codedWords(result.bundle)).toEqual(['tired', 'Nobody', 'Tired']);
    expect(result.notices).toEqual([]);
  });

  it('reads a BOM and CRLF text: the canonical text has neither, positions counted in the text as written', async () => {
    const raw = 'First line\r\nSecond line: the target words\r\n';
    const result = await open({
      'project.qde': qde(`${CODEBOOK}<Sources><TextSource guid="${G(10)}" name="A" plainTextPath="internal://a.txt">${selection(11, raw, 'target words', G(1))}</TextSource></Sources>`),
      'sources/a.txt': `\uFEFF${raw}`,
    });
    expect(result.bundle.sources[0]!.text.text).toBe('First line\nSecond line: the target words\n');
    expect(codedWords(result.bundle)).toEqual(['target words']);
    expect(result.report.offsets[0]).toMatchObject({ unit: 'code-points', lineBreaks: 'crlf-two', basis: 'detected', edges: 2, cleanEdges: 2 });
  });

  it('lists a relative:// source as missing, naming the file under basePath and why, and imports the rest', async () => {
    const raw = 'Here, in the project.';
    const body = `${CODEBOOK}<Sources>
      <TextSource guid="${G(10)}" name="Far away" plainTextPath="relative://interviews/far.txt">${selection(11, 'Far text', 'Far', G(1))}</TextSource>
      <TextSource guid="${G(20)}" name="Here" plainTextPath="internal://here.txt">${selection(21, raw, 'Here', G(1))}</TextSource>
    </Sources>`;
    const result = await open({ 'project.qde': qde(body, 'basePath="C:\\Projects\\Study"'), 'sources/here.txt': raw });
    expect(result.bundle.sources.map((s) => s.source.title)).toEqual(['Here']);
    expect(codedWords(result.bundle)).toEqual(['Here']);
    expect(result.report.missing).toEqual([{
      what: 'source "Far away"',
      why: 'relative://interviews/far.txt is a file outside the project file (C:\\Projects\\Study\\interviews\\far.txt), which cannot be read here; '
        + 'export the project from its tool with the sources embedded; the source was left out with its 1 coding',
    }]);
    expect(result.notices).toHaveLength(1);

    // Where the caller can read files (the command line), the source comes in.
    const asked: string[] = [];
    const withReader = await open({ 'project.qde': qde(body, 'basePath="/data/study/"'), 'sources/here.txt': raw }, {
      readExternalFile: async (path: string) => {
        asked.push(path);
        return new TextEncoder().encode('Far text');
      },
    });
    expect(asked).toEqual(['/data/study/interviews/far.txt']);
    expect(codedWords(withReader.bundle)).toEqual(['Far', 'Here']);
    expect(withReader.report.missing).toEqual([]);
  });

  it('extracts the text of a rich-text-only source from its Word document', async () => {
    const docx = await docxOf(['Caring is relentless.', 'Some nights I do not sleep at all.']);
    const text = 'Caring is relentless.\nSome nights I do not sleep at all.';
    const result = await open({
      'project.qde': qde(`${CODEBOOK}<Sources><TextSource guid="${G(10)}" name="Letter" richTextPath="internal://letter.docx">${selection(11, text, 'do not sleep', G(1))}</TextSource></Sources>`),
      'sources/letter.docx': docx,
    });
    expect(result.bundle.sources[0]!.text.text).toBe(text);
    expect(codedWords(result.bundle)).toEqual(['do not sleep']);
    expect(result.notices).toEqual([
      'Source "Letter": it had no plain text, so its text was taken from sources/letter.docx; selections may sit a little off if the other tool extracted the text differently.',
    ]);
  });

  it('imports the rest when a text file is empty or missing, and lists what was missing', async () => {
    const raw = 'Present and correct.';
    const result = await open({
      'project.qde': qde(`${CODEBOOK}<Sources>
        <TextSource guid="${G(10)}" name="Empty" plainTextPath="internal://empty.txt"/>
        <TextSource guid="${G(20)}" name="Gone" plainTextPath="internal://gone.txt">${selection(21, 'xx', 'xx', G(1))}${selection(23, 'xx', 'xx', G(1))}<NoteRef targetGUID="${G(40)}"/></TextSource>
        <TextSource guid="${G(30)}" name="Fine" plainTextPath="internal://fine.txt">${selection(31, raw, 'correct', G(1))}</TextSource>
      </Sources>
      <Notes>
        <Note guid="${G(40)}" name="On the lost source"><PlainTextContent>Kept anyway.</PlainTextContent></Note>
        <Note guid="${G(41)}" name="Lost note" plainTextPath="internal://lost-note.txt"/>
      </Notes>`),
      'sources/empty.txt': '', 'sources/fine.txt': raw,
    });
    const { bundle, report } = result;
    expect(bundle.sources.map((s) => [s.source.title, s.text.text])).toEqual([['Empty', ''], ['Fine', raw]]);
    expect(codedWords(bundle)).toEqual(['correct']);
    expect(report.missing).toEqual([
      { what: 'source "Empty"', why: 'its text (sources/empty.txt) is empty; it came in as an empty source' },
      { what: 'source "Gone"', why: 'its text file sources/gone.txt is not in the project file; the source was left out with its 2 codings' },
      { what: 'note "Lost note"', why: 'its text file sources/lost-note.txt is not in the project file; it came in as a memo without its text' },
    ]);
    expect(bundle.memos.map((m) => [m.title, m.anchor, m.plainText])).toEqual([
      ['On the lost source', { type: 'project' }, 'Kept anyway.'], ['Lost note', { type: 'project' }, ''],
    ]);
    expect(report.changed).toContainEqual({
      what: 'note "On the lost source"', why: 'it was on a source that did not come in, so it is now on the project',
    });
  });

  it('reads a text that is not UTF-8 as Windows-1252, and says so', async () => {
    const result = await open({
      'project.qde': qde(`<Sources><TextSource guid="${G(10)}" name="Old" plainTextPath="internal://old.txt"/></Sources>`),
      'sources/old.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]),
    });
    expect(result.bundle.sources[0]!.text.text).toBe('Café “ok”');
    expect(result.notices).toEqual([expect.stringMatching(/^Source "Old": sources\/old\.txt is not UTF-8 text; it was read as Windows-1252/)]);
  });

  it('reads a PDF source\'s plain-text representation as a text source', async () => {
    const raw = 'Scanned letter about respite care.';
    const result = await open({
      'project.qde': qde(`${CODEBOOK}<Sources><PDFSource guid="${G(10)}" name="Letter (PDF)" path="internal://letter.pdf">
        <PDFSelection guid="${G(15)}" page="0" firstX="1" firstY="1" secondX="2" secondY="2"/>
        <Representation guid="${G(11)}" plainTextPath="internal://letter.txt">${selection(12, raw, 'respite care', G(1))}</Representation>
      </PDFSource></Sources>`),
      'sources/letter.txt': raw,
    });
    expect(result.bundle.sources.map((s) => [s.source.id, s.source.title])).toEqual([[g(10), 'Letter (PDF)']]);
    expect(codedWords(result.bundle)).toEqual(['respite care']);
    expect(result.report.leftOut).toEqual([{ what: '1 PDF region coding', why: 'they mark areas of a PDF page; the text representation\'s codings came in' }]);
  });
});

describe('identities and structure', () => {
  it('joins GUIDs written with or without braces, in any case', async () => {
    const raw = 'Words to code.';
    const upper = (n: number) => G(n).slice(1, -1);
    const result = await open({
      'project.qde': qde(`<Users><User guid="${upper(90)}" name="Ann"/></Users>
        <CodeBook><Codes><Code guid="${G(1)}" name="Parent" isCodable="true"><NoteRef targetGUID="${g(40)}"/>
          <Code guid="${g(2)}" name="Child" isCodable="true"/></Code></Codes></CodeBook>
        <Sources><TextSource guid="${g(10)}" name="A" plainTextPath="internal://${G(10)}.txt">
          <PlainTextSelection guid="${G(11)}" startPosition="0" endPosition="5" creatingUser="${G(90)}">
            <Coding guid="${upper(12)}" creatingUser="${g(90)}"><CodeRef targetGUID="${upper(2)}"/></Coding>
          </PlainTextSelection></TextSource></Sources>
        <Notes><Note guid="${upper(40)}" name="N"><PlainTextContent>On the parent.</PlainTextContent></Note></Notes>`),
      [`sources/${g(10)}.txt`]: raw,
    });
    const { bundle } = result;
    expect(bundle.codes.map((c) => [c.id, c.parentId])).toEqual([[g(1), null], [g(2), g(1)]]);
    expect(bundle.codings).toMatchObject([{ id: g(12), codeId: g(2), coderId: g(90), sourceId: g(10) }]);
    expect(bundle.memos).toMatchObject([{ id: g(40), anchor: { type: 'code', id: g(1) } }]);
    // The note names nobody: it is credited to an "Unknown coder", as codings that name nobody are.
    expect(bundle.coders.map((c) => c.name)).toEqual(['Ann', 'Unknown coder']);
    expect(bundle.coders[0]!.id).toBe(g(90));
  });

  it('keeps nested codes with their colours and descriptions, in code-book order', async () => {
    const result = await open({
      'project.qde': qde(`<CodeBook><Codes>
        <Code guid="${G(1)}" name="Caring load" isCodable="true" color="#A31"><Description>The weight of caring.</Description>
          <Code guid="${G(2)}" name="Exhaustion" isCodable="true" color="#BB4422">
            <Code guid="${G(3)}" name="Sleep" isCodable="true"><Description>Nights.</Description></Code>
          </Code>
          <Code guid="${G(4)}" name="Love" isCodable="false"/>
        </Code>
        <Code guid="${G(5)}" name="Services" isCodable="true" color="not a colour"/>
      </Codes></CodeBook>`),
    });
    expect(result.bundle.codes.map((c) => [c.name, c.parentId, c.order, c.definition])).toEqual([
      ['Caring load', null, 0, 'The weight of caring.'], ['Exhaustion', g(1), 0, ''], ['Sleep', g(2), 0, 'Nights.'],
      ['Love', g(1), 1, ''], ['Services', null, 1, ''],
    ]);
    const colours = result.bundle.codes.map((c) => c.color);
    expect(colours.slice(0, 2)).toEqual(['#aa3311', '#bb4422']);
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });

  it('makes Notes memos anchored where their NoteRefs point', async () => {
    const raw = 'One two three four.';
    const notes = [40, 41, 42, 43, 44, 45, 46].map((n) => `<Note guid="${G(n)}" name="Note ${n}"><PlainTextContent>Text ${n}</PlainTextContent></Note>`).join('');
    const result = await open({
      'project.qde': qde(`<CodeBook><Codes><Code guid="${G(1)}" name="C" isCodable="true"><NoteRef targetGUID="${G(41)}"/></Code></Codes></CodeBook>
        <Sources><TextSource guid="${G(10)}" name="S" plainTextPath="internal://s.txt">
          <PlainTextSelection guid="${G(11)}" startPosition="0" endPosition="3"><Coding guid="${G(12)}"><CodeRef targetGUID="${G(1)}"/><NoteRef targetGUID="${G(43)}"/></Coding><NoteRef targetGUID="${G(44)}"/></PlainTextSelection>
          <PlainTextSelection guid="${G(13)}" startPosition="4" endPosition="7"><NoteRef targetGUID="${G(45)}"/></PlainTextSelection>
          <NoteRef targetGUID="${G(42)}"/>
        </TextSource></Sources>
        <Notes>${notes}</Notes><NoteRef targetGUID="${G(40)}"/>`),
      'sources/s.txt': raw,
    });
    expect(result.bundle.memos.map((m) => [m.title, m.anchor, m.plainText])).toEqual([
      ['Note 40', { type: 'project' }, 'Text 40'],
      ['Note 41', { type: 'code', id: g(1) }, 'Text 41'],
      ['Note 42', { type: 'source', id: g(10) }, 'Text 42'],
      ['Note 43', { type: 'coding', id: g(12) }, 'Text 43'],
      ['Note 44', { type: 'coding', id: g(12) }, 'Text 44'],
      ['Note 45', { type: 'source', id: g(10) }, 'Text 45'],
      ['Note 46', { type: 'project' }, 'Text 46'],
    ]);
  });

  it('makes Cases participants and Variables attributes; a source linked to one case is that participant\'s text', async () => {
    const raw = 'My own story.\nSecond paragraph.';
    const result = await open({
      'project.qde': qde(`<Variables>
          <Variable guid="${G(60)}" name="Group" typeOfVariable="Text"/><Variable guid="${G(61)}" name="Age" typeOfVariable="Integer"/>
          <Variable guid="${G(62)}" name="Hours" typeOfVariable="Float"/><Variable guid="${G(63)}" name="Employed" typeOfVariable="Boolean"/>
          <Variable guid="${G(64)}" name="Joined" typeOfVariable="Date"/>
        </Variables>
        <Cases>
          <Case guid="${G(70)}" name="Carer 1"><Description>Cares for her mother.</Description>
            <VariableValue><VariableRef targetGUID="${G(60)}"/><TextValue>Carer</TextValue></VariableValue>
            <VariableValue><VariableRef targetGUID="${G(61)}"/><IntegerValue>54</IntegerValue></VariableValue>
            <VariableValue><VariableRef targetGUID="${G(62)}"/><FloatValue>37.5</FloatValue></VariableValue>
            <VariableValue><VariableRef targetGUID="${G(63)}"/><BooleanValue>false</BooleanValue></VariableValue>
            <VariableValue><VariableRef targetGUID="${G(64)}"/><DateValue>2015-11-11</DateValue></VariableValue>
            <SourceRef targetGUID="${G(10)}"/>
          </Case>
          <Case guid="${G(71)}" name="Nurse"><VariableValue><VariableRef targetGUID="${G(60)}"/><TextValue>HSC professional</TextValue></VariableValue></Case>
        </Cases>
        <Sources><TextSource guid="${G(10)}" name="Story" plainTextPath="internal://story.txt"/></Sources>`),
      'sources/story.txt': raw,
    });
    const { bundle } = result;
    expect(bundle.attributes.map((a) => [a.name, a.type])).toEqual([['Group', 'text'], ['Age', 'number'], ['Hours', 'number'], ['Employed', 'boolean'], ['Joined', 'date']]);
    expect(bundle.participants.map((p) => [p.label, p.role, p.attributes])).toEqual([
      ['Carer 1', 'participant', { [g(60)]: 'Carer', [g(61)]: 54, [g(62)]: 37.5, [g(63)]: false, [g(64)]: '2015-11-11' }],
      ['Nurse', 'participant', { [g(60)]: 'HSC professional' }],
    ]);
    expect(bundle.sources[0]!.text.turns.map((t) => [t.participantId, t.speaker])).toEqual([[g(70), null], [g(70), null]]);
    expect(bundle.memos.map((m) => [m.title, m.anchor, m.plainText])).toEqual([
      ['Description of "Carer 1"', { type: 'participant', id: g(70) }, 'Cares for her mother.'],
    ]);
  });

  it('makes several users several coders; each coding keeps its creatingUser', async () => {
    const raw = 'Alpha beta gamma delta.';
    const coding = (n: number, user: string | null) => `<Coding guid="${G(n)}"${user ? ` creatingUser="${user}"` : ''}><CodeRef targetGUID="${G(1)}"/></Coding>`;
    const result = await open({
      'project.qde': qde(`<Users><User guid="${G(90)}" name="Ann"/><User guid="${G(91)}" name="Ben"/><User guid="${G(92)}" id="cat"/></Users>${CODEBOOK}
        <Sources><TextSource guid="${G(10)}" name="S" plainTextPath="internal://s.txt">
          <PlainTextSelection guid="${G(11)}" startPosition="0" endPosition="5" creatingUser="${G(91)}">${coding(20, G(90))}${coding(21, null)}</PlainTextSelection>
          <PlainTextSelection guid="${G(12)}" startPosition="6" endPosition="10">${coding(22, G(92))}${coding(23, G(99))}</PlainTextSelection>
        </TextSource></Sources>`, `creatingUserGUID="${G(91)}"`),
      'sources/s.txt': raw,
    });
    const { bundle } = result;
    expect(bundle.coders.map((c) => [c.id, c.name])).toEqual([[g(90), 'Ann'], [g(91), 'Ben'], [g(92), 'cat'], [g(99), 'Unknown coder']]);
    expect(bundle.codings.map((c) => [c.id, c.coderId])).toEqual([[g(20), g(90)], [g(21), g(91)], [g(22), g(92)], [g(23), g(99)]]);
    expect(bundle.project.currentCoderId).toBe(g(91));
  });

  it('keeps Sets as project memos listing their members', async () => {
    const result = await open({
      'project.qde': qde(`<CodeBook><Codes><Code guid="${G(1)}" name="Theme" isCodable="true"><Code guid="${G(2)}" name="Sub" isCodable="true"/></Code></Codes></CodeBook>
        <Sources><TextSource guid="${G(10)}" name="FG 1"><PlainTextContent>Text.</PlainTextContent></TextSource><PictureSource guid="${G(11)}" name="Photo"/></Sources>
        <Notes><Note guid="${G(40)}" name="Idea"><PlainTextContent>x</PlainTextContent></Note></Notes>
        <Sets><Set guid="${G(80)}" name="Carers' voices"><Description>What carers said first.</Description>
          <MemberCode targetGUID="${G(2)}"/><MemberSource targetGUID="${G(10)}"/><MemberSource targetGUID="${G(11)}"/><MemberNote targetGUID="${G(40)}"/>
        </Set></Sets>`),
    });
    const set = result.bundle.memos.find((m) => m.title === 'Set: Carers\' voices');
    expect(set).toMatchObject({ id: g(80), anchor: { type: 'project' }, kind: 'memo' });
    expect(set!.plainText).toBe([
      'What carers said first.', '', 'Members:', '- code "Theme > Sub"', '- source "FG 1"', '- memo "Idea"',
      '(1 member that did not come in: a picture, audio or video source, or something missing.)',
    ].join('\n'));
    expect(result.notices).toEqual([
      'Left out 1 picture source: Storyloom analyses text only; notes on them came in as project memos.',
      'Set "Carers\' voices": Storyloom has no sets, so it came in as the project memo "Set: Carers\' voices", which lists its 3 members.',
    ]);
  });
});

describe('how positions were counted, per source', () => {
  it('detects UTF-16 units, UTF-8 bytes and CRLF counted as one, and says which', async () => {
    const raw = 'Café 😀 first line\r\nThe naïve carer said “enough” and left.\r\n';
    const phrases = ['first line', 'carer said', 'enough', 'left'];
    const source = (n: number, convention: Convention) => `<TextSource guid="${G(n)}" name="${convention}" plainTextPath="internal://${n}.txt">`
      + `${phrases.map((p, i) => selection(n + 2 * i + 1, raw, p, G(1), convention)).join('')}</TextSource>`;
    const conventions: Convention[] = ['code-points', 'utf16', 'utf8', 'crlf-one'];
    const entries: Record<string, string> = {
      'project.qde': qde(`${CODEBOOK}<Sources>${conventions.map((c, i) => source(100 * (i + 1), c)).join('')}</Sources>`),
    };
    conventions.forEach((_, i) => { entries[`sources/${100 * (i + 1)}.txt`] = raw; });
    const { bundle, report, notices } = await open(entries);
    expect(codedWords(bundle)).toEqual([...phrases, ...phrases, ...phrases, ...phrases]);
    expect(report.offsets.map((o) => [o.source, o.unit, o.lineBreaks, o.basis, o.cleanEdges, o.edges])).toEqual([
      ['code-points', 'code-points', 'crlf-two', 'detected', 8, 8],
      ['utf16', 'utf16', 'crlf-two', 'detected', 8, 8],
      ['utf8', 'utf8', 'crlf-two', 'detected', 8, 8],
      ['crlf-one', 'code-points', 'crlf-one', 'detected', 8, 8],
    ]);
    expect(notices).toEqual([
      expect.stringMatching(/^Source "utf16": selection positions were read as UTF-16 units, as NVivo writes them \(8 of 8/),
      expect.stringMatching(/^Source "utf8": selection positions were read as UTF-8 bytes \(8 of 8/),
      expect.stringMatching(/^Source "crlf-one": selection positions were read as code points with CRLF counted as one character \(8 of 8/),
    ]);
  });
});

describe('the import report', () => {
  it('counts what came in and says, line by line, how positions were read and what was left out', async () => {
    const raw = 'Just words here.';
    const { report } = await open({
      'project.qde': qde(`<Users><User guid="${G(90)}" name="Ann"/></Users>${CODEBOOK}
        <Sources><TextSource guid="${G(10)}" name="S" plainTextPath="internal://s.txt">${selection(11, raw, 'words', G(1))}</TextSource><VideoSource guid="${G(12)}" name="V"/></Sources>
        <Notes><Note guid="${G(40)}" name="N"><PlainTextContent>n</PlainTextContent></Note></Notes>
        <Links><Link guid="${G(50)}" name="L"/></Links>`),
      'sources/s.txt': raw,
    });
    expect(report.counts).toEqual({ sources: 1, codes: 1, codings: 1, memos: 1, participants: 0, attributes: 0, coders: 2 });
    expect(importReportLines(report)).toEqual([
      'Came in from "other tool.qdpx" (written by A test): 1 source, 1 code, 1 coding, 1 memo, 2 coders.',
      'Source "S": positions in code points, as the standard says (2 of 2 selection edges between words; no other reading differs for this text).',
      'Left out 1 video source: Storyloom analyses text only; notes on them came in as project memos.',
      'Left out 1 link: Storyloom has no links between items.',
    ]);
  });

  it('gives a whole bundle or nothing: a bad value anywhere refuses the file', async () => {
    const bytes = await zipOf({
      'project.qde': qde(`${CODEBOOK}<Sources><TextSource guid="${G(10)}" name="Fine" plainTextPath="internal://gone.txt"/>
        <TextSource guid="${G(20)}" name="Bad"><PlainTextContent>x</PlainTextContent><PlainTextSelection guid="not-a-guid" startPosition="0" endPosition="1"/></TextSource></Sources>`),
    });
    await expect(readQdpx(bytes, 'half.qdpx')).rejects.toThrow(ProjectFileError);
    await expect(readQdpx(bytes, 'half.qdpx')).rejects.toThrow('"half.qdpx": project.qde: a <PlainTextSelection> has an invalid guid "not-a-guid".');
  });
});
