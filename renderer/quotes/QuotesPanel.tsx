/**
 * Quote curation (issue 5, item 6): choose coded extracts as quotes (by code), edit their wording
 * with the fidelity check beside it, set attributions, order them; the report exports use them.
 */
import { useMemo, useState } from 'react';
import { buildCodeTree, flattenTree } from '../../shared/analysis/codeTree';
import { quoteClashes } from '../../shared/quotes/clashes';
import type { ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { Status, type StatusMessage } from '../components/Status';
import { useCodes, useCodings, useParticipants, useSources } from '../hooks/useProjectData';
import { ExtractList } from '../matrix/ExtractList';
import { QuoteCard } from './QuoteCard';
import { useQuoteExtracts } from './useQuoteExtracts';
import './quotes.css';

export function QuotesPanel({ projectId }: { projectId: ProjectId }) {
  const items = useQuoteExtracts(projectId);
  const codes = useCodes(projectId);
  const codings = useCodings(projectId);
  const sources = useSources(projectId);
  const participants = useParticipants(projectId);
  const [codeId, setCodeId] = useState('');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const nodes = useMemo(() => (codes && codings ? flattenTree(buildCodeTree(codes, codings)) : []), [codes, codings]);
  if (!items || !codes || !codings || !sources || !participants) return <Loading what="quotes" />;
  const pathOf = new Map(nodes.map((n) => [n.code.id as string, n.path.join(' › ')]));
  const clashes = quoteClashes(items.map((i) => i.quote), codings);
  const numberOf = new Map(items.map((i, n) => [i.quote.id as string, n + 1]));
  const clashesOf = (id: string) => clashes.flatMap((c) => (c.a === id ? [numberOf.get(c.b)!] : c.b === id ? [numberOf.get(c.a)!] : []));
  const chosen = nodes.find((n) => n.code.id === codeId);
  const sourceOrder = new Map(sources.map((s) => [s.id as string, s.order]));
  const places = chosen ? codings.filter((c) => c.codeId === chosen.code.id)
    .sort((a, b) => (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0) || a.start - b.start)
    .map((c) => ({ sourceId: c.sourceId, start: c.start, end: c.end, codingId: c.id })) : [];
  const failed = items.filter((i) => i.extract !== null && i.quote.fidelity === 'failed').length;

  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quotes for the report</h2>
      <p className="small muted">
        Shorten a quote with <kbd> ... </kbd> where words are left out, and put your own words in square brackets: <code>[son]</code>, <code>stay[ed]</code>.
        Every other word is checked against the source, in order. Speech is never corrected.
      </p>
      <Status message={message} onDismiss={() => setMessage(null)} />
      <p>{items.length === 0 ? 'No quotes chosen yet.' : `${items.length} ${items.length === 1 ? 'quote' : 'quotes'}`}
        {failed > 0 && <strong className="error-text"> · {failed} {failed === 1 ? 'needs' : 'need'} checking</strong>}
        {clashes.length > 0 && <strong className="error-text"> · {clashes.length} {clashes.length === 1 ? 'passage is' : 'passages are'} quoted in two wordings</strong>}
      </p>
      <ol className="quote-list">
        {items.map((item, index) => (
          <QuoteCard key={item.quote.id} projectId={projectId} item={item} index={index} count={items.length}
            codePath={pathOf.get(item.quote.codeId) ?? 'a deleted code'} clashesWith={clashesOf(item.quote.id)}
            onError={(text) => setMessage({ kind: 'error', text })} />
        ))}
      </ol>
      <section className="panel" aria-labelledby="choose-quotes-heading">
        <h3 id="choose-quotes-heading">Choose more quotes</h3>
        <label>Extracts coded with <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
          <option value="">Choose a code…</option>
          {nodes.filter((n) => n.codings > 0).map((n) => (
            <option key={n.code.id} value={n.code.id}>{'\u2003'.repeat(n.depth)}{n.code.name} ({n.codings})</option>
          ))}
        </select></label>
        {chosen && (
          <ExtractList projectId={projectId} places={places} sources={sources} participants={participants}
            quotedCodingIds={new Set(items.map((i) => i.quote.codingId))} />
        )}
      </section>
    </section>
  );
}
