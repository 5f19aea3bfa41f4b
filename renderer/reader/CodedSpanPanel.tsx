import type { Code, Coder, Coding, ProjectId } from '../../shared/model';
import { MemoButton } from '../memos/MemoButton';
import { excerpt } from '../db/repositories/codings';

interface Props {
  projectId: ProjectId;
  codings: readonly Coding[];
  codes: ReadonlyMap<string, Code>;
  coders: ReadonlyMap<string, Coder>;
  text: string;
  hasSelection: boolean;
  onRemove: (coding: Coding) => void;
  onShow: (coding: Coding) => void;
  onResizeToSelection: (coding: Coding) => void;
  onClose: () => void;
}

/** The codings at the spot the researcher clicked: see them, remove one, change its boundaries. */
export function CodedSpanPanel({ projectId, codings, codes, coders, text, hasSelection, onRemove, onShow, onResizeToSelection, onClose }: Props) {
  return (
    <aside className="coded-span-panel" aria-labelledby="codes-here">
      <div className="panel-head">
        <h2 id="codes-here">Codes here</h2>
        <button type="button" className="link" onClick={onClose}>Close</button>
      </div>
      {codings.length === 0 ? <p>No codings here any more.</p> : (
        <ul>
          {codings.map((coding) => {
            const code = codes.get(coding.codeId);
            const name = code?.name ?? 'Unknown code';
            return (
              <li key={coding.id}>
                <div className="code-row">
                  <span className="swatch" style={{ background: code?.color }} aria-hidden="true" />
                  <strong>{name}</strong>
                  <span className="small muted">by {coders.get(coding.coderId)?.name ?? 'unknown coder'}</span>
                </div>
                <p className="small">“{excerpt(text, coding.start, coding.end, 120)}”</p>
                <div className="actions">
                  <button type="button" onClick={() => onShow(coding)} aria-label={`Select the text coded ${name}`}>Select text</button>
                  <button type="button" onClick={() => onResizeToSelection(coding)} disabled={!hasSelection}
                    aria-label={`Set the boundaries of ${name} to the selection`}>Set to selection</button>
                  <MemoButton projectId={projectId} anchor={{ type: 'coding', id: coding.id }}>Coding memo</MemoButton>
                  <button type="button" className="danger-outline" onClick={() => onRemove(coding)} aria-label={`Remove ${name} from this text`}>Remove</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="small muted">To extend or shrink a coding, select the new extent in the text, then choose “Set to selection”.</p>
    </aside>
  );
}
