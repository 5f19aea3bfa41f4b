/**
 * Coverage (issue 5, item 5): what is not yet evidenced or placed. Sources with no coding,
 * codes under no theme, themes evidenced by one source only or by none, themes with no
 * definition; each names where to go to fix it.
 */
import { coverage } from '../../shared/analysis/coverage';
import type { ProjectId } from '../../shared/model';
import { routeHref } from '../app/routes';
import { Loading } from '../components/Loading';
import { useCodes, useCodings, useSources } from '../hooks/useProjectData';
import './coverage.css';

export function CoveragePanel({ projectId, headingLevel = 2 }: { projectId: ProjectId; headingLevel?: 2 | 3 }) {
  const codes = useCodes(projectId);
  const codings = useCodings(projectId);
  const sources = useSources(projectId);
  if (!codes || !codings || !sources) return <Loading what="coverage" />;
  const found = coverage({ codes, codings, sources });
  const codeName = new Map(codes.map((c) => [c.id as string, c.name]));
  const source = new Map(sources.map((s) => [s.id as string, s]));
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const href = (view: 'code' | 'themes' | 'define') => routeHref({ name: 'project', projectId, view });
  const groups = [
    {
      title: 'Sources with no coding', empty: 'Every source has codings.', fix: <a href={href('code')}>Code them</a>,
      items: found.uncodedSources.map((id) => {
        const s = source.get(id);
        return { key: id, body: s ? <a href={routeHref({ name: 'reader', projectId, sourceId: s.id })}>{s.label}: {s.title}</a> : id };
      }),
    },
    {
      title: 'Codes under no theme', empty: 'Every code sits under a theme.', fix: <a href={href('themes')}>Collate them into themes</a>,
      items: found.looseCodes.map((id) => ({ key: id, body: <>{codeName.get(id)}</> })),
    },
    {
      title: 'Themes evidenced by one source only', empty: 'Every coded theme draws on more than one source.', fix: null,
      items: found.singleSourceThemes.map((t) => ({ key: t.codeId, body: <>{codeName.get(t.codeId)} <span className="muted">(only {source.get(t.sourceId)?.label ?? 'one source'})</span></> })),
    },
    {
      title: 'Themes with no codings', empty: 'Every theme has codings beneath it.', fix: null,
      items: found.emptyThemes.map((id) => ({ key: id, body: <>{codeName.get(id)}</> })),
    },
    {
      title: 'Themes with no definition', empty: 'Every theme is defined.', fix: <a href={href('define')}>Define them</a>,
      items: found.undefinedThemes.map((id) => ({ key: id, body: <>{codeName.get(id)}</> })),
    },
  ];
  const open = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-label="Coverage" className="coverage">
      <H>Coverage</H>
      <p className="small muted">{open === 0 ? 'Nothing is left unplaced or unevidenced.' : `${open} ${open === 1 ? 'thing needs' : 'things need'} a look before the themes are final.`}</p>
      <div className="coverage-groups">
        {groups.map((g) => (
          <div key={g.title} className="coverage-group">
            <Sub>{g.title} <span className="count-chip">{g.items.length}</span></Sub>
            {g.items.length === 0 ? <p className="small muted">{g.empty}</p> : (
              <>
                <ul>{g.items.map((i) => <li key={i.key}>{i.body}</li>)}</ul>
                {g.fix && <p className="small">{g.fix}</p>}
              </>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
