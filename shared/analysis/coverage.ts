/**
 * What the analysis has not reached yet, for the dashboard and phase 4 (Reviewing themes):
 * sources with no coding, codes not yet under a theme, and themes that are empty, rest on a
 * single source or have no definition. Pure: codes, codings and sources in, lists out.
 *
 * A theme is a top-level code with children; a top-level code with none is a loose code. "Top
 * level" is the tree as shown, so a code whose parent is missing counts as top level. Code lists
 * are in tree order (as `buildCodeTree`), sources in source order. A theme's codings are its own
 * and all its descendants'.
 */
import type { Code, CodeId, Coding, Source, SourceId } from '../model';
import { buildCodeTree, type CodeNode } from './codeTree';

export interface Coverage {
  /** Sources with no coding at all, in source order. */
  uncodedSources: readonly SourceId[];
  /** Top-level codes with no children: codes not yet under any theme. */
  looseCodes: readonly CodeId[];
  /** Themes (top-level codes with children) whose codings (own + descendants) all come from one source; with that source. Themes with no codings are not listed here. */
  singleSourceThemes: readonly { codeId: CodeId; sourceId: SourceId }[];
  /** Themes with no codings beneath them at all. */
  emptyThemes: readonly CodeId[];
  /** Themes with an empty (blank) definition. */
  undefinedThemes: readonly CodeId[];
}

export function coverage(input: { codes: readonly Code[]; codings: readonly Coding[]; sources: readonly Source[] }): Coverage {
  const coded = new Set<string>(input.codings.map((c) => c.sourceId));
  const uncodedSources = [...input.sources]
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
    .filter((s) => !coded.has(s.id))
    .map((s) => s.id);

  const sourcesOf = new Map<string, Set<SourceId>>();
  for (const coding of input.codings) {
    const set = sourcesOf.get(coding.codeId);
    if (set) set.add(coding.sourceId);
    else sourcesOf.set(coding.codeId, new Set([coding.sourceId]));
  }
  const sourcesBeneath = (node: CodeNode, into: Set<SourceId>): Set<SourceId> => {
    for (const id of sourcesOf.get(node.code.id) ?? []) into.add(id);
    for (const child of node.children) sourcesBeneath(child, into);
    return into;
  };

  const roots = buildCodeTree(input.codes, []);
  const themes = roots.filter((node) => node.children.length > 0);
  const singleSourceThemes: { codeId: CodeId; sourceId: SourceId }[] = [];
  const emptyThemes: CodeId[] = [];
  for (const theme of themes) {
    const sources = [...sourcesBeneath(theme, new Set())];
    if (sources.length === 0) emptyThemes.push(theme.code.id);
    else if (sources.length === 1) singleSourceThemes.push({ codeId: theme.code.id, sourceId: sources[0]! });
  }
  return {
    uncodedSources,
    looseCodes: roots.filter((node) => node.children.length === 0).map((node) => node.code.id),
    singleSourceThemes,
    emptyThemes,
    undefinedThemes: themes.filter((node) => node.code.definition.trim() === '').map((node) => node.code.id),
  };
}
