/**
 * Import a codebook (Project files screen): choose a .qdc, .csv or QualCoder .txt file, see
 * what would change (codes to add, codes already here and how they differ, problems in the file),
 * then add the new codes in one undoable action. The preview follows the live code tree, and the
 * import plans again against the tree as it is when it runs.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  parseCodebook, planCodebookImport, planSummary, type CodebookPlan, type ParsedCodebook,
} from '../../shared/codebook';
import type { ProjectId } from '../../shared/model';
import { errorText, type StatusMessage } from '../components/Status';
import { importCodebook } from '../db/repositories/codebookImport';
import { useCodes } from '../hooks/useProjectData';
import './codebookImport.css';

const FORMAT_NAMES: Record<ParsedCodebook['format'], string> = {
  qdc: 'REFI-QDA codebook', csv: 'CSV codebook', qualcoder: 'QualCoder code list',
};

const shownName = (fileName: string) => fileName.split(/[\\/]/).pop() || fileName;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function CodebookImportPanel({ projectId }: { projectId: ProjectId }) {
  const codes = useCodes(projectId);
  const [parsed, setParsed] = useState<ParsedCodebook | null>(null);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [isBusy, setBusy] = useState(false);
  /** Focus goes back to the file chooser after an import, once it is enabled again. */
  const isInputDue = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const plan = useMemo<CodebookPlan | null>(
    () => (parsed && codes ? planCodebookImport(codes, parsed, { projectId, now: new Date().toISOString() }) : null),
    [parsed, codes, projectId],
  );
  // Keyboard and screen-reader users land on the preview once a file is read (and the tree is loaded).
  const hasPreview = plan !== null;
  useEffect(() => {
    if (hasPreview) previewHeading.current?.focus();
  }, [hasPreview, parsed]);
  useEffect(() => {
    if (!isInputDue.current || isBusy) return;
    isInputDue.current = false;
    input.current?.focus();
  }, [isBusy]);

  const reset = () => {
    setParsed(null);
    if (input.current) input.current.value = '';
  };

  const choose = async (file: File | undefined) => {
    setMessage(null);
    setParsed(null);
    if (!file) return;
    try {
      setParsed(parseCodebook(new Uint8Array(await file.arrayBuffer()), file.name));
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
      if (input.current) input.current.value = '';
    }
  };

  const apply = async () => {
    if (!parsed) return;
    setBusy(true);
    try {
      const { plan: done, isRecorded } = await importCodebook(projectId, parsed);
      const name = shownName(parsed.fileName);
      setMessage({
        kind: 'info',
        text: isRecorded
          ? `Imported ${count(done.toAdd.length, 'code', 'codes')} from "${name}" into the code tree`
            + `${done.matched.length > 0 ? `; ${count(done.matched.length, 'code was', 'codes were')} already there and kept as they are` : ''}. Undo removes them again.`
          : `Nothing to import: every code in "${name}" is already in this project.`,
      });
      reset();
      isInputDue.current = true;
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    reset();
    setMessage(null);
    input.current?.focus();
  };

  return (
    <section aria-labelledby="codebook-import-heading" className="panel codebook-import">
      <h2 id="codebook-import-heading">Import a codebook</h2>
      <p className="muted">
        Codes from another tool or a colleague: a REFI-QDA codebook (<code>.qdc</code>) from NVivo, ATLAS.ti, MAXQDA or
        QualCoder; a CSV file with a column for each code&apos;s path (or its name and its parent) and, if you like, its
        definition and colour; or QualCoder&apos;s plain-text code list (<code>.txt</code>). Codes already in this project,
        matched by their path, are kept as they are.
      </p>
      <div className="codebook-field">
        <label htmlFor="codebook-file">Codebook file (.qdc, .csv or .txt)</label>
        <input ref={input} id="codebook-file" type="file" accept=".qdc,.csv,.txt" disabled={isBusy}
          onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {parsed && plan && (
        <div className="codebook-preview">
          <h3 id="codebook-preview-heading" ref={previewHeading} tabIndex={-1}>
            Preview: {FORMAT_NAMES[parsed.format]} &ldquo;{shownName(parsed.fileName)}&rdquo;
          </h3>
          <p className="muted">{plan.reading}</p>
          <p className="codebook-summary">{planSummary(plan)}</p>
          <PreviewList title="Codes to add" count={plan.toAdd.length} empty="None: every code in the file is already in this project.">
            {plan.toAdd.map((a) => (
              <li key={a.code.id}>
                <span className="swatch" style={{ background: a.code.color }} aria-hidden="true" />
                <span className="codebook-path">{a.path.join(' > ')}</span>
                {a.isImplied && <span className="muted"> (new, to hold the codes beneath it)</span>}
                {a.code.definition !== '' && <span className="codebook-definition"> — {a.code.definition}</span>}
              </li>
            ))}
          </PreviewList>
          <PreviewList title="Already in this project, kept as they are" count={plan.matched.length} empty="None.">
            {plan.matched.map((m) => (
              <li key={m.codeId}>
                <span className="codebook-path">{m.path.join(' > ')}</span>
                {m.differences.length === 0 ? <span className="muted"> (the same)</span> : (
                  <ul className="codebook-differences">{m.differences.map((d) => <li key={d}>{d}</li>)}</ul>
                )}
              </li>
            ))}
          </PreviewList>
          <PreviewList title="Problems in the file" count={plan.problems.length} empty="None.">
            {plan.problems.map((p, i) => <li key={i}>{p}</li>)}
          </PreviewList>
          <div className="codebook-actions">
            <button type="button" className="primary" onClick={() => void apply()} disabled={isBusy || plan.toAdd.length === 0}>
              {plan.toAdd.length === 0 ? 'Nothing to import' : `Import ${count(plan.toAdd.length, 'code', 'codes')}`}
            </button>
            <button type="button" onClick={cancel} disabled={isBusy}>Cancel</button>
          </div>
        </div>
      )}
      <div className="codebook-outcome" role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message && <p className={message.kind === 'error' ? 'error-text' : undefined}>{message.text}</p>}
      </div>
    </section>
  );
}

interface PreviewListProps {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}

/** A titled list of the preview; a long one scrolls in a box that keyboard users can focus and scroll. */
function PreviewList({ title, count: n, empty, children }: PreviewListProps) {
  const id = `codebook-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <>
      <h4 id={id}>{title} ({n})</h4>
      {n === 0 ? <p className="muted">{empty}</p> : (
        <div className={n > 12 ? 'codebook-scroll' : undefined} tabIndex={n > 12 ? 0 : undefined}
          role={n > 12 ? 'region' : undefined} aria-labelledby={n > 12 ? id : undefined}>
          <ul className="codebook-list" aria-labelledby={id}>{children}</ul>
        </div>
      )}
    </>
  );
}
