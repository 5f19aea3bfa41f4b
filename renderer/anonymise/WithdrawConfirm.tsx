import { ConfirmDialog } from '../components/ConfirmDialog';
import type { WithdrawalPreview } from '../db/repositories/withdrawal';
import { plural } from './plural';

interface Props {
  preview: WithdrawalPreview;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Exactly what a withdrawal removes, listed before it happens. */
export function WithdrawConfirm({ preview, onConfirm, onCancel }: Props) {
  const { label } = preview;
  return (
    <ConfirmDialog title={`Withdraw ${label}?`} confirmLabel={`Withdraw ${label}`} onConfirm={onConfirm} onCancel={onCancel} isDestructive>
      <div className="withdraw-list" tabIndex={0} role="region" aria-label={`What withdrawing ${label} removes`}>
        <h3>Their speech</h3>
        {preview.sources.length === 0 ? <p>{label} does not speak in any source.</p> : (
          <ul>
            {preview.sources.map((s) => (
              <li key={s.sourceId}>{s.label}: {plural(s.turns, 'turn')} replaced with [withdrawn]
                {s.codingsClipped > 0 && `; ${plural(s.codingsClipped, 'coding')} running into their speech cut back to the words around it`}</li>
            ))}
          </ul>
        )}
        <h3>{plural(preview.codings.length, 'coding')} within their turns</h3>
        {preview.codings.length > 0 && (
          <ul className="withdraw-codings">
            {preview.codings.map((c) => <li key={c.id}><span className="label-chip">{c.source}</span> {c.code}: “{c.words}”</li>)}
          </ul>
        )}
        <h3>{plural(preview.quotes.length, 'quote')} from those codings</h3>
        {preview.quotes.length > 0 && <ul>{preview.quotes.map((q) => <li key={q.id}>“{q.text}” {q.attribution}</li>)}</ul>}
        <h3>{plural(preview.memos.length, 'memo')} on {label} or on those codings</h3>
        {preview.memos.length > 0 && <ul>{preview.memos.map((m) => <li key={m.id}>{m.title || 'Untitled memo'}</li>)}</ul>}
        <p>Their attribute values are cleared and they are marked as withdrawn.</p>
        {preview.memosQuoting.length > 0 && (
          <p className="anon-warning">These memos stay but seem to quote {label}; check them by hand: {preview.memosQuoting.map((m) => m.title || 'Untitled memo').join(', ')}.</p>
        )}
      </div>
      <p className="anon-warning"><strong>This cannot be undone.</strong> Their words are removed from the project and from its history.</p>
      <p className="small">Project files you saved or sent before keep their words: replace or delete those copies too.</p>
    </ConfirmDialog>
  );
}
