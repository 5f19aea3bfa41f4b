import type { ProjectId } from '../../shared/model';
import type { ProjectProgress } from '../../shared/analysis/progress';
import { PHASE_INFO } from '../app/phases';
import { routeHref } from '../app/routes';
import { formatNumber, SOURCE_KIND_LABELS } from '../components/format';
import { Loading } from '../components/Loading';
import { CoveragePanel } from '../coverage/CoveragePanel';
import { useProgress, useProject } from '../hooks/useProjectData';

/** Where the analysis stands: every figure is computed from the project's records. */
export function DashboardScreen({ projectId }: { projectId: ProjectId }) {
  const project = useProject(projectId);
  const progress = useProgress(projectId);
  if (!project || !progress) return <Loading what="the project" />;
  return (
    <>
      <h1>{project.name}</h1>
      {project.description && <p className="lead">{project.description}</p>}
      <section aria-labelledby="figures">
        <h2 id="figures">The data</h2>
        <dl className="figures">
          <Figure label="Sources" value={progress.sources} detail={kindDetail(progress)} />
          <Figure label="Read" value={progress.sourcesRead} detail={`${progress.sourcesUnread} unread`} />
          <Figure label="Participants" value={progress.participants}
            detail={`plus ${progress.facilitators} ${progress.facilitators === 1 ? 'facilitator' : 'facilitators'}`} />
          <Figure label="Codes" value={progress.codes} detail={`${progress.themes} at the top level`} />
          <Figure label="Codings" value={progress.codings} detail={`by ${progress.coders} ${progress.coders === 1 ? 'coder' : 'coders'}`} />
          <Figure label="Sources with no coding" value={progress.sourcesWithNoCoding.length}
            detail={progress.sourcesWithNoCoding.join(', ') || 'none'} />
          <Figure label="Memos" value={progress.memos} detail={`${progress.familiarisationNotes} familiarisation notes`} />
        </dl>
      </section>
      <section aria-labelledby="phases">
        <h2 id="phases">The six phases</h2>
        <ol className="phase-progress">
          {progress.phases.map((p) => {
            const info = PHASE_INFO[p.phase];
            const percent = p.total === 0 ? 0 : Math.round((100 * p.done) / p.total);
            return (
              <li key={p.phase}>
                <a href={routeHref({ name: 'project', projectId, view: p.phase })}>{info.number}. {info.title}</a>
                <progress max={Math.max(p.total, 1)} value={p.done} aria-label={`${info.title}: ${p.summary}`} />
                <span className="small">{p.summary}{p.total > 0 ? ` (${percent}%)` : ''}</span>
              </li>
            );
          })}
        </ol>
      </section>
      <CoveragePanel projectId={projectId} />
    </>
  );
}

function kindDetail(progress: ProjectProgress): string {
  const parts = Object.entries(progress.sourcesByKind).filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${SOURCE_KIND_LABELS[kind as keyof typeof SOURCE_KIND_LABELS].toLowerCase()}${n === 1 ? '' : 's'}`);
  return parts.join(', ') || 'none yet';
}

function Figure({ label, value, detail }: { label: string; value: number; detail: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd><span className="figure-value">{formatNumber(value)}</span><span className="small muted">{detail}</span></dd>
    </div>
  );
}
