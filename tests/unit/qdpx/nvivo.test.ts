import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectBundle } from '../../../shared/model';
import { buildProjectQde, readQdpx, readQdpxWithNotices, writeQdpx } from '../../../shared/qdpx';
import { xsdErrors } from './xsd';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/refi/projects/nvivo12.6-win_oltas_teszt.qdpx');

/** How many codings start and end between words (not inside one), a test of the offset convention. */
function onWordBoundaries(bundle: ProjectBundle): number {
  const texts = new Map(bundle.sources.map((s) => [s.source.id as string, s.text.text]));
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const isBoundary = (text: string, at: number) => !(isWord(text[at - 1]) && isWord(text[at]));
  return bundle.codings.filter((c) => {
    const text = texts.get(c.sourceId) ?? '';
    return isBoundary(text, c.start) && isBoundary(text, c.end);
  }).length;
}

describe('the NVivo 12.6 (Windows) export', () => {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  let bundle: ProjectBundle;
  let notices: string[];

  beforeAll(async () => {
    ({ bundle, notices } = await readQdpxWithNotices(bytes, 'nvivo12.6-win_oltas_teszt.qdpx'));
  });

  it('imports its sources, codes and codings', () => {
    expect(bundle.sources).toHaveLength(2);
    expect(bundle.codes).toHaveLength(152);
    expect(bundle.codings).toHaveLength(330);
    expect(notices).toEqual([]);
    expect(bundle.coders.map((c) => c.name)).toEqual(['Gergo', 'floriansipos', 'test_user']);
    expect(bundle.sources.map((s) => s.source.label)).toEqual(['Doc 1', 'Doc 2']);
  });

  it('canonicalises its BOM-and-CRLF texts', () => {
    for (const { source, text } of bundle.sources) {
      expect(text.text).not.toMatch(/^\uFEFF|\r/);
      expect(source.characters).toBe(text.text.length);
      expect(text.turns.length).toBeGreaterThan(0);
      expect(text.turns.every((t) => t.start < t.end && t.end <= text.text.length)).toBe(true);
    }
    const codeIds = new Set<string>(bundle.codes.map((c) => c.id));
    expect(bundle.codings.every((c) => c.start <= c.end && codeIds.has(c.codeId))).toBe(true);
  });

  it('counts positions in UTF-16 units, not code points (for the convention detector to come)', async () => {
    // The texts hold ~890 emoji each. Read as REFI-QDA says, most ranges cut words in half;
    // read as UTF-16 units (CRLF counting two), nearly all fall between words.
    expect(onWordBoundaries(bundle)).toBeLessThan(100);
    const { bundle: asUtf16 } = await readQdpxWithNotices(bytes, 'nvivo.qdpx', { offsetUnit: 'utf16' });
    expect(onWordBoundaries(asUtf16)).toBeGreaterThanOrEqual(325);
  });

  it('saves as a valid Storyloom project file that reads back the same', async () => {
    expect(await xsdErrors(buildProjectQde(bundle))).toEqual([]);
    expect(await readQdpx(await writeQdpx(bundle), 'saved.qdpx')).toEqual(bundle);
  });
});
