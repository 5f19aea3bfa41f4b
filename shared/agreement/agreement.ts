/**
 * Agreement between two coders (issue 7, item 4), per code and overall, as NVivo and QualCoder
 * compare coding.
 *
 * Units. With `character` units every character of every source is a unit; for a code, a
 * character is "coded" by a coder when any of that coder's codings of that code covers it. With
 * `turn` units every speaker turn (every non-empty turn) of every source is a unit, coded by a
 * coder when any character of it is; text outside turns is not a unit.
 *
 * A code is compared on its own codings, not those of the codes beneath it. Codings of other
 * coders, of codes not in the tree and outside their source's text are ignored.
 *
 * The overall row pools the per-code 2x2 tables (a, b, both and neither summed over the codes
 * at least one of the two coders used) and computes the three statistics on the pooled table.
 * Codes neither coder used are left out of the pool: each would add a whole corpus of agreed
 * "not coded" units, so the overall figure would rise with every unused code in the tree.
 *
 * Everything is interval arithmetic over sorted runs (./intervals.ts): no per-character arrays.
 */
import { buildCodeTree, flattenTree } from '../analysis/codeTree';
import type { Code, CodeId, CoderId, Coding, ProjectBundle, SourceId } from '../model';
import {
  countCommon, indicesWithout, intersectSpans, mergeSpans, spanLength, subtractSpans, touchedUnits, type Span,
} from './intervals';
import { cohensKappa, krippendorffAlpha, percentAgreement, poolCounts, type AgreementCounts } from './statistics';

export const AGREEMENT_UNITS = ['character', 'turn'] as const;
export type AgreementUnit = (typeof AGREEMENT_UNITS)[number];

/** What the comparison needs of a source: its length and its turns (any order). */
export interface AgreementSource {
  id: SourceId;
  /** Length of the canonical text (UTF-16 code units). */
  characters: number;
  turns: readonly Span[];
}

export interface AgreementInput {
  codes: readonly Code[];
  codings: readonly Coding[];
  /** In display order: disagreements are listed source by source in this order. */
  sources: readonly AgreementSource[];
}

export interface AgreementStatistics {
  /** 0 to 100; null when there are no units. */
  percent: number | null;
  kappa: number | null;
  alpha: number | null;
}

export interface AgreementRow extends AgreementCounts, AgreementStatistics {
  codeId: CodeId;
  /** Names from the root. */
  path: readonly string[];
  /** 0 for a top-level code. */
  depth: number;
  /** True when at least one of the two coders used the code. */
  isUsed: boolean;
}

export interface AgreementResult {
  unit: AgreementUnit;
  coderA: CoderId;
  coderB: CoderId;
  /** Units per code: every character (or turn) of every source. */
  units: number;
  /** Every code, in tree order. */
  rows: AgreementRow[];
  /** The pooled table of the codes either coder used, and its statistics. */
  overall: AgreementCounts & AgreementStatistics & { codes: number };
}

/** A run of units exactly one coder coded with a code. */
export interface Disagreement {
  sourceId: SourceId;
  start: number;
  end: number;
  /** Who coded it: coder A or coder B. */
  coder: 'a' | 'b';
}

export function statisticsOf(t: AgreementCounts): AgreementStatistics {
  return { percent: percentAgreement(t), kappa: cohensKappa(t), alpha: krippendorffAlpha(t) };
}

interface PreparedSource {
  id: SourceId;
  characters: number;
  /** Non-empty turns sorted by start. */
  turns: Span[];
}

/** The merged runs of one code in one source, per coder. */
interface CodeInSource {
  source: PreparedSource;
  a: Span[];
  b: Span[];
}

function prepare(sources: readonly AgreementSource[]): PreparedSource[] {
  return sources.map((s) => ({
    id: s.id,
    characters: Math.max(0, s.characters),
    turns: s.turns.filter((t) => t.end > t.start).map((t) => ({ start: t.start, end: t.end })).sort((x, y) => x.start - y.start || x.end - y.end),
  }));
}

/** Per code, per source (in source order), each coder's merged runs. Only the two coders' codings. */
function groupCodings(input: AgreementInput, sources: readonly PreparedSource[], coderA: CoderId, coderB: CoderId): Map<string, CodeInSource[]> {
  const sourceIndex = new Map(sources.map((s, i) => [s.id as string, i]));
  const raw = new Map<string, { a: Span[]; b: Span[] }[]>();
  for (const coding of input.codings) {
    const isA = coding.coderId === coderA;
    const isB = coding.coderId === coderB;
    if (!isA && !isB) continue;
    const index = sourceIndex.get(coding.sourceId);
    if (index === undefined) continue;
    const source = sources[index]!;
    const start = Math.max(0, coding.start);
    const end = Math.min(source.characters, coding.end);
    if (end <= start) continue;
    let perSource = raw.get(coding.codeId);
    if (!perSource) raw.set(coding.codeId, (perSource = []));
    const slot = (perSource[index] ??= { a: [], b: [] });
    if (isA) slot.a.push({ start, end });
    if (isB) slot.b.push({ start, end });
  }
  const grouped = new Map<string, CodeInSource[]>();
  for (const [codeId, perSource] of raw) {
    const list: CodeInSource[] = [];
    perSource.forEach((slot, index) => {
      if (slot) list.push({ source: sources[index]!, a: mergeSpans(slot.a), b: mergeSpans(slot.b) });
    });
    grouped.set(codeId, list);
  }
  return grouped;
}

