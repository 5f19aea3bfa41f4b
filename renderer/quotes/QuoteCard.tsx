/**
 * One curated quote: its wording (edited with " ... " for omissions and [ ] for the researcher's
 * words), the fidelity check against the source's words, a warning when the same passage is
 * quoted elsewhere in other words, its attribution, its place in the order.
 */
import { useState } from 'react';
import { checkFidelity } from '../../shared/quotes/fidelity';
import type { ProjectId } from '../../shared/model';
import { errorText } from '../components/Status';
import { deleteQuote, moveQuote, updateQuote } from '../db/repositories/quotes';
import { codingExtract } from '../db/repositories/quotes';
import type { QuoteWithExtract } from './useQuoteExtracts';

interface Props {
  projectId: ProjectId;
  item: QuoteWithExtract;
  index: number;
  count: number;
  codePath: string;
  /** Numbers (1-based) of other quotes of the same passage in different words. */
  clashesWith: readonly number[];
  onError: (text: string) => void;
}

export function QuoteCard({ projectId, item, index, count, codePath, clashesWith, onError }: Props) {
  const { quote, extract, source } = item;
  const [draft, setDraft] = useState(quote.text);
  const [attribution, setAttribution] = useState(quote.attribution);
  // When the stored quote changes (a save landing, an undo), fields the user has not edited since
  // follow it; an edit in progress is kept.
  const [seen, setSeen] = useState({ text: quote.text, attribution: quote.attribution });
  if (seen.text !== quote.text || seen.attribution !== quote.attribution) {
    setSeen({ text: quote.text, attribution: quote.attribution });
    if (draft === seen.text) setDraft(quote.text);
    if (attribution === seen.attribution) setAttribution(quote.attribution);
  }
  const check = extract === null ? null : checkFidelity(draft, extract);
  const number = index + 1;
  const idBase = `quote-${quote.id}`;
  const run = (action: () => Promise<unknown>) => { action().catch((error: unknown) => onError(errorText(error))); };
  const restyle = (style: 'source' | 'participant') => run(async () => {
    const next = await codingExtract(projectId, quote.codingId, style);
    setAttribution(next.attribution);
    await updateQuote(projectId, quote.id, { attribution: next.attribution });
  });

  return (
    <li className={`quote-card${check && !check.isFaithful ? ' unfaithful' : ''}`} aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`} className="quote-title">Quote {number} <span className="small muted">· {codePath}</span></h3>
      <label htmlFor={`${idBase}-text`}>Wording</label>
      <textarea id={`${idBase}-text`} rows={Math.min(8, 2 + Math.ceil(draft.length / 90))} value={draft}
        aria-describedby={`${idBase}-check`} onChange={(e) => setDraft(e.target.value)}
        onBlur={() => { if (draft.trim() !== quote.text) run(() => updateQuote(projectId, quote.id, { text: draft })); }} />
      <div id={`${idBase}-check`} className="quote-check" role="status">
        {check === null ? <p className="error-text">The coding behind this quote no longer exists: it cannot be checked.</p>
          : check.isFaithful ? <p className="fidelity ok">✓ Every word is in the source, in order.</p> : (
            <div className="fidelity failed">
              <p><strong>Check the wording:</strong> not as in the source.</p>
              <ul>{check.problems.map((p, i) => (
                <li key={i}>“{p.fragment}” {p.reason === 'missing' ? 'is not in the coded extract' : 'comes earlier in the source than the words before it'}</li>
              ))}</ul>
            </div>
          )}
        {clashesWith.length > 0 && (
          <p className="clash">⚠ The same passage is quoted in other words as quote {clashesWith.join(' and ')}: use one wording.</p>
        )}
      </div>
      <details className="quote-source">
        <summary>The words in {source?.label ?? 'the source'}</summary>
        <blockquote>{extract ?? '(gone)'}</blockquote>
      </details>
      <div className="inline-form">
        <label htmlFor={`${idBase}-attr`}>Attribution</label>
        <input id={`${idBase}-attr`} value={attribution} onChange={(e) => setAttribution(e.target.value)}
          onBlur={() => { if (attribution.trim() !== quote.attribution) run(() => updateQuote(projectId, quote.id, { attribution })); }} />
        <button type="button" onClick={() => restyle('source')}>Source style</button>
        <button type="button" onClick={() => restyle('participant')}>Participant style</button>
      </div>
      <div className="actions quote-actions">
        <button type="button" disabled={index === 0} onClick={() => run(() => moveQuote(projectId, quote.id, -1))}>Move up<span className="visually-hidden"> quote {number}</span></button>
        <button type="button" disabled={index === count - 1} onClick={() => run(() => moveQuote(projectId, quote.id, 1))}>Move down<span className="visually-hidden"> quote {number}</span></button>
        <button type="button" className="danger-outline" onClick={() => run(() => deleteQuote(projectId, quote.id))}>Remove<span className="visually-hidden"> quote {number}</span></button>
      </div>
    </li>
  );
}
