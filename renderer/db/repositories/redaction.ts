/**
 * Redaction (issue 3, item 6): replacing identifiers with bracketed substitutes across sources,
 * whole or not at all, leaving no copy of the original words anywhere in the database.
 *
 * Not through `runAction`: a change set keeps the rows as they were, and those rows are the very
 * text being removed, so a redaction is written directly, in one transaction, and recorded by
 * history events whose undo and redo are null (it cannot be undone). Earlier history events that
 * hold copies of the affected texts lose their rows (see shared/anonymise/scrub.ts). Texts are
 * planned and hashed before the transaction (IndexedDB transactions end on foreign awaits) and
 * checked unchanged inside it.
 *
 * Memos anchor to projects, sources, codes, codings and participants, never to offsets, so they
 * keep pointing at the same words without remapping; their text is rewritten like every other text.
 */
import type { Table } from 'dexie';
import type { IdentifierKind } from '../../../shared/anonymise/kinds';
import { REDACTION_ACTION, redactionLogSummaries, WITHDRAWAL_ACTION } from '../../../shared/anonymise/log';
import { rewriteProjectText, type ProjectTextRows } from '../../../shared/anonymise/projectText';
import {
  findReplacements, planRedaction, remapThroughEdits, remapTurnsThroughEdits, substituteSpan,
  type FindOptions, type RedactionPlan,
} from '../../../shared/anonymise/redact';
import type { ValueRule } from '../../../shared/anonymise/rewrite';
import type { ScannableSource } from '../../../shared/anonymise/scanSources';
import { eventScrubber, type ScrubTarget } from '../../../shared/anonymise/scrub';
import { newGuid, type HistoryEvent, type ProjectId, type SourceId, type SourceText } from '../../../shared/model';
import { sha256Hex } from '../../../shared/util/hash';
import { nextTimestamp } from '../changes';
import { db, type StoryloomDb } from '../database';
import { backupNow } from './backups';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];

/** One occurrence to replace, as the scanner or Replace all found it. */
export interface SourceReplacement {
  sourceId: SourceId;
  start: number;
  end: number;
  substitute: string;
  kind: IdentifierKind;
}

/** A redaction: offsets in the sources, and values to replace in all other project text. */
export interface RedactionJob {
  replacements: readonly SourceReplacement[];
  rules: readonly ValueRule[];
  /** The texts the offsets refer to, by source id: a job made on other texts is refused. */
  basis: ReadonlyMap<string, string>;
}

export interface ReplaceAllRequest extends FindOptions {
  find: string;
  substitute: string;
  kind: IdentifierKind;
  /** null: every source. */
  sourceIds: readonly SourceId[] | null;
}

export interface RedactionPreview {
  sources: { sourceId: SourceId; label: string; count: number }[];
  inSources: number;
  /** Occurrences in quotes, memos, code names and other project text. */
  elsewhere: number;
  /** History events that will lose their undo because they hold copies of the words. */
  historyEvents: number;
}

/** Every table a redaction or withdrawal writes. */
export function anonymiseScope(store: StoryloomDb) {
  return [store.projects, store.history, store.sources, store.sourceTexts, store.codings, store.quotes, store.memos,
    store.codes, store.participants, store.attributes, store.reviews];
}

async function projectRows(projectId: ProjectId): Promise<ProjectTextRows> {
  const store = db();
  const of = <T>(table: Table<T, [string, string]>) => table.where('projectId').equals(projectId).toArray();
  const project = await store.projects.get(projectId);
  if (!project) throw new Error('That project no longer exists.');
  const [sources, texts, participants, attributes, codes, memos, quotes, reviews] = await Promise.all([
    of(store.sources), of(store.sourceTexts), of(store.participants), of(store.attributes), of(store.codes),
    of(store.memos), of(store.quotes), of(store.reviews),
  ]);
  return { project, sources, texts, participants, attributes, codes, memos, quotes, reviews };
}

/** Replace all as a job: its occurrences in the chosen sources, and the value everywhere else. */
export async function replaceAllJob(projectId: ProjectId, request: ReplaceAllRequest): Promise<RedactionJob> {
  const texts = await db().sourceTexts.where('projectId').equals(projectId).toArray();
  const chosen = request.sourceIds === null ? texts : texts.filter((t) => request.sourceIds?.includes(t.sourceId));
  const replacements = chosen.flatMap((t) => findReplacements(t.text, request.find, request.substitute, request)
    .map((r) => ({ ...r, sourceId: t.sourceId, kind: request.kind })));
  const { find, substitute, kind, isWholeWord, isCaseSensitive } = request;
  const basis = new Map(chosen.map((t) => [t.sourceId as string, t.text]));
  return { replacements, rules: [{ find, substitute, kind, isWholeWord, isCaseSensitive }], basis };
}

