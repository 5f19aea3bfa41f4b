import { useState } from 'react';
import type { Attribute, AttributeValue, Participant, ProjectId } from '../../../shared/model';
import { formatDate } from '../../components/format';
import { errorText } from '../../components/Status';
import { updateParticipant } from '../../db/repositories/participants';
import { ValueInput } from './ValueInput';

interface Props {
  projectId: ProjectId;
  participant: Participant;
  attributes: readonly Attribute[];
  isEditing: boolean;
  onEdit: (isEditing: boolean) => void;
}

export function showValue(attribute: Attribute, value: AttributeValue | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (attribute.type === 'boolean') return value ? 'Yes' : 'No';
  if (attribute.type === 'date' && typeof value === 'string') return formatDate(value);
  return String(value);
}

const roleText = (p: Participant) => (p.role === 'facilitator' ? 'Facilitator' : p.isWithdrawn ? 'Withdrawn' : 'Participant');

/** A participant's row: their values, or (while editing) inputs for label, role and every attribute. */
export function ParticipantRow({ projectId, participant: p, attributes, isEditing, onEdit }: Props) {
  const [label, setLabel] = useState(p.label);
  const [role, setRole] = useState(p.role);
  const [values, setValues] = useState<Record<string, AttributeValue>>(p.attributes);
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    setLabel(p.label);
    setRole(p.role);
    setValues(p.attributes);
    setError(null);
    onEdit(true);
  };
  const save = async () => {
    try {
      const changed = Object.fromEntries(attributes.map((a) => [a.id, values[a.id] ?? null]));
      await updateParticipant(projectId, p.id, { label, role, attributes: changed });
      onEdit(false);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (!isEditing) {
    return (
      <tr className={p.isWithdrawn ? 'withdrawn' : undefined}>
        <th scope="row">{p.label}</th>
        <td>{roleText(p)}</td>
        {attributes.map((a) => <td key={a.id}>{showValue(a, p.attributes[a.id])}</td>)}
        <td><button type="button" onClick={start} aria-label={`Edit ${p.label}`}>Edit</button></td>
      </tr>
    );
  }
  return (
    <tr className="is-editing">
      <th scope="row">
        <input className="label-input" value={label} aria-label={`Label of ${p.label}`} onChange={(e) => setLabel(e.target.value)} />
        {error && <div role="alert" className="problems small">{error}</div>}
      </th>
      <td>
        <select value={role} aria-label={`Role of ${p.label}`} onChange={(e) => setRole(e.target.value === 'facilitator' ? 'facilitator' : 'participant')}>
          <option value="participant">Participant</option>
          <option value="facilitator">Facilitator</option>
        </select>
      </td>
      {attributes.map((a) => (
        <td key={a.id}>
          <ValueInput attribute={a} value={values[a.id]} owner={p.label} onChange={(v) => setValues((old) => ({ ...old, [a.id]: v }))} />
        </td>
      ))}
      <td>
        <div className="row-actions">
          <button type="button" className="primary" onClick={() => void save()} aria-label={`Save ${p.label}`}>Save</button>
          <button type="button" onClick={() => onEdit(false)} aria-label={`Cancel editing ${p.label}`}>Cancel</button>
        </div>
      </td>
    </tr>
  );
}
