import type { ProjectId, SourceId } from '../../shared/model';

export const PROJECT_VIEWS = [
  'dashboard', 'familiarise', 'code', 'themes', 'review', 'define', 'report', 'sources', 'import', 'participants',
  'anonymise', 'search', 'memos', 'history', 'files',
] as const;
export type ProjectView = (typeof PROJECT_VIEWS)[number];

export type Route =
  | { name: 'projects' }
  | { name: 'project'; projectId: ProjectId; view: ProjectView }
  | { name: 'reader'; projectId: ProjectId; sourceId: SourceId; focus?: { start: number; end: number } };

/** Parses location.hash; anything unknown is the project list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'project' && parts[1]) {
    const projectId = parts[1] as ProjectId;
    if (parts[2] === 'sources' && parts[3]) {
      const focus = /^(\d+)-(\d+)$/.exec(parts[4] ?? '');
      const route: Route = { name: 'reader', projectId, sourceId: parts[3] as SourceId };
      return focus ? { ...route, focus: { start: Number(focus[1]), end: Number(focus[2]) } } : route;
    }
    const view = (PROJECT_VIEWS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as ProjectView) : 'dashboard';
    return { name: 'project', projectId, view };
  }
  return { name: 'projects' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'projects': return '#/projects';
    case 'project': return `#/project/${encodeURIComponent(route.projectId)}/${route.view}`;
    case 'reader': {
      const base = `#/project/${encodeURIComponent(route.projectId)}/sources/${encodeURIComponent(route.sourceId)}`;
      return route.focus ? `${base}/${route.focus.start}-${route.focus.end}` : base;
    }
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
