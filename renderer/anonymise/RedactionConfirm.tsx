import type { RedactionPreview } from '../db/repositories/redaction';
import { ConfirmDialog } from '../components/ConfirmDialog';

interface Props {
  /** What is being replaced, in words: "every “Parkinson's” with [condition]". */
  what: string;
  preview: RedactionPreview;
  onConfirm: () => void;
  onCancel: () => void;
}

const times = (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`;

/** The last look before a redaction: where the words go, and that it cannot be undone. */
export function RedactionConfirm({ what, preview, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog title="Replace the words for good?" confirmLabel={`Replace ${times(preview.inSources + preview.elsewhere)}`}
      onConfirm={onConfirm} onCancel={onCancel} isDestructive>
      <p>This replaces {what}:</p>
      <ul className="anon-confirm-list">
        {preview.sources.map((s) => <li key={s.sourceId}>{s.label}: {times(s.count)}</li>)}
        {preview.elsewhere > 0 && <li>quotes, memos, code names and other project text: {times(preview.elsewhere)}</li>}
      </ul>
      <p>Codings stay on the same words, with the substitute in place of what it replaces.</p>
      <p className="anon-warning">
        <strong>This cannot be undone.</strong> The original words are removed from the project and from its history
        {preview.historyEvents > 0 ? `: ${preview.historyEvents} earlier ${preview.historyEvents === 1 ? 'change' : 'changes'} that held a copy of them will no longer be undoable.` : '.'}
      </p>
      <p className="small">Project files you saved or sent before keep the old words: replace or delete those copies too.</p>
    </ConfirmDialog>
  );
}
