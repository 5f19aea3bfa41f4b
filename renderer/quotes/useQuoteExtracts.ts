/**
 * The curated quotes with what they are checked against: each quote's coding, its source and
 * the coded words as they stand in the source now. Re-read when quotes, codings or texts change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Coding, ProjectId, Quote, Source } from '../../shared/model';
import { db } from '../db/database';
import { listQuotesInOrder } from '../db/repositories/quotes';

export interface QuoteWithExtract {
  quote: Quote;
  coding: Coding | undefined;
  source: Source | undefined;
  /** The coded words in the source, or null when the coding or source is gone. */
  extract: string | null;
}

export function useQuoteExtracts(projectId: ProjectId): QuoteWithExtract[] | undefined {
  return useLiveQuery(async () => {
    const store = db();
    const quotes = await listQuotesInOrder(projectId);
    const codings = await Promise.all(quotes.map((q) => store.codings.get([projectId, q.codingId])));
    const sourceIds = [...new Set(codings.flatMap((c) => (c ? [c.sourceId] : [])))];
    const [sources, texts] = await Promise.all([
      Promise.all(sourceIds.map((id) => store.sources.get([projectId, id]))),
      Promise.all(sourceIds.map((id) => store.sourceTexts.get([projectId, id]))),
    ]);
    const sourceById = new Map(sources.flatMap((s) => (s ? [[s.id as string, s] as const] : [])));
    const textById = new Map(texts.flatMap((t) => (t ? [[t.sourceId as string, t.text] as const] : [])));
    return quotes.map((quote, i) => {
      const coding = codings[i];
      const text = coding ? textById.get(coding.sourceId) : undefined;
      return {
        quote, coding, source: coding ? sourceById.get(coding.sourceId) : undefined,
        extract: coding && text !== undefined ? text.slice(coding.start, coding.end) : null,
      };
    });
  }, [projectId]);
}
