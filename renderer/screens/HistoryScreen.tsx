import type { ProjectId } from '../../shared/model';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/Loading';
import { useLiveQuery } from 'dexie-react-hooks';
import { listCoders } from '../db/repositories/projectData';
import { useHistory } from '../hooks/useProjectData';

/** The audit trail: who changed what, and when. */
export function HistoryScreen({ projectId }: { projectId: ProjectId }) {
  const events = useHistory(projectId);
  const coders = useLiveQuery(() => listCoders(projectId), [projectId]);
  if (!events || !coders) return <Loading what="history" />;
  const nameOf = new Map(coders.map((c) => [c.id as string, c.name]));
  return (
    <>
      <h1>History</h1>
      <p className="lead">Every recorded change to this project, newest first.</p>
      {events.length === 0 ? <p>Nothing recorded yet.</p> : (
        <table className="data-table">
          <caption>Changes</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th></tr></thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.coderId ? nameOf.get(e.coderId) ?? 'Unknown coder' : '—'}</td>
                <td>{e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
