/**
 * Hostile project files (issue 6 item 5): each is refused whole, with a message that names the
 * file and the reason, and readQdpx returns nothing, so the app stores nothing (it stores only a
 * bundle readQdpx returned). Where a check must come before inflating, the entry's data is junk:
 * had it been inflated, the error would say "damaged" instead of "refused".
 */
import { describe, expect, it } from 'vitest';
import { readQdpxWithNotices } from '../../../shared/qdpx';
import { deflatedEntry, docxOf, failureOf, G, qde, rawZip, textEntry, zipOf } from './handMade';

const JUNK = new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x00, 0x11]);
const PROJECT = textEntry('project.qde', qde(''));

async function expectRefused(bytes: Uint8Array, fileName: string, reason: string | RegExp): Promise<void> {
  const error = await failureOf(bytes, fileName);
  expect(error.problem).toBe('refused');
  expect(error.fileName).toBe(fileName);
  expect(error.message.startsWith(`"${fileName}" was refused: `)).toBe(true);
  expect(error.message).toMatch(reason);
}

describe('hostile project files are refused, naming the file and the reason', () => {
  it('a zip entry whose name climbs out of the target folder (../)', async () => {
    for (const name of ['../evil.txt', 'sources/../../evil.txt', '..\\evil.txt']) {
      await expectRefused(rawZip([PROJECT, textEntry(name, 'gotcha')]), 'climber.qdpx',
        `it contains an entry named "${name}", which points outside the archive.`);
    }
  });

  it('a zip entry with an absolute name', async () => {
    for (const name of ['/etc/cron.d/evil', 'C:\\Windows\\evil.txt', 'C:/evil.txt', '\\\\server\\share\\evil.txt']) {
      await expectRefused(rawZip([PROJECT, textEntry(name, 'gotcha')]), 'absolute.qdpx',
        `it contains an entry named "${name}", which points outside the archive.`);
    }
  });

  it('a zip bomb: one entry compressed far beyond any text, refused from its header before inflating', async () => {
    // Declares 100 MB from 6 bytes; the bytes are junk, so inflating them would fail differently.
    const bomb = { name: 'sources/bomb.txt', data: JUNK, method: 8 as const, declaredSize: 100 * 1024 * 1024 };
    await expectRefused(rawZip([PROJECT, bomb]), 'bomb.qdpx', /its entry "sources\/bomb\.txt" is compressed \d+ to 1, which only zip bombs are\.$/);
    // A real one: 16 MB of zeros deflate to about 16 KB.
    const real = deflatedEntry('sources/zeros.txt', new Uint8Array(16 * 1024 * 1024));
    await expectRefused(rawZip([PROJECT, real]), 'bomb.qdpx', /its entry "sources\/zeros\.txt" is compressed 10\d\d to 1/);
  });

  it('a zip entry that lies about its size is stopped while inflating, at the size it declared', async () => {
    const liar = { ...deflatedEntry('sources/liar.txt', new TextEncoder().encode('x'.repeat(200_000))), declaredSize: 1000 };
    const project = textEntry('project.qde', qde(`<Sources><TextSource guid="${G(10)}" name="S" plainTextPath="internal://liar.txt"/></Sources>`));
    await expectRefused(rawZip([project, liar]), 'liar.qdpx', 'its entry "sources/liar.txt" unpacks to more than the 1000 bytes it declared.');
  });

  it('a 2 GB entry, declared in the central directory (the data is three bytes)', async () => {
    const huge = { name: 'sources/huge.txt', data: JUNK.slice(0, 3), method: 8 as const, declaredSize: 2 * 1024 ** 3 };
    await expectRefused(rawZip([PROJECT, huge]), 'huge.qdpx', 'its entry "sources/huge.txt" would unpack to 2 GB, more than the 512 MB limit.');
    const larger = { ...huge, declaredSize: 3.5 * 1024 ** 3 };
    await expectRefused(rawZip([PROJECT, larger]), 'huge.qdpx', 'its entry "sources/huge.txt" would unpack to 3.5 GB, more than the 512 MB limit.');
  });

  it('XML with a DTD (an external entity that would read a local file)', async () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
      + '<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>';
    await expectRefused(rawZip([textEntry('project.qde', xxe)]), 'xxe.qdpx',
      'project.qde declares a DOCTYPE, which project files never need and Storyloom refuses for safety.');
  });

  it('XML with entity expansion ("billion laughs")', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE Project [\n${entities.join('\n')}\n]>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Description>&lol9;</Description></Project>`;
    await expectRefused(rawZip([textEntry('project.qde', laughs)]), 'laughs.qdpx', 'project.qde declares a DOCTYPE');
  });

  it('a hostile Word document inside the project (a rich-text-only source with a DTD)', async () => {
    const docx = await docxOf(['Hello'], '<!DOCTYPE w:document [<!ENTITY a "aaaa">]>');
    const bytes = await zipOf({
      'project.qde': qde(`<Sources><TextSource guid="${G(10)}" name="Letter" richTextPath="internal://letter.docx"/></Sources>`),
      'sources/letter.docx': docx,
    });
    await expectRefused(bytes, 'docx.qdpx', /its entry "sources\/letter\.docx" refused for safety \(.*DOCTYPE/);
  });

  it('still opens an honest file built the same way', async () => {
    const text = 'Nothing to see here.';
    const bytes = rawZip([
      textEntry('project.qde', qde(`<Sources><TextSource guid="${G(10)}" name="S" plainTextPath="internal://s.txt"/></Sources>`)),
      deflatedEntry('sources/s.txt', new TextEncoder().encode(text)),
    ]);
    const { bundle } = await readQdpxWithNotices(bytes, 'honest.qdpx');
    expect(bundle.sources[0]!.text.text).toBe(text);
  });
});
