import { describe, expect, it } from 'vitest';
import { db } from '../../renderer/db/database';
import { codeRanges } from '../../renderer/db/repositories/codings';
import { listHistory } from '../../renderer/db/repositories/history';
import { codeAt, withSample } from './support';

describe('coding ranges', () => {
  it('codes a range, writes the history line from the words given, and refuses a range past the end', async () => {
    const { projectId, sample } = await withSample();
    const source = sample.sources[0]!;
    const code = codeAt(sample, 'Carer support', 'Being noticed and asked');
    const start = 100;
    const words = source.text.text.slice(start, start + 24);
    const [id] = await codeRanges(projectId, code.id, [{ sourceId: source.source.id, start, end: start + 24, words }]);
    expect(await db().codings.get([projectId, id!])).toMatchObject({ codeId: code.id, start, end: start + 24 });
    const [event] = await listHistory(projectId);
    expect(event?.summary).toBe(`Coded "${words.replace(/\s+/g, ' ').trim()}" as Being noticed and asked`);
    const length = source.text.text.length;
    await expect(codeRanges(projectId, code.id, [{ sourceId: source.source.id, start: length - 5, end: length + 1 }]))
      .rejects.toThrow(`Cannot code characters ${length - 5}-${length + 1}: the source has ${length} characters.`);
  });

  it('adds nothing for a range the coder already coded with that code, nor twice for one range given twice', async () => {
    const { projectId, sample } = await withSample();
    const coding = sample.codings[0]!;
    const again = { sourceId: coding.sourceId, start: coding.start, end: coding.end };
    expect(await codeRanges(projectId, coding.codeId, [again])).toEqual([]);
    const other = codeAt(sample, 'Carer support', 'Practical support and breaks');
    const created = await codeRanges(projectId, other.id, [again, again]);
    expect(created).toHaveLength(1);
  });
});
