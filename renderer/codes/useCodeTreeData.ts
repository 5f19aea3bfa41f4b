import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { codeCounts, type CodeCounts } from '../../shared/analysis/codeCounts';
import { buildCodeTree, type CodeNode } from '../../shared/analysis/codeTree';
import type { Code, Coding, ProjectId, Source, SourceText } from '../../shared/model';
import { getSourceText, listSources } from '../db/repositories/sources';
import { useCodes, useCodings, useProject } from '../hooks/useProjectData';

export interface CodeTreeData {
  codes: Code[];
  codings: Coding[];
  tree: CodeNode[];
  levelNames: string[];
  counts: Map<string, CodeCounts>;
  sources: Map<string, Source>;
  /** Texts of the sources, for excerpts and for who spoke each coding; empty until loaded. */
  texts: Map<string, SourceText>;
  /** False until the texts are read: participant counts are 0 until then, not yet known. */
  hasTexts: boolean;
}

/**
 * The source texts, in their own live query: it re-runs when a text changes, not on every coding,
 * and the tree shows before the texts arrive (participant counts fill in when they do).
 */
function useSourceTexts(projectId: ProjectId) {
  return useLiveQuery(async () => {
    const sources = await listSources(projectId);
    const texts = await Promise.all(sources.map((s) => getSourceText(projectId, s.id)));
    return {
      sources: new Map(sources.map((s) => [s.id as string, s])),
      texts: new Map(texts.filter((t): t is SourceText => t !== undefined).map((t) => [t.sourceId as string, t])),
    };
  }, [projectId]);
}

/** Everything the tree editor shows, live: undefined while loading. */
export function useCodeTreeData(projectId: ProjectId): CodeTreeData | undefined {
  const codes = useCodes(projectId);
  const codings = useCodings(projectId);
  const project = useProject(projectId);
  const loaded = useSourceTexts(projectId);
  return useMemo(() => {
    if (!codes || !codings || !project) return undefined;
    const tree = buildCodeTree(codes, codings);
    const texts = loaded?.texts ?? new Map<string, SourceText>();
    const turns = new Map([...texts].map(([id, t]) => [id, t.turns]));
    return {
      codes, codings, tree, levelNames: project.levelNames, counts: codeCounts(tree, codings, turns),
      sources: loaded?.sources ?? new Map<string, Source>(), texts, hasTexts: loaded !== undefined,
    };
  }, [codes, codings, project, loaded]);
}