/**
 * Chosen candidates as a job, on the texts they were found in: each distinct value is also
 * replaced, as a whole word, in all other project text.
 */
export function candidatesJob(replacements: readonly SourceReplacement[], texts: ReadonlyMap<string, string>): RedactionJob {
  const rules = new Map<string, ValueRule>();
  for (const r of replacements) {
    const find = texts.get(r.sourceId)?.slice(r.start, r.end) ?? '';
    if (find.trim() !== '' && !rules.has(find)) rules.set(find, { find, substitute: r.substitute, kind: r.kind, isWholeWord: true, isCaseSensitive: true });
  }
  return { replacements, rules: [...rules.values()], basis: texts };
}

function bySource(job: RedactionJob): Map<SourceId, SourceReplacement[]> {
  const grouped = new Map<SourceId, SourceReplacement[]>();
  for (const r of job.replacements) grouped.set(r.sourceId, [...(grouped.get(r.sourceId) ?? []), r]);
  return grouped;
}

/** What a job would change, without changing anything. */
export async function previewRedaction(projectId: ProjectId, job: RedactionJob): Promise<RedactionPreview> {
  const rows = await projectRows(projectId);
  const labels = new Map(rows.sources.map((s) => [s.id as string, s]));
  const sources = [...bySource(job)].map(([sourceId, list]) => ({ sourceId, label: labels.get(sourceId)?.label ?? '', count: list.length }))
    .sort((a, b) => (labels.get(a.sourceId)?.order ?? 0) - (labels.get(b.sourceId)?.order ?? 0));
  const elsewhere = [...rewriteProjectText(rows, job.rules).counts.values()].reduce((a, b) => a + b, 0);
  const scrub = eventScrubber({ ids: new Set(sources.map((s) => s.sourceId)), rules: job.rules });
  const events = await db().history.where('projectId').equals(projectId).toArray();
  const historyEvents = events.filter((e) => (e.undo !== null || e.redo !== null) && scrub(e)?.undo === null).length;
  return { sources, inSources: job.replacements.length, elsewhere, historyEvents };
}

/**
 * Scrubs the project's history (see scrub.ts) and, as any new change does, ends the redo of
 * undone changes. Call inside the transaction.
 */
export async function scrubHistory(projectId: ProjectId, target: ScrubTarget): Promise<void> {
  const store = db();
  const scrub = eventScrubber(target);
  const events = await store.history.where('projectId').equals(projectId).toArray();
  const changed = events.flatMap((event) => {
    const next = scrub(event) ?? event;
    const done = next.isUndone && next.redo !== null ? { ...next, undo: null, redo: null } : next;
    return done === event ? [] : [done];
  });
  await store.history.bulkPut(changed);
}

/** Adds log events that cannot be undone. Call inside the transaction. */
export async function addLogEvents(projectId: ProjectId, action: string, summaries: readonly string[]): Promise<void> {
  const store = db();
  const project = await store.projects.get(projectId);
  const events: HistoryEvent[] = summaries.map((summary) => ({
    id: newGuid(), projectId, at: nextTimestamp(), coderId: project?.currentCoderId ?? null, action, summary,
    undo: null, redo: null, isUndone: false,
  }));
  await store.history.bulkAdd(events);
  await store.projects.update(projectId, { updatedAt: events.at(-1)?.at ?? nextTimestamp() });
}

interface Planned {
  sourceId: SourceId;
  before: string;
  plan: RedactionPlan;
  hash: string;
  replacements: SourceReplacement[];
}

