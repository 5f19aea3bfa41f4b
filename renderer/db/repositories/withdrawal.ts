/**
 * Withdrawal (issue 3, item 7): a participant's speech leaves every source (each turn's speech
 * becomes `[withdrawn]`), with their codings, the quotes made from codings that touched their
 * speech, and the memos written on their codings or on them; they are marked withdrawn and their
 * attribute values cleared. One transaction, not undoable, earlier history copies scrubbed: the
 * same reasons and pattern as redaction.ts. Counts on every screen are computed from the data,
 * so they follow.
 */
import { WITHDRAWAL_ACTION, withdrawalSummary } from '../../../shared/anonymise/log';
import { quotesSpeech, speechIndex } from '../../../shared/anonymise/scrub';
import { planWithdrawal, withdrawalCounts, type SourceWithdrawal } from '../../../shared/anonymise/withdraw';
import type { Coding, Memo, ParticipantId, ProjectId, Quote, SourceId, SourceText } from '../../../shared/model';
import { sha256Hex } from '../../../shared/util/hash';
import { db } from '../database';
import { backupNow } from './backups';
import { excerpt } from './codings';
import { addLogEvents, anonymiseScope, scrubHistory } from './redaction';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];

export interface WithdrawalPreview {
  label: string;
  sources: { sourceId: SourceId; label: string; turns: number; codingsWithin: number; codingsClipped: number }[];
  turns: number;
  /** Codings that go (wholly within their turns): the code and the coded words. */
  codings: { id: string; code: string; source: string; words: string }[];
  /** Codings that stay, clipped to the words around their speech. */
  clipped: number;
  quotes: Quote[];
  /** Memos that go: on the participant or on a coding that goes. */
  memos: Memo[];
  /** Memos that stay but seem to quote their words: for the researcher to check by hand. */
  memosQuoting: Memo[];
}

async function load(projectId: ProjectId, participantId: ParticipantId) {
  const store = db();
  const participant = await store.participants.get(key(projectId, participantId));
  if (!participant) throw new Error('That participant no longer exists.');
  if (participant.isWithdrawn) throw new Error(`${participant.label} has already been withdrawn.`);
  const [sources, texts, codings, quotes, memos] = await Promise.all([
    store.sources.where('projectId').equals(projectId).sortBy('order'),
    store.sourceTexts.where('projectId').equals(projectId).toArray(),
    store.codings.where('projectId').equals(projectId).toArray(),
    store.quotes.where('projectId').equals(projectId).toArray(),
    store.memos.where('projectId').equals(projectId).toArray(),
  ]);
  const textOf = new Map(texts.map((t) => [t.sourceId as string, t]));
  const perSource = sources.flatMap((source) => {
    const text = textOf.get(source.id);
    const own = codings.filter((c) => c.sourceId === source.id);
    return text ? [{ source, text, codings: own, counts: withdrawalCounts(text.turns, own, participantId) }] : [];
  }).filter((s) => s.counts.turns.length > 0);
  return { participant, perSource, quotes, memos };
}

function memosGoing(memos: readonly Memo[], participantId: ParticipantId, removed: ReadonlySet<string>): Memo[] {
  return memos.filter((m) => (m.anchor.type === 'participant' && m.anchor.id === participantId)
    || (m.anchor.type === 'coding' && removed.has(m.anchor.id)));
}

/** Exactly what withdrawing the participant would remove, without changing anything. */
export async function previewWithdrawal(projectId: ProjectId, participantId: ParticipantId): Promise<WithdrawalPreview> {
  const { participant, perSource, quotes, memos } = await load(projectId, participantId);
  const within = new Set<string>(perSource.flatMap((s) => s.counts.within.map((c) => c.id)));
  const touched = new Set<string>(perSource.flatMap((s) => s.counts.touched.map((c) => c.id)));
  const going = memosGoing(memos, participantId, within);
  const codeNames = new Map((await db().codes.where('projectId').equals(projectId).toArray()).map((c) => [c.id as string, c.name]));
  const index = speechIndex(perSource.flatMap((s) => s.counts.turns.map((t) => s.text.text.slice(t.start, t.end))));
  return {
    label: participant.label,
    sources: perSource.map((s) => ({
      sourceId: s.source.id, label: s.source.label, turns: s.counts.turns.length,
      codingsWithin: s.counts.within.length, codingsClipped: s.counts.touched.length - s.counts.within.length,
    })),
    turns: perSource.reduce((n, s) => n + s.counts.turns.length, 0),
    codings: perSource.flatMap((s) => s.counts.within.map((c) => ({
      id: c.id, code: codeNames.get(c.codeId) ?? 'a code', source: s.source.label, words: excerpt(s.text.text, c.start, c.end, 80),
    }))),
    clipped: touched.size - within.size,
    quotes: quotes.filter((q) => touched.has(q.codingId)),
    memos: going,
    memosQuoting: memos.filter((m) => !going.includes(m) && quotesSpeech(m.plainText, index)),
  };
}

