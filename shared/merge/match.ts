/** Small matching helpers for merges: name keys, code paths, id allocation, describing records. */
import type { Code, ProjectBundle } from '../model';
import { seededGuid } from '../util/hash';

/** Names compare trimmed, with runs of white space as one space, ignoring case. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Each code's names from the root, in the code's own tree. A missing parent ends the path (the
 * code counts as a root); a parent cycle ends it where it would repeat.
 */
export function codePaths(codes: readonly Code[]): Map<string, string[]> {
  const byId = new Map<string, Code>();
  for (const code of codes) if (!byId.has(code.id)) byId.set(code.id, code);
  const paths = new Map<string, string[]>();
  for (const code of byId.values()) {
    const names: string[] = [];
    const seen = new Set<string>();
    let current: Code | undefined = code;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.push(current.name);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    paths.set(code.id, names.reverse());
  }
  return paths;
}

export const pathKey = (names: readonly string[]): string => names.map(nameKey).join('\u0000');
export const pathText = (names: readonly string[]): string => names.join(' > ');

/** Every id used by a record of a project (history events and the project itself aside). */
export function recordIds(bundle: ProjectBundle): Set<string> {
  const ids = new Set<string>();
  const add = (rows: readonly { id: string }[]) => { for (const row of rows) ids.add(row.id); };
  add(bundle.coders);
  add(bundle.sources.map((s) => s.source));
  add(bundle.participants);
  add(bundle.attributes);
  add(bundle.codes);
  add(bundle.codings);
  add(bundle.memos);
  add(bundle.quotes);
  add(bundle.reviews);
  return ids;
}

/**
 * Ids for records a merge adds: the incoming record's own GUID when no record of the project
 * uses it, otherwise a GUID derived from it and the project, so the same merge gives the same ids.
 */
export class IdAllocator {
  constructor(private readonly taken: Set<string>, private readonly seed: string) {}

  keep<T extends string>(id: T, kind: string): T {
    let candidate: string = id;
    for (let n = 0; this.taken.has(candidate); n++) candidate = seededGuid(`storyloom-merge/${this.seed}/${kind}/${id}/${n}`);
    this.taken.add(candidate);
    return candidate as T;
  }
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
