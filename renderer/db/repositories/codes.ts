import {
  asId, newGuid, type Code, type CodeId, type CodeStatus, type CodingId, type MemoAnchor, type ProjectId,
} from '../../../shared/model';
import { isHexColour, nextCodeColour, subtreeIds, validateCodeName, wouldCycle } from '../../../shared/codes/codeRules';
import { runAction, type RowChange } from '../changes';
import { db } from '../database';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];
const allCodes = (projectId: ProjectId) => db().codes.where('projectId').equals(projectId).toArray();
const siblingsOf = (codes: Code[], parentId: CodeId | null) =>
  codes.filter((c) => c.parentId === parentId).sort((a, b) => a.order - b.order);

async function codeOrThrow(projectId: ProjectId, codeId: CodeId): Promise<Code> {
  const code = await db().codes.get(key(projectId, codeId));
  if (!code) throw new Error('That code no longer exists.');
  return code;
}

/** Creates a code at the end of its parent's children. Returns its id. */
export async function createCode(
  projectId: ProjectId, input: { name: string; parentId?: CodeId | null; color?: string; definition?: string },
): Promise<CodeId> {
  const id = asId<CodeId>(newGuid());
  const parentId = input.parentId ?? null;
  let name = '';
  await runAction(projectId, 'code:create', () => `Created code "${name}"`, async () => {
    const codes = await allCodes(projectId);
    if (parentId && !codes.some((c) => c.id === parentId)) throw new Error('The parent code no longer exists.');
    const siblings = siblingsOf(codes, parentId);
    name = validateCodeName(input.name, siblings);
    const color = input.color && isHexColour(input.color) ? input.color.toLowerCase() : nextCodeColour(codes);
    const code: Code = {
      id, projectId, parentId, name, definition: input.definition?.trim() ?? '', color,
      order: (siblings.at(-1)?.order ?? -1) + 1, status: 'candidate', aliases: [], createdAt: new Date().toISOString(),
    };
    return [{ table: 'codes', key: key(projectId, id), before: null, after: code }];
  });
  return id;
}

export interface CodePatch {
  name?: string;
  definition?: string;
  color?: string;
  status?: CodeStatus;
  aliases?: string[];
}

/** Renames, redefines, recolours or sets the status of a code. */
export async function updateCode(projectId: ProjectId, codeId: CodeId, patch: CodePatch): Promise<void> {
  let summary = '';
  await runAction(projectId, 'code:update', () => summary, async () => {
    const code = await codeOrThrow(projectId, codeId);
    const next: Code = { ...code };
    if (patch.name !== undefined) next.name = validateCodeName(patch.name, siblingsOf(await allCodes(projectId), code.parentId), code.id);
    if (patch.definition !== undefined) next.definition = patch.definition.trim();
    if (patch.color !== undefined) {
      if (!isHexColour(patch.color)) throw new Error('A colour must look like #1f77b4.');
      next.color = patch.color.toLowerCase();
    }
    if (patch.status !== undefined) next.status = patch.status;
    if (patch.aliases !== undefined) next.aliases = [...new Set(patch.aliases.map((a) => a.trim()).filter(Boolean))];
    summary = next.name !== code.name ? `Renamed code "${code.name}" to "${next.name}"`
      : next.definition !== code.definition ? `Defined code "${code.name}"`
        : next.color !== code.color ? `Recoloured code "${code.name}"`
          : next.status !== code.status ? `Marked code "${code.name}" ${next.status}` : `Changed code "${code.name}"`;
    return JSON.stringify(next) === JSON.stringify(code) ? [] : [{ table: 'codes', key: key(projectId, codeId), before: code, after: next }];
  });
}

