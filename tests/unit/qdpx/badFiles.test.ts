import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ZIP_LIMITS, ProjectFileError, readQdpx, readQdpxWithNotices, writeQdpx, type ProjectFileProblem,
} from '../../../shared/qdpx';
import { buildTestBundle } from './fixtures';

const GUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, contents] of Object.entries(entries)) zip.file(name, contents, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function qde(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${prolog}<Project xmlns="urn:QDA-XML:project:1.0" name="x">\n${body}\n</Project>\n`;
}

async function failure(bytes: Uint8Array, fileName: string, options = {}): Promise<ProjectFileError> {
  try {
    await readQdpxWithNotices(bytes, fileName, options);
  } catch (error) {
    if (error instanceof ProjectFileError) return error;
    throw error;
  }
  throw new Error('expected a ProjectFileError');
}

async function expectFailure(bytes: Uint8Array, fileName: string, problem: ProjectFileProblem, message: string | RegExp, options = {}) {
  const error = await failure(bytes, fileName, options);
  expect(error.message).toMatch(message);
  expect(error.message).toContain(`"${fileName}"`);
  expect(error.problem).toBe(problem);
  expect(error.fileName).toBe(fileName);
}

/** A copy of a valid project file with storyloom/project.json changed by `edit`. */
async function withExtension(edit: (json: Record<string, unknown>) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeQdpx(buildTestBundle()));
  const json = JSON.parse(await zip.file('storyloom/project.json')!.async('string')) as Record<string, unknown>;
  edit(json);
  zip.file('storyloom/project.json', JSON.stringify(json));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readQdpx refuses bad files with a plain reason', () => {
  it('empty bytes', async () => {
    await expectFailure(new Uint8Array(0), 'notes.qdpx', 'empty', /^"notes\.qdpx" is empty\.$/);
  });

  it('a text file renamed .qdpx', async () => {
    const bytes = new TextEncoder().encode('Meeting notes, not a project.');
    await expectFailure(bytes, 'notes.qdpx', 'not-zip', /^"notes\.qdpx" is not a project file: it is not a zip archive\.$/);
  });

  it('a damaged zip', async () => {
    const bytes = (await zipOf({ 'project.qde': qde('') })).slice(0, 40);
    await expectFailure(bytes, 'cut.qdpx', 'not-zip', 'is not a project file: it is a damaged zip archive.');
  });

  it('a zip without project.qde', async () => {
    await expectFailure(await zipOf({ 'readme.txt': 'hello' }), 'x.qdpx', 'not-project', /^"x\.qdpx" is not a project file: it has no project\.qde inside\.$/);
  });

  it('invalid XML, with its line', async () => {
    const bytes = await zipOf({ 'project.qde': '<?xml version="1.0"?>\n<Project name="x">\n<Users>\n</Project>' });
    await expectFailure(bytes, 'x.qdpx', 'bad-xml', /^"x\.qdpx": project\.qde is not valid XML \(line 4: .+\)\.$/);
  });

  it('XML that is not a REFI-QDA project', async () => {
    await expectFailure(await zipOf({ 'project.qde': '<Document/>' }), 'x.qdpx', 'not-project', 'project.qde is not a REFI-QDA project (its root element is <Document>');
  });

  it('a DOCTYPE with an entity, before or inside the root', async () => {
    const before = qde('', '<!DOCTYPE Project [<!ENTITY boom "boom">]>\n').replace('name="x"', 'name="&boom;"');
    await expectFailure(await zipOf({ 'project.qde': before }), 'x.qdpx', 'refused', 'project.qde declares a DOCTYPE');
    const inside = qde('<!DOCTYPE x [<!ENTITY lol "lol">]><Description>&lol;</Description>');
    await expectFailure(await zipOf({ 'project.qde': inside }), 'x.qdpx', 'refused', 'DOCTYPE');
  });

  it('a zip entry that climbs out of the archive, or is absolute', async () => {
    for (const name of ['../evil.txt', 'sources/../../evil.txt', '/etc/passwd', 'C:\\evil.txt']) {
      const bytes = await zipOf({ 'project.qde': qde(''), [name]: 'gotcha' });
      await expectFailure(bytes, 'x.qdpx', 'refused', `"x.qdpx" was refused: it contains an entry named "${name}", which points outside the archive.`);
    }
  });

  it('an invalid GUID or position', async () => {
    const badGuid = qde('<CodeBook><Codes><Code guid="not-a-guid" name="c" isCodable="true"/></Codes></CodeBook>');
    await expectFailure(await zipOf({ 'project.qde': badGuid }), 'x.qdpx', 'bad-content', 'project.qde: a <Code> has an invalid guid "not-a-guid".');
    const badPosition = qde(`<Sources><TextSource guid="${GUID}" name="S"><PlainTextContent>abc</PlainTextContent><PlainTextSelection guid="${GUID}" startPosition="one" endPosition="2"/></TextSource></Sources>`);
    await expectFailure(await zipOf({ 'project.qde': badPosition }), 'x.qdpx', 'bad-content', 'a selection in source "S" has an invalid startPosition "one"');
  });

  it('a damaged or newer storyloom/project.json', async () => {
    const damaged = await withExtension((json) => {
      (json.sources as Record<string, unknown>[])[0]!.kind = 'podcast';
    });
    await expectFailure(damaged, 'x.qdpx', 'bad-content', 'storyloom/project.json is damaged (sources[0].kind: expected one of focus-group, interview, narrative, document, found "podcast").');
    const newer = await withExtension((json) => {
      json.version = 2;
    });
    await expectFailure(newer, 'x.qdpx', 'too-new', /^"x\.qdpx" was saved by a newer version of Storyloom/);
  });
});

describe('readQdpx refuses zip bombs before inflating them', () => {
  it('an entry that is compressed absurdly well', async () => {
    const bytes = await zipOf({ 'project.qde': qde(''), 'sources/bomb.txt': new Uint8Array(16 * 1024 * 1024) });
    await expectFailure(bytes, 'bomb.qdpx', 'refused', /was refused: its entry "sources\/bomb\.txt" is compressed \d+ to 1, which only zip bombs are\.$/);
  });

  it('an archive of many small entries that together are compressed absurdly well', async () => {
    const entries: Record<string, Uint8Array | string> = { 'project.qde': qde('') };
    for (let i = 0; i < 6; i++) entries[`sources/${i}.txt`] = new Uint8Array(1024 * 1024);
    await expectFailure(await zipOf(entries), 'bombs.qdpx', 'refused', /was refused: it is compressed \d+ to 1, which only zip bombs are\.$/);
  });

  it('an entry or a whole archive over the size limits', async () => {
    const bytes = await zipOf({ 'project.qde': qde(`<Description>${'x'.repeat(5000)}</Description>`), 'sources/a.txt': 'a'.repeat(3000) });
    await expectFailure(bytes, 'big.qdpx', 'refused', 'its entry "project.qde" would unpack to 5 KB, more than the 4 KB limit',
      { limits: { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 4096 } });
    await expectFailure(bytes, 'big.qdpx', 'refused', 'it would unpack to 7.9 KB, more than the 6 KB limit',
      { limits: { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 6144 } });
    await expectFailure(bytes, 'big.qdpx', 'refused', 'it holds 2 entries, more than the 1 allowed',
      { limits: { ...DEFAULT_ZIP_LIMITS, maxEntries: 1 } });
  });

  it('an entry that inflates to more than its header declares', async () => {
    const bytes = await zipOf({ 'project.qde': qde(`<Description>${'y'.repeat(100_000)}</Description>`) });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true); // central directory: uncompressed size
    }
    await expectFailure(bytes, 'liar.qdpx', 'refused', 'its entry "project.qde" unpacks to more than the 10 bytes it declared.');
  });

  it('still reads a good file after all those checks', async () => {
    await expect(readQdpx(await writeQdpx(buildTestBundle()), 'good.qdpx')).resolves.toBeTruthy();
  });
});
