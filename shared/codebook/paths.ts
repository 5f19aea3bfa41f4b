/**
 * Code paths as files write them: "Theme > Subtheme" (Storyloom's CSV), "cat>>code" and
 * "code>>>subcode" (QualCoder), "Nodes\\Theme\\Sub" (NVivo, MAXQDA), "Theme / Sub", "Theme::Sub".
 * One separator per column, the first of these found in its values.
 */

export interface PathSeparator {
  /** As shown to the user: `" > "`. */
  label: string;
  split: RegExp;
  found: RegExp;
}

export const PATH_SEPARATORS: readonly PathSeparator[] = [
  { label: '>>', split: /\s*>{2,}\s*/, found: />>/ },
  { label: ' > ', split: /\s+>\s+/, found: /\s>\s/ },
  { label: '\\', split: /\s*\\\s*/, found: /\\/ },
  { label: ' / ', split: /\s+\/\s+/, found: /\s\/\s/ },
  { label: '::', split: /\s*::\s*/, found: /::/ },
];

/** A plain "/" (as in "Theme/Sub"), trusted only in a column named as a path: names such as "24/7" have one. */
export const SLASH: PathSeparator = { label: '/', split: /\s*\/\s*/, found: /\// };

/** The separator used in `values`: the first of PATH_SEPARATORS found in any of them (then "/" if allowed). */
export function findSeparator(values: readonly string[], allowSlash = false): PathSeparator | null {
  const candidates = allowSlash ? [...PATH_SEPARATORS, SLASH] : PATH_SEPARATORS;
  return candidates.find((s) => values.some((v) => s.found.test(v))) ?? null;
}

/** A name as Storyloom stores it: trimmed, inner white space collapsed. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The names of a written path (blank segments kept as "", for the caller to report). */
export function splitPath(value: string, separator: PathSeparator | null): string[] {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  return (separator ? trimmed.split(separator.split) : [trimmed]).map(cleanName);
}

/** A key that matches paths the way sibling names clash in Storyloom: case-insensitively, spaces collapsed. */
export function pathKey(path: readonly string[]): string {
  return path.map((name) => cleanName(name).toLocaleLowerCase('en-GB')).join('\u0000');
}

const ROOT_FOLDERS = new Set(['nodes', 'codes', 'codebook', 'code system', 'codesystem']);

/**
 * Drops a first segment every path shares when it is the tool's root folder ("Nodes\\...",
 * "Codes\\..."), which is not a code. Returns the paths unchanged otherwise.
 */
export function withoutRootFolder(paths: string[][]): { paths: string[][]; root: string | null } {
  const first = paths[0]?.[0];
  if (first === undefined || !ROOT_FOLDERS.has(first.toLowerCase())) return { paths, root: null };
  if (!paths.every((p) => p.length >= 2 && p[0]?.toLowerCase() === first.toLowerCase())) return { paths, root: null };
  return { paths: paths.map((p) => p.slice(1)), root: first };
}
