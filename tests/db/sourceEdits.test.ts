import { describe, expect, it } from 'vitest';
import { db } from '../../renderer/db/database';
import { codeRanges } from '../../renderer/db/repositories/codings';
import { correctText } from '../../renderer/db/repositories/sourceEdits';
import { undo } from '../../renderer/db/undo';
import type { Coding, ProjectId, SourceId } from '../../shared/model';
import { withSample } from './support';

async function state(projectId: ProjectId, sourceId: SourceId) {
  const text = (await db().sourceTexts.get([projectId, sourceId]))!;
  const codings = await db().codings.where('[projectId+sourceId]').equals([projectId, sourceId]).toArray();
  const coded = (c: Coding) => text.text.slice(c.start, c.end);
  return { text, codings, coded };
}

describe('correcting a transcription error', () => {
  it('keeps every coding on the same words: after the edit they shift, around it they adjust', async () => {
    const { projectId, sample } = await withSample();
    const fg1 = sample.sources[0]!;
    const before = await state(projectId, fg1.source.id);
    const words = before.codings.map(before.coded);
    const target = before.text.text.indexOf('teaching assistant');
    await correctText(projectId, fg1.source.id, { start: target, end: target + 'teaching'.length, insert: 'classroom' });
    const after = await state(projectId, fg1.source.id);
    expect(after.text.text).toBe(before.text.text.replace('teaching assistant', 'classroom assistant'));
    const byId = new Map(after.codings.map((c) => [c.id, c]));
    before.codings.forEach((c, i) => {
      const moved = byId.get(c.id)!;
      if (c.end <= target || c.start >= target + 8) expect(after.coded(moved)).toBe(words[i]);
      else expect(after.coded(moved)).toBe(words[i]!.replace('teaching', 'classroom'));
    });
    expect(after.text.turns.map((t) => after.text.text.slice(t.start, t.end).slice(0, 12)))
      .toEqual(before.text.turns.map((t) => before.text.text.slice(t.start, t.end).replace('teaching assistant', 'classroom assistant').slice(0, 12)));
    const source = (await db().sources.get([projectId, fg1.source.id]))!;
    expect(source.characters).toBe(after.text.text.length);
    expect(source.contentHash).not.toBe(fg1.source.contentHash);
  });

  it('removes a coding whose every word is deleted, and undo brings the text and the coding back', async () => {
    const { projectId, sample } = await withSample();
    const nar4 = sample.sources.find((s) => s.source.label === 'Nar. 4')!;
    const start = nar4.text.text.indexOf(' ') + 1;
    const end = nar4.text.text.indexOf(' ', start);
    const codeId = sample.codes.find((c) => c.name === 'Dignity and being treated as a person')!.id;
    const [id] = await codeRanges(projectId, codeId, [{ sourceId: nar4.source.id, start, end }]);
    const outcome = await correctText(projectId, nar4.source.id, { start: start - 1, end: end + 1, insert: ' ' });
    expect(outcome.removedCodings).toBeGreaterThanOrEqual(1);
    expect(await db().codings.get([projectId, id!])).toBeUndefined();
    await undo(projectId);
    expect((await db().sourceTexts.get([projectId, nar4.source.id]))!.text).toBe(nar4.text.text);
    expect(await db().codings.get([projectId, id!])).toMatchObject({ start, end });
  });

  it('refuses an edit outside the text and changes nothing', async () => {
    const { projectId, sample } = await withSample();
    const nar2 = sample.sources.find((s) => s.source.label === 'Nar. 2')!;
    await expect(correctText(projectId, nar2.source.id, { start: 5, end: 999_999, insert: 'x' })).rejects.toThrow(RangeError);
    expect((await db().sourceTexts.get([projectId, nar2.source.id]))!.text).toBe(nar2.text.text);
  });
});

describe('undoing a correction after reading on', () => {
  it('is not blocked by the reading position or read state moving, and keeps them', async () => {
    const { projectId, sample } = await withSample();
    const fg2 = sample.sources[1]!;
    await correctText(projectId, fg2.source.id, { start: 0, end: 0, insert: 'X' });
    await db().sources.update([projectId, fg2.source.id], { readingPosition: 500, isRead: true });
    await undo(projectId);
    const source = (await db().sources.get([projectId, fg2.source.id]))!;
    expect(source).toMatchObject({ characters: fg2.source.characters, readingPosition: 500, isRead: true });
    expect((await db().sourceTexts.get([projectId, fg2.source.id]))!.text).toBe(fg2.text.text);
  });
});