function totalUnits(sources: readonly PreparedSource[], unit: AgreementUnit): number {
  let total = 0;
  for (const s of sources) total += unit === 'character' ? s.characters : s.turns.length;
  return total;
}

/** The 2x2 counts of one code: what each coder coded and what both did, summed over sources. */
function countsOf(entries: readonly CodeInSource[], unit: AgreementUnit, units: number): AgreementCounts {
  const counts: AgreementCounts = { a: 0, b: 0, both: 0, units };
  for (const { source, a, b } of entries) {
    if (unit === 'character') {
      counts.a += spanLength(a);
      counts.b += spanLength(b);
      counts.both += spanLength(intersectSpans(a, b));
    } else {
      const turnsA = touchedUnits(source.turns, a);
      const turnsB = touchedUnits(source.turns, b);
      counts.a += turnsA.length;
      counts.b += turnsB.length;
      counts.both += countCommon(turnsA, turnsB);
    }
  }
  return counts;
}

/**
 * Agreement between coders A and B for every code (tree order) and overall. The two coders may
 * be the same (everything agrees), though screens and the command line ask for two.
 */
export function codingAgreement(input: AgreementInput, coderA: CoderId, coderB: CoderId, unit: AgreementUnit): AgreementResult {
  const sources = prepare(input.sources);
  const units = totalUnits(sources, unit);
  const grouped = groupCodings(input, sources, coderA, coderB);
  const rows = flattenTree(buildCodeTree(input.codes, [])).map((node): AgreementRow => {
    const counts = countsOf(grouped.get(node.code.id) ?? [], unit, units);
    return {
      codeId: node.code.id, path: node.path, depth: node.depth, ...counts, ...statisticsOf(counts),
      isUsed: counts.a + counts.b > 0,
    };
  });
  const used = rows.filter((r) => r.isUsed);
  const pooled = poolCounts(used);
  return { unit, coderA, coderB, units, rows, overall: { ...pooled, ...statisticsOf(pooled), codes: used.length } };
}

/**
 * Where coders A and B disagree on one code: the runs of units exactly one of them coded, source
 * by source (input order) and by position. With character units each run is a maximal run of
 * characters; with turn units each is one whole turn that one coder touched and the other did not.
 */
export function codeDisagreements(input: AgreementInput, codeId: CodeId, coderA: CoderId, coderB: CoderId, unit: AgreementUnit): Disagreement[] {
  const sources = prepare(input.sources);
  const entries = groupCodings({ ...input, codings: input.codings.filter((c) => c.codeId === codeId) }, sources, coderA, coderB).get(codeId) ?? [];
  const out: Disagreement[] = [];
  for (const { source, a, b } of entries) {
    const found: Disagreement[] = [];
    const add = (spans: readonly Span[], coder: 'a' | 'b') => {
      for (const s of spans) found.push({ sourceId: source.id, start: s.start, end: s.end, coder });
    };
    if (unit === 'character') {
      add(subtractSpans(a, b), 'a');
      add(subtractSpans(b, a), 'b');
    } else {
      const turnsA = touchedUnits(source.turns, a);
      const turnsB = touchedUnits(source.turns, b);
      add(indicesWithout(turnsA, turnsB).map((i) => source.turns[i]!), 'a');
      add(indicesWithout(turnsB, turnsA).map((i) => source.turns[i]!), 'b');
    }
    out.push(...found.sort((x, y) => x.start - y.start || x.end - y.end));
  }
  return out;
}

/** Coders with at least one coding, most codings first. */
export function codersWithCodings(codings: readonly Coding[]): { coderId: CoderId; codings: number }[] {
  const counts = new Map<CoderId, number>();
  for (const c of codings) counts.set(c.coderId, (counts.get(c.coderId) ?? 0) + 1);
  return [...counts].map(([coderId, n]) => ({ coderId, codings: n })).sort((x, y) => y.codings - x.codings);
}

/** The comparison's input from a whole project: sources in their display order. */
export function agreementInputOf(bundle: Pick<ProjectBundle, 'codes' | 'codings' | 'sources'>): AgreementInput {
  const sources = [...bundle.sources].sort((x, y) => x.source.order - y.source.order);
  return {
    codes: bundle.codes, codings: bundle.codings,
    sources: sources.map(({ source, text }) => ({ id: source.id, characters: text.text.length, turns: text.turns })),
  };
}
