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
    expect(notices).toEqual([expect.stringMatching(/^Source "videos_10_selected": selection positions were read as UTF-16 units/)]);
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

  it('detects that NVivo counted positions in UTF-16 units, per source, by where selections fall', async () => {
    // The texts hold ~890 emoji each. Read as REFI-QDA says, most ranges cut words in half;
    // read as UTF-16 units (CRLF counting two), nearly all fall between words.
    expect(onWordBoundaries(bundle)).toBeGreaterThanOrEqual(325);
    const { bundle: asCodePoints } = await readQdpxWithNotices(bytes, 'nvivo.qdpx', { offsetUnit: 'code-points' });
    expect(onWordBoundaries(asCodePoints)).toBeLessThan(100);
  });

  it('puts a dozen codings on the words NVivo coded', () => {
    const name = new Map(bundle.codes.map((c) => [c.id as string, c.name]));
    const text = new Map(bundle.sources.map((s) => [s.source.id as string, s.text.text]));
    const coded = (code: string, start: number) => {
      const c = bundle.codings.find((x) => name.get(x.codeId) === code && x.start === start);
      return c ? text.get(c.sourceId)!.slice(c.start, c.end) : undefined;
    };
    const expected: [string, number, string][] = [
      ['piros', 3036, 'Senkit nem lehet kötelezni oltásra, ilyet csak ostoba korlátolt agyi k'],
      ['kötelezőség hatása', 3036, 'Senkit nem lehet kötelezni oltásra'],
      ['Population control', 33834, 'Ezt meg csak úgy itthagyom.'],
      ['+Government', 47503, 'Az agyatokban van a mutáns amit elkell kergetni.'],
      ['+NGOs, watchdog organizations', 49800, 'Agyatlan Zombik .. inkább ugorjatok a szakadékba'],
      ['Oppressive outgroups', 39959, 'Az angolul beszlöket kell mer azok csapnak be mindenki'],
      ['+Belief in vaccine ineffectiveness', 44877, 'hatékony a lófaszt. a főlótetű is él még'],
      ['+Lethal consequences of vaccination', 40812, 'A gyártókat kell beoltatni és ők halljanak bele'],
      ['Side effects', 17638, 'Dániában csaknem 100% os átoltottság mellett ugyanúgy terjed a vírus..'],
      ['Vaccination is unnecessary', 32878, 'Anyátoknak a picsaja az azért hal meg annyi oltott idióták'],
      ['Resisting coercion', 19964, '@@lillaty84 Első körben meg kell nézni, hogy egy ügyvéd'],
      ['kevés kockázat, bagatellizálás', 49570, '@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍'],
    ];
    for (const [code, start, words] of expected) expect(coded(code, start), code).toMatch(new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(coded('kevés kockázat, bagatellizálás', 49570)).toBe('@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍');
  });

  it('saves as a valid Storyloom project file that reads back the same', async () => {
    expect(await xsdErrors(buildProjectQde(bundle))).toEqual([]);
    expect(await readQdpx(await writeQdpx(bundle), 'saved.qdpx')).toEqual(bundle);
  });
});
