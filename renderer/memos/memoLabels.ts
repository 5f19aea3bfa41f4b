/**
 * How memos are named on screen: kinds, what a memo is attached to, and the list's filters.
 * Pure functions over plain records, so the screen, the palette and other screens agree.
 */
import type { Memo, MemoAnchor, MemoKind } from '../../shared/model';

export const KIND_LABELS: Record<MemoKind, string> = {
  memo: 'Memo',
  familiarisation: 'Familiarisation note',
  journal: 'Reflexive journal entry',
  recommendation: 'Recommendation',
  summary: 'Framework summary',
};

/** The kinds in the plural, for the filter. */
export const KIND_FILTER_LABELS: Record<MemoKind, string> = {
  memo: 'Memos',
  familiarisation: 'Familiarisation notes',
  journal: 'Reflexive journal',
  recommendation: 'Recommendations',
  summary: 'Framework summaries',
};

export type AnchorType = MemoAnchor['type'];

export const ANCHOR_FILTER_LABELS: Record<AnchorType, string> = {
  project: 'The project',
  source: 'Sources',
  code: 'Codes',
  coding: 'Codings',
  participant: 'Participants',
  cell: 'A theme in a source',
};

/** Names of the things a memo can be attached to, by id. */
export interface AnchorNames {
  source: (id: string) => string | undefined;
  code: (id: string) => string | undefined;
  participant: (id: string) => string | undefined;
  /** "Information sharing in FG 1" */
  coding: (id: string) => string | undefined;
}

/** "on the project", "on source FG 1", "on code Information sharing", "on participant P3". */
export function anchorText(anchor: MemoAnchor, names: AnchorNames): string {
  if (anchor.type === 'project') return 'on the project';
  if (anchor.type === 'cell') {
    return `on ${names.code(anchor.codeId) ?? 'a deleted code'} in ${names.source(anchor.id) ?? 'a deleted source'}`;
  }
  const name = names[anchor.type](anchor.id);
  if (anchor.type === 'coding') return name ? `on a coding of ${name}` : 'on a deleted coding';
  return name ? `on ${anchor.type} ${name}` : `on a deleted ${anchor.type}`;
}

export interface MemoFilter {
  kind: MemoKind | 'all';
  anchor: AnchorType | 'all';
  /** Words that must all appear in the title or the text, in any case. */
  query: string;
}

export const NO_FILTER: MemoFilter = { kind: 'all', anchor: 'all', query: '' };

export function filterMemos(memos: readonly Memo[], filter: MemoFilter): Memo[] {
  const words = filter.query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return memos.filter((m) => {
    if (filter.kind !== 'all' && m.kind !== filter.kind) return false;
    if (filter.anchor !== 'all' && m.anchor.type !== filter.anchor) return false;
    const haystack = `${m.title}\n${m.plainText}`.toLocaleLowerCase('en-GB');
    return words.every((w) => haystack.includes(w));
  });
}

/** Memos grouped by the local day they were written, newest day first (the reflexive journal). */
export function groupByDay(memos: readonly Memo[]): { day: string; memos: Memo[] }[] {
  const groups = new Map<string, Memo[]>();
  const dayOf = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso.slice(0, 10)
      : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  for (const memo of [...memos].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const day = dayOf(memo.createdAt);
    groups.set(day, [...(groups.get(day) ?? []), memo]);
  }
  return [...groups].map(([day, list]) => ({ day, memos: list }));
}

/** The title shown for a memo, never blank. */
export const memoTitle = (memo: Pick<Memo, 'title'>) => memo.title.trim() || 'Untitled memo';
