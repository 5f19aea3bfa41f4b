import type { ProjectId, Source } from '../../shared/model';
import { routeHref } from '../app/routes';
import { formatDate, formatNumber, SOURCE_KIND_LABELS } from '../components/format';
import { Loading } from '../components/Loading';
import { useCodings, useSources } from '../hooks/useProjectData';

/** The table of sources (list-sized records only: no texts are loaded here). */
export function SourcesTable({ projectId, caption }: { projectId: ProjectId; caption: string }) {
  const sources = useSources(projectId);
  const codings = useCodings(projectId);
  if (!sources || !codings) return <Loading what="sources" />;
  if (sources.length === 0) return <p>No sources yet.</p>;
  const codingsPerSource = new Map<string, number>();
  for (const c of codings) codingsPerSource.set(c.sourceId, (codingsPerSource.get(c.sourceId) ?? 0) + 1);
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Label</th><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Date</th>
          <th scope="col" className="num">Characters</th><th scope="col" className="num">Turns</th>
          <th scope="col" className="num">Codings</th><th scope="col">Read</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s: Source) => (
          <tr key={s.id}>
            <td>{s.label}</td>
            <th scope="row"><a href={routeHref({ name: 'reader', projectId, sourceId: s.id })}>{s.title}</a></th>
            <td>{SOURCE_KIND_LABELS[s.kind]}</td>
            <td>{formatDate(s.date)}</td>
            <td className="num">{formatNumber(s.characters)}</td>
            <td className="num">{formatNumber(s.turnCount)}</td>
            <td className="num">{formatNumber(codingsPerSource.get(s.id) ?? 0)}</td>
            <td>{s.isRead ? 'Read' : <span className="muted">Unread</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SourcesScreen({ projectId }: { projectId: ProjectId }) {
  return (
    <>
      <h1>Sources</h1>
      <p className="lead">Transcripts and narratives in this project. Open one to read it.</p>
      <p><a className="button-link" href={routeHref({ name: 'project', projectId, view: 'import' })}>Import sources…</a></p>
      <SourcesTable projectId={projectId} caption="Sources, in project order" />
    </>
  );
}
