import { useId } from 'react';
import type { ProjectId } from '../../shared/model';
import type { SearchHit } from '../../shared/search/search';
import { routeHref } from '../app/routes';
import { CodeAllHits } from './CodeAllHits';
import { groupCount, groupHits, oneLine, resultSummary, type SourceHits } from './hitGroups';
import type { SearchRun } from './useSearchRun';

interface Props {
  projectId: ProjectId;
  run: SearchRun;
  titleOf: (sourceId: string) => string | undefined;
  allHits: () => Promise<SearchHit[]>;
}

/** What a search found, announced politely: counts, then the hits in keyword-in-context form by source. */
export function SearchResults({ projectId, run, titleOf, allHits }: Props) {
  const headingId = useId();
  const announcement = run.phase === 'searching' ? 'Searching…'
    : run.phase === 'done' ? `${resultSummary(run.result)} for “${run.query.text}”.` : '';
  const grouped = run.phase === 'done' ? groupHits(run.result, titleOf) : null;
  return (
    <section className="search-results" aria-labelledby={headingId}>
      <h2 id={headingId} className={run.phase === 'done' ? undefined : 'visually-hidden'}>Results</h2>
      <p role="status" className="search-summary">{announcement}</p>
      {run.phase === 'done' && grouped && (
        <>
          {run.result.total > 0 && (
            <CodeAllHits key={run.id} projectId={projectId} total={run.result.total} queryText={run.query.text} allHits={allHits} />
          )}
          {grouped.groups.map((group) => <HitGroup key={group.sourceId} projectId={projectId} group={group} />)}
          {grouped.withoutHits.length > 0 && run.result.total > 0 && (
            <p className="small muted">No hits in {grouped.withoutHits.join(', ')}.</p>
          )}
        </>
      )}
    </section>
  );
}

function HitGroup({ projectId, group }: { projectId: ProjectId; group: SourceHits }) {
  const headingId = useId();
  return (
    <section className="hit-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="label-chip">{group.label}</span> {group.title}{' '}
        <span className="hit-count">{groupCount(group)}</span>
      </h3>
      {group.hits.length > 0 && (
        <ol className="hits">
          {group.hits.map((hit) => (
            <li key={hit.start} className="hit">
              <span className="hit-speaker">{hit.speaker ?? ''}</span>
              <a className="kwic" title={`Open ${group.label} at this hit`}
                href={routeHref({ name: 'reader', projectId, sourceId: hit.sourceId, focus: { start: hit.start, end: hit.end } })}>
                <span className="kwic-before"><bdi>{oneLine(hit.before)}</bdi></span>
                <mark className="kwic-match">{oneLine(hit.match)}</mark>
                <span className="kwic-after">{oneLine(hit.after)}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
