/**
 * Replacing redacted values in everything a project writes outside its source texts: source
 * titles and file names, speaker names on turns, participant labels and attribute values,
 * attribute categories, code names, definitions and aliases, memos, quote wordings, partner
 * reviews, the project's name and description. Pure: rows in, changed rows and counts out.
 */
import type {
  Attribute, Code, Memo, Participant, Project, Quote, Review, Source, SourceText,
} from '../model';
import type { IdentifierKind } from './kinds';
import { rewriteLexicalState, rewriteValues, type ValueRule } from './rewrite';

export interface ProjectTextRows {
  project: Project;
  sources: readonly Source[];
  texts: readonly SourceText[];
  participants: readonly Participant[];
  attributes: readonly Attribute[];
  codes: readonly Code[];
  memos: readonly Memo[];
  quotes: readonly Quote[];
  reviews: readonly Review[];
}

/** Only the rows that changed. */
export interface ProjectTextChanges {
  project: Project | null;
  sources: Source[];
  texts: SourceText[];
  participants: Participant[];
  attributes: Attribute[];
  codes: Code[];
  memos: Memo[];
  quotes: Quote[];
  reviews: Review[];
  /** Occurrences replaced, by kind of identifier. */
  counts: Map<IdentifierKind, number>;
}

/** Rewrites strings and counts, by kind, what it replaced. */
function rewriter(rules: readonly ValueRule[], counts: Map<IdentifierKind, number>) {
  const kinds = [...new Set(rules.map((r) => r.kind))];
  const byKind = kinds.map((kind) => [kind, rules.filter((r) => r.kind === kind)] as const);
  const text = (value: string): string => {
    let current = value;
    for (const [kind, kindRules] of byKind) {
      const result = rewriteValues(current, kindRules);
      if (result.count > 0) counts.set(kind, (counts.get(kind) ?? 0) + result.count);
      current = result.text;
    }
    return current;
  };
  const lexical = (content: string): string => {
    let current = content;
    for (const [kind, kindRules] of byKind) {
      const result = rewriteLexicalState(current, kindRules);
      if (result.count > 0) counts.set(kind, (counts.get(kind) ?? 0) + result.count);
      current = result.text;
    }
    return current;
  };
  return { text, lexical };
}

/** The row with the named string fields rewritten, or null when nothing changed. */
function rewriteRow<T extends object>(row: T, rewrite: (value: string) => string, fields: readonly (keyof T)[]): T | null {
  const patch: Partial<T> = {};
  for (const field of fields) {
    const value = row[field];
    if (typeof value === 'string') {
      const next = rewrite(value);
      if (next !== value) patch[field] = next as T[keyof T];
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      const next = (value as string[]).map(rewrite);
      if (next.some((v, i) => v !== value[i])) patch[field] = next as T[keyof T];
    }
  }
  return Object.keys(patch).length > 0 ? { ...row, ...patch } : null;
}

function changed<T extends object>(rows: readonly T[], rewrite: (row: T) => T | null): T[] {
  return rows.flatMap((row) => {
    const next = rewrite(row);
    return next ? [next] : [];
  });
}

/** Applies the rules to every free text of the project (never to source texts themselves). */
export function rewriteProjectText(rows: ProjectTextRows, rules: readonly ValueRule[]): ProjectTextChanges {
  const counts = new Map<IdentifierKind, number>();
  const { text, lexical } = rewriter(rules, counts);
  const memo = (m: Memo): Memo | null => {
    const fields = rewriteRow(m, text, ['title', 'plainText']);
    const content = lexical(m.content);
    return content === m.content ? fields : { ...(fields ?? m), content };
  };
  const participant = (p: Participant): Participant | null => {
    const attributes = Object.fromEntries(Object.entries(p.attributes).map(([k, v]) => [k, typeof v === 'string' ? text(v) : v]));
    const isSame = Object.entries(attributes).every(([k, v]) => p.attributes[k] === v);
    const label = text(p.label);
    return isSame && label === p.label ? null : { ...p, label, attributes };
  };
  const sourceText = (t: SourceText): SourceText | null => {
    const turns = t.turns.map((turn) => (turn.speaker === null ? turn : { ...turn, speaker: text(turn.speaker) }));
    return turns.every((turn, i) => turn.speaker === t.turns[i]?.speaker) ? null : { ...t, turns };
  };
  return {
    project: rewriteRow(rows.project, text, ['name', 'description']),
    sources: changed(rows.sources, (s) => rewriteRow(s, text, ['title', 'originalFileName', 'facilitator'])),
    texts: changed(rows.texts, sourceText),
    participants: changed(rows.participants, participant),
    attributes: changed(rows.attributes, (a) => rewriteRow(a, text, ['name', 'categories'])),
    codes: changed(rows.codes, (c) => rewriteRow(c, text, ['name', 'definition', 'aliases'])),
    memos: changed(rows.memos, memo),
    quotes: changed(rows.quotes, (q) => rewriteRow(q, text, ['text', 'attribution'])),
    reviews: changed(rows.reviews, (r) => rewriteRow(r, text, ['suggestedName', 'comment', 'response'])),
    counts,
  };
}
