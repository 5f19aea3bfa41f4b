/**
 * NVivo -> Storyloom -> .qdpx -> Storyloom keeps every code, coding and note. The NVivo 12.6
 * export has no Notes, so the test adds some the way NVivo writes them (on the project, a code, a
 * source, a coded selection; one kept as a file with CRLF) and a Set, to the fixture's own XML.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectBundle } from '../../../shared/model';
import { buildProjectQde, readQdpxWithNotices, writeQdpx, type QdpxReadResult } from '../../../shared/qdpx';
import { xsdErrors } from './xsd';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/refi/projects/nvivo12.6-win_oltas_teszt.qdpx');
const NOTE = (n: number) => `0a0a0a0a-0000-4000-8000-${String(n).padStart(12, '0')}`;
const FIRST_CODE = '5067d381-1dc9-4816-81dd-ae1dbfea2ad7';
const SOURCE = '68bbdc14-c361-4432-b4dd-ae1dbfc12890';

function insertAfter(xml: string, marker: string, addition: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`"${marker}" is not in project.qde`);
  return xml.slice(0, at + marker.length) + addition + xml.slice(at + marker.length);
}

/** The fixture with notes and a set added, as NVivo writes them. */
async function nvivoWithNotes(): Promise<{ bytes: Uint8Array; qdeGuids: { codes: string[]; codedCodes: string[] } }> {
  const zip = await JSZip.loadAsync(readFileSync(FIXTURE));
  let xml = await zip.file('project.qde')!.async('string');
  const codes = [...xml.matchAll(/<Code guid="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  // The code of every <Coding> (NVivo reuses a Coding's guid across selections, so count codes, not guids).
  const codedCodes = [...xml.matchAll(/<Coding [^>]*>\s*<CodeRef targetGUID="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  xml = insertAfter(xml, `<Code guid="${FIRST_CODE}" isCodable="true" name="1. Oltás típusa">\n<Description>COVID vay nem COVID</Description>`, `<NoteRef targetGUID="${NOTE(2)}"/>`);
  const selectionEnd = xml.indexOf('</PlainTextSelection>');
  xml = `${xml.slice(0, selectionEnd)}<NoteRef targetGUID="${NOTE(3)}"/>${xml.slice(selectionEnd)}`;
  const sourceEnd = xml.lastIndexOf('</TextSource>');
  xml = `${xml.slice(0, sourceEnd)}<NoteRef targetGUID="${NOTE(4)}"/>${xml.slice(sourceEnd)}`;
  xml = insertAfter(xml, '</Sources>', `<Notes>
<Note guid="${NOTE(1)}" name="Project memo" creatingUser="29518289-d0e3-447b-b7dd-ae1d8cd880a0" creationDateTime="2025-06-18T02:10:00Z"><PlainTextContent>What the whole study is about.</PlainTextContent></Note>
<Note guid="${NOTE(2)}" name="On vaccine type"><PlainTextContent>COVID or not.</PlainTextContent></Note>
<Note guid="${NOTE(3)}" name="Annotation" plainTextPath="internal://${NOTE(3)}.txt"/>
<Note guid="${NOTE(4)}" name="Source memo"><PlainTextContent>Ten videos.</PlainTextContent></Note>
</Notes><Sets><Set guid="${NOTE(9)}" name="Attitudes"><MemberCode targetGUID="${FIRST_CODE}"/><MemberSource targetGUID="${SOURCE}"/></Set></Sets>`);
  xml = xml.replace('</Project>', `<NoteRef targetGUID="${NOTE(1)}"/></Project>`);
  zip.file('project.qde', xml);
  zip.file(`Sources/${NOTE(3)}.txt`, '\uFEFFAn annotation\r\non two lines.');
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), qdeGuids: { codes, codedCodes } };
}

function codedTexts(bundle: ProjectBundle): Map<string, string> {
  const texts = new Map(bundle.sources.map((s) => [s.source.id as string, s.text.text]));
  return new Map(bundle.codings.map((c) => [c.id as string, texts.get(c.sourceId)!.slice(c.start, c.end)]));
}

describe('NVivo -> Storyloom -> .qdpx -> Storyloom', () => {
  let nvivo: Awaited<ReturnType<typeof nvivoWithNotes>>;
  let first: QdpxReadResult;
  let saved: Uint8Array;
  let second: QdpxReadResult;

  beforeAll(async () => {
    nvivo = await nvivoWithNotes();
    first = await readQdpxWithNotices(nvivo.bytes, 'nvivo12.6-win_oltas_teszt.qdpx', { now: '2026-05-01T00:00:00.000Z' });
    saved = await writeQdpx(first.bundle);
    second = await readQdpxWithNotices(saved, 'saved.qdpx');
  });

  it('brings in every code, coding and note of the NVivo file', () => {
    const { bundle } = first;
    expect(bundle.codes.map((c) => c.id)).toEqual(nvivo.qdeGuids.codes);
    expect(nvivo.qdeGuids.codedCodes).toHaveLength(330);
    expect(bundle.codings.map((c) => c.codeId as string).sort()).toEqual([...nvivo.qdeGuids.codedCodes].sort());
    expect(new Set(bundle.codings.map((c) => c.id)).size).toBe(330);
    expect(bundle.memos.map((m) => [m.title, m.anchor.type, m.plainText])).toEqual([
      ['Project memo', 'project', 'What the whole study is about.'],
      ['On vaccine type', 'code', 'COVID or not.'],
      ['Annotation', 'coding', 'An annotation\non two lines.'],
      ['Source memo', 'source', 'Ten videos.'],
      ['Set: Attitudes', 'project', 'Members:\n- code "1. Oltás típusa"\n- source "videos_10_selected"'],
    ]);
    expect(bundle.memos[1]!.anchor).toEqual({ type: 'code', id: FIRST_CODE });
    expect(bundle.memos[3]!.anchor).toEqual({ type: 'source', id: SOURCE });
  });

  it('saves a project file that validates against Project.xsd', async () => {
    expect(await xsdErrors(buildProjectQde(first.bundle))).toEqual([]);
  });

  it('reads the saved file back identical: every code, coding (on the same words) and note', () => {
    expect(second.bundle).toEqual(first.bundle);
    expect(codedTexts(second.bundle)).toEqual(codedTexts(first.bundle));
    expect(second.report).toMatchObject({ isStoryloomFile: true, leftOut: [], missing: [], changed: [] });
    expect(second.report.offsets.every((o) => o.basis === 'storyloom' && o.unit === 'code-points')).toBe(true);
    expect(second.notices).toEqual([]);
  });

  it('says how the NVivo file counted positions, and the saved one', () => {
    expect(first.report.offsets.map((o) => [o.source, o.unit, o.basis, o.cleanEdges, o.edges])).toEqual([
      ['videos_selection', 'code-points', 'standard', 0, 0], ['videos_10_selected', 'utf16', 'detected', 657, 660],
    ]);
    // Saved in code points, every edge that fell between words still does.
    expect(second.report.offsets.map((o) => [o.source, o.cleanEdges, o.edges])).toEqual([['videos_selection', 0, 0], ['videos_10_selected', 657, 660]]);
  });

  it('saves the same bytes twice', async () => {
    const again = await writeQdpx(second.bundle);
    expect(Buffer.from(again).equals(Buffer.from(saved))).toBe(true);
  });
});
