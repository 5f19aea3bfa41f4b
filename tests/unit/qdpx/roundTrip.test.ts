import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectBundle } from '../../../shared/model';
import { buildProjectQde, readQdpx, readQdpxWithNotices, writeQdpx } from '../../../shared/qdpx';
import { FOCUS_GROUP_TEXT, buildTestBundle, span } from './fixtures';
import { xsdErrors as validateQde } from './xsd';

/** The attributes of the PlainTextSelection that holds the Coding `codingId`. */
function selectionOf(xml: string, codingId: string): Record<string, string> {
  const at = xml.indexOf(`<Coding guid="${codingId}"`);
  const open = xml.lastIndexOf('<PlainTextSelection', at);
  const tag = xml.slice(open, xml.indexOf('>', open));
  return Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe('writeQdpx', () => {
  let bundle: ProjectBundle;
  let bytes: Uint8Array;
  let zip: JSZip;

  beforeAll(async () => {
    bundle = buildTestBundle();
    bytes = await writeQdpx(bundle);
    zip = await JSZip.loadAsync(bytes);
  });

  it('writes project.qde that validates against Project.xsd', async () => {
    expect(await validateQde(await zip.file('project.qde')!.async('string'))).toEqual([]);
  });

  it('holds project.qde, one canonical text per source and storyloom/project.json', async () => {
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir).sort();
    const sourceFiles = bundle.sources.map((s) => `sources/${s.source.id}.txt`).sort();
    expect(names).toEqual(['project.qde', ...sourceFiles, 'storyloom/project.json'].sort());
    const fg = bundle.sources[0]!;
    const text = await zip.file(`sources/${fg.source.id}.txt`)!.async('uint8array');
    expect(text[0]).not.toBe(0xef); // no BOM
    expect(new TextDecoder().decode(text)).toBe(fg.text.text);
    const json = JSON.parse(await zip.file('storyloom/project.json')!.async('string')) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'storyloom', version: 1 });
  });

  it('writes selection positions in code points', () => {
    const xml = buildProjectQde(bundle);
    const afterEmoji = bundle.codings.find((c) => c.id === bundle.codings[3]!.id)!; // "most days", after 🙂 and 😩
    const [start, end] = span(FOCUS_GROUP_TEXT, 'most days');
    expect([afterEmoji.start, afterEmoji.end]).toEqual([start, end]);
    const selection = selectionOf(xml, afterEmoji.id);
    expect(Number(selection.startPosition)).toBe(start - 2); // two surrogate pairs before it
    expect(Number(selection.endPosition)).toBe(end - 2);
    expect(Array.from(FOCUS_GROUP_TEXT).slice(start - 2, end - 2).join('')).toBe('most days');
    const afterZwj = selectionOf(xml, bundle.codings[8]!.id); // "last week", after 👩‍👧 (two pairs more)
    expect(Array.from(FOCUS_GROUP_TEXT).slice(Number(afterZwj.startPosition), Number(afterZwj.endPosition)).join('')).toBe('last week');
  });

  it('follows REFI-QDA: nested codes, coders on selections, notes referenced where the schema allows', () => {
    const xml = buildProjectQde(bundle);
    expect(xml).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(xml).toMatch(/<Code guid="[^"]+" name="Caring load" isCodable="true" color="#aa3311">\s*<Description>Theme: Caring load &amp; what "it" means &lt;here&gt;\.\nSecond line\.<\/Description>/);
    expect(xml).toContain(`plainTextPath="internal://${bundle.sources[0]!.source.id}.txt"`);
    expect(xml).toContain('typeOfVariable="Float"');
    expect(xml).toContain('<FloatValue>0.00000035</FloatValue>');
    expect(xml).toContain('name="Ann &quot;AK&quot; Kowalska"');
    expect(xml).toContain('Lives &amp; works in "town"\nnear &lt;the&gt; coast');
    expect(xml.match(/<NoteRef /g)).toHaveLength(4); // the participant memo has no place in a Case
  });

  it('is deterministic', async () => {
    expect(await writeQdpx(bundle)).toEqual(bytes);
  });

  it('reads back exactly what it wrote, order included', async () => {
    const { bundle: read, notices } = await readQdpxWithNotices(bytes, 'Carers pilot.qdpx');
    expect(notices).toEqual([]);
    expect(read).toEqual(bundle);
  });

  it('survives a second round trip byte for byte', async () => {
    const again = await writeQdpx(await readQdpx(bytes, 'Carers pilot.qdpx'));
    expect(again).toEqual(bytes);
  });

  it('strips characters XML 1.0 cannot hold instead of writing an invalid file', async () => {
    const dirty = buildTestBundle();
    dirty.project.description = 'bell\u0007 nul\u0000 ok\ttab lone\uD800 end';
    dirty.codes[0]!.name = 'Ser\u001Fvices';
    const xml = buildProjectQde(dirty);
    expect(await validateQde(xml)).toEqual([]);
    const read = await readQdpx(await writeQdpx(dirty), 'dirty.qdpx');
    expect(read.project.description).toBe('bell nul ok\ttab lone\uFFFD end');
    expect(read.codes[0]!.name).toBe('Services');
  });

  it('writes a project with nothing in it', async () => {
    const bare = buildTestBundle();
    Object.assign(bare, { sources: [], participants: [], attributes: [], codes: [], codings: [], memos: [], quotes: [], reviews: [], history: [] });
    bare.project.description = '';
    expect(await validateQde(buildProjectQde(bare))).toEqual([]);
    expect(await readQdpx(await writeQdpx(bare), 'bare.qdpx')).toEqual(bare);
  });
});
