/**
 * Replacing a value wherever it is written outside the source texts: quote wordings, memos,
 * code names, history summaries. These have no offsets to keep, so a value is replaced by
 * matching it, with the same rules as Replace all (see redact.ts `findReplacements`).
 */
import type { IdentifierKind } from './kinds';
import { findPattern, findReplacements, planRedaction, type FindOptions } from './redact';

/** "Every `find` becomes `substitute`", with the kind of identifier it is, for the log. */
export interface ValueRule extends FindOptions {
  find: string;
  substitute: string;
  kind: IdentifierKind;
}

export interface Rewritten {
  text: string;
  /** Occurrences replaced. */
  count: number;
}

/** Longer values first, so "Margaret Evans" goes whole before "Margaret" is looked for. */
function ordered(rules: readonly ValueRule[]): ValueRule[] {
  return [...rules].filter((r) => r.find.length > 0).sort((a, b) => b.find.length - a.find.length);
}

/** `text` with every rule applied in turn. O(n × rules). */
export function rewriteValues(text: string, rules: readonly ValueRule[]): Rewritten {
  let count = 0;
  let current = text;
  for (const rule of ordered(rules)) {
    const found = findReplacements(current, rule.find, rule.substitute, rule);
    if (found.length === 0) continue;
    count += found.length;
    current = planRedaction(current, found).text;
  }
  return { text: current, count };
}

/** A test for any rule's value in a text (brackets or not), compiled once for many texts. */
export function valueMatcher(rules: readonly ValueRule[]): (text: string) => boolean {
  const patterns = rules.filter((r) => r.find.length > 0).map((r) => new RegExp(findPattern(r.find, r).source, r.isCaseSensitive ? 'u' : 'iu'));
  return (text) => patterns.some((p) => p.test(text));
}

/** True when any rule's value occurs in `text` (brackets or not). */
export function containsValue(text: string, rules: readonly ValueRule[]): boolean {
  return valueMatcher(rules)(text);
}

/** Every string inside a JSON-like value, depth first. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

function rewriteNodes(node: unknown, rules: readonly ValueRule[]): number {
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + rewriteNodes(child, rules), 0);
  if (node === null || typeof node !== 'object') return 0;
  const record = node as Record<string, unknown>;
  let count = 0;
  if (typeof record.text === 'string') {
    const result = rewriteValues(record.text, rules);
    record.text = result.text;
    count += result.count;
  }
  for (const [key, child] of Object.entries(record)) if (key !== 'text') count += rewriteNodes(child, rules);
  return count;
}

/** The text of a Lexical state: its `text` fields in document order, run together. */
function lexicalText(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) lexicalText(child, into);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') into.push(record.text);
    for (const [key, child] of Object.entries(record)) if (key !== 'text') lexicalText(child, into);
  }
  return into;
}

/**
 * A memo's serialised Lexical state with the rules applied to its text nodes. Where a value is
 * split across nodes (a word half in bold) or the state cannot be read, the state is dropped
 * ("") and the memo falls back to its plain text, which is rewritten apart: formatting is lost,
 * the identifier never survives.
 */
export function rewriteLexicalState(content: string, rules: readonly ValueRule[]): Rewritten {
  if (content === '') return { text: content, count: 0 };
  const hasValue = valueMatcher(rules);
  let state: unknown;
  try {
    state = JSON.parse(content);
  } catch {
    return hasValue(content) ? { text: '', count: 1 } : { text: content, count: 0 };
  }
  if (!hasValue(content) && !hasValue(lexicalText(state).join(''))) return { text: content, count: 0 };
  const count = rewriteNodes(state, rules);
  const text = JSON.stringify(state);
  return hasValue(text) || hasValue(lexicalText(state).join('')) ? { text: '', count: Math.max(count, 1) } : { text, count };
}

export interface SubstituteCheck {
  /** The substitute in square brackets. */
  substitute: string;
  /** Why it cannot be used, or null. */
  problem: string | null;
}

/**
 * Puts a substitute in square brackets (DOMAIN.md: brackets mark the researcher's words) and
 * checks it: not empty, one line, and not containing the words it replaces (or they would stay).
 */
export function checkSubstitute(input: string, replaced: readonly string[]): SubstituteCheck {
  const trimmed = input.trim();
  const substitute = trimmed === '' ? '' : trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed : `[${trimmed.replace(/^\[|\]$/g, '')}]`;
  if (substitute === '' || substitute === '[]') return { substitute, problem: 'Type a substitute, such as [wife] or [Town].' };
  if (/[\n\r]/.test(substitute)) return { substitute, problem: 'A substitute must fit on one line.' };
  const lower = substitute.toLowerCase();
  const kept = replaced.find((value) => value.trim() !== '' && lower.includes(value.toLowerCase()));
  if (kept !== undefined) return { substitute, problem: 'The substitute must not contain the words it replaces.' };
  return { substitute, problem: null };
}
