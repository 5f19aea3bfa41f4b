/**
 * A parsed codebook merged into a project's code tree, by path: a code whose path of names
 * (compared as sibling names clash: case-insensitively, spaces collapsed) is already in the
 * project is kept as it is, and any difference (definition, colour, spelling) is reported; every
 * other code is new, under its parent (existing or new), after the existing siblings. Parents
 * that the file gives only as a path prefix (QualCoder's categories) are new codes too. A new
 * code keeps the file's GUID when the project has no code with it, so later exchanges match.
 * Pure: `planCodebookImport` returns the codes to add; the caller stores them in one action.
 */
import { asId, newGuid, type Code, type CodeId, type ProjectId } from '../model';
import { MAX_CODE_NAME, nextCodeColour } from '../codes/codeRules';
import { pathKey } from './paths';
import type { CodebookEntry, CodebookFormat, ParsedCodebook } from './types';

export interface PlannedCode {
  path: string[];
  code: Code;
  /** True for a parent the file gives only as part of other codes' paths. */
  isImplied: boolean;
}

export interface MatchedCode {
  path: string[];
  codeId: CodeId;
  /** What the file says differently, in words; this project's version is kept. */
  differences: string[];
}

export interface CodebookPlan {
  fileName: string;
  format: CodebookFormat;
  /** How the file was read (which columns, which format). */
  reading: string;
  /** New codes, parents before children. */
  toAdd: PlannedCode[];
  matched: MatchedCode[];
  problems: string[];
}

export interface PlanOptions {
  projectId: ProjectId;
  /** The creation time of new codes. */
  now: string;
  /** Ids for new codes whose file GUID cannot be used (tests pass a counter). */
  newId?: () => string;
}

const shorten = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** Each existing code's path of names, by id (a code caught in a parent cycle stops at the repeat). */
function existingPaths(codes: readonly Code[]): Map<string, string[]> {
  const byId = new Map(codes.map((c) => [c.id as string, c]));
  const paths = new Map<string, string[]>();
  const pathOf = (code: Code): string[] => {
    const known = paths.get(code.id);
    if (known) return known;
    const names: string[] = [];
    const seen = new Set<string>();
    for (let at: Code | undefined = code; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
      seen.add(at.id);
      names.unshift(at.name);
    }
    paths.set(code.id, names);
    return names;
  };
  for (const code of codes) pathOf(code);
  return paths;
}

function differencesOf(entry: CodebookEntry, code: Code): string[] {
  const differences: string[] = [];
  const name = entry.path[entry.path.length - 1] ?? '';
  if (name !== code.name) differences.push(`spelt "${name}" in the file, "${code.name}" here`);
  if (entry.definition !== '' && entry.definition.trim() !== code.definition.trim()) {
    differences.push(code.definition === ''
      ? `the file defines it ("${shorten(entry.definition)}"); here it has no definition`
      : `the file defines it differently ("${shorten(entry.definition)}")`);
  }
  if (entry.color !== null && entry.color.toLowerCase() !== code.color.toLowerCase()) {
    differences.push(`colour ${entry.color} in the file, ${code.color} here`);
  }
  return differences;
}

export function planCodebookImport(existing: readonly Code[], parsed: ParsedCodebook, options: PlanOptions): CodebookPlan {
  const newId = options.newId ?? newGuid;
  const problems = [...parsed.problems];
  const paths = existingPaths(existing);
  const byKey = new Map<string, Code>();
  for (const code of existing) {
    const key = pathKey(paths.get(code.id) ?? [code.name]);
    if (!byKey.has(key)) byKey.set(key, code);
  }
  const usedIds = new Set<string>(existing.map((c) => c.id));
  const pathById = (id: string) => (paths.get(id) ?? []).join(' > ');
  const allCodes: Code[] = [...existing];
  const nextOrder = new Map<string | null, number>();
  const orderUnder = (parentId: string | null) => {
    const next = nextOrder.get(parentId)
      ?? existing.filter((c) => c.parentId === parentId).reduce((max, c) => Math.max(max, c.order + 1), 0);
    nextOrder.set(parentId, next + 1);
    return next;
  };

  const toAdd: PlannedCode[] = [];
  const matched: MatchedCode[] = [];
  const added = new Map<string, PlannedCode>();
  const matchedKeys = new Set<string>();
  const entryKeys = new Set<string>();

  const add = (path: string[], entry: CodebookEntry | null, parentId: CodeId | null): Code => {
    let id: string | null = entry?.guid ?? null;
    if (id !== null && usedIds.has(id)) {
      const clash = existing.find((c) => c.id === id);
      problems.push(clash
        ? `"${path.join(' > ')}" has the same GUID as "${pathById(clash.id)}" in this project; it was added with a new one.`
        : `"${path.join(' > ')}" has the same GUID as another code in the file; it was added with a new one.`);
      id = null;
    }
    const codeId = asId<CodeId>(id ?? newId());
    usedIds.add(codeId);
    const code: Code = {
      id: codeId, projectId: options.projectId, parentId, name: path[path.length - 1] ?? '',
      definition: entry?.definition ?? '', color: entry?.color ?? nextCodeColour(allCodes), order: orderUnder(parentId),
      status: 'candidate', aliases: [], createdAt: options.now,
    };
    allCodes.push(code);
    const planned = { path, code, isImplied: entry === null };
    toAdd.push(planned);
    added.set(pathKey(path), planned);
    return code;
  };

  /** The id of the code at `path`, adding it (and its missing parents) when needed. */
  const ensure = (path: string[], entry: CodebookEntry | null): CodeId => {
    const key = pathKey(path);
    const planned = added.get(key);
    if (planned) return planned.code.id;
    const found = byKey.get(key);
    if (found) {
      if (entry && !matchedKeys.has(key)) {
        matchedKeys.add(key);
        matched.push({ path: paths.get(found.id) ?? path, codeId: found.id, differences: differencesOf(entry, found) });
      }
      return found.id;
    }
    const parentId = path.length > 1 ? ensure(path.slice(0, -1), null) : null;
    return add(path, entry, parentId).id;
  };

  for (const entry of parsed.entries) {
    const shown = entry.path.join(' > ');
    const bad = entry.path.find((name) => name.trim() === '' || name.length > MAX_CODE_NAME);
    if (bad !== undefined) {
      problems.push(bad.trim() === ''
        ? `"${shorten(shown)}" (${entry.where}) has an empty name in its path; it was left out.`
        : `"${shorten(shown)}" (${entry.where}) has a name longer than ${MAX_CODE_NAME} characters; it was left out.`);
      continue;
    }
    const key = pathKey(entry.path);
    if (entryKeys.has(key)) {
      problems.push(`"${shown}" is listed more than once (again at ${entry.where}); the first was used.`);
      continue;
    }
    entryKeys.add(key);
    const planned = added.get(key);
    if (planned?.isImplied) {
      // Given as a parent earlier in the file, described here: the description fills it in.
      planned.isImplied = false;
      planned.code.definition = entry.definition;
      if (entry.color) planned.code.color = entry.color;
      continue;
    }
    ensure(entry.path, entry);
  }
  return { fileName: parsed.fileName, format: parsed.format, reading: parsed.reading, toAdd, matched, problems };
}

/** "6 codes to add, 2 already in the project, 1 problem." */
export function planSummary(plan: CodebookPlan): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${count(plan.toAdd.length, 'code', 'codes')} to add, ${count(plan.matched.length, 'code', 'codes')} already in the project, `
    + `${count(plan.problems.length, 'problem', 'problems')}.`;
}
