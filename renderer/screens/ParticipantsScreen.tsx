import type { Attribute, AttributeValue, Participant, ProjectId } from '../../shared/model';
import { formatDate } from '../components/format';
import { Loading } from '../components/Loading';
import { useAttributes, useParticipants } from '../hooks/useProjectData';

function showValue(attribute: Attribute, value: AttributeValue | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (attribute.type === 'boolean') return value ? 'Yes' : 'No';
  if (attribute.type === 'date' && typeof value === 'string') return formatDate(value);
  return String(value);
}

/** Participants with their attributes. Facilitators are listed apart and never counted. */
export function ParticipantsScreen({ projectId }: { projectId: ProjectId }) {
  const participants = useParticipants(projectId);
  const attributes = useAttributes(projectId);
  if (!participants || !attributes) return <Loading what="participants" />;
  const speakers = participants.filter((p) => p.role === 'participant');
  const facilitators = participants.filter((p) => p.role === 'facilitator');
  return (
    <>
      <h1>Participants</h1>
      <p className="lead">
        {speakers.length} {speakers.length === 1 ? 'participant' : 'participants'}
        {facilitators.length > 0 && ` and ${facilitators.length} ${facilitators.length === 1 ? 'facilitator' : 'facilitators'} (not counted as participants)`}.
      </p>
      {participants.length === 0 ? <p>No participants yet.</p> : (
        <table className="data-table">
          <caption>Participants and their attributes</caption>
          <thead>
            <tr>
              <th scope="col">Label</th><th scope="col">Taking part as</th>
              {attributes.map((a) => <th scope="col" key={a.id}>{a.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {[...speakers, ...facilitators].map((p: Participant) => (
              <tr key={p.id} className={p.isWithdrawn ? 'withdrawn' : undefined}>
                <th scope="row">{p.label}</th>
                <td>{p.role === 'facilitator' ? 'Facilitator' : p.isWithdrawn ? 'Withdrawn' : 'Participant'}</td>
                {attributes.map((a) => <td key={a.id}>{showValue(a, p.attributes[a.id])}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
