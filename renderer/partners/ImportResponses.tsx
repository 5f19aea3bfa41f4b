/**
 * Importing partners' response files: a file chooser of its own (it works in the browser and in
 * the desktop shell alike), any number of files at once. Every file is checked before any is
 * stored; one wrong file and nothing is imported, each wrong file named with the reason.
 */
import { useId, useRef, useState } from 'react';
import type { ProjectId } from '../../shared/model';
import type { ResponseFile } from '../../shared/review/response';
import { errorText } from '../components/Status';
import { importResponses, ReviewImportError } from '../db/repositories/reviews';
import type { PanelMessage } from './PanelMessage';

export function ImportResponses({ projectId, onMessage }: { projectId: ProjectId; onMessage: (message: PanelMessage) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [isBusy, setBusy] = useState(false);

  const importFiles = async (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    setBusy(true);
    try {
      const files: ResponseFile[] = await Promise.all(chosen.map(async (file) => ({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) })));
      const result = await importResponses(projectId, files);
      const count = `${result.added} ${result.added === 1 ? 'answer' : 'answers'}`;
      onMessage({
        kind: 'info',
        text: result.added === 0 ? 'Nothing new to import: every response was imported before.' : `Imported ${count} from ${chosen.length} ${chosen.length === 1 ? 'response' : 'responses'} (Undo takes them out again).`,
        lines: result.lines,
      });
    } catch (error) {
      if (error instanceof ReviewImportError) {
        onMessage({ kind: 'error', text: `Nothing was imported: ${error.errors.length === 1 ? 'this file is' : 'these files are'} not right.`, lines: error.errors.map((e) => e.message) });
      } else onMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="panel partner-import" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Import responses</h3>
      <p className="small muted" id={`${id}-hint`}>
        Choose the files partners sent back (named like “review-response-ab-2026-11-24.json”), as many as you have. All are
        checked first: if one is wrong, nothing is imported. A response imported before adds nothing.
      </p>
      <label className="file-choice" htmlFor={`${id}-files`}>Response files</label>
      <input ref={input} id={`${id}-files`} type="file" multiple accept=".json,application/json" disabled={isBusy}
        aria-describedby={`${id}-hint`} onChange={(e) => void importFiles(e.target.files)} />
    </section>
  );
}
