/**
 * Merging a colleague's project file into this one (issue 6, item 3): choose a .qdpx, see what
 * would be added, what is already here and what is in conflict, then merge in one undoable step.
 */
import { useEffect, useRef, useState } from 'react';
import { addsAnything, countWords, MERGE_KINDS, MERGE_NOUNS, mergeSummary, type MergeIssue } from '../../shared/merge';
import type { ProjectId } from '../../shared/model';
import { ProjectFileError, readQdpxWithNotices } from '../../shared/qdpx';
import { formatNumber } from '../components/format';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { previewMerge, storeMerge, type MergePreview } from '../db/repositories/merge';
import { platform } from '../platform';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function IssueTable({ caption, issues }: { caption: string; issues: readonly MergeIssue[] }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Record</th><th scope="col">What happens</th></tr></thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={`${issue.what}-${index}`}><th scope="row">{capitalise(issue.what)}</th><td>{issue.reason}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

function NewRecords({ title, names }: { title: string; names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <h4>{title} ({formatNumber(names.length)})</h4>
      <ul>{names.map((name, index) => <li key={`${name}-${index}`}>{name}</li>)}</ul>
    </>
  );
}

function Preview({ preview, isBusy, onMerge, onCancel }: {
  preview: MergePreview; isBusy: boolean; onMerge: () => void; onCancel: () => void;
}) {
  const { report, additions, fileName } = preview;
  const heading = useRef<HTMLHeadingElement>(null);
  // A new preview takes the focus, so keyboard and screen-reader users land on what changed.
  useEffect(() => heading.current?.focus(), [preview]);
  const hasAdditions = addsAnything(report);
  return (
    <div className="merge-preview">
      <h3 ref={heading} tabIndex={-1}>Preview of “{fileName}”</h3>
      <p>
        {hasAdditions
          ? <>Merging adds {countWords(report.added, 'prose')}. </>
          : <>Nothing to add: everything in “{fileName}” is already in this project. </>}
        Nothing already here is changed{report.conflicts.length > 0 ? `; ${report.conflicts.length === 1 ? 'one thing is' : `${report.conflicts.length} things are`} in conflict and will be left out` : ''}.
      </p>
      <table className="data-table">
        <caption>What the merge will do</caption>
        <thead><tr><th scope="col">Records</th><th scope="col" className="num">Added</th><th scope="col" className="num">Already here</th></tr></thead>
        <tbody>
          {MERGE_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{capitalise(MERGE_NOUNS[kind][1])}</th>
              <td className="num">{formatNumber(report.added[kind])}</td>
              <td className="num">{formatNumber(report.matched[kind])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.codingsByCoder.length > 0 && (
        <table className="data-table">
          <caption>Codings by coder</caption>
          <thead><tr><th scope="col">Coder</th><th scope="col" className="num">Added</th><th scope="col" className="num">Already here</th></tr></thead>
          <tbody>
            {report.codingsByCoder.map((c) => (
              <tr key={c.coder}><th scope="row">{c.coder}</th><td className="num">{formatNumber(c.added)}</td><td className="num">{formatNumber(c.matched)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <NewRecords title="New coders" names={additions.coders.map((c) => c.name)} />
      <NewRecords title="New sources" names={additions.sources.map((s) => `${s.source.label}: ${s.source.title}`)} />
      <NewRecords title="New codes" names={preview.newCodePaths} />
      <NewRecords title="New participants" names={additions.participants.map((p) => p.label)} />
      <NewRecords title="New attributes" names={additions.attributes.map((a) => a.name)} />
      <h4>In conflict ({formatNumber(report.conflicts.length)})</h4>
      {report.conflicts.length === 0
        ? <p>No conflicts.</p>
        : <IssueTable caption="Left out: these cannot be placed safely" issues={report.conflicts} />}
      {report.differences.length > 0 && (
        <>
          <h4>Different in the file ({formatNumber(report.differences.length)})</h4>
          <IssueTable caption="Kept as they are in this project" issues={report.differences} />
        </>
      )}
      {preview.notices.length > 0 && (
        <>
          <h4>Reading the file</h4>
          <ul>{preview.notices.map((n) => <li key={n}>{n}</li>)}</ul>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onMerge} disabled={isBusy || !hasAdditions}>Merge</button>
        <button type="button" onClick={onCancel} disabled={isBusy}>Cancel</button>
      </div>
      <p className="muted small">The merge is one step in the history: Undo takes all of it back.</p>
    </div>
  );
}

export function MergePanel({ projectId }: { projectId: ProjectId }) {
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [isBusy, setBusy] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);
  /** Set when the choose button should take the focus back once it is enabled again. */
  const refocus = useRef(false);
  useEffect(() => {
    if (isBusy || !refocus.current) return;
    refocus.current = false;
    chooseButton.current?.focus();
  }, [isBusy]);

  const choose = async () => {
    setBusy(true);
    setStatus(null);
    let name = 'the file';
    try {
      const file = await platform.pickProjectFile();
      if (!file) return;
      name = file.name;
      const { bundle, notices } = await readQdpxWithNotices(file.bytes, file.name);
      setPreview(await previewMerge(projectId, file.name, bundle, notices));
    } catch (error) {
      setPreview(null);
      setStatus({ kind: 'error', text: error instanceof ProjectFileError ? error.message : `“${name}” cannot be merged: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const merge = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const report = await storeMerge(projectId, preview.fileName, preview.incoming);
      setStatus({ kind: 'info', text: `${mergeSummary(preview.fileName, report)}. Undo takes the whole merge back.` });
      setPreview(null);
      refocus.current = true;
    } catch (error) {
      setStatus({ kind: 'error', text: `“${preview.fileName}” was not merged: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a project file</h2>
      <p>
        Bring a colleague's copy of this project into this one, for example a second coder's work on the same sources.
        Sources are matched by their GUID or their text, codes by GUID or by their place in the tree, participants by label.
        Codings are kept per coder and never doubled. You see what would change before anything is stored.
      </p>
      <div className="actions">
        <button type="button" ref={chooseButton} onClick={() => void choose()} disabled={isBusy}>Choose a project file to merge…</button>
      </div>
      <Status message={status} onDismiss={() => setStatus(null)} />
      {preview && <Preview preview={preview} isBusy={isBusy} onMerge={() => void merge()} onCancel={() => { setPreview(null); chooseButton.current?.focus(); }} />}
    </section>
  );
}
