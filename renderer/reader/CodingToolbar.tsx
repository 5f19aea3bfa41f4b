import type { Code } from '../../shared/model';

interface Props {
  selection: string | null;
  lastCode: Code | undefined;
  isSnapping: boolean;
  canCodeTurn: boolean;
  onCode: () => void;
  onInVivo: () => void;
  onRepeat: () => void;
  onCodeTurn: () => void;
  onCorrect: () => void;
  onSnapping: (value: boolean) => void;
  onHelp: () => void;
}

/** The coding actions for the current selection, with their keys shown. */
export function CodingToolbar(props: Props) {
  const { selection, lastCode } = props;
  const hasSelection = selection !== null;
  return (
    <div className="coding-toolbar" role="toolbar" aria-label="Coding">
      <p className="selection-summary" aria-live="polite">
        {hasSelection ? <>Selected: “{selection}”</> : 'Select words in the text to code them.'}
      </p>
      <div className="toolbar-buttons">
        <button type="button" className="primary" onClick={props.onCode} disabled={!hasSelection} aria-keyshortcuts="C">Code… <kbd>C</kbd></button>
        <button type="button" onClick={props.onInVivo} disabled={!hasSelection} aria-keyshortcuts="V">In vivo <kbd>V</kbd></button>
        <button type="button" onClick={props.onRepeat} disabled={!hasSelection || !lastCode} aria-keyshortcuts="R">
          {lastCode ? <>Repeat “{lastCode.name}”</> : 'Repeat last code'} <kbd>R</kbd>
        </button>
        <button type="button" onClick={props.onCodeTurn} disabled={!props.canCodeTurn || !lastCode} aria-keyshortcuts="T"
          title="Code the whole turn around the cursor with the last code">Code whole turn <kbd>T</kbd></button>
        <button type="button" onClick={props.onCorrect} aria-keyshortcuts="E"
          title="Correct a transcription error in the selected words, or insert text at the cursor">Correct text… <kbd>E</kbd></button>
        <label className="check">
          <input type="checkbox" checked={props.isSnapping} onChange={(e) => props.onSnapping(e.target.checked)} /> Snap to whole words
        </label>
        <button type="button" className="link" onClick={props.onHelp} aria-keyshortcuts="?">Keyboard shortcuts</button>
      </div>
    </div>
  );
}