/** Moves a code under a new parent (null: the top level) at a position among its new siblings. */
export async function moveCode(projectId: ProjectId, codeId: CodeId, parentId: CodeId | null, index: number): Promise<void> {
  let summary = '';
  await runAction(projectId, 'code:move', () => summary, async () => {
    const codes = await allCodes(projectId);
    const code = codes.find((c) => c.id === codeId);
    if (!code) throw new Error('That code no longer exists.');
    if (wouldCycle(codes, codeId, parentId)) throw new Error(`"${code.name}" cannot go beneath itself.`);
    const parent = parentId ? codes.find((c) => c.id === parentId) : null;
    if (parentId && !parent) throw new Error('The new parent code no longer exists.');
    const siblings = siblingsOf(codes, parentId).filter((c) => c.id !== codeId);
    if (parentId !== code.parentId) validateCodeName(code.name, siblings);
    const at = Math.max(0, Math.min(index, siblings.length));
    const ordered = [...siblings.slice(0, at), { ...code, parentId }, ...siblings.slice(at)];
    summary = parentId === code.parentId ? `Reordered code "${code.name}"` : `Moved code "${code.name}" under ${parent ? `"${parent.name}"` : 'the top level'}`;
    const changes: RowChange[] = [];
    ordered.forEach((c, order) => {
      const before = codes.find((o) => o.id === c.id)!;
      if (before.order !== order || before.parentId !== c.parentId) {
        changes.push({ table: 'codes', key: key(projectId, c.id), before, after: { ...before, parentId: c.parentId, order } });
      }
    });
    return changes;
  });
}

/** What deleting a code would remove, for the confirmation. */
export async function deletionImpact(projectId: ProjectId, codeId: CodeId): Promise<{ codes: number; codings: number }> {
  const ids = subtreeIds(await allCodes(projectId), codeId);
  const codings = await db().codings.where('projectId').equals(projectId).filter((c) => ids.has(c.codeId)).count();
  return { codes: ids.size, codings };
}

/** Deletes a code with everything beneath it, their codings and the quotes made from those. */
export async function deleteCode(projectId: ProjectId, codeId: CodeId): Promise<void> {
  const store = db();
  let summary = '';
  await runAction(projectId, 'code:delete', () => summary, async () => {
    const codes = await allCodes(projectId);
    const code = codes.find((c) => c.id === codeId);
    if (!code) return [];
    const ids = subtreeIds(codes, codeId);
    const codings = await store.codings.where('projectId').equals(projectId).filter((c) => ids.has(c.codeId)).toArray();
    const codingIds = new Set<string>(codings.map((c) => c.id));
    const quotes = await store.quotes.where('projectId').equals(projectId).filter((q) => codingIds.has(q.codingId) || ids.has(q.codeId)).toArray();
    const memos = await store.memos.where('projectId').equals(projectId).filter((m) =>
      (m.anchor.type === 'code' && ids.has(m.anchor.id)) || (m.anchor.type === 'cell' && ids.has(m.anchor.codeId))
      || (m.anchor.type === 'coding' && codingIds.has(m.anchor.id))).toArray();
    summary = `Deleted code "${code.name}" and ${codings.length} ${codings.length === 1 ? 'coding' : 'codings'}`;
    return [
      ...memos.map((m): RowChange => ({ table: 'memos', key: key(projectId, m.id), before: m, after: null })),
      ...quotes.map((q): RowChange => ({ table: 'quotes', key: key(projectId, q.id), before: q, after: null })),
      ...codings.map((c): RowChange => ({ table: 'codings', key: key(projectId, c.id), before: c, after: null })),
      ...codes.filter((c) => ids.has(c.id)).map((c): RowChange => ({ table: 'codes', key: key(projectId, c.id), before: c, after: null })),
    ];
  });
}

/**
 * Merges `fromId` into `intoId`: its codings move (a coding the same coder already made on the
 * same words with the target code collapses into that one), its children move under the
 * target, its name and aliases become the target's aliases, and it is deleted. Returns the
 * summary recorded in history, for the status line.
 */
