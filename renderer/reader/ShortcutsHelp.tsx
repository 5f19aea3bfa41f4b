import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['C', 'Code the selection: choose or create a code'],
  ['V', 'In vivo: make a code from the selected words'],
  ['R', 'Repeat the last code on the selection'],
  ['T', 'Code the whole turn around the cursor with the last code'],
  ['E', 'Correct a transcription error in the selection (or insert at the cursor)'],
  ['Shift + arrow keys', 'Select text from the keyboard (click into the text first, or Tab to it)'],
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Ctrl/⌘ + Shift + Z, Ctrl + Y', 'Redo'],
  ['?', 'Show these shortcuts'],
  ['Escape', 'Close a dialog'],
];

/** The keyboard shortcuts of the reader, listed. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="data-table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead><tr><th scope="col">Keys</th><th scope="col">What they do</th></tr></thead>
        <tbody>{SHORTCUTS.map(([keys, what]) => <tr key={keys}><td><kbd>{keys}</kbd></td><td>{what}</td></tr>)}</tbody>
      </table>
      <div className="dialog-actions"><button type="button" onClick={onClose} autoFocus>Close</button></div>
    </dialog>
  );
}
