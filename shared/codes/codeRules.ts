/**
 * Rules for the code tree that every face applies the same way: names, colours, where a code
 * may move. Pure.
 */
import type { Code } from '../model';

export const MAX_CODE_NAME = 200;

/** Colours for new codes: distinct, and dark enough for a white label on a stripe. */
export const CODE_PALETTE = [
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#ff7f0e',
] as const;

/** The palette colour least used among existing codes (first on ties). */
export function nextCodeColour(codes: readonly Pick<Code, 'color'>[]): string {
  const used = new Map<string, number>();
  for (const c of codes) used.set(c.color.toLowerCase(), (used.get(c.color.toLowerCase()) ?? 0) + 1);
  let best: string = CODE_PALETTE[0];
  for (const colour of CODE_PALETTE) if ((used.get(colour) ?? 0) < (used.get(best) ?? 0)) best = colour;
  return best;
}

export function isHexColour(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value);
}

/** Trims a code name and checks it; throws with a message fit to show the user. */
export function validateCodeName(raw: string, siblings: readonly Pick<Code, 'id' | 'name'>[], selfId?: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new Error('A code needs a name.');
  if (name.length > MAX_CODE_NAME) throw new Error(`A code name can be at most ${MAX_CODE_NAME} characters.`);
  const clash = siblings.find((s) => s.id !== selfId && s.name.toLocaleLowerCase('en-GB') === name.toLocaleLowerCase('en-GB'));
  if (clash) throw new Error(`There is already a code named "${clash.name}" here.`);
  return name;
}

/** Ids of a code and everything beneath it. */
export function subtreeIds(codes: readonly Pick<Code, 'id' | 'parentId'>[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of codes) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const result = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/** True when moving `codeId` under `newParentId` would put a code beneath itself. */
export function wouldCycle(codes: readonly Pick<Code, 'id' | 'parentId'>[], codeId: string, newParentId: string | null): boolean {
  return newParentId !== null && subtreeIds(codes, codeId).has(newParentId);
}
