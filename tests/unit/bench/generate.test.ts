import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../shared/coding/ranges';
import { isGuid } from '../../../shared/model';
import { readQdpx, writeQdpx } from '../../../shared/qdpx';
import { generateProject, type BenchSize } from '../../bench/generate';

const TINY: BenchSize = { name: 'tiny', sources: 3, wordsPerSource: 600, codings: 90, participants: 10, facilitators: 2, quotes: 5 };
const words = (text: string) => text.split(/\s+/).filter((w) => w && !/^[A-Z]\d+:$/.test(w)).length;

describe('generateProject', () => {
  it('is deterministic: the same size and seed give the same project', async () => {
    const a = await generateProject(TINY, 7);
    expect(await generateProject(TINY, 7)).toEqual(a);
    expect((await generateProject(TINY, 8)).sources[0]?.text.text).not.toBe(a.sources[0]?.text.text);
  });

  it('makes the sources, words, codings, people and codes it says', async () => {
    const b = await generateProject(TINY, 7);
    expect(b.sources).toHaveLength(3);
    for (const { source, text } of b.sources) {
      expect(words(text.text)).toBe(600);
      expect(source.characters).toBe(text.text.length);
      expect(source.turnCount).toBe(text.turns.length);
    }
    expect(b.codings).toHaveLength(90);
    expect(b.codes).toHaveLength(300);
    expect(b.participants.filter((p) => p.role === 'participant')).toHaveLength(10);
    expect(b.participants.filter((p) => p.role === 'facilitator')).toHaveLength(2);
    expect(b.attributes.map((a) => a.name)).toEqual(['Group', 'Organisation category']);
    expect(new Set(b.codings.map((c) => c.coderId)).size).toBeGreaterThan(1);
    const ids = [b.project.id, ...b.sources.map((s) => s.source.id), ...b.codes.map((c) => c.id), ...b.codings.map((c) => c.id)];
    expect(ids.every(isGuid)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts turns after the speaker label and every coding on word boundaries inside one turn', async () => {
    const b = await generateProject(TINY, 7);
    const texts = new Map(b.sources.map((s) => [s.source.id as string, s.text]));
    for (const { text } of b.sources) {
      for (const turn of text.turns) expect(text.text.slice(turn.start - turn.speaker!.length - 2, turn.start)).toBe(`${turn.speaker}: `);
    }
    for (const coding of b.codings) {
      const text = texts.get(coding.sourceId)!;
      expect(coding.start).toBeGreaterThanOrEqual(0);
      expect(coding.end).toBeLessThanOrEqual(text.text.length);
      expect(snapToWords(text.text, coding.start, coding.end)).toEqual({ start: coding.start, end: coding.end });
      expect(text.turns.some((t) => t.start <= coding.start && coding.end <= t.end)).toBe(true);
    }
  });

  it('survives the project file: what readQdpx gives back is what was written', async () => {
    const b = await generateProject(TINY, 7);
    const read = await readQdpx(await writeQdpx(b), 'tiny.qdpx');
    expect(read.codings.map((c) => [c.id, c.start, c.end]).sort()).toEqual(b.codings.map((c) => [c.id, c.start, c.end]).sort());
    expect(read.sources.map((s) => s.text)).toEqual(b.sources.map((s) => s.text));
  });
});
