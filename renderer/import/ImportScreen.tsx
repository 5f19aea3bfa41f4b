import { useCallback, useEffect, useState } from 'react';
import type { ProjectId } from '../../shared/model';
import { routeHref } from '../app/routes';
import { errorText } from '../components/Status';
import { platform, type PickedFile } from '../platform';
import type { TableDraft } from './batch';
import { DocumentList } from './DocumentList';
import { DocumentPreview } from './DocumentPreview';
import { DropOverlay, DropZone, ReadProgress } from './DropZone';
import { FileResults } from './FileResults';
import { receiveImportFiles } from './importQueue';
import { TableSettings } from './TableSettings';
import { useImportBatch } from './useImportBatch';
import { useWindowFileDrop } from './useWindowFileDrop';
import './import.css';

type Outcome = { kind: 'done' | 'error'; text: string } | null;

/**
 * Importing sources: choose or drop files, see what each became, adjust kinds, labels and
 * speakers in the preview, then import the ticked documents in one undoable step.
 */
export function ImportScreen({ projectId }: { projectId: ProjectId }) {
  const batch = useImportBatch(projectId);
  const { state, dispatch, progress, addFiles: addToBatch } = batch;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isImporting, setImporting] = useState(false);
  const addFiles = useCallback((files: PickedFile[]) => {
    if (files.length > 0) setOutcome(null);
    addToBatch(files);
  }, [addToBatch]);
  const isDragging = useWindowFileDrop(addFiles);
  useEffect(() => receiveImportFiles(addFiles), [addFiles]);

  const report = (error: unknown) => setOutcome({ kind: 'error', text: errorText(error) });
  const choose = () => { platform.pickSourceFiles().then(addFiles, report); };
  const isReading = progress.current !== null;
  const ticked = state.documents.filter((d) => d.isIncluded).length;
  const selected = state.documents.find((d) => d.key === state.selectedKey) ?? null;
  const tables = state.files.filter((f): f is typeof f & { table: TableDraft } => f.table !== null);

  const select = (key: string) => {
    dispatch({ type: 'select', key });
    requestAnimationFrame(() => document.getElementById('preview-heading')?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };

  const runImport = async () => {
    setImporting(true);
    try {
      setOutcome({ kind: 'done', text: `${await batch.importTicked()}.` });
    } catch (error) {
      report(error);
    } finally {
      setImporting(false);
    }
  };

  return (
    <div className="import-screen">
      <h1>Import sources</h1>
      <p className="lead">Bring in focus-group transcripts, interviews and written narratives. Check the speakers, kinds and labels before anything is stored.</p>
      <DropZone isDragging={isDragging} isBusy={isImporting} onChoose={choose} />
      <div role={outcome?.kind === 'error' ? 'alert' : 'status'} className="import-outcome">
        {outcome && (
          <p className={`status ${outcome.kind === 'error' ? 'error' : 'info'}`}>
            <span>
              {outcome.text}
              {outcome.kind === 'done' && <> <a href={routeHref({ name: 'project', projectId, view: 'sources' })}>See the sources</a>. Undo takes the whole import back.</>}
            </span>
          </p>
        )}
      </div>
      <ReadProgress progress={progress} />
      <FileResults files={state.files} documents={state.documents} onRemove={batch.remove} />
      {tables.map((file) => (
        <TableSettings key={file.id} file={file} onChange={(table) => { batch.setTable(file.id, table).catch(report); }} />
      ))}
      <DocumentList documents={state.documents} selectedKey={state.selectedKey}
        onChange={(key, patch) => dispatch({ type: 'document', key, patch })} onSelect={select} />
      {selected && (
        <DocumentPreview doc={selected} participants={batch.participants}
          onChange={(patch) => dispatch({ type: 'document', key: selected.key, patch })}
          onSpeaker={(name, patch) => dispatch({ type: 'speaker', key: selected.key, name, patch })}
          onDetectSpeakers={(isOn) => { batch.setDetectSpeakers(selected, isOn).catch(report); }} />
      )}
      {state.files.length > 0 && (
        <div className="import-actions">
          <button type="button" className="primary" onClick={() => void runImport()} disabled={ticked === 0 || isReading || isImporting}>
            {isImporting ? 'Importing…' : `Import ${ticked} ${ticked === 1 ? 'source' : 'sources'}`}
          </button>
          <button type="button" onClick={() => { batch.clear(); setOutcome(null); }} disabled={isImporting}>Clear the list</button>
          {isReading && <span className="muted">Waiting for the files still being read…</span>}
        </div>
      )}
      {isDragging && <DropOverlay />}
    </div>
  );
}
