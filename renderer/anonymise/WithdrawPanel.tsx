import { useId, useState } from 'react';
import type { Participant, ParticipantId, ProjectId } from '../../shared/model';
import { errorText } from '../components/Status';
import { previewWithdrawal, withdrawParticipant, type WithdrawalPreview } from '../db/repositories/withdrawal';
import { plural } from './plural';
import { WithdrawConfirm } from './WithdrawConfirm';

interface Props {
  projectId: ProjectId;
  participants: readonly Participant[];
  report: (kind: 'info' | 'error', text: string) => void;
}

/** "Withdraw participant": choose who, see exactly what will go, then remove it. */
export function WithdrawPanel({ projectId, participants, report }: Props) {
  const id = useId();
  const active = participants.filter((p) => p.role === 'participant' && !p.isWithdrawn);
  const withdrawn = participants.filter((p) => p.isWithdrawn);
  const [chosen, setChosen] = useState<ParticipantId | ''>('');
  const [preview, setPreview] = useState<{ id: ParticipantId; preview: WithdrawalPreview } | null>(null);

  const review = async () => {
    if (chosen === '') return;
    try {
      setPreview({ id: chosen, preview: await previewWithdrawal(projectId, chosen) });
    } catch (error) {
      report('error', errorText(error));
    }
  };
  const apply = async () => {
    if (!preview) return;
    setPreview(null);
    try {
      const outcome = await withdrawParticipant(projectId, preview.id);
      setChosen('');
      report('info', `Withdrew ${preview.preview.label}: ${plural(outcome.turns, 'turn')} replaced with [withdrawn]; `
        + `${plural(outcome.codings, 'coding')}, ${plural(outcome.quotes, 'quote')} and ${plural(outcome.memos, 'memo')} removed.`);
    } catch (error) {
      report('error', errorText(error));
    }
  };

  return (
    <div className="withdraw-panel">
      <p>Participants may withdraw at any point. Withdrawing one replaces everything they said, in every source, with
        [withdrawn], and removes their codings, the quotes made from them and their attribute values. Facilitators cannot be withdrawn.</p>
      <form className="anon-row" onSubmit={(e) => { e.preventDefault(); void review(); }}>
        <div className="anon-field">
          <label htmlFor={id}>Participant to withdraw</label>
          <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value as ParticipantId | '')}>
            <option value="">Choose a participant</option>
            {active.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          </select>
        </div>
        <button type="submit" className="danger-outline" disabled={chosen === ''}>Withdraw participant…</button>
      </form>
      {withdrawn.length > 0 && <p className="muted">Already withdrawn: {withdrawn.map((p) => p.label).join(', ')}.</p>}
      {preview && <WithdrawConfirm preview={preview.preview} onConfirm={() => void apply()} onCancel={() => setPreview(null)} />}
    </div>
  );
}
