import { SOURCE_KINDS, type SourceKind } from '../../shared/model';
import { SOURCE_KIND_LABELS } from '../components/format';
import type { DocumentDraft } from './batch';
import type { DocumentPatch } from './batchReducer';

interface Props {
  documents: readonly DocumentDraft[];
  selectedKey: string | null;
  onChange: (key: string, patch: DocumentPatch) => void;
  onSelect: (key: string) => void;
}

/** "Duplicate of FG 2, already in the project" / "Same text as notes.txt, earlier in this list". */
export function duplicateText(doc: DocumentDraft): string {
  if (!doc.duplicateOf) return '';
  return doc.duplicateOf.in === 'project'
    ? `Duplicate of ${doc.duplicateOf.existing}, already in the project`
    : `Same text as ${doc.duplicateOf.key}, earlier in this list`;
}

function speakerSummary(doc: DocumentDraft): string {
  const turns = `${doc.parsed.turns.length} ${doc.parsed.turns.length === 1 ? 'turn' : 'turns'}`;
  if (doc.respondent) return `Written by ${doc.respondent.label}; ${turns}`;
  const speakers = doc.parsed.speakers.length;
  return speakers === 0 ? `No speakers; ${turns}` : `${speakers} ${speakers === 1 ? 'speaker' : 'speakers'}; ${turns}`;
}

/** Every document of the batch with what it will be stored as: ticked or not, title, kind, label, date. */
export function DocumentList({ documents, selectedKey, onChange, onSelect }: Props) {
  if (documents.length === 0) return null;
  return (
    <table className="data-table document-list">
      <caption>Documents to import ({documents.filter((d) => d.isIncluded).length} of {documents.length} ticked)</caption>
      <thead>
        <tr>
          <th scope="col">Import</th><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Label</th>
          <th scope="col">Date</th><th scope="col">Speakers</th><th scope="col"><span className="visually-hidden">Preview</span></th>
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => {
          const name = doc.title || doc.fileName;
          return (
            <tr key={doc.key} className={doc.key === selectedKey ? 'is-selected' : undefined}>
              <td>
                <input type="checkbox" checked={doc.isIncluded} aria-label={`Import ${name}`}
                  onChange={(e) => onChange(doc.key, { isIncluded: e.target.checked })} />
              </td>
              <td>
                <input className="title-input" value={doc.title} aria-label={`Title of ${doc.fileName}${doc.respondent ? ` row ${doc.respondent.row}` : ''}`}
                  onChange={(e) => onChange(doc.key, { title: e.target.value })} />
                {doc.duplicateOf && <div className="result-duplicate small">{duplicateText(doc)}</div>}
              </td>
              <td>
                <select value={doc.kind} aria-label={`Kind of ${name}`} onChange={(e) => onChange(doc.key, { kind: e.target.value as SourceKind })}>
                  {SOURCE_KINDS.map((k) => <option key={k} value={k}>{SOURCE_KIND_LABELS[k]}</option>)}
                </select>
              </td>
              <td>
                <input className="label-input" value={doc.label} aria-label={`Label of ${name}`}
                  onChange={(e) => onChange(doc.key, { label: e.target.value })} />
              </td>
              <td>
                <input type="date" className="date-input" value={doc.date} aria-label={`Date of ${name} (optional)`}
                  onChange={(e) => onChange(doc.key, { date: e.target.value })} />
              </td>
              <td className="small">{speakerSummary(doc)}</td>
              <td>
                <button type="button" aria-pressed={doc.key === selectedKey} onClick={() => onSelect(doc.key)}
                  aria-label={`Preview ${name}`}>Preview</button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
