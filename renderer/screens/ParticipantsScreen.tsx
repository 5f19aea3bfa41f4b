import { useState } from 'react';
import type { Attribute, Participant, ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { useAttributes, useParticipants } from '../hooks/useProjectData';
import { AddAttributeForm } from '../import/participants/AddAttributeForm';
import { AttributeCsvImport } from '../import/participants/AttributeCsvImport';
import { ParticipantRow } from '../import/participants/ParticipantRow';
import '../import/import.css';

interface TableProps {
  projectId: ProjectId;
  caption: string;
  people: readonly Participant[];
  attributes: readonly Attribute[];
  editing: string | null;
  onEdit: (id: string | null) => void;
}

function ParticipantTable({ projectId, caption, people, attributes, editing, onEdit }: TableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th><th scope="col">Taking part as</th>
            {attributes.map((a) => <th scope="col" key={a.id}>{a.name}</th>)}
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <ParticipantRow key={p.id} projectId={projectId} participant={p} attributes={attributes}
              isEditing={editing === p.id} onEdit={(isEditing) => onEdit(isEditing ? p.id : null)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Participants with their attributes, editable. Facilitators are listed apart and never counted. */
export function ParticipantsScreen({ projectId }: { projectId: ProjectId }) {
  const participants = useParticipants(projectId);
  const attributes = useAttributes(projectId);
  const [editing, setEditing] = useState<string | null>(null);
  if (!participants || !attributes) return <Loading what="participants" />;
  const speakers = participants.filter((p) => p.role === 'participant');
  const facilitators = participants.filter((p) => p.role === 'facilitator');
  const table = { projectId, attributes, editing, onEdit: setEditing };
  return (
    <div className="participants-editor">
      <h1>Participants</h1>
      <p className="lead">
        {speakers.length} {speakers.length === 1 ? 'participant' : 'participants'}
        {facilitators.length > 0 && ` and ${facilitators.length} ${facilitators.length === 1 ? 'facilitator' : 'facilitators'} (not counted as participants)`}.
      </p>
      {participants.length === 0 ? <p>No participants yet. Importing transcripts creates them from the speakers.</p> : (
        <>
          {speakers.length > 0 && <ParticipantTable {...table} caption="Participants and their attributes" people={speakers} />}
          {facilitators.length > 0 && <ParticipantTable {...table} caption="Facilitators (not counted as participants)" people={facilitators} />}
        </>
      )}
      <AddAttributeForm projectId={projectId} />
      <AttributeCsvImport projectId={projectId} participants={participants} attributes={attributes} />
    </div>
  );
}
