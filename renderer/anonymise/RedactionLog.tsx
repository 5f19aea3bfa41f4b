import { useLiveQuery } from 'dexie-react-hooks';
import { logCsv, parseLogSummary, type LogEntry } from '../../shared/anonymise/log';
import type { ProjectId } from '../../shared/model';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/Loading';
import { errorText } from '../components/Status';
import { safeFileName } from '../../shared/util/fileName';
import { listCoders } from '../db/repositories/projectData';
import { listLogEvents } from '../db/repositories/redaction';
import { useProject } from '../hooks/useProjectData';
import { platform } from '../platform';

interface Props {
  projectId: ProjectId;
  report: (kind: 'info' | 'error', text: string) => void;
}

/** The redaction log: kind, where, how many, who and when; never the words replaced. Exportable as CSV. */
export function RedactionLog({ projectId, report }: Props) {
  const events = useLiveQuery(() => listLogEvents(projectId), [projectId]);
  const project = useProject(projectId);
  const coders = useLiveQuery(() => listCoders(projectId), [projectId]);
  if (!events || !coders) return <Loading what="the redaction log" />;
  const entries = events.flatMap((e) => {
    const entry = parseLogSummary(e);
    return entry ? [entry] : [];
  });
  const names = new Map(coders.map((c) => [c.id as string, c.name]));
  const who = (id: string | null) => (id ? names.get(id) ?? 'Unknown coder' : '—');

  const exportCsv = async () => {
    try {
      const bytes = new TextEncoder().encode(logCsv([...entries].reverse(), who));
      const outcome = await platform.saveFile(safeFileName(`${project?.name ?? 'Project'} redaction log`, 'csv'), bytes, { name: 'CSV', extensions: ['csv'] });
      if (outcome.isSaved) report('info', `Saved the redaction log to ${outcome.where}.`);
    } catch (error) {
      report('error', errorText(error));
    }
  };

  return (
    <div className="redaction-log">
      <p>Every redaction and withdrawal, newest first. The log never records the words that were replaced.</p>
      <button type="button" onClick={() => void exportCsv()} disabled={entries.length === 0}>Export the log as CSV</button>
      {entries.length === 0 ? <p>Nothing has been redacted or withdrawn yet.</p> : <LogTable entries={entries} who={who} />}
    </div>
  );
}

function LogTable({ entries, who }: { entries: readonly LogEntry[]; who: (id: string | null) => string }) {
  return (
    <table className="data-table">
      <caption>Redaction log</caption>
      <thead>
        <tr>
          <th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Kind</th>
          <th scope="col">Where</th><th scope="col" className="num">Count</th><th scope="col">Replaced with</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{formatDateTime(e.at)}</td><td>{who(e.coderId)}</td><td>{e.what}</td><td>{e.kind}</td>
            <td>{e.where}</td><td className="num">{e.count}</td><td>{e.replacedWith}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