export async function mergeCode(projectId: ProjectId, fromId: CodeId, intoId: CodeId): Promise<string> {
  const store = db();
  let summary = '';
  await runAction(projectId, 'code:merge', () => summary, async () => {
    if (fromId === intoId) throw new Error('A code cannot be merged into itself.');
    const codes = await allCodes(projectId);
    const from = codes.find((c) => c.id === fromId);
    const into = codes.find((c) => c.id === intoId);
    if (!from || !into) throw new Error('That code no longer exists.');
    if (subtreeIds(codes, fromId).has(intoId)) throw new Error(`"${from.name}" cannot be merged into a code beneath it.`);
    const all = await store.codings.where('projectId').equals(projectId).filter((c) => c.codeId === fromId || c.codeId === intoId).toArray();
    const signature = (c: { sourceId: string; start: number; end: number; coderId: string }) => `${c.sourceId}|${c.start}|${c.end}|${c.coderId}`;
    const taken = new Map(all.filter((c) => c.codeId === intoId).map((c) => [signature(c), c.id]));
    const changes: RowChange[] = [];
    const collapsed = new Map<CodingId, CodingId>();
    for (const coding of all.filter((c) => c.codeId === fromId)) {
      const twin = taken.get(signature(coding));
      if (twin) {
        collapsed.set(coding.id, twin);
        changes.push({ table: 'codings', key: key(projectId, coding.id), before: coding, after: null });
      } else {
        taken.set(signature(coding), coding.id);
        changes.push({ table: 'codings', key: key(projectId, coding.id), before: coding, after: { ...coding, codeId: intoId } });
      }
    }
    const quotes = await store.quotes.where('projectId').equals(projectId).filter((q) => q.codeId === fromId).toArray();
    for (const q of quotes) {
      changes.push({ table: 'quotes', key: key(projectId, q.id), before: q, after: { ...q, codeId: intoId, codingId: collapsed.get(q.codingId) ?? q.codingId } });
    }
    const memos = await store.memos.where('projectId').equals(projectId)
      .filter((m) => (m.anchor.type === 'code' && m.anchor.id === fromId) || (m.anchor.type === 'cell' && m.anchor.codeId === fromId)
        || (m.anchor.type === 'coding' && collapsed.has(m.anchor.id as CodingId))).toArray();
    for (const m of memos) {
      const twin = m.anchor.type === 'coding' ? collapsed.get(m.anchor.id) : undefined;
      const anchor: MemoAnchor = m.anchor.type === 'cell' ? { ...m.anchor, codeId: intoId }
        : twin ? { type: 'coding', id: twin } : { type: 'code', id: intoId };
      changes.push({ table: 'memos', key: key(projectId, m.id), before: m, after: { ...m, anchor } });
    }
    const targetChildren = siblingsOf(codes, intoId);
    siblingsOf(codes, fromId).forEach((child, i) => {
      validateCodeName(child.name, targetChildren);
      changes.push({ table: 'codes', key: key(projectId, child.id), before: child, after: { ...child, parentId: intoId, order: targetChildren.length + i } });
    });
    const aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((a) => a !== into.name);
    changes.push({ table: 'codes', key: key(projectId, intoId), before: into, after: { ...into, aliases } });
    changes.push({ table: 'codes', key: key(projectId, fromId), before: from, after: null });
    const moved = all.filter((c) => c.codeId === fromId).length;
    summary = `Merged "${from.name}" into "${into.name}" (${moved} ${moved === 1 ? 'coding' : 'codings'}, ${collapsed.size} duplicate${collapsed.size === 1 ? '' : 's'} collapsed)`;
    return changes;
  });
  return summary;
}

/** Splits a code: the chosen codings move to a new sibling code with the given name. */
export async function splitCode(projectId: ProjectId, codeId: CodeId, codingIds: readonly CodingId[], newName: string): Promise<CodeId> {
  const store = db();
  const id = asId<CodeId>(newGuid());
  let summary = '';
  await runAction(projectId, 'code:split', () => summary, async () => {
    const codes = await allCodes(projectId);
    const code = codes.find((c) => c.id === codeId);
    if (!code) throw new Error('That code no longer exists.');
    const siblings = siblingsOf(codes, code.parentId);
    const name = validateCodeName(newName, siblings);
    const chosen = new Set<string>(codingIds);
    const codings = await store.codings.where('projectId').equals(projectId).filter((c) => c.codeId === codeId && chosen.has(c.id)).toArray();
    if (codings.length === 0) throw new Error('Choose at least one coding to move to the new code.');
    const created: Code = { ...code, id, name, definition: '', aliases: [], status: 'candidate', order: code.order + 0.5, color: nextCodeColour(codes), createdAt: new Date().toISOString() };
    summary = `Split ${codings.length} ${codings.length === 1 ? 'coding' : 'codings'} from "${code.name}" into "${name}"`;
    return [
      { table: 'codes', key: key(projectId, id), before: null, after: created },
      ...codings.map((c): RowChange => ({ table: 'codings', key: key(projectId, c.id), before: c, after: { ...c, codeId: id } })),
    ];
  });
  return id;
}
