import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { snapToWords } from '../../shared/coding/ranges';
import type { Code, CodeId, ProjectId, SourceId } from '../../shared/model';
import { codeRanges } from '../db/repositories/codings';
import { createCode } from '../db/repositories/codes';
import { getSetting, noteRecentCode, recentCodes, setSetting } from '../db/repositories/settings';
import { inVivoName } from './inVivoName';

export interface Range {
  start: number;
  end: number;
}

const SNAP_KEY = 'snapToWords';

/** The coding actions of the reader, each one undoable, each returning a line for the status. */
export function useCodingActions(projectId: ProjectId, sourceId: SourceId, text: string, codes: readonly Code[]) {
  const recent = useLiveQuery(() => recentCodes(projectId), [projectId]) ?? [];
  const isSnapping = useLiveQuery(async () => (await getSetting<boolean>(SNAP_KEY)) ?? true, []) ?? true;

  const prepare = useCallback((range: Range): Range => {
    if (!isSnapping) return range;
    return snapToWords(text, range.start, range.end) ?? range;
  }, [isSnapping, text]);

  const apply = useCallback(async (codeId: CodeId, range: Range): Promise<string> => {
    const code = codes.find((c) => c.id === codeId);
    const target = prepare(range);
    const created = await codeRanges(projectId, codeId, [{ sourceId, ...target, words: text.slice(target.start, target.end) }]);
    await noteRecentCode(projectId, codeId);
    return created.length === 0 ? `Already coded as ${code?.name ?? 'that code'}.` : `Coded as ${code?.name ?? 'the code'}.`;
  }, [codes, prepare, projectId, sourceId, text]);

  const createAndApply = useCallback(async (name: string, range: Range): Promise<string> => {
    const existing = codes.find((c) => c.parentId === null && c.name.toLocaleLowerCase('en-GB') === name.trim().toLocaleLowerCase('en-GB'));
    const codeId = existing?.id ?? await createCode(projectId, { name });
    const target = prepare(range);
    await codeRanges(projectId, codeId, [{ sourceId, ...target, words: text.slice(target.start, target.end) }]);
    await noteRecentCode(projectId, codeId);
    return existing ? `Coded as ${existing.name}.` : `Created code “${name.trim()}” and coded the selection.`;
  }, [codes, prepare, projectId, sourceId, text]);

  const inVivo = useCallback((range: Range) => {
    const target = prepare(range);
    const name = inVivoName(text.slice(target.start, target.end));
    if (!name) throw new Error('Select some words to make an in-vivo code.');
    return createAndApply(name, target);
  }, [createAndApply, prepare, text]);

  const setSnapping = useCallback((value: boolean) => setSetting(SNAP_KEY, value), []);
  return { recent: recent as CodeId[], isSnapping, setSnapping, apply, createAndApply, inVivo };
}
