import { describe, expect, it } from 'vitest';
import { db } from '../../renderer/db/database';
import {
  createMemo, deleteMemo, getMemo, isSameAnchor, listMemosNewestFirst, listMemosOnAnchor, updateMemo,
} from '../../renderer/db/repositories/memos';
import { redo, undo, undoState } from '../../renderer/db/undo';
import { codeAt, withSample } from './support';

const INFO = ['Toughest challenges for integrating carer support services', 'Carers', 'Information sharing'];
const RICH = JSON.stringify({ root: { type: 'root', version: 1, children: [] } });

describe('memos with undo and redo', () => {
  it('creates a memo on a code as the current coder; undo removes it, redo brings it back', async () => {
    const { projectId, sample } = await withSample();
    const code = codeAt(sample, ...INFO);
    const id = await createMemo(projectId, { kind: 'memo', anchor: { type: 'code', id: code.id }, title: '  Who tells whom  ' });
    const memo = await getMemo(projectId, id);
    expect(memo).toMatchObject({
      kind: 'memo', title: 'Who tells whom', content: '', plainText: '', coderId: sample.project.currentCoderId,
      anchor: { type: 'code', id: code.id },
    });
    expect((await undoState(projectId)).undo).toBe('Created memo "Who tells whom"');
    expect((await listMemosOnAnchor(projectId, { type: 'code', id: code.id })).map((m) => m.id)).toEqual([id]);

    expect(await undo(projectId)).toBe('Created memo "Who tells whom"');
    expect(await getMemo(projectId, id)).toBeUndefined();
    await redo(projectId);
    expect(await getMemo(projectId, id)).toEqual(memo);
  });

  it('saves title, content, plain text and kind as one undoable edit', async () => {
    const { projectId, sample } = await withSample();
    const original = sample.memos[0]!;
    await updateMemo(projectId, original.id, { title: 'Scope', content: RICH, plainText: 'New text', kind: 'recommendation' });
    const saved = await getMemo(projectId, original.id);
    expect(saved).toMatchObject({ title: 'Scope', content: RICH, plainText: 'New text', kind: 'recommendation', createdAt: original.createdAt });
    expect(saved!.updatedAt > original.updatedAt).toBe(true);
    expect((await undoState(projectId)).undo).toBe(`Renamed memo "${original.title}" to "Scope"`);

    await undo(projectId);
    expect(await getMemo(projectId, original.id)).toEqual(original);
    await redo(projectId);
    expect(await getMemo(projectId, original.id)).toEqual(saved);
  });

  it('records nothing when a save changes nothing', async () => {
    const { projectId, sample } = await withSample();
    const memo = sample.memos[1]!;
    const before = await db().history.count();
    await updateMemo(projectId, memo.id, { title: memo.title, plainText: memo.plainText });
    expect(await db().history.count()).toBe(before);
    expect(await getMemo(projectId, memo.id)).toEqual(memo);
  });

  it('deletes a memo; undo restores it exactly', async () => {
    const { projectId, sample } = await withSample();
    const memo = sample.memos[2]!;
    await deleteMemo(projectId, memo.id);
    expect(await getMemo(projectId, memo.id)).toBeUndefined();
    expect((await undoState(projectId)).undo).toBe(`Deleted memo "${memo.title}"`);
    await undo(projectId);
    expect(await getMemo(projectId, memo.id)).toEqual(memo);
  });

  it('refuses to save a memo that no longer exists', async () => {
    const { projectId, sample } = await withSample();
    const memo = sample.memos[0]!;
    await deleteMemo(projectId, memo.id);
    await expect(updateMemo(projectId, memo.id, { title: 'Again' })).rejects.toThrow('That memo no longer exists.');
  });

  it('lists memos newest first and a journal entry can be dated earlier', async () => {
    const { projectId, sample } = await withSample();
    await createMemo(projectId, { kind: 'journal', anchor: { type: 'project' }, title: 'Back-dated', createdAt: '2025-03-01T09:00:00.000Z' });
    const listed = await listMemosNewestFirst(projectId);
    expect(listed).toHaveLength(sample.memos.length + 1);
    expect(listed.map((m) => m.createdAt)).toEqual([...listed.map((m) => m.createdAt)].sort().reverse());
    expect(listed.at(-1)!.title).toBe('Back-dated');
  });

  it('compares anchors by type and id', () => {
    const code = { type: 'code', id: 'a' } as const;
    expect(isSameAnchor({ type: 'project' }, { type: 'project' })).toBe(true);
    expect(isSameAnchor(code as never, { type: 'code', id: 'a' } as never)).toBe(true);
    expect(isSameAnchor(code as never, { type: 'source', id: 'a' } as never)).toBe(false);
    expect(isSameAnchor(code as never, { type: 'project' })).toBe(false);
  });
});
