import { SOURCE_KIND_LABELS } from '../components/format';
import type { DocumentDraft, FileEntry } from './batch';
import { duplicateText } from './DocumentList';

interface Props {
  files: readonly FileEntry[];
  documents: readonly DocumentDraft[];
  onRemove: (id: number) => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function documentResult(doc: DocumentDraft): string {
  if (doc.duplicateOf) return `${duplicateText(doc)}; not ticked for import`;
  const speakers = doc.parsed.speakers.length > 0 ? `, ${plural(doc.parsed.speakers.length, 'speaker')}` : '';
  return `Ready: ${SOURCE_KIND_LABELS[doc.kind].toLowerCase()}, ${plural(doc.parsed.turns.length, 'turn')}${speakers}`;
}

function tableResult(file: FileEntry, documents: readonly DocumentDraft[]): string {
  if (!file.table || file.table.columns.textColumn === '') return 'Spreadsheet: choose its text column below';
  const duplicates = documents.filter((d) => d.duplicateOf).length;
  return `Ready: spreadsheet, ${plural(documents.length, 'row')} as narratives${duplicates > 0 ? ` (${plural(duplicates, 'duplicate')}, not ticked)` : ''}`;
}

function Result({ file, documents }: { file: FileEntry; documents: readonly DocumentDraft[] }) {
  switch (file.status) {
    case 'waiting': return <span className="muted">Waiting</span>;
    case 'reading': return <span>Reading…</span>;
    case 'error': return <span className="result-error"><strong>Not imported.</strong> {file.error}</span>;
    case 'ready': {
      const [first] = documents;
      const text = file.table ? tableResult(file, documents) : first ? documentResult(first) : 'Ready';
      return <span className={documents.some((d) => d.duplicateOf) ? 'result-duplicate' : 'result-ok'}>{text}</span>;
    }
  }
}

/** One row per chosen file: ok, duplicate or the reason it cannot be imported. */
export function FileResults({ files, documents, onRemove }: Props) {
  if (files.length === 0) return null;
  return (
    <table className="data-table file-results">
      <caption>Files chosen, and what each became</caption>
      <thead><tr><th scope="col">File</th><th scope="col">Result</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
      <tbody>
        {files.map((file) => {
          const own = documents.filter((d) => d.fileId === file.id);
          return (
            <tr key={file.id} className={`file-${file.status}`}>
              <th scope="row">{file.name}</th>
              <td>
                <Result file={file} documents={own} />
                {file.warnings.map((w) => <div key={w} className="muted small">{w}</div>)}
              </td>
              <td>
                <button type="button" className="link" onClick={() => onRemove(file.id)} disabled={file.status === 'reading'}
                  aria-label={`Remove ${file.name} from the list`}>Remove</button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
