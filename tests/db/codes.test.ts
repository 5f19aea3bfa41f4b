import { describe, expect, it } from 'vitest';
import { db } from '../../renderer/db/database';
import {
  createCode, deleteCode, deletionImpact, mergeCode, moveCode, splitCode, updateCode,
} from '../../renderer/db/repositories/codes';
import { codeRanges } from '../../renderer/db/repositories/codings';
import { undo } from '../../renderer/db/undo';
import type { CodeId, ProjectId } from '../../shared/model';
import { codeAt, withSample } from './support';

const codingsOf = (projectId: ProjectId, codeId: CodeId) => db().codings.where('[projectId+codeId]').equals([projectId, codeId]).toArray();

describe('the code tree', () => {
  it('creates codes with a palette colour and refuses a duplicate sibling name', async () => {
    const { projectId } = await withSample();
    const id = await createCode(projectId, { name: '  Respite  ' });
    expect(await db().codes.get([projectId, id])).toMatchObject({ name: 'Respite', parentId: null, status: 'candidate', color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    await expect(createCode(projectId, { name: 'respite' })).rejects.toThrow('There is already a code named "Respite" here.');
    await expect(createCode(projectId, { name: ' ' })).rejects.toThrow('A code needs a name.');
  });

  it('renames, defines, recolours and sets status; a bad colour is refused', async () => {
    const { projectId, sample } = await withSample();
    const code = codeAt(sample, 'Carer support', 'Being noticed and asked');
    await updateCode(projectId, code.id, { name: 'Being noticed', definition: 'Seen as a carer.', color: '#AABBCC', status: 'final' });
    expect(await db().codes.get([projectId, code.id])).toMatchObject({ name: 'Being noticed', definition: 'Seen as a carer.', color: '#aabbcc', status: 'final' });
    await expect(updateCode(projectId, code.id, { color: 'red' })).rejects.toThrow('A colour must look like #1f77b4.');
  });

  it('moves and reorders, and refuses to put a code beneath itself', async () => {
    const { projectId, sample } = await withSample();
    const theme = codeAt(sample, 'Carer support');
    const child = codeAt(sample, 'Carer support', 'Practical support and breaks');
    await moveCode(projectId, child.id, theme.id, 0);
    const children = (await db().codes.where('[projectId+parentId]').equals([projectId, theme.id]).sortBy('order')).map((c) => c.name);
    expect(children[0]).toBe('Practical support and breaks');
    await expect(moveCode(projectId, theme.id, child.id, 0)).rejects.toThrow('"Carer support" cannot go beneath itself.');
    await moveCode(projectId, child.id, null, 99);
    expect((await db().codes.get([projectId, child.id]))!.parentId).toBeNull();
  });

  it('merges two codes: counts add up, exact duplicates collapse, the old name becomes an alias', async () => {
    const { projectId, sample } = await withSample();
    const a = codeAt(sample, 'Carer support', 'Being noticed and asked');
    const b = codeAt(sample, 'Carer support', 'Practical support and breaks');
    const aCodings = await codingsOf(projectId, a.id);
    const bCodings = await codingsOf(projectId, b.id);
    const twin = aCodings[0]!;
    await codeRanges(projectId, b.id, [{ sourceId: twin.sourceId, start: twin.start, end: twin.end }]);
    const summary = await mergeCode(projectId, a.id, b.id);
    expect(summary).toBe(`Merged "Being noticed and asked" into "Practical support and breaks" (${aCodings.length} codings, 1 duplicate collapsed)`);
    expect(await db().codes.get([projectId, a.id])).toBeUndefined();
    expect(await codingsOf(projectId, b.id)).toHaveLength(aCodings.length + bCodings.length);
    expect((await db().codes.get([projectId, b.id]))!.aliases).toContain('Being noticed and asked');
    await undo(projectId);
    expect(await codingsOf(projectId, a.id)).toHaveLength(aCodings.length);
  });

  it('splits chosen codings into a new sibling code', async () => {
    const { projectId, sample } = await withSample();
    const code = codeAt(sample, 'Carer support', 'Being noticed and asked');
    const codings = await codingsOf(projectId, code.id);
    const newId = await splitCode(projectId, code.id, [codings[0]!.id], 'Being asked first');
    expect(await codingsOf(projectId, newId)).toHaveLength(1);
    expect(await codingsOf(projectId, code.id)).toHaveLength(codings.length - 1);
    expect((await db().codes.get([projectId, newId]))!.parentId).toBe(code.parentId);
  });

  it('says how many codings a delete removes, removes the subtree, and undo restores it', async () => {
    const { projectId, sample } = await withSample();
    const theme = codeAt(sample, 'Carer support');
    const impact = await deletionImpact(projectId, theme.id);
    const subtree = sample.codes.filter((c) => c.id === theme.id || c.parentId === theme.id);
    const expected = sample.codings.filter((c) => subtree.some((s) => s.id === c.codeId)).length;
    expect(impact).toEqual({ codes: subtree.length, codings: expected });
    await deleteCode(projectId, theme.id);
    expect(await db().codes.where('projectId').equals(projectId).count()).toBe(sample.codes.length - subtree.length);
    expect(await db().codings.where('projectId').equals(projectId).count()).toBe(sample.codings.length - expected);
    await undo(projectId);
    expect(await db().codings.where('projectId').equals(projectId).count()).toBe(sample.codings.length);
  });
});

describe('memos follow their codes', () => {
  it('a memo on a merged code moves to the target; a memo on a deleted code goes, and undo brings it back', async () => {
    const { projectId, sample } = await withSample();
    const { createMemo } = await import('../../renderer/db/repositories/memos');
    const a = codeAt(sample, 'Carer support', 'Being noticed and asked');
    const b = codeAt(sample, 'Carer support', 'Practical support and breaks');
    const memoId = await createMemo(projectId, { kind: 'memo', anchor: { type: 'code', id: a.id }, title: 'On noticing' });
    await mergeCode(projectId, a.id, b.id);
    expect((await db().memos.get([projectId, memoId]))!.anchor).toEqual({ type: 'code', id: b.id });
    await deleteCode(projectId, b.id);
    expect(await db().memos.get([projectId, memoId])).toBeUndefined();
    await undo(projectId);
    expect(await db().memos.get([projectId, memoId])).toBeDefined();
  });
});
