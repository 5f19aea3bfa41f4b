import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Memo, ProjectId } from '../../shared/model';
import { listMemosNewestFirst } from '../db/repositories/memos';
import { useCodes, useParticipants, useSources } from '../hooks/useProjectData';
import { anchorText } from '../memos/memoLabels';
import { useAnchorNames } from '../memos/useAnchorNames';
import { buildPaletteItems, createPaletteSearch, screenItems, type PaletteItem } from './paletteItems';

/**
 * The palette's search over the project, live while the palette is open. Until the data
 * load, the screens alone are searchable.
 */
export function usePaletteSearch(projectId: ProjectId): (query: string) => PaletteItem[] {
  const sources = useSources(projectId);
  const codes = useCodes(projectId);
  const participants = useParticipants(projectId);
  const memos = useLiveQuery(() => listMemosNewestFirst(projectId), [projectId]);
  const names = useAnchorNames(projectId);
  return useMemo(() => {
    if (!sources || !codes || !participants || !memos || !names) return createPaletteSearch(screenItems());
    const describeAnchor = (memo: Memo) => anchorText(memo.anchor, names);
    return createPaletteSearch(buildPaletteItems({ sources, codes, participants, memos, describeAnchor }));
  }, [sources, codes, participants, memos, names]);
}
