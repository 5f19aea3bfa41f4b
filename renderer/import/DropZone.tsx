import type { Progress } from './useImportBatch';

interface Props {
  isDragging: boolean;
  isBusy: boolean;
  onChoose: () => void;
}

/**
 * Where files come in: a drop target (the whole window listens, see useWindowFileDrop) and,
 * for the keyboard and for anyone who does not drag, the file chooser button.
 */
export function DropZone({ isDragging, isBusy, onChoose }: Props) {
  return (
    <section className={`drop-zone${isDragging ? ' is-dragging' : ''}`} aria-labelledby="drop-heading">
      <h2 id="drop-heading">Add files</h2>
      <p>Drag transcripts and narratives onto this window, or choose them. You can add many at once.</p>
      <button type="button" className="primary" onClick={onChoose} disabled={isBusy} aria-keyshortcuts="Control+I">Choose files…</button>
      <p className="muted small">
        Word (.docx), OpenDocument (.odt), PDF, RTF, plain text, subtitles (.vtt, .srt), and spreadsheets of narratives
        (.csv, .xlsx). Nothing is stored until you press Import.
      </p>
    </section>
  );
}

/** "Reading file 3 of 12" while the queue runs; what was read once it is done. */
export function ReadProgress({ progress }: { progress: Progress }) {
  if (progress.total === 0) return null;
  const isReading = progress.current !== null;
  const text = isReading
    ? `Reading file ${Math.min(progress.done + 1, progress.total)} of ${progress.total}`
    : `Read ${progress.total} ${progress.total === 1 ? 'file' : 'files'}`;
  return (
    <div className="read-progress">
      <label htmlFor="import-progress">{text}</label>
      <progress id="import-progress" max={progress.total} value={progress.done} />
      {isReading && <span className="muted small">{progress.current}</span>}
    </div>
  );
}

/** Shown over the screen while files are dragged over the window. */
export function DropOverlay() {
  return <div className="drop-overlay" aria-hidden="true"><p>Drop the files to add them to the import</p></div>;
}
