import { useId, useMemo, useState, type FormEvent } from 'react';
import { buildCodeTree, flattenTree } from '../../shared/analysis/codeTree';
import { MEMO_KINDS, type MemoAnchor, type MemoId, type MemoKind, type ProjectId } from '../../shared/model';
import { errorText } from '../components/Status';
import { formatDate } from '../components/format';
import { createMemo } from '../db/repositories/memos';
import { useCodes, useParticipants, useSources } from '../hooks/useProjectData';
import { KIND_LABELS } from './memoLabels';

type AnchorChoice = 'project' | 'source' | 'code' | 'participant';

const ANCHOR_CHOICES: Record<AnchorChoice, string> = {
  project: 'The project', source: 'A source', code: 'A code', participant: 'A participant',
};

interface Props {
  projectId: ProjectId;
  onCreated: (id: MemoId, title: string) => void;
  onCancel: () => void;
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A new memo: its kind, what it is attached to, a title and, for a journal entry, its date. */
export function NewMemoForm({ projectId, onCreated, onCancel }: Props) {
  const id = useId();
  const sources = useSources(projectId) ?? [];
  const codes = useCodes(projectId);
  const participants = useParticipants(projectId) ?? [];
  const [kind, setKind] = useState<MemoKind>('memo');
  const [anchorType, setAnchorType] = useState<AnchorChoice>('project');
  const [targetId, setTargetId] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(localToday);
  const [error, setError] = useState<string | null>(null);
  const codeOptions = useMemo(() => flattenTree(buildCodeTree(codes ?? [], [])).map((n) => ({
    id: n.code.id as string, label: `${'\u2003'.repeat(n.depth)}${n.code.name}`,
  })), [codes]);
  const targets = anchorType === 'source' ? sources.map((s) => ({ id: s.id as string, label: `${s.label}: ${s.title}` }))
    : anchorType === 'code' ? codeOptions
      : anchorType === 'participant' ? participants.map((p) => ({ id: p.id as string, label: p.label })) : [];
  const chosen = targets.find((t) => t.id === targetId) ?? targets[0];

  const fallbackTitle = kind === 'journal' ? `Journal, ${formatDate(`${date}T12:00:00`)}` : `New ${KIND_LABELS[kind].toLocaleLowerCase('en-GB')}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (anchorType !== 'project' && !chosen) { setError(`There is no ${anchorType} to attach the memo to.`); return; }
    const anchor = (anchorType === 'project' ? { type: 'project' } : { type: anchorType, id: chosen!.id }) as MemoAnchor;
    const createdAt = kind === 'journal' && date !== localToday() ? new Date(`${date}T12:00:00`).toISOString() : undefined;
    const name = title.trim() || fallbackTitle;
    try {
      onCreated(await createMemo(projectId, { kind, anchor, title: name, createdAt }), name);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form className="memo-new panel" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>New memo</h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MemoKind)} autoFocus>
          {MEMO_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </select>
      </div>
      {kind === 'journal' && (
        <div className="field">
          <label htmlFor={`${id}-date`}>Entry date</label>
          <input id={`${id}-date`} type="date" value={date} max={localToday()} required onChange={(e) => setDate(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-anchor`}>Attach to</label>
        <select id={`${id}-anchor`} value={anchorType} onChange={(e) => { setAnchorType(e.target.value as AnchorChoice); setTargetId(''); }}>
          {(Object.keys(ANCHOR_CHOICES) as AnchorChoice[]).map((a) => <option key={a} value={a}>{ANCHOR_CHOICES[a]}</option>)}
        </select>
      </div>
      {anchorType !== 'project' && (
        <div className="field">
          <label htmlFor={`${id}-target`}>{anchorType === 'source' ? 'Source' : anchorType === 'code' ? 'Code' : 'Participant'}</label>
          <select id={`${id}-target`} value={chosen?.id ?? ''} onChange={(e) => setTargetId(e.target.value)}>
            {targets.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Title</label>
        <input id={`${id}-name`} value={title} placeholder={fallbackTitle} onChange={(e) => setTitle(e.target.value)} />
      </div>
      {error && <p role="alert" className="error-text">{error}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="submit" className="primary">Create memo</button>
      </div>
    </form>
  );
}
