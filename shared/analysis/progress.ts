/**
 * Where the analysis stands, from the data alone: the figures on the project dashboard and
 * the progress of each of Braun & Clarke's six phases. Pure: plain arrays in, plain data out.
 */
import type {
  Code, Coding, Memo, Participant, Phase, Quote, Source, SourceKind,
} from '../model';
import { SOURCE_KINDS } from '../model';

export interface PhaseProgress {
  phase: Phase;
  /** Items done and items in all; total 0 means the measure does not apply yet. */
  done: number;
  total: number;
  /** One plain-English line, e.g. "4 of 6 sources read". */
  summary: string;
}

export interface ProjectProgress {
  sources: number;
  sourcesByKind: Record<SourceKind, number>;
  sourcesRead: number;
  sourcesUnread: number;
  /** Labels of sources with no coding at all, in source order. */
  sourcesWithNoCoding: string[];
  /** Participants who are not facilitators and have not withdrawn. */
  participants: number;
  facilitators: number;
  withdrawn: number;
  codes: number;
  /** Top-level codes. */
  themes: number;
  /** Top-level codes with no children: codes not yet gathered under a theme. */
  codesNotUnderTheme: number;
  codesWithoutDefinition: number;
  codings: number;
  coders: number;
  memos: number;
  familiarisationNotes: number;
  quotes: number;
  quotesFailingFidelity: number;
  phases: PhaseProgress[];
}

export interface ProgressInput {
  sources: readonly Source[];
  participants: readonly Participant[];
  codes: readonly Code[];
  codings: readonly Coding[];
  memos: readonly Memo[];
  quotes: readonly Quote[];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Computes the dashboard figures. Empty inputs give zeros, never NaN. */
export function projectProgress(input: ProgressInput): ProjectProgress {
  const { sources, participants, codes, codings, memos, quotes } = input;
  const sourcesByKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  for (const s of sources) sourcesByKind[s.kind] += 1;
  const sourcesRead = sources.filter((s) => s.isRead).length;
  const coded = new Set<string>(codings.map((c) => c.sourceId));
  const sourcesWithNoCoding = [...sources].sort((a, b) => a.order - b.order)
    .filter((s) => !coded.has(s.id)).map((s) => s.label);

  const hasChildren = new Set<string>(codes.flatMap((c) => (c.parentId ? [c.parentId] : [])));
  const topLevel = codes.filter((c) => c.parentId === null);
  const codesNotUnderTheme = topLevel.filter((c) => !hasChildren.has(c.id)).length;
  const themes = topLevel.length;
  const themesReviewed = topLevel.filter((c) => c.status !== 'candidate').length;
  const codesWithoutDefinition = codes.filter((c) => c.definition.trim() === '').length;
  const quotesFailingFidelity = quotes.filter((q) => q.fidelity === 'failed').length;
  const quotesOk = quotes.filter((q) => q.fidelity === 'ok').length;
  const active = participants.filter((p) => !p.isWithdrawn);

  const phases: PhaseProgress[] = [
    { phase: 'familiarise', done: sourcesRead, total: sources.length,
      summary: `${sourcesRead} of ${plural(sources.length, 'source')} read` },
    { phase: 'code', done: sources.length - sourcesWithNoCoding.length, total: sources.length,
      summary: sources.length === 0 ? 'No sources yet'
        : `${plural(codings.length, 'coding')}; ${plural(sourcesWithNoCoding.length, 'source')} with no coding` },
    { phase: 'themes', done: codes.length - codesNotUnderTheme, total: codes.length,
      summary: `${plural(codesNotUnderTheme, 'code')} not yet under a theme` },
    { phase: 'review', done: themesReviewed, total: themes,
      summary: `${themesReviewed} of ${plural(themes, 'theme')} reviewed or final` },
    { phase: 'define', done: codes.length - codesWithoutDefinition, total: codes.length,
      summary: `${plural(codesWithoutDefinition, 'code')} without a definition` },
    { phase: 'report', done: quotesOk, total: quotes.length,
      summary: quotes.length === 0 ? 'No quotes chosen yet'
        : `${plural(quotes.length, 'quote')}; ${quotesFailingFidelity} failing the fidelity check` },
  ];

  return {
    sources: sources.length, sourcesByKind, sourcesRead, sourcesUnread: sources.length - sourcesRead,
    sourcesWithNoCoding,
    participants: active.filter((p) => p.role === 'participant').length,
    facilitators: active.filter((p) => p.role === 'facilitator').length,
    withdrawn: participants.filter((p) => p.isWithdrawn).length,
    codes: codes.length, themes, codesNotUnderTheme, codesWithoutDefinition,
    codings: codings.length, coders: new Set(codings.map((c) => c.coderId)).size,
    memos: memos.length, familiarisationNotes: memos.filter((m) => m.kind === 'familiarisation').length,
    quotes: quotes.length, quotesFailingFidelity, phases,
  };
}
