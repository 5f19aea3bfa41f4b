/**
 * The coder control in the project's top bar (issue 7, item 3): shows who is coding, and opens
 * a dialog to code as another coder, add a coder, and turn blind coding on or off. Each change
 * is recorded in the project's history.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Coder, CoderId, ProjectId } from '../../shared/model';
import { errorText } from '../components/Status';
import { createCoder, isBlindCoding, setBlindCoding, setCurrentCoder } from '../db/repositories/coders';
import { listCoders } from '../db/repositories/projectData';
import { useProject } from '../hooks/useProjectData';
import './coders.css';

export function CoderControl({ projectId }: { projectId: ProjectId }) {
  const project = useProject(projectId);
  const coders = useLiveQuery(() => listCoders(projectId), [projectId]);
  const isBlind = useLiveQuery(() => isBlindCoding(projectId), [projectId]);
  const [isOpen, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  if (!project || !coders) return null;
  const current = coders.find((c) => c.id === project.currentCoderId);
  const close = () => {
    setOpen(false);
    // After the modal dialog has gone (the page is inert while it is open).
    requestAnimationFrame(() => trigger.current?.focus());
  };
  return (
    <>
      <button ref={trigger} type="button" className="coder-button" aria-haspopup="dialog" aria-expanded={isOpen} onClick={() => setOpen(true)}
        title="Who is coding, other coders, blind coding">
        Coder: {current?.name ?? 'unknown'}{isBlind ? <span className="blind-chip"> (blind)</span> : null}
      </button>
      {isOpen && (
        <CoderDialog projectId={projectId} coders={coders} currentId={project.currentCoderId} isBlind={isBlind === true} onClose={close} />
      )}
    </>
  );
}

interface DialogProps {
  projectId: ProjectId;
  coders: readonly Coder[];
  currentId: CoderId;
  isBlind: boolean;
  onClose: () => void;
}

function CoderDialog({ projectId, coders, currentId, isBlind, onClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [name, setName] = useState('');
  // Shown at once; the setting follows (the dialog opens afresh each time, from the stored value).
  const [blind, setBlind] = useState(isBlind);
  // Where focus goes when the control that had it disappears or is disabled.
  const nameInput = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const run = async (action: () => Promise<string>) => {
    try {
      setMessage({ kind: 'info', text: await action() });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };
  const current = coders.find((c) => c.id === currentId);
  const others = coders.filter((c) => c.id !== currentId).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const coder = await createCoder(projectId, name);
      setName('');
      nameInput.current?.focus();
      return `Added ${coder.name}. New codings are now recorded as theirs.`;
    });
  };
  return (
    <dialog ref={ref} className="dialog coder-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={`${id}-title`}>Coders</h2>
      <p>Now coding: <strong>{current?.name ?? 'unknown'}</strong>. New codings and memos record this coder.</p>
      {others.length > 0 && (
        <>
          <h3 id={`${id}-others`}>Code as someone else</h3>
          <ul className="coder-list" aria-labelledby={`${id}-others`}>
            {others.map((c) => (
              <li key={c.id}>
                <span>{c.name}</span>
                <button type="button" onClick={() => void run(async () => {
                  await setCurrentCoder(projectId, c.id);
                  closeButton.current?.focus();
                  return `Now coding as ${c.name}.`;
                })}>Code as {c.name}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="inline-form coder-add" onSubmit={add}>
        <label htmlFor={`${id}-name`}>New coder&rsquo;s name</label>
        <input ref={nameInput} id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoComplete="off" />
        <button type="submit" disabled={name.trim() === ''}>Add coder</button>
      </form>
      <p className="small muted">A colleague who codes in their own copy of the project can send you their project file to merge instead.</p>
      <div className="blind-setting">
        <input id={`${id}-blind`} type="checkbox" checked={blind} aria-describedby={`${id}-blind-help`}
          onChange={(e) => {
            const on = e.target.checked;
            setBlind(on);
            void run(async () => {
              await setBlindCoding(projectId, on);
              return on ? 'Blind coding is on: the reader shows only the current coder\'s codings.' : 'Blind coding is off: the reader shows every coder\'s codings.';
            });
          }} />
        <label htmlFor={`${id}-blind`}>Blind coding</label>
        <p id={`${id}-blind-help`} className="small muted">Hide other coders&rsquo; codings in the reader, so a second coder codes independently before agreement is measured.</p>
      </div>
      <div className="status-region" role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message && <p className={`status ${message.kind}`}><span>{message.text}</span></p>}
      </div>
      <div className="dialog-actions">
        <button ref={closeButton} type="button" className="primary" onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}
