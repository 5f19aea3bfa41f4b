import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readQdpxWithNotices } from '../../../shared/qdpx';

// A file as another tool might write it: braces and upper case in GUIDs, "Sources/", a path
// without internal://, a BOM and CRLF in the text, no Users, extras Storyloom cannot hold.
const G = (n: number) => `AAAAAAAA-0000-4000-8000-${String(n).padStart(12, '0')}`;
const g = (n: number) => G(n).toLowerCase();
const RAW = 'Line one 😀 here\r\nSecond line: the target words\r\n\r\n  Third\r\n';
const CANONICAL = 'Line one 😀 here\nSecond line: the target words\n\n  Third\n';

/** Position of `phrase` in RAW counted the way a file counts it. */
function position(phrase: string, unit: 'code-points' | 'utf16'): [number, number] {
  const at = RAW.indexOf(phrase);
  const count = (s: string) => (unit === 'utf16' ? s.length : Array.from(s).length);
  return [count(RAW.slice(0, at)), count(RAW.slice(0, at + phrase.length))];
}

function projectQde(unit: 'code-points' | 'utf16'): string {
  const [start, end] = position('target words', unit);
  return `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="ATLAS.ti" creationDateTime="2024-03-01T10:00:00Z">
<CodeBook><Codes>
  <Code guid="{${G(1)}}" name="Parent" isCodable="true" color="#F00">
    <Description>Top &amp; more
second line</Description>
    <NoteRef targetGUID="${G(31)}"/>
    <Code guid="${G(2)}" name="Child" isCodable="true"/>
  </Code>
</Codes></CodeBook>
<Variables><Variable guid="${G(11)}" name="Age" typeOfVariable="Integer"/><Variable guid="${G(12)}" name="Site" typeOfVariable="Text"/></Variables>
<Cases><Case guid="${G(21)}" name="Alice">
  <VariableValue><VariableRef targetGUID="${G(11)}"/><IntegerValue>41</IntegerValue></VariableValue>
  <VariableValue><VariableRef targetGUID="{${G(12)}}"/><TextValue>North</TextValue></VariableValue>
</Case></Cases>
<Sources>
  <TextSource guid="{${G(41)}}" name="Interview A" plainTextPath="${G(41)}.txt">
    <PlainTextSelection guid="${G(51)}" startPosition="${start}" endPosition="${end}" creatingUser="${G(61)}" creationDateTime="2024-03-02T10:00:00Z">
      <Coding guid="${G(52)}"><CodeRef targetGUID="{${G(2)}}"/></Coding>
      <Coding guid="${G(53)}"><CodeRef targetGUID="${G(99)}"/></Coding>
      <NoteRef targetGUID="${G(32)}"/>
    </PlainTextSelection>
    <PlainTextSelection guid="${G(54)}" startPosition="5" endPosition="999"><Coding guid="${G(55)}"><CodeRef targetGUID="${G(2)}"/></Coding></PlainTextSelection>
    <Coding guid="${G(56)}"><CodeRef targetGUID="${G(1)}"/></Coding>
  </TextSource>
  <PDFSource guid="${G(42)}" name="scan"/>
</Sources>
<Notes>
  <Note guid="${G(31)}" name="On the code" plainTextPath="internal://${G(31)}.txt"/>
  <Note guid="${G(32)}" name="On the selection"><PlainTextContent>Hello  </PlainTextContent></Note>
</Notes>
<Sets><Set guid="${G(71)}" name="s"/></Sets>
</Project>`;
}

