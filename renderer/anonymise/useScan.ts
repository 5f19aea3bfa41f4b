/**
 * The scan and the researcher's choices on it: which values and occurrences to replace, and with
 * what. Choices are kept per value ("every Margaret") with overrides per occurrence.
 */
import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_SUBSTITUTES } from '../../shared/anonymise/kinds';
import {
  groupCandidates, scanSources, type KindGroup, type SourceCandidate, type ValueGroup,
} from '../../shared/anonymise/scanSources';
import type { ProjectId, SourceId } from '../../shared/model';
import { scanInput, type SourceReplacement } from '../db/repositories/redaction';

export interface Scan {
  /** The texts scanned, by source id: offsets refer to these. */
  texts: Map<string, string>;
  sources: number;
  candidates: SourceCandidate[];
  groups: KindGroup[];
}

export interface ValueChoice {
  isChosen: boolean;
  substitute: string;
}

export interface OccurrenceChoice {
  isChosen?: boolean;
  substitute?: string;
}

export const valueKey = (group: Pick<ValueGroup, 'kind' | 'value'>) => `${group.kind}\u0000${group.value}`;

export function useScan(projectId: ProjectId) {
  const [scan, setScan] = useState<Scan | null>(null);
  const [isScanning, setScanning] = useState(false);
  const [values, setValues] = useState<Record<string, ValueChoice>>({});
  const [occurrences, setOccurrences] = useState<Record<string, OccurrenceChoice>>({});

  const run = useCallback(async (sourceId: SourceId | null) => {
    setScanning(true);
    try {
      const input = await scanInput(projectId, sourceId === null ? null : [sourceId]);
      const candidates = scanSources(input.sources, input.knownNames);
      setScan({ texts: new Map(input.sources.map((s) => [s.id, s.text])), sources: input.sources.length, candidates, groups: groupCandidates(candidates) });
      setValues({});
      setOccurrences({});
    } finally {
      setScanning(false);
    }
  }, [projectId]);

  const valueChoice = useCallback((group: ValueGroup): ValueChoice =>
    values[valueKey(group)] ?? { isChosen: false, substitute: DEFAULT_SUBSTITUTES[group.kind] }, [values]);

  const setValue = (group: ValueGroup, patch: Partial<ValueChoice>) => {
    setValues((all) => ({ ...all, [valueKey(group)]: { ...valueChoice(group), ...patch } }));
    if (patch.isChosen !== undefined) {
      setOccurrences((all) => {
        const next = { ...all };
        for (const o of group.occurrences) if (next[o.key]) next[o.key] = { ...next[o.key], isChosen: undefined };
        return next;
      });
    }
  };
  const setOccurrence = (key: string, patch: OccurrenceChoice) => setOccurrences((all) => ({ ...all, [key]: { ...all[key], ...patch } }));

  /** Every ticked occurrence with its substitute (the occurrence's own, else its value's). */
  const replacements = useMemo((): SourceReplacement[] => (scan?.groups ?? []).flatMap((kind) => kind.values.flatMap((group) => {
    const choice = valueChoice(group);
    return group.occurrences.flatMap((o) => {
      const own = occurrences[o.key];
      if (!(own?.isChosen ?? choice.isChosen)) return [];
      const substitute = own?.substitute?.trim() ? own.substitute : choice.substitute;
      return [{ sourceId: o.sourceId as SourceId, start: o.start, end: o.end, substitute, kind: o.kind }];
    });
  })), [scan, occurrences, valueChoice]);

  const clear = () => setScan(null);
  return { scan, isScanning, run, clear, valueChoice, setValue, occurrences, setOccurrence, replacements };
}
