import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../db/database';
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

/**
 * The words for one anchor ("on code Information sharing"), or "" while they load. Reads only
 * the rows that anchor names (not every coding of the project), so a memo button on a busy
 * screen costs next to nothing when the project's codings change.
 */
export function useAnchorText(projectId: ProjectId, anchor: MemoAnchor): string {
  const key = JSON.stringify(anchor);
  const names = useLiveQuery(async (): Promise<AnchorNames> => {
    const store = db();
    const get = async <T,>(table: Table<T, [string, string]>, id: string | undefined) =>
      (id === undefined ? undefined : await table.get([projectId, id]));
    const coding = anchor.type === 'coding' ? await get(store.codings, anchor.id) : undefined;
    const source = await get(store.sources, anchor.type === 'source' || anchor.type === 'cell' ? anchor.id : coding?.sourceId);
    const code = await get(store.codes, anchor.type === 'code' ? anchor.id : anchor.type === 'cell' ? anchor.codeId : coding?.codeId);
    const participant = anchor.type === 'participant' ? await get(store.participants, anchor.id) : undefined;
    return {
      source: (id) => (source?.id === id ? source.label : undefined),
      code: (id) => (code?.id === id ? code.name : undefined),
      participant: (id) => (participant?.id === id ? participant.label : undefined),
      coding: (id) => (coding?.id === id
        ? `${code?.name ?? 'a deleted code'} in ${source?.label ?? 'a deleted source'}` : undefined),
    };
  }, [projectId, key]); // The anchor is compared by value (key), not by object identity.
  return names ? anchorText(anchor, names) : '';
}
