import { useMemo } from 'react';
import type { MemoAnchor, ProjectId } from '../../shared/model';
import { useCodes, useCodings, useParticipants, useSources } from '../hooks/useProjectData';
import { anchorText, type AnchorNames } from './memoLabels';

/**
 * Names of everything a memo can be attached to, live: sources by label, codes by name,
 * participants by label, codings by code and source. Undefined while loading.
 */
export function useAnchorNames(projectId: ProjectId): AnchorNames | undefined {
  const sources = useSources(projectId);
  const codes = useCodes(projectId);
  const participants = useParticipants(projectId);
  const codings = useCodings(projectId);
  return useMemo(() => {
    if (!sources || !codes || !participants || !codings) return undefined;
    const sourceLabel = new Map<string, string>(sources.map((s) => [s.id, s.label]));
    const codeName = new Map<string, string>(codes.map((c) => [c.id, c.name]));
    const participantLabel = new Map<string, string>(participants.map((p) => [p.id, p.label]));
    const codingById = new Map(codings.map((c) => [c.id as string, c]));
    return {
      source: (id) => sourceLabel.get(id),
      code: (id) => codeName.get(id),
      participant: (id) => participantLabel.get(id),
      coding: (id) => {
        const coding = codingById.get(id);
        if (!coding) return undefined;
        return `${codeName.get(coding.codeId) ?? 'a deleted code'} in ${sourceLabel.get(coding.sourceId) ?? 'a deleted source'}`;
      },
    };
  }, [sources, codes, participants, codings]);
}

/** The words for one anchor ("on code Information sharing"), or "" while names load. */
export function useAnchorText(projectId: ProjectId, anchor: MemoAnchor): string {
  const names = useAnchorNames(projectId);
  return names ? anchorText(anchor, names) : '';
}
