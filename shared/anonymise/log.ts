/**
 * The redaction log (issue 3, item 6c): what kind of identifier was replaced, where, how many,
 * by whom and when; never the original value. There is no log table: each entry is a history
 * event (action `redaction:apply` or `participant:withdraw`) whose summary is written by the
 * functions here and read back by `parseLogSummary`, so the format lives in one place.
 */
import { DEFAULT_SUBSTITUTES, IDENTIFIER_KINDS, KIND_LABELS, kindLabel, type IdentifierKind } from './kinds';

export const REDACTION_ACTION = 'redaction:apply';
export const WITHDRAWAL_ACTION = 'participant:withdraw';
/** Where value rewrites outside the source texts are logged. */
export const ELSEWHERE = 'quotes, memos and other project text';

const MAX_SUBSTITUTES = 5;

function listSubstitutes(substitutes: readonly string[]): string {
  const unique = [...new Set(substitutes)];
  const shown = unique.slice(0, MAX_SUBSTITUTES).join(', ');
  return unique.length > MAX_SUBSTITUTES ? `${shown} and ${unique.length - MAX_SUBSTITUTES} more` : shown;
}

/** "Redacted 3 personal names in FG 1, replaced with [wife], [son]". */
export function redactionSummary(kind: IdentifierKind, count: number, where: string, substitutes: readonly string[]): string {
  return `Redacted ${count} ${kindLabel(kind, count)} in ${where}, replaced with ${listSubstitutes(substitutes)}`;
}

interface Replaced {
  kind: IdentifierKind;
  substitute: string;
}

/**
 * The log of one redaction: an entry per source and kind, then one per kind for the text outside
 * the sources (`ELSEWHERE`), with the counts and substitutes, never the values replaced.
 */
export function redactionLogSummaries(
  perSource: readonly { where: string; replacements: readonly Replaced[] }[],
  elsewhere: ReadonlyMap<IdentifierKind, number>, rules: readonly Replaced[],
): string[] {
  const substitutes = (list: readonly Replaced[], kind: IdentifierKind) => list.filter((r) => r.kind === kind).map((r) => r.substitute);
  const summaries = perSource.flatMap(({ where, replacements }) => [...new Set(replacements.map((r) => r.kind))]
    .map((kind) => redactionSummary(kind, substitutes(replacements, kind).length, where, substitutes(replacements, kind))));
  for (const [kind, count] of elsewhere) {
    const subs = substitutes(rules, kind);
    summaries.push(redactionSummary(kind, count, ELSEWHERE, subs.length > 0 ? subs : [DEFAULT_SUBSTITUTES[kind]]));
  }
  return summaries;
}

/** "Withdrew P8: 14 turns in FG 2 replaced with [withdrawn]; 3 codings, 1 quote and 0 memos removed". */
export function withdrawalSummary(label: string, turns: number, where: readonly string[], codings: number, quotes: number, memos: number): string {
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  return `Withdrew ${label}: ${n(turns, 'turn')} in ${where.join(', ') || 'no source'} replaced with [withdrawn]; `
    + `${n(codings, 'coding')}, ${n(quotes, 'quote')} and ${n(memos, 'memo')} removed`;
}

export interface LogEntry {
  id: string;
  at: string;
  coderId: string | null;
  what: 'Redaction' | 'Withdrawal';
  /** "personal names", or "participant" for a withdrawal. */
  kind: string;
  /** A source label, several, or `ELSEWHERE`. */
  where: string;
  count: number;
  replacedWith: string;
}

const LABELS = IDENTIFIER_KINDS.flatMap((k) => [KIND_LABELS[k].many, KIND_LABELS[k].one])
  .sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const REDACTED = new RegExp(`^Redacted (\\d+) (${LABELS.join('|')}) in (.+), replaced with (.+)$`);
const WITHDREW = /^Withdrew (.+?): (\d+) turns? in (.+) replaced with (\[withdrawn\]);/;

/** The log entry an event records, or null for any other event. */
export function parseLogSummary(event: { id: string; at: string; coderId: string | null; action: string; summary: string }): LogEntry | null {
  const base = { id: event.id, at: event.at, coderId: event.coderId };
  if (event.action === REDACTION_ACTION) {
    const m = REDACTED.exec(event.summary);
    if (!m) return null;
    return { ...base, what: 'Redaction', kind: m[2] ?? '', where: m[3] ?? '', count: Number(m[1]), replacedWith: m[4] ?? '' };
  }
  if (event.action === WITHDRAWAL_ACTION) {
    const m = WITHDREW.exec(event.summary);
    if (!m) return null;
    return { ...base, what: 'Withdrawal', kind: `participant ${m[1] ?? ''}`, where: m[3] ?? '', count: Number(m[2]), replacedWith: m[4] ?? '' };
  }
  return null;
}

/** One CSV field: quoted when needed, and a leading = + - @ defused so a spreadsheet never runs it. */
function field(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The log as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark for Excel). */
export function logCsv(entries: readonly LogEntry[], coderName: (id: string | null) => string): string {
  const header = ['When', 'Who', 'What', 'Kind', 'Where', 'Count', 'Replaced with'];
  const rows = entries.map((e) => [e.at, coderName(e.coderId), e.what, e.kind, e.where, e.count, e.replacedWith]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