interface Planned {
  sourceId: SourceId;
  label: string;
  /** The text and turns the hash was computed for: the transaction checks they still stand. */
  before: string;
  turnsBefore: string;
  hash: string;
}

export interface WithdrawalOutcome {
  turns: number;
  codings: number;
  quotes: number;
  memos: number;
}

/** Withdraws the participant's data from every source, in one transaction. */
export async function withdrawParticipant(projectId: ProjectId, participantId: ParticipantId): Promise<WithdrawalOutcome> {
  await backupNow(projectId, 'before withdrawal');
  const store = db();
  const loaded = await load(projectId, participantId);
  const planned: Planned[] = [];
  for (const s of loaded.perSource) {
    const plan = planWithdrawal(s.text.text, s.text.turns, s.codings, participantId);
    if (!plan) continue;
    const hash = await sha256Hex(plan.text); // Outside the transaction: IndexedDB transactions end on foreign awaits.
    planned.push({ sourceId: s.source.id, label: s.source.label, before: s.text.text, turnsBefore: JSON.stringify(s.text.turns), hash });
  }
  const outcome: WithdrawalOutcome = { turns: 0, codings: 0, quotes: 0, memos: 0 };
  await store.transaction('rw', anonymiseScope(store), async () => {
    const participant = await store.participants.get(key(projectId, participantId));
    if (!participant || participant.isWithdrawn) throw new Error('That participant has already been withdrawn or no longer exists.');
    const removed = new Set<string>();
    const touched = new Set<string>();
    const speech: string[] = [];
    for (const p of planned) {
      const plan = await withdrawFromSource(projectId, participantId, p);
      plan.removedCodings.forEach((c) => removed.add(c.id));
      plan.touchedCodings.forEach((c) => touched.add(c.id));
      speech.push(...plan.speech);
      outcome.turns += plan.turnCount;
    }
    const quotes = await store.quotes.where('projectId').equals(projectId).filter((q) => touched.has(q.codingId)).toArray();
    await store.quotes.bulkDelete(quotes.map((q) => key(projectId, q.id)));
    const memos = memosGoing(await store.memos.where('projectId').equals(projectId).toArray(), participantId, removed);
    await store.memos.bulkDelete(memos.map((m) => key(projectId, m.id)));
    const attributes = Object.fromEntries(Object.keys(participant.attributes).map((k) => [k, null]));
    await store.participants.put({ ...participant, isWithdrawn: true, attributes });
    const ids = new Set<string>([participantId, ...planned.map((p) => p.sourceId)]);
    await scrubHistory(projectId, { ids, rules: [], speech: speechIndex(speech) });
    Object.assign(outcome, { codings: removed.size, quotes: quotes.length, memos: memos.length });
    await addLogEvents(projectId, WITHDRAWAL_ACTION, [
      withdrawalSummary(participant.label, outcome.turns, planned.map((p) => p.label), outcome.codings, outcome.quotes, outcome.memos),
    ]);
  });
  return outcome;
}

/**
 * One source without the participant's speech, planned again on the rows inside the transaction
 * (the codings may have changed since the preview; the text and turns must not have, or the hash
 * computed outside would be wrong). Writes the text, the source and the codings.
 */
async function withdrawFromSource(projectId: ProjectId, participantId: ParticipantId, p: Planned): Promise<SourceWithdrawal<Coding>> {
  const store = db();
  const current = await store.sourceTexts.get(key(projectId, p.sourceId));
  const source = await store.sources.get(key(projectId, p.sourceId));
  const codings = await store.codings.where('[projectId+sourceId]').equals([projectId, p.sourceId]).toArray();
  const plan = current && planWithdrawal(current.text, current.turns, codings, participantId);
  if (!current || !source || !plan || current.text !== p.before || JSON.stringify(current.turns) !== p.turnsBefore) {
    throw new Error('A text changed while the withdrawal was being prepared; nothing was changed. Please try again.');
  }
  const next: SourceText = { ...current, text: plan.text, turns: plan.turns };
  await store.sourceTexts.put(next);
  await store.sources.put({ ...source, characters: plan.text.length, contentHash: p.hash, readingPosition: Math.min(source.readingPosition, plan.text.length) });
  const unchanged = new Set(codings);
  await store.codings.bulkPut(plan.codings.filter((c) => !unchanged.has(c)));
  await store.codings.bulkDelete(plan.removedCodings.map((c) => key(projectId, c.id)));
  return plan;
}