async function foreignFile(unit: 'code-points' | 'utf16'): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', projectQde(unit).replace(/\n/g, '\r\n'));
  zip.file(`Sources/${G(41)}.txt`, `\uFEFF${RAW}`);
  zip.file(`Sources/${G(31)}.txt`, 'Code note\r\nline two');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('readQdpx on a file from another tool', () => {
  it('builds a sensible bundle and says what it left out', async () => {
    const { bundle, notices } = await readQdpxWithNotices(await foreignFile('code-points'), 'other.qdpx', { now: '2026-05-01T00:00:00.000Z' });
    expect(notices).toEqual([
      'Left out 1 PDF source: it has no plain-text representation, and Storyloom analyses text only.',
      'Left out 1 coding: it refers to codes missing from the code book.',
      '1 selection in source "Interview A": it reached outside the text and was cut to fit.',
      'Set "s": Storyloom has no sets, so it came in as the project memo "Set: s".',
    ]);
    expect(bundle.project).toMatchObject({ name: 'Other tool', description: '', method: '', createdAt: '2024-03-01T10:00:00Z', updatedAt: '2024-03-01T10:00:00Z', levelNames: [] });

    const [source] = bundle.sources;
    expect(bundle.sources).toHaveLength(1);
    expect(source!.text.text).toBe(CANONICAL);
    expect(source!.source).toMatchObject({
      id: g(41), title: 'Interview A', label: 'Doc 1', kind: 'document', date: null, characters: CANONICAL.length, turnCount: 3,
      contentHash: createHash('sha256').update(CANONICAL).digest('hex'), isRead: false, readingPosition: 0, order: 0,
    });
    expect(source!.text.turns.map((t) => CANONICAL.slice(t.start, t.end))).toEqual(['Line one 😀 here', 'Second line: the target words', 'Third']);
    expect(source!.text.turns.every((t) => t.speaker === null && t.participantId === null)).toBe(true);

    expect(bundle.codes.map((c) => [c.id, c.parentId, c.name, c.color.length, c.definition])).toEqual([
      [g(1), null, 'Parent', 7, 'Top & more\nsecond line'], [g(2), g(1), 'Child', 7, ''],
    ]);
    expect(bundle.codes[0]!.color).toBe('#ff0000');
    expect(bundle.attributes.map((a) => [a.name, a.type])).toEqual([['Age', 'number'], ['Site', 'text']]);
    expect(bundle.participants).toMatchObject([{ id: g(21), label: 'Alice', role: 'participant', attributes: { [g(11)]: 41, [g(12)]: 'North' } }]);

    const [target, clamped, whole] = bundle.codings;
    expect(bundle.codings).toHaveLength(3);
    expect(CANONICAL.slice(target!.start, target!.end)).toBe('target words');
    expect(target).toMatchObject({ id: g(52), codeId: g(2), coderId: g(61), createdAt: '2024-03-02T10:00:00Z' });
    expect([clamped!.start, clamped!.end]).toEqual([5, CANONICAL.length]);
    expect([whole!.start, whole!.end, whole!.codeId]).toEqual([0, CANONICAL.length, g(1)]);
    expect(bundle.coders.map((c) => c.name)).toEqual(['Unknown coder', 'Unknown coder 2']);
    expect(bundle.project.currentCoderId).toBe(g(61));

    expect(bundle.memos.map((m) => [m.title, m.anchor, m.plainText, m.kind, m.content])).toEqual([
      ['On the code', { type: 'code', id: g(1) }, 'Code note\nline two', 'memo', ''],
      ['On the selection', { type: 'coding', id: g(52) }, 'Hello  ', 'memo', ''],
      ['Set: s', { type: 'project' }, 'No members came in.', 'memo', ''],
    ]);
    expect(bundle.quotes).toEqual([]);
    expect(bundle.history).toEqual([]);
  });

  it('reads UTF-16 positions when told the file counts that way', async () => {
    const { bundle } = await readQdpxWithNotices(await foreignFile('utf16'), 'nvivo-like.qdpx', { offsetUnit: 'utf16' });
    const [target] = bundle.codings;
    expect(bundle.sources[0]!.text.text.slice(target!.start, target!.end)).toBe('target words');
  });

  it('creates one "Unknown coder" for a project without users', async () => {
    const zip = new JSZip();
    zip.file('project.qde', '<Project xmlns="urn:QDA-XML:project:1.0" name=""/>');
    const { bundle } = await readQdpxWithNotices(await zip.generateAsync({ type: 'uint8array' }), 'C:\\data\\Empty one.qdpx');
    expect(bundle.coders).toHaveLength(1);
    expect(bundle.coders[0]!.name).toBe('Unknown coder');
    expect(bundle.project.currentCoderId).toBe(bundle.coders[0]!.id);
    expect(bundle.project.name).toBe('Empty one');
  });
});
