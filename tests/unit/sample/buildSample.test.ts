import { describe, expect, it } from 'vitest';
import { buildSample, SampleError } from '../../../shared/sample/buildSample';
import { sampleBundle, sampleSpec, sampleTexts } from '../../support/sample';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the sample project', () => {
  it('has two focus groups of 2,500-4,000 words with a facilitator and 5-7 participants each', async () => {
    const bundle = await sampleBundle();
    const groups = bundle.sources.filter((s) => s.source.kind === 'focus-group');
    expect(groups.map((g) => g.source.label)).toEqual(['FG 1', 'FG 2']);
    for (const group of groups) {
      expect(words(group.text.text)).toBeGreaterThanOrEqual(2500);
      expect(words(group.text.text)).toBeLessThanOrEqual(4000);
      const speakers = new Set(group.text.turns.map((t) => t.participantId));
      const roles = bundle.participants.filter((p) => speakers.has(p.id)).map((p) => p.role);
      expect(roles.filter((r) => r === 'facilitator')).toHaveLength(1);
      const participants = roles.filter((r) => r === 'participant').length;
      expect(participants).toBeGreaterThanOrEqual(5);
      expect(participants).toBeLessThanOrEqual(7);
      expect(group.text.turns.every((t) => t.speaker !== null && t.participantId !== null)).toBe(true);
    }
  });

  it('has the four kinds of narrative, as paragraphs with no speaker', async () => {
    const bundle = await sampleBundle();
    const narratives = bundle.sources.filter((s) => s.source.kind === 'narrative');
    expect(narratives.map((n) => n.source.label)).toEqual(['Nar. 1', 'Nar. 2', 'Nar. 3', 'Nar. 4']);
    for (const n of narratives) {
      expect(n.text.turns.length).toBeGreaterThan(0);
      expect(n.text.turns.every((t) => t.speaker === null)).toBe(true);
    }
  });

  it('gives each turn exactly the speech after "Name: ", and turns never overlap', async () => {
    const bundle = await sampleBundle();
    const fg1 = bundle.sources[0];
    expect(fg1).toBeDefined();
    const { text, turns } = fg1!.text;
    const first = turns[0]!;
    expect(text.slice(0, first.start)).toBe(`${first.speaker}: `);
    for (let i = 1; i < turns.length; i++) expect(turns[i]!.start).toBeGreaterThan(turns[i - 1]!.end);
    for (const t of turns) expect(text.slice(t.start, t.end)).not.toMatch(/^\s|\s$/);
  });

  it('codes a few dozen excerpts on leaf codes, each on the words the spec quotes', async () => {
    const spec = sampleSpec();
    const bundle = await sampleBundle();
    expect(bundle.codings.length).toBeGreaterThanOrEqual(24);
    const parents = new Set(bundle.codes.map((c) => c.parentId));
    bundle.codings.forEach((coding, i) => {
      const source = bundle.sources.find((s) => s.source.id === coding.sourceId)!;
      expect(source.text.text.slice(coding.start, coding.end)).toBe(spec.codings[i]!.text);
      expect(parents.has(coding.codeId)).toBe(false);
    });
  });

  it('describes participants with group and organisation attributes', async () => {
    const bundle = await sampleBundle();
    const group = bundle.attributes.find((a) => a.name === 'Group')!;
    const organisation = bundle.attributes.find((a) => a.name === 'Organisation category')!;
    expect(group.categories).toEqual(['Carer', 'HSC professional']);
    const people = bundle.participants.filter((p) => p.role === 'participant');
    for (const p of people) {
      expect(group.categories).toContain(p.attributes[group.id]);
      expect(organisation.categories).toContain(p.attributes[organisation.id]);
    }
  });

  it('is deterministic: two builds are identical', async () => {
    expect(await sampleBundle()).toEqual(await sampleBundle());
  });

  it('refuses an excerpt that is not in the text, naming the coding', async () => {
    const spec = sampleSpec();
    spec.codings[0] = { ...spec.codings[0]!, text: 'words nobody said' };
    await expect(buildSample(spec, sampleTexts(spec))).rejects.toThrow(SampleError);
    await expect(buildSample(spec, sampleTexts(spec))).rejects.toThrow(/Coding 1 \(.+\): the excerpt "words nobody said/);
  });

  it('refuses a missing source file', async () => {
    const spec = sampleSpec();
    const texts = sampleTexts(spec);
    delete texts['fg1.txt'];
    await expect(buildSample(spec, texts)).rejects.toThrow('Source FG 1: the file fg1.txt is missing.');
  });
});
