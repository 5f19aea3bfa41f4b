/**
 * What the matrix and co-occurrence are computed from, as live views: codes, codings, sources,
 * participants and attributes re-read when they change; the turns (read from the texts) only
 * when the texts change, not on every coding.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { MatrixInput } from '../../shared/analysis/matrix';
import type { ProjectId } from '../../shared/model';
import { listTurnsBySource } from '../db/repositories/sources';
import { useAttributes, useCodes, useCodings, useParticipants, useSources } from '../hooks/useProjectData';

export function useMatrixInput(projectId: ProjectId): MatrixInput | undefined {
  const codes = useCodes(projectId);
  const codings = useCodings(projectId);
  const sources = useSources(projectId);
  const participants = useParticipants(projectId);
  const attributes = useAttributes(projectId);
  const turnsBySource = useLiveQuery(() => listTurnsBySource(projectId), [projectId]);
  return useMemo(() => (codes && codings && sources && participants && attributes && turnsBySource
    ? { codes, codings, sources, participants, attributes, turnsBySource } : undefined),
  [codes, codings, sources, participants, attributes, turnsBySource]);
}
