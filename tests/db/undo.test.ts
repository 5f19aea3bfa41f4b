import { describe, expect, it } from 'vitest';
import { db } from '../../renderer/db/database';
import { loadBundle } from '../../renderer/db/repositories/bundles';
import { codeRanges, removeCoding, setCodingRange } from '../../renderer/db/repositories/codings';
import { createCode, updateCode } from '../../renderer/db/repositories/codes';
import { redo, undo, undoState } from '../../renderer/db/undo';
import { byId } from '../support/sample';
import { codeAt, withSample } from './support';

const INFO = ['Toughest challenges for integrating carer support services', 'Carers', 'Information sharing'];

describe('coding with undo and redo', () => {
  it('codes a range as the current coder; undo removes it, redo brings it back', async () => {
    const { projectId, sample } = await withSample();
    const code = codeAt(sample, ...INFO);
    const fg1 = sample.sources[0]!;
    const [id] = await codeRanges(projectId, code.id, [{ sourceId: fg1.source.id, start: 20, end: 40 }]);
    const coding = await db().codings.get([projectId, id!]);
    expect(coding).toMatchObject({ codeId: code.id, coderId: sample.project.currentCoderId, start: 20, end: 40 });
    expect((await undoState(projectId)).undo).toMatch(/^Coded ".+" as Information sharing$/);

    expect(await undo(projectId)).toMatch(/^Coded/);
    expect(await db().codings.get([projectId, id!])).toBeUndefined();
    expect(await undoState(projectId)).toMatchObject({ redo: expect.stringMatching(/^Coded/) });
    await redo(projectId);
    expect(await db().codings.get([projectId, id!])).toEqual(coding);
  });

  it('never duplicates: coding the same words with the same code again adds nothing', async () => {
    const { projectId, sample } = await withSample();
    const existing = sample.codings[0]!;
    const created = await codeRanges(projectId, existing.codeId, [{ sourceId: existing.sourceId, start: existing.start, end: existing.end }]);
    expect(created).toEqual([]);
    expect(await db().codings.where('projectId').equals(projectId).count()).toBe(sample.codings.length);
  });

  it('refuses a range outside the text with a plain message', async () => {
    const { projectId, sample } = await withSample();
    const code = codeAt(sample, ...INFO);
    await expect(codeRanges(projectId, code.id, [{ sourceId: sample.sources[3]!.source.id, start: 0, end: 10_000_000 }]))
      .rejects.toThrow(/Cannot code characters 0-10000000: the source has \d+ characters/);
  });

  it('undoes a run of mixed actions back to the original project, and redoes them all', async () => {
    const { projectId } = await withSample();
    const original = byId(await loadBundle(projectId));
    const theme = await createCode(projectId, { name: 'Money worries' });
    await updateCode(projectId, theme, { definition: 'Costs of caring.', color: '#123456' });
    const fg2 = original.sources.find((s) => s.source.label === 'FG 2')!;
    const [coding] = await codeRanges(projectId, theme, [{ sourceId: fg2.source.id, start: 100, end: 150 }]);
    await setCodingRange(projectId, coding!, 90, 160);
    await removeCoding(projectId, original.codings[0]!.id);
    const changed = byId(await loadBundle(projectId));

    for (let i = 0; i < 5; i++) expect(await undo(projectId)).not.toBeNull();
    expect(await undo(projectId)).toBeNull();
    const undone = byId(await loadBundle(projectId));
    expect({ ...undone, project: null, history: [] }).toEqual({ ...original, project: null, history: [] });

    for (let i = 0; i < 5; i++) expect(await redo(projectId)).not.toBeNull();
    expect(await redo(projectId)).toBeNull();
    const redone = byId(await loadBundle(projectId));
    expect({ ...redone, project: null, history: [] }).toEqual({ ...changed, project: null, history: [] });
  });

  it('a new action after an undo ends the redo chain, and the audit trail keeps everything', async () => {
    const { projectId } = await withSample();
    await createCode(projectId, { name: 'First' });
    await undo(projectId);
    await createCode(projectId, { name: 'Second' });
    expect(await undoState(projectId)).toEqual({ undo: 'Created code "Second"', redo: null });
    const actions = (await db().history.where('projectId').equals(projectId).toArray()).map((e) => e.summary);
    expect(actions).toEqual(expect.arrayContaining(['Created code "First"', 'Created code "Second"']));
  });

  it('refuses to undo a change whose rows were altered since by something not undoable', async () => {
    const { projectId } = await withSample();
    const id = await createCode(projectId, { name: 'Fragile' });
    await db().codes.update([projectId, id], { name: 'Changed behind history' });
    await expect(undo(projectId)).rejects.toThrow('Cannot undo "Created code "Fragile"": what it changed has been changed again since.');
    expect(await db().codes.get([projectId, id])).toBeDefined();
  });
});
