import type { Participant, ParticipantId } from '../../shared/model';
import type { DocumentDraft, SpeakerChoice } from './batch';
import { resolveSpeaker, rootSpeaker } from './speakerTargets';

interface Props {
  doc: DocumentDraft;
  participants: readonly Participant[];
  onChange: (name: string, patch: Partial<Omit<SpeakerChoice, 'name' | 'turns'>>) => void;
}

const NEW = '';

/**
 * The detected speakers of one document, each with their turn count, and what the user decides
 * about them: a new label, "same as" another spelling, an existing participant, facilitator.
 */
export function SpeakerTable({ doc, participants, onChange }: Props) {
  return (
    <table className="data-table speaker-table">
      <caption>Speakers found in {doc.title || doc.fileName}</caption>
      <thead>
        <tr>
          <th scope="col">As written</th><th scope="col" className="num">Turns</th><th scope="col">Same person as</th>
          <th scope="col">Participant</th><th scope="col">Label</th><th scope="col">Facilitator</th>
        </tr>
      </thead>
      <tbody>
        {doc.speakers.map((s) => {
          const isMerged = s.sameAs !== null;
          // A merged spelling shows what it now follows: the other speaker's participant, label and role.
          const shown = (isMerged ? rootSpeaker(doc.speakers, s.name) : s) ?? s;
          const resolved = resolveSpeaker(doc.speakers, s.name, participants);
          const existing = participants.find((p) => p.id === shown.participantId);
          const others = doc.speakers.filter((o) => o.name !== s.name && rootSpeaker(doc.speakers, o.name)?.name !== s.name);
          return (
            <tr key={s.name} className={isMerged ? 'is-merged' : undefined}>
              <th scope="row">{s.name}</th>
              <td className="num">{s.turns}</td>
              <td>
                <select value={s.sameAs ?? ''} aria-label={`${s.name} is the same person as`}
                  onChange={(e) => onChange(s.name, { sameAs: e.target.value || null })}>
                  <option value="">Nobody else (a person of their own)</option>
                  {others.map((o) => <option key={o.name} value={o.name}>{o.name}</option>)}
                </select>
              </td>
              <td>
                <select value={shown.participantId ?? NEW} disabled={isMerged} aria-label={`Participant for ${s.name}`}
                  onChange={(e) => onChange(s.name, { participantId: (e.target.value || null) as ParticipantId | null })}>
                  <option value={NEW}>New participant</option>
                  {participants.map((p) => <option key={p.id} value={p.id}>{p.label}{p.role === 'facilitator' ? ' (facilitator)' : ''}</option>)}
                </select>
              </td>
              <td>
                <input className="label-input" value={isMerged || existing ? resolved?.label ?? s.label : s.label} disabled={isMerged || existing !== undefined}
                  aria-label={`Label for ${s.name}`} onChange={(e) => onChange(s.name, { label: e.target.value })} />
                {!isMerged && !existing && resolved?.participant && <div className="small muted">Already a participant: their turns join {resolved.label}&apos;s</div>}
              </td>
              <td>
                <input type="checkbox" checked={resolved?.isFacilitator ?? s.isFacilitator}
                  disabled={isMerged || existing !== undefined} aria-label={`${s.name} is the facilitator`}
                  onChange={(e) => onChange(s.name, { isFacilitator: e.target.checked })} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
