/**
 * The codebook (Braun & Clarke phase 5, "Defining and naming themes"): every code in tree order
 * with its definition, how much it is used and an exemplar extract, as peers' codebook exports
 * give it.
 */
import { codeCounts } from '../analysis/codeCounts';
import { buildCodeTree, flattenTree, type CodeNode } from '../analysis/codeTree';
import type { Coding, ProjectBundle, Quote } from '../model';
import { isCountedParticipant, type AttributionStyle } from '../quotes/attribution';
import { extractIndex } from './extracts';
import type { CodebookEntry, ReportTable } from './types';

type Exemplar = CodebookEntry['exemplar'];

/**
 * Tree order. Counts are rolled up (the code and everything beneath it); participants are the
 * counted ones (role participant, not withdrawn) whose turns the codings touch. Exemplar: the
 * first curated quote (by quote.order, ties in tree order) of the code or beneath it; else the
 * code's own first coded extract (source order, then start); else the first extract of the first
 * code beneath it, in tree order, that has codings of its own; null when there is none.
 * A curated exemplar keeps the attribution the researcher gave it unless a `style` is asked for;
 * extracts are attributed per `style` (default 'source').
 */
export function codebook(bundle: ProjectBundle, askedStyle?: AttributionStyle): CodebookEntry[] {
  const style = askedStyle ?? 'source';
  const styleAsked = askedStyle !== undefined;
  const tree = buildCodeTree(bundle.codes, bundle.codings);
  const counted = new Set(bundle.participants.filter(isCountedParticipant).map((p) => p.id as string));
  const turnsBySource = new Map(bundle.sources.map((s) => [
    s.source.id as string,
    s.text.turns.map((t) => ({ ...t, participantId: t.participantId && counted.has(t.participantId) ? t.participantId : null })),
  ]));
  const counts = codeCounts(tree, bundle.codings, turnsBySource);
  const extracts = extractIndex(bundle);
  const nodes = flattenTree(tree);
  const rank = new Map(nodes.map((n, i) => [n.code.id as string, i]));
  const codingById = new Map(bundle.codings.map((c) => [c.id as string, c]));
  const quotesOf = groupBy(bundle.quotes, (q) => q.codeId);
  const codingsOf = groupBy(extracts.sorted(bundle.codings), (c) => c.codeId);

  const quoteExemplar = (quote: Quote): Exemplar => {
    const coding = codingById.get(quote.codingId);
    const kept = styleAsked ? '' : quote.attribution.trim(); // the researcher's own attribution, unless a style is asked for
    return { text: quote.text, attribution: kept || ((coding && extracts.attribution(coding, style)) ?? quote.attribution) };
  };
  const codingExemplar = (coding: Coding): Exemplar => ({ text: extracts.text(coding), attribution: extracts.attribution(coding, style) ?? '' });
  const subtree = (node: CodeNode): CodeNode[] => flattenTree([node]);
  const exemplar = (node: CodeNode): Exemplar => {
    const quotes = subtree(node).flatMap((n) => quotesOf.get(n.code.id) ?? [])
      .sort((a, b) => a.order - b.order || (rank.get(a.codeId) ?? 0) - (rank.get(b.codeId) ?? 0));
    if (quotes[0]) return quoteExemplar(quotes[0]);
    for (const n of subtree(node)) {
      const first = codingsOf.get(n.code.id)?.[0];
      if (first) return codingExemplar(first);
    }
    return null;
  };

  return nodes.map((node) => {
    const c = counts.get(node.code.id);
    return {
      codeId: node.code.id, path: node.path, depth: node.depth, name: node.code.name, definition: node.code.definition,
      aliases: node.code.aliases, status: node.code.status, codings: c?.codings ?? 0, sources: c?.sources ?? 0,
      participants: c?.participants ?? 0, exemplar: exemplar(node),
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * columns: Code (path joined ' > '), Definition, Codings, Sources, Participants, Exemplar
 * (“text” and its attribution, "" when none). Title "Codebook"; the note says counts roll up.
 */
export function codebookTable(entries: readonly CodebookEntry[]): ReportTable {
  return {
    title: 'Codebook',
    columns: ['Code', 'Definition', 'Codings', 'Sources', 'Participants', 'Exemplar'],
    rows: entries.map((e) => [
      e.path.join(' > '), e.definition, e.codings, e.sources, e.participants,
      e.exemplar ? `\u201C${e.exemplar.text}\u201D ${e.exemplar.attribution}`.trim() : '',
    ]),
    note: 'Codings, sources and participants count each code together with everything beneath it.',
  };
}
