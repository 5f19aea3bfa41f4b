import type { Participant } from '../../shared/model';
import type { DocumentDraft, SpeakerChoice } from './batch';
import type { DocumentPatch } from './batchReducer';
import { duplicateText } from './DocumentList';
import { SpeakerTable } from './SpeakerTable';
import { TurnsPreview } from './TurnsPreview';

interface Props {
  doc: DocumentDraft;
  participants: readonly Participant[];
  onChange: (patch: DocumentPatch) => void;
  onSpeaker: (name: string, patch: Partial<Omit<SpeakerChoice, 'name' | 'turns'>>) => void;
  onDetectSpeakers: (isOn: boolean) => void;
}

function RespondentEditor({ doc, onChange }: { doc: DocumentDraft; onChange: Props['onChange'] }) {
  if (!doc.respondent) return null;
  const values = Object.entries(doc.respondent.attributes).filter(([, v]) => v !== '');
  return (
    <div className="respondent">
      <label>
        Written by participant{' '}
        <input className="label-input" value={doc.respondent.label} onChange={(e) => onChange({ respondentLabel: e.target.value })} />
      </label>
      <p className="small muted">
        {values.length > 0 ? `Attributes from the row: ${values.map(([k, v]) => `${k} ${v}`).join(', ')}.` : 'The row has no attribute values.'}
      </p>
    </div>
  );
}

/** The open preview of one document: speakers and the first turns, before anything is stored. */
export function DocumentPreview({ doc, participants, onChange, onSpeaker, onDetectSpeakers }: Props) {
  const isRow = doc.key.includes('#');
  return (
    <section className="panel document-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview: {doc.title || doc.fileName} <span className="label-chip">{doc.label}</span></h2>
      {doc.duplicateOf && <p className="result-duplicate">{duplicateText(doc)}. Tick it in the list above to import it all the same.</p>}
      {!isRow && (
        <label className="check">
          <input type="checkbox" checked={doc.detectSpeakers} onChange={(e) => onDetectSpeakers(e.target.checked)} />
          Detect speakers (off: every paragraph becomes a turn with no speaker)
        </label>
      )}
      <RespondentEditor doc={doc} onChange={onChange} />
      {doc.detectSpeakers && doc.speakers.length > 0 && <SpeakerTable doc={doc} participants={participants} onChange={onSpeaker} />}
      {!isRow && doc.detectSpeakers && doc.speakers.length === 0 && <p>No speakers found: each paragraph is a turn with no speaker.</p>}
      <TurnsPreview doc={doc} participants={participants} />
    </section>
  );
}
