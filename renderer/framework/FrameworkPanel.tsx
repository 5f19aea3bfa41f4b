/**
 * Framework summaries (issue 5, item 2): for a chosen source, a short summary per theme, saved
 * when the field loses focus (undoable like any edit); an overview grid of which cells are
 * written; export as a table (themes x sources).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { buildCodeTree } from '../../shared/analysis/codeTree';
import { tableToCsv } from '../../shared/export/csv';
import { tablesToDocx } from '../../shared/export/docx';
import { tableToMarkdown } from '../../shared/export/markdown';
import { tablesToXlsx } from '../../shared/export/xlsx';
import { frameworkTable, summaryTexts } from '../../shared/report/framework';
import type { CodeId, ProjectId, SourceId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { listSummaries, saveSummary } from '../db/repositories/summaries';
import { FORMAT_LABELS, saveExport } from '../exports/saveExport';
import { useCodes, useCodings, useProject, useSources } from '../hooks/useProjectData';

const FORMATS = ['docx', 'xlsx', 'csv', 'md'] as const;
type Format = (typeof FORMATS)[number];

export function FrameworkPanel({ projectId }: { projectId: ProjectId }) {
  const project = useProject(projectId);
  const sources = useSources(projectId);
  const codes = useCodes(projectId);
  const codings = useCodings(projectId);
  const summaries = useLiveQuery(() => listSummaries(projectId), [projectId]);
  const [sourceId, setSourceId] = useState<string>('');
  const [format, setFormat] = useState<Format>('docx');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  if (!project || !sources || !codes || !codings || !summaries) return <Loading what="the framework" />;
  const themes = buildCodeTree(codes, codings);
  const source = sources.find((s) => s.id === sourceId) ?? sources[0];
  const texts = summaryTexts(summaries);
  const save = async (theme: CodeId, text: string) => {
    if (!source) return;
    try {
      await saveSummary(projectId, source.id, theme, text);
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };
  const codingsIn = (sid: SourceId, codeIds: ReadonlySet<string>) => codings.filter((c) => c.sourceId === sid && codeIds.has(c.codeId)).length;
  const subtree = (node: (typeof themes)[number]): Set<string> => new Set([node.code.id, ...node.children.flatMap((c) => [...subtree(c)])]);
  const exportTable = async () => {
    try {
      const table = frameworkTable({ codes, sources, memos: summaries });
      const content = format === 'docx' ? await tablesToDocx('Summary of findings per source', [table])
        : format === 'xlsx' ? await tablesToXlsx([table]) : format === 'csv' ? tableToCsv(table) : `${tableToMarkdown(table)}\n`;
      setMessage({ kind: 'info', text: await saveExport(project.name, 'framework summaries', format, content) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <section aria-labelledby="framework-heading">
      <h2 id="framework-heading">Framework summaries</h2>
      <p className="small muted">A short summary of what each source says about each theme: the appendix of the report. Each summary is saved when you leave its field.</p>
      <Status message={message} onDismiss={() => setMessage(null)} />
      {!source ? <p>There are no sources yet.</p> : (
        <>
          <div className="inline-form">
            <label>Source <select value={source.id} onChange={(e) => setSourceId(e.target.value)}>
              {sources.map((s) => <option key={s.id} value={s.id}>{s.label}: {s.title}</option>)}
            </select></label>
            <span className="export-group">
              <label>Export as <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
                {FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
              </select></label>
              <button type="button" onClick={() => void exportTable()}>Export summaries</button>
            </span>
          </div>
          <ol className="framework-list">
            {themes.map((theme) => {
              const id = `summary-${theme.code.id}`;
              const count = codingsIn(source.id, subtree(theme));
              const saved = texts.get(`${source.id}|${theme.code.id}`) ?? '';
              return ( // keyed by the saved text too, so an undo shows in the field
                <li key={`${source.id}:${theme.code.id}:${saved}`}>
                  <label htmlFor={id}><strong>{theme.code.name}</strong> <span className="small muted">({count} {count === 1 ? 'coding' : 'codings'} in {source.label})</span></label>
                  <textarea id={id} rows={3} defaultValue={saved}
                    onBlur={(e) => void save(theme.code.id, e.target.value)} />
                </li>
              );
            })}
          </ol>
          <table className="data-table framework-overview">
            <caption>Which summaries are written</caption>
            <thead><tr><th scope="col">Theme</th>{sources.map((s) => <th key={s.id} scope="col">{s.label}</th>)}</tr></thead>
            <tbody>
              {themes.map((theme) => (
                <tr key={theme.code.id}>
                  <th scope="row">{theme.code.name}</th>
                  {sources.map((s) => <td key={s.id}>{texts.has(`${s.id}|${theme.code.id}`) ? '✓ written' : <span className="muted">–</span>}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
