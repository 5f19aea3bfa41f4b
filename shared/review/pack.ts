/**
 * A review pack for co-production partners (issue 7, item 1): the themes (top-level codes) with
 * their definitions and subthemes, and the chosen quotes under their theme, in one self-contained
 * HTML page a partner opens from an e-mail or a USB stick (see packHtml.ts).
 *
 * Quotes are screened with the identifier scanner first (the same `scanText` the Anonymise
 * screen runs through `scanSources`, with the project's vocabulary and known names): a quote
 * with a likely identifier is left out unless the researcher overrides it, and the pack says
 * which were left out and why. Pure: a project in, a page and a report out.
 */
import { buildCodeTree, type CodeNode } from '../analysis/codeTree';
import { KIND_LABELS, type Candidate } from '../anonymise/kinds';
import { scanText } from '../anonymise/scan';
import { lowerCaseVocabulary } from '../anonymise/words';
import { newGuid, type Code, type IsoDateTime, type ProjectBundle, type Quote, type QuoteId } from '../model';
import { reviewPackHtml } from './packHtml';

/** What a pack is built from: a project without its codings, memos, reviews or history. */
export type PackInput = Pick<ProjectBundle, 'project' | 'codes' | 'quotes' | 'participants' | 'sources'>;

/** A quote with what the scanner found in its wording. */
export interface ScreenedQuote {
  quote: Quote;
  /** The top-level theme the quote's code belongs to, or null when its code is gone. */
  theme: Code | null;
  /** The quote's own code when it sits below the theme (a subtheme), else null. */
  subtheme: Code | null;
  flags: Candidate[];
  /** "personal name "Margaret"; date "12 March 2015"", or "" when nothing is flagged. */
  reason: string;
}

export interface PackSubtheme {
  name: string;
  definition: string;
  children: PackSubtheme[];
}

export interface PackQuote {
  id: QuoteId;
  text: string;
  attribution: string;
  /** The subtheme path below the theme ("Carers › Information sharing"), or "". */
  subtheme: string;
}

export interface PackTheme {
  codeId: string;
  name: string;
  definition: string;
  subthemes: PackSubtheme[];
  quotes: PackQuote[];
}

export interface LeftOutQuote {
  quoteId: QuoteId;
  text: string;
  attribution: string;
  /** Why, in plain English: the scanner's findings, or that its theme is gone. */
  reason: string;
}

export interface PackOptions {
  round: number;
  /** Quotes the scanner flags that the researcher has decided to include all the same. */
  includeFlagged?: readonly QuoteId[];
  /** Quotes the researcher has chosen to leave out of this pack (flagged or not). */
  exclude?: readonly QuoteId[];
  /** Defaults to a new random GUID. */
  packId?: string;
  /** Defaults to now. */
  createdAt?: IsoDateTime;
}

export interface ReviewPack {
  html: string;
  packId: string;
  round: number;
  createdAt: IsoDateTime;
  themes: PackTheme[];
  /** Quotes in the pack, in pack order. */
  included: QuoteId[];
  leftOut: LeftOutQuote[];
  /** Flagged quotes included because the researcher said so. */
  overridden: QuoteId[];
}

/** Why the scanner flags a text, in words: `personal name "Margaret"; date "12 March"`. */
export function flagReason(flags: readonly Candidate[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of flags) {
    const part = `${KIND_LABELS[f.kind].one} "${f.text}"`;
    if (!seen.has(part)) parts.push(part);
    seen.add(part);
  }
  return parts.join('; ');
}

/** The top-level ancestor of each code (a code whose parent is missing is its own). */
function themeOf(codes: readonly Code[]): (codeId: string) => Code | null {
  const byId = new Map(codes.map((c) => [c.id as string, c]));
  return (codeId) => {
    let code = byId.get(codeId);
    const seen = new Set<string>();
    while (code?.parentId && byId.has(code.parentId) && !seen.has(code.id)) {
      seen.add(code.id);
      code = byId.get(code.parentId);
    }
    return code ?? null;
  };
}

/**
 * Every quote in report order with its theme and the scanner's findings on its wording. The
 * scan uses the whole project's lower-case vocabulary and the participants' labels and speaker
 * names, as the Anonymise screen does; bracketed words (`[son]`) are never flagged.
 */
