/**
 * Quotes chosen for the report (issue 5, item 6): a coded extract with its edited wording and
 * attribution. Every change is undoable. The fidelity check runs whenever the wording is saved,
 * against the coding's words as they are in the source now.
 */
import { checkFidelity } from '../../../shared/quotes/fidelity';
import { attribution, quoteParticipant, type AttributionStyle } from '../../../shared/quotes/attribution';
import {
  asId, newGuid, type CodingId, type ProjectId, type Quote, type QuoteId,
} from '../../../shared/model';
import { runAction } from '../changes';
import { db } from '../database';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The coded words of a coding and the attribution its source and speaker give, as now stored. */
export async function codingExtract(projectId: ProjectId, codingId: CodingId, style: AttributionStyle): Promise<{ extract: string; attribution: string }> {
  const store = db();
  const coding = await store.codings.get(key(projectId, codingId));
  if (!coding) throw new Error('That coding no longer exists.');
  const [source, text, participants] = await Promise.all([
    store.sources.get(key(projectId, coding.sourceId)), store.sourceTexts.get(key(projectId, coding.sourceId)),
    store.participants.where('projectId').equals(projectId).toArray(),
  ]);
  if (!source || !text) throw new Error('The source of that coding no longer exists.');
  const participant = quoteParticipant(coding, text.turns, participants);
  return { extract: text.text.slice(coding.start, coding.end), attribution: attribution(source, participant, style) };
}

export async function listQuotesInOrder(projectId: ProjectId): Promise<Quote[]> {
  const quotes = await db().quotes.where('projectId').equals(projectId).toArray();
  return quotes.sort((a, b) => a.order - b.order);
}

/** Makes a quote of a coding, worded as the extract. Returns its id. */
export async function createQuote(projectId: ProjectId, codingId: CodingId, style: AttributionStyle = 'source'): Promise<QuoteId> {
  const id = asId<QuoteId>(newGuid());
  const { extract, attribution: said } = await codingExtract(projectId, codingId, style);
  await runAction(projectId, 'quote:create', `Chose the quote "${short(extract.trim())}"`, async () => {
    const store = db();
    const coding = await store.codings.get(key(projectId, codingId));
    if (!coding) throw new Error('That coding no longer exists.');
    const order = await store.quotes.where('projectId').equals(projectId).count();
    const quote: Quote = {
      id, projectId, codingId, codeId: coding.codeId, text: extract.trim(), attribution: said, order,
      fidelity: checkFidelity(extract.trim(), extract).isFaithful ? 'ok' : 'failed',
    };
    return [{ table: 'quotes', key: key(projectId, id), before: null, after: quote }];
  });
  return id;
}

export interface QuotePatch {
  text?: string;
  attribution?: string;
}

/** Saves a quote's wording or attribution; the fidelity check runs again on the wording. */
export async function updateQuote(projectId: ProjectId, quoteId: QuoteId, patch: QuotePatch): Promise<void> {
  let summary = '';
  await runAction(projectId, 'quote:update', () => summary, async () => {
    const quote = await db().quotes.get(key(projectId, quoteId));
    if (!quote) throw new Error('That quote no longer exists.');
    const text = patch.text?.trim() ?? quote.text;
    if (text === '') throw new Error('A quote needs some words: to drop it, remove the quote.');
    const { extract } = await codingExtract(projectId, quote.codingId, 'source');
    const next: Quote = {
      ...quote, text, attribution: patch.attribution?.trim() ?? quote.attribution,
      fidelity: checkFidelity(text, extract).isFaithful ? 'ok' : 'failed',
    };
    if (next.text === quote.text && next.attribution === quote.attribution && next.fidelity === quote.fidelity) return [];
    summary = next.text !== quote.text ? `Edited the quote "${short(next.text)}"` : `Changed the attribution of "${short(next.text)}"`;
    return [{ table: 'quotes', key: key(projectId, quoteId), before: quote, after: next }];
  });
}

/** Removes a quote (the coding stays); later quotes move up. */
export async function deleteQuote(projectId: ProjectId, quoteId: QuoteId): Promise<void> {
  let summary = '';
  await runAction(projectId, 'quote:delete', () => summary, async () => {
    const quotes = await listQuotesInOrder(projectId);
    const quote = quotes.find((q) => q.id === quoteId);
    if (!quote) return [];
    summary = `Removed the quote "${short(quote.text)}"`;
    return [
      { table: 'quotes', key: key(projectId, quoteId), before: quote, after: null },
      ...quotes.filter((q) => q.order > quote.order).map((q) => ({
        table: 'quotes' as const, key: key(projectId, q.id), before: q, after: { ...q, order: q.order - 1 },
      })),
    ];
  });
}

/** Moves a quote one place up or down in the report's order. */
export async function moveQuote(projectId: ProjectId, quoteId: QuoteId, by: -1 | 1): Promise<void> {
  await runAction(projectId, 'quote:move', 'Reordered quotes', async () => {
    const quotes = await listQuotesInOrder(projectId);
    const index = quotes.findIndex((q) => q.id === quoteId);
    const other = quotes[index + by];
    const quote = quotes[index];
    if (!quote || !other) return [];
    return [
      { table: 'quotes', key: key(projectId, quote.id), before: quote, after: { ...quote, order: other.order } },
      { table: 'quotes', key: key(projectId, other.id), before: other, after: { ...other, order: quote.order } },
    ];
  });
}