/** Applies a job in one transaction; returns how many occurrences were replaced in sources and elsewhere. */
export async function applyRedaction(projectId: ProjectId, job: RedactionJob): Promise<{ inSources: number; elsewhere: number }> {
  await backupNow(projectId, 'before redaction');
  const store = db();
  const planned: Planned[] = [];
  for (const [sourceId, replacements] of bySource(job)) {
    const before = job.basis.get(sourceId);
    if (before === undefined) throw new Error('A source to redact was not scanned.');
    const plan = planRedaction(before, replacements);
    planned.push({ sourceId, before, plan, replacements, hash: await sha256Hex(plan.text) });
  }
  let elsewhere = 0;
  await store.transaction('rw', anonymiseScope(store), async () => {
    const redacted = new Map<string, SourceText>();
    for (const p of planned) redacted.set(p.sourceId, await redactSource(projectId, p));
    const rows = await projectRows(projectId);
    const current = { ...rows, texts: rows.texts.map((t) => redacted.get(t.sourceId) ?? t) };
    const changes = rewriteProjectText(current, job.rules);
    const texts = new Map([...redacted, ...changes.texts.map((t) => [t.sourceId as string, t] as const)]);
    await store.sourceTexts.bulkPut([...texts.values()]);
    const sources = new Map(changes.sources.map((s) => [s.id as string, s]));
    for (const p of planned) {
      const source = sources.get(p.sourceId) ?? rows.sources.find((s) => s.id === p.sourceId);
      if (!source) throw new Error('A source to redact no longer exists.');
      sources.set(p.sourceId, { ...source, characters: p.plan.text.length, contentHash: p.hash, readingPosition: Math.min(source.readingPosition, p.plan.text.length) });
    }
    await store.sources.bulkPut([...sources.values()]);
    if (changes.project) await store.projects.put(changes.project);
    await Promise.all([store.participants.bulkPut(changes.participants), store.attributes.bulkPut(changes.attributes),
      store.codes.bulkPut(changes.codes), store.memos.bulkPut(changes.memos), store.quotes.bulkPut(changes.quotes),
      store.reviews.bulkPut(changes.reviews)]);
    await scrubHistory(projectId, { ids: new Set(planned.map((p) => p.sourceId)), rules: job.rules });
    elsewhere = [...changes.counts.values()].reduce((a, b) => a + b, 0);
    const perSource = planned.map((p) => ({ where: sources.get(p.sourceId)?.label ?? 'a source', replacements: p.replacements }));
    await addLogEvents(projectId, REDACTION_ACTION, redactionLogSummaries(perSource, changes.counts, job.rules));
  });
  return { inSources: job.replacements.length, elsewhere };
}

/** One source's text, turns and codings after the redaction; codings are written here. */
async function redactSource(projectId: ProjectId, p: Planned): Promise<SourceText> {
  const store = db();
  const current = await store.sourceTexts.get(key(projectId, p.sourceId));
  if (!current || current.text !== p.before) throw new Error('A text changed while the redaction was being prepared; nothing was changed. Please try again.');
  const codings = await store.codings.where('[projectId+sourceId]').equals([projectId, p.sourceId]).toArray();
  const remapped = remapThroughEdits(codings, p.plan.edits);
  const unchanged = new Set(codings);
  const moved = remapped.kept.filter((c) => !unchanged.has(c));
  const kept = remapped.removed.flatMap((c) => {
    const span = substituteSpan(c, p.plan.edits);
    return span ? [{ ...c, ...span }] : [];
  });
  await store.codings.bulkPut([...moved, ...kept]);
  return { ...current, text: p.plan.text, turns: remapTurnsThroughEdits(current.turns, p.plan.edits).kept };
}

/**
 * What the scanner needs: the chosen sources (null: all) in order, with their texts and turns,
 * and the names known to belong to people (participant labels, speaker names as given).
 */
export async function scanInput(projectId: ProjectId, sourceIds: readonly SourceId[] | null): Promise<{ sources: ScannableSource[]; knownNames: string[] }> {
  const store = db();
  const [sources, texts, participants] = await Promise.all([
    store.sources.where('projectId').equals(projectId).sortBy('order'),
    store.sourceTexts.where('projectId').equals(projectId).toArray(),
    store.participants.where('projectId').equals(projectId).toArray(),
  ]);
  const textOf = new Map(texts.map((t) => [t.sourceId as string, t]));
  const chosen = sourceIds === null ? sources : sources.filter((s) => sourceIds.includes(s.id));
  const scannable = chosen.flatMap((s) => {
    const text = textOf.get(s.id);
    return text ? [{ id: s.id as string, label: s.label, text: text.text, turns: text.turns }] : [];
  });
  const speakers = texts.flatMap((t) => t.turns.flatMap((turn) => (turn.speaker === null ? [] : [turn.speaker])));
  return { sources: scannable, knownNames: [...new Set([...participants.map((p) => p.label), ...speakers])] };
}

/** The events the redaction log is made of (redactions and withdrawals), newest first, however old. */
export async function listLogEvents(projectId: ProjectId): Promise<HistoryEvent[]> {
  const events = await db().history.where('projectId').equals(projectId)
    .filter((e) => e.action === REDACTION_ACTION || e.action === WITHDRAWAL_ACTION).toArray();
  return events.sort((a, b) => b.at.localeCompare(a.at));
}
