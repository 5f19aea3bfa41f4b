/**
 * Scrubbing history after a redaction or a withdrawal. History keeps the rows before and after
 * each change so it can be undone; those rows hold old copies of the texts, codings and quotes,
 * and summaries quote coded words. Left alone, Undo (or anyone reading the database) could bring
 * the removed words back. So an event whose rows touch an affected source or participant, or
 * hold a removed value or removed speech, loses its rows (it can no longer be undone), and its
 * summary has the value or the quoted speech replaced.
 */
import type { HistoryEvent } from '../model';
import { rewriteValues, stringsIn, valueMatcher, type ValueRule } from './rewrite';
import { WITHDRAWN } from './withdraw';

/** Length of the pieces of removed speech looked for in other text: long enough not to be a stock phrase. */
const WINDOW = 24;

export interface ScrubTarget {
  /** Ids (sources, participants) whose rows must not survive in history. */
  ids: ReadonlySet<string>;
  rules: readonly ValueRule[];
  /** Removed speech, indexed with `speechIndex`. */
  speech?: SpeechIndex;
}

export interface SpeechIndex {
  windows: Set<string>;
  joined: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every 24-character piece of the removed speech, white space collapsed. O(total length). */
export function speechIndex(speech: readonly string[]): SpeechIndex {
  const windows = new Set<string>();
  const parts = speech.map(normalise);
  for (const part of parts) for (let i = 0; i + WINDOW <= part.length; i++) windows.add(part.slice(i, i + WINDOW));
  return { windows, joined: parts.join('\n') };
}

/** True when `text` quotes the removed speech: a 24-character piece of it, or all of a shorter text. */
export function quotesSpeech(text: string, index: SpeechIndex): boolean {
  const value = normalise(text).replace(/…$/, '');
  if (value.length === 0 || value === WITHDRAWN) return false;
  if (value.length < WINDOW) return value.length >= 4 && index.joined.includes(value);
  for (let i = 0; i + WINDOW <= value.length; i++) if (index.windows.has(value.slice(i, i + WINDOW))) return true;
  return false;
}

/** A summary with quoted words ("Coded "…" as X") replaced by `[withdrawn]` when they quote the speech. */
export function scrubQuotedSpeech(summary: string, index: SpeechIndex): string {
  return summary.replace(/"([^"]*)"/g, (whole, inner: string) => (quotesSpeech(inner, index) ? `"${WITHDRAWN}"` : whole));
}

/**
 * A scrubber for many events: returns the event scrubbed, or null when it holds nothing removed.
 * An event's rows go whole (undo and redo both null): half a change set cannot be undone.
 */
export function eventScrubber(target: ScrubTarget): (event: HistoryEvent) => HistoryEvent | null {
  const hasValue = valueMatcher(target.rules);
  const { speech } = target;
  const holdsRemovedData = (rows: unknown): boolean => {
    if (rows === null || rows === undefined) return false;
    const strings = stringsIn(rows);
    return strings.some((s) => target.ids.has(s) || hasValue(s) || (speech !== undefined && quotesSpeech(s, speech)));
  };
  return (event) => {
    let summary = rewriteValues(event.summary, target.rules).text;
    if (speech) summary = scrubQuotedSpeech(summary, speech);
    const isRowsGone = holdsRemovedData(event.undo) || holdsRemovedData(event.redo);
    if (!isRowsGone && summary === event.summary) return null;
    return isRowsGone ? { ...event, summary, undo: null, redo: null } : { ...event, summary };
  };
}
