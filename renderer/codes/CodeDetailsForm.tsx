import { useId, useState, type FormEvent, type RefObject } from 'react';
import { isHexColour } from '../../shared/codes/codeRules';
import { CODE_STATUSES, type Code, type CodeStatus, type ProjectId } from '../../shared/model';
import { errorText } from '../components/Status';
import { updateCode } from '../db/repositories/codes';
import type { StatusMessage } from '../components/Status';

interface Draft {
  name: string;
  definition: string;
  color: string;
  status: CodeStatus;
  aliases: string;
}

const toDraft = (code: Code): Draft => ({
  name: code.name, definition: code.definition, color: code.color, status: code.status, aliases: code.aliases.join(', '),
});
const snapshot = (code: Code) => JSON.stringify([code.id, code.name, code.definition, code.color, code.status, code.aliases]);

export const STATUS_LABELS: Record<CodeStatus, string> = { candidate: 'Candidate', reviewed: 'Reviewed', final: 'Final' };

interface Props {
  projectId: ProjectId;
  code: Code;
  nameInput: RefObject<HTMLInputElement | null>;
  onSaved: (message: StatusMessage) => void;
}

/** Name, definition, colour, status and aliases of one code; Save writes them as one undoable change. */
export function CodeDetailsForm({ projectId, code, nameInput, onSaved }: Props) {
  const ids = useId();
  const [draft, setDraft] = useState(() => toDraft(code));
  const [base, setBase] = useState(() => snapshot(code));
  const [error, setError] = useState<string | null>(null);
  // Another code selected, or this one changed elsewhere (undo, merge): start again from the record.
  if (base !== snapshot(code)) {
    setBase(snapshot(code));
    setDraft(toDraft(code));
    setError(null);
  }
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await updateCode(projectId, code.id, {
        name: draft.name, definition: draft.definition, color: draft.color.trim(), status: draft.status,
        aliases: draft.aliases.split(','),
      });
      setError(null);
      onSaved({ kind: 'info', text: `Saved "${draft.name.trim()}".` });
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form className="code-details" onSubmit={(e) => void save(e)} aria-label="Code details">
      <label htmlFor={`${ids}-name`}>Name</label>
      <input id={`${ids}-name`} ref={nameInput} value={draft.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" />

      <label htmlFor={`${ids}-definition`}>Definition</label>
      <textarea id={`${ids}-definition`} rows={4} value={draft.definition} onChange={(e) => set('definition', e.target.value)} />

      <span className="field-label" id={`${ids}-colour`}>Colour</span>
      <span className="colour-fields" role="group" aria-labelledby={`${ids}-colour`}>
        <input
          type="color" aria-label="Colour picker" value={isHexColour(draft.color) ? draft.color.toLowerCase() : code.color}
          onChange={(e) => set('color', e.target.value)}
        />
        <input
          aria-label="Colour as hex" className="hex" value={draft.color} spellCheck={false} maxLength={7}
          onChange={(e) => set('color', e.target.value)}
        />
      </span>

      <label htmlFor={`${ids}-status`}>Status</label>
      <select id={`${ids}-status`} value={draft.status} onChange={(e) => set('status', e.target.value as CodeStatus)}>
        {CODE_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
      </select>

      <label htmlFor={`${ids}-aliases`}>Aliases <span className="small muted">(comma separated)</span></label>
      <input id={`${ids}-aliases`} value={draft.aliases} onChange={(e) => set('aliases', e.target.value)} autoComplete="off" />

      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="form-actions">
        {/* Never disabled: a focused button that becomes disabled drops keyboard focus. */}
        <button type="submit" className="primary">Save</button>
        <button type="button" onClick={() => { setDraft(toDraft(code)); setError(null); }}>Discard changes</button>
      </div>
    </form>
  );
}
