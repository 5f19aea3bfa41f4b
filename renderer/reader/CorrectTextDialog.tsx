import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { remapCodings } from '../../shared/coding/textEdit';
import type { Coding } from '../../shared/model';

interface Props {
  text: string;
  start: number;
  end: number;
  codings: readonly Coding[];
  onSave: (insert: string) => void;
  onClose: () => void;
}

const CONTEXT = 60;

/**
 * Corrects a transcription error in the selected words (or inserts at the cursor). Shows the
 * words around it, and before saving says what happens to the codings there.
 */
export function CorrectTextDialog({ text, start, end, codings, onSave, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const original = text.slice(start, end);
  const [draft, setDraft] = useState(original);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const effect = useMemo(() => {
    const remapped = remapCodings(codings, { start, end, insert: draft });
    const touched = codings.filter((c) => c.start < end && c.end > start).length;
    return { removed: remapped.removed.length, touched };
  }, [codings, start, end, draft]);
  const isUnchanged = draft === original;
  return (
    <dialog ref={ref} className="dialog correct" aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={`${id}-title`}>{start === end ? 'Insert text' : 'Correct the text'}</h2>
      <p className="small muted">Correct transcription errors only (a misheard word, a typing slip). Speech is kept as spoken: never tidy what someone said.</p>
      <p className="context">
        <span className="muted">…{text.slice(Math.max(0, start - CONTEXT), start)}</span>
        <mark className="correction-target">{original || '⁁'}</mark>
        <span className="muted">{text.slice(end, end + CONTEXT)}…</span>
      </p>
      <label htmlFor={`${id}-draft`}>{start === end ? 'Text to insert' : 'Replace with'}</label>
      <textarea id={`${id}-draft`} value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} autoFocus />
      <p className="small" aria-live="polite">
        {effect.touched === 0 ? 'No coding covers these words.' : `${effect.touched} ${effect.touched === 1 ? 'coding covers' : 'codings cover'} these words and will follow the change.`}
        {effect.removed > 0 && <strong> {effect.removed} {effect.removed === 1 ? 'coding' : 'codings'} will be removed, because all of {effect.removed === 1 ? 'its' : 'their'} text goes.</strong>}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="primary" disabled={isUnchanged} onClick={() => onSave(draft)}>Save correction</button>
      </div>
    </dialog>
  );
}
