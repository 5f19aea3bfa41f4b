/**
 * Blind coding in the reader (issue 7, item 3): when the project's blind-coding setting is on,
 * the reader shows only the current coder's codings, so a second coder codes independently.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Coder, Coding, ProjectId } from '../../shared/model';
import { isBlindCoding } from '../db/repositories/coders';
import { useProject } from '../hooks/useProjectData';

export interface BlindView {
  /** The codings to show; undefined while loading. */
  shown: Coding[] | undefined;
  /** The current coder while blind coding is on, else null. */
  blindCoder: Coder | null;
}

export function useBlindCoding(projectId: ProjectId, codings: Coding[] | undefined, coders: readonly Coder[] | undefined): BlindView {
  const project = useProject(projectId);
  const isBlind = useLiveQuery(() => isBlindCoding(projectId), [projectId]);
  const currentId = project?.currentCoderId;
  return useMemo((): BlindView => {
    if (!codings || isBlind === undefined || !currentId) return { shown: undefined, blindCoder: null };
    if (!isBlind) return { shown: codings, blindCoder: null };
    const coder = coders?.find((c) => c.id === currentId) ?? { id: currentId, projectId, name: 'the current coder' };
    return { shown: codings.filter((c) => c.coderId === currentId), blindCoder: coder };
  }, [codings, isBlind, currentId, coders, projectId]);
}
