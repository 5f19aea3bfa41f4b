/**
 * The quote report (Braun & Clarke phase 6): the curated quotes under theme > (perspective) >
 * subtheme headings, each with its attribution, as the findings chapter prints them. With no
 * quotes curated yet, the command line prints every coded extract instead, as peers'
 * coded-segment reports do.
 */
import { buildCodeTree, flattenTree, type CodeNode } from '../analysis/codeTree';
import type { ProjectBundle } from '../model';
import type { AttributionStyle } from '../quotes/attribution';
import { extractIndex } from './extracts';
import type { QuoteSection, ReportQuote } from './types';

/**
 * Quotes under theme > (perspective) > subtheme headings (the code tree; heading = code name;
 * level = depth + 1). Curated quotes (bundle.quotes, ordered by `order`) sit under their codeId,
 * keeping the attribution the researcher gave them unless a `style` is asked for (extracts follow
 * `style`, default 'source'); a quote whose coding is gone is left out, since its
 * source is unknown. When the project has no curated quotes and allExtractsWhenNoQuotes is true
 * (the CLI's rule), every coded extract of the LEAF codes is used (text = the extract's words as
 * in the source, fidelity 'ok', source order then start). Sections with no quotes anywhere
 * beneath are dropped.
 */
export function quoteReport(bundle: ProjectBundle, options: { style?: AttributionStyle; allExtractsWhenNoQuotes?: boolean } = {}): QuoteSection[] {
  const style = options.style ?? 'source';
  const tree = buildCodeTree(bundle.codes, []);
  const extracts = extractIndex(bundle);
  const codingById = new Map(bundle.codings.map((c) => [c.id as string, c]));
  const quotesOf = new Map<string, ReportQuote[]>();
  const add = (codeId: string, quote: ReportQuote) => quotesOf.set(codeId, [...(quotesOf.get(codeId) ?? []), quote]);

  if (bundle.quotes.length > 0) {
    for (const quote of [...bundle.quotes].sort((a, b) => a.order - b.order)) {
      const coding = codingById.get(quote.codingId);
      // A curated quote keeps the attribution the researcher gave it, unless a style is asked for.
      const printed = coding && ((options.style === undefined ? quote.attribution.trim() : '') || extracts.attribution(coding, style));
      if (!coding || !printed) continue;
      add(quote.codeId, { quoteId: quote.id, sourceId: coding.sourceId, text: quote.text, attribution: printed, fidelity: quote.fidelity });
    }
  } else if (options.allExtractsWhenNoQuotes === true) {
    const leaves = new Set(flattenTree(tree).filter((n) => n.children.length === 0).map((n) => n.code.id as string));
    for (const coding of extracts.sorted(bundle.codings)) {
      const printed = extracts.attribution(coding, style);
      if (!leaves.has(coding.codeId) || !printed) continue;
      add(coding.codeId, { quoteId: null, sourceId: coding.sourceId, text: extracts.text(coding), attribution: printed, fidelity: 'ok' });
    }
  }

  const section = (node: CodeNode): QuoteSection | null => {
    const children = node.children.map(section).filter((s): s is QuoteSection => s !== null);
    const quotes = quotesOf.get(node.code.id) ?? [];
    if (quotes.length === 0 && children.length === 0) return null;
    return { codeId: node.code.id, heading: node.code.name, level: node.depth + 1, quotes, children };
  };
  return tree.map(section).filter((s): s is QuoteSection => s !== null);
}