export function screenQuotes(input: PackInput): ScreenedQuote[] {
  const vocabulary = lowerCaseVocabulary([...input.sources.map((s) => s.text.text), ...input.quotes.map((q) => q.text)]);
  const speakers = input.sources.flatMap((s) => s.text.turns.flatMap((t) => (t.speaker === null ? [] : [t.speaker])));
  const knownNames = [...new Set([...input.participants.map((p) => p.label), ...speakers])];
  const theme = themeOf(input.codes);
  const byId = new Map(input.codes.map((c) => [c.id as string, c]));
  return [...input.quotes].sort((a, b) => a.order - b.order).map((quote) => {
    const flags = scanText(quote.text, { vocabulary, knownNames });
    const top = theme(quote.codeId);
    const own = byId.get(quote.codeId) ?? null;
    return { quote, theme: top, subtheme: own && top && own.id !== top.id ? own : null, flags, reason: flagReason(flags) };
  });
}

function subthemesOf(node: CodeNode): PackSubtheme[] {
  return node.children.map((child) => ({ name: child.code.name, definition: child.code.definition.trim(), children: subthemesOf(child) }));
}

/** The names below `theme` down to `code`: "Carers › Information sharing". */
function pathBelow(code: Code | null, theme: Code, codes: ReadonlyMap<string, Code>): string {
  const names: string[] = [];
  let current = code;
  while (current && current.id !== theme.id && names.length < 50) {
    names.unshift(current.name);
    current = current.parentId ? codes.get(current.parentId) ?? null : null;
  }
  return names.join(' \u203A ');
}

/**
 * The pack: every theme (top-level code, in tree order) with its definition and subthemes, and
 * the quotes under their theme; a flagged quote only when its id is in `includeFlagged`.
 */
export function buildReviewPack(input: PackInput, options: PackOptions): ReviewPack {
  if (!Number.isInteger(options.round) || options.round < 1) throw new Error(`The round must be a whole number from 1, not ${options.round}.`);
  const overrides = new Set<string>(options.includeFlagged ?? []);
  const excluded = new Set<string>(options.exclude ?? []);
  const codes = new Map(input.codes.map((c) => [c.id as string, c]));
  const tree = buildCodeTree(input.codes, []);
  const screened = screenQuotes(input);
  const leftOut: LeftOutQuote[] = [];
  const overridden: QuoteId[] = [];
  const quotesByTheme = new Map<string, PackQuote[]>();
  for (const s of screened) {
    const { quote } = s;
    if (!s.theme) {
      leftOut.push({ quoteId: quote.id, text: quote.text, attribution: quote.attribution, reason: 'its theme is no longer in the project' });
      continue;
    }
    if (excluded.has(quote.id)) {
      leftOut.push({ quoteId: quote.id, text: quote.text, attribution: quote.attribution, reason: 'you chose to leave it out' });
      continue;
    }
    if (s.flags.length > 0) {
      if (!overrides.has(quote.id)) {
        leftOut.push({ quoteId: quote.id, text: quote.text, attribution: quote.attribution, reason: `the identifier scanner flags ${s.reason}` });
        continue;
      }
      overridden.push(quote.id);
    }
    const list = quotesByTheme.get(s.theme.id) ?? [];
    quotesByTheme.set(s.theme.id, list);
    list.push({ id: quote.id, text: quote.text.trim(), attribution: quote.attribution.trim(), subtheme: pathBelow(s.subtheme, s.theme, codes) });
  }
  const themes: PackTheme[] = tree.map((node) => ({
    codeId: node.code.id, name: node.code.name, definition: node.code.definition.trim(),
    subthemes: subthemesOf(node), quotes: quotesByTheme.get(node.code.id) ?? [],
  }));
  const packId = options.packId ?? newGuid();
  const createdAt = options.createdAt ?? new Date().toISOString();
  const html = reviewPackHtml({
    identity: { projectId: input.project.id, projectName: input.project.name, packId, round: options.round },
    createdAt, themes,
  });
  return {
    html, packId, round: options.round, createdAt, themes,
    included: themes.flatMap((t) => t.quotes.map((q) => q.id)), leftOut, overridden,
  };
}
