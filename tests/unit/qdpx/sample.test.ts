import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildProjectQde, readQdpx, writeQdpx } from '../../../shared/qdpx';
import { sampleBundle } from '../../support/sample';
import { xsdErrors } from './xsd';

describe('the sample project as a .qdpx file', () => {
  it('validates against Project.xsd', async () => {
    expect(await xsdErrors(buildProjectQde(await sampleBundle()))).toEqual([]);
  });

  it('round-trips without losing anything: sources, turns, participants, attributes, codes, codings, memos', async () => {
    const sample = await sampleBundle();
    const back = await readQdpx(await writeQdpx(sample), 'sample.qdpx');
    expect(back).toEqual(sample);
  });

  it('holds what other tools read in standard places: lower-case sources/, internal:// paths, Cases, Variables', async () => {
    const zip = await JSZip.loadAsync(await writeQdpx(await sampleBundle()));
    const names = Object.keys(zip.files);
    expect(names).toContain('project.qde');
    expect(names.filter((n) => n.startsWith('sources/') && n.endsWith('.txt'))).toHaveLength(6);
    const qde = await zip.file('project.qde')!.async('string');
    expect(qde).toMatch(/plainTextPath="internal:\/\/[0-9a-f-]{36}\.txt"/);
    expect((qde.match(/<Case /g) ?? []).length).toBe(12);
    expect(qde).toContain('name="Organisation category"');
    expect((qde.match(/<PlainTextSelection /g) ?? []).length).toBe(48);
  });
});
