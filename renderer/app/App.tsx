import { useEffect, useRef, useState } from 'react';
import { DashboardScreen } from '../screens/DashboardScreen';
import { HistoryScreen } from '../screens/HistoryScreen';
import { AnonymiseScreen } from '../anonymise/AnonymiseScreen';
import { ImportScreen } from '../import/ImportScreen';
import { MemosScreen } from '../memos/MemosScreen';
import { SearchScreen } from '../search/SearchScreen';
import { ParticipantsScreen } from '../screens/ParticipantsScreen';
import { CodePhase, DefinePhase, FamiliarisePhase } from '../screens/phases';
import { ReportPhase } from '../screens/ReportPhase';
import { ReviewPhase } from '../screens/ReviewPhase';
import { ProjectListScreen } from '../screens/ProjectListScreen';
import { ThemesPhase } from '../screens/ThemesPhase';
import { ProjectFilesScreen } from '../projectFiles/ProjectFilesScreen';
import { ReaderScreen } from '../screens/ReaderScreen';
import { SourcesScreen } from '../screens/SourcesScreen';
import { errorText } from '../components/Status';
import { rememberLastProject } from '../db/repositories/projects';
import { startingProject } from './firstRun';
import { ProjectShell } from './ProjectShell';
import { navigate, type ProjectView, type Route } from './routes';
import { useMenuCommands } from './useMenuCommands';
import { useRoute } from './useRoute';
import type { ProjectId } from '../../shared/model';

const VIEWS: Record<ProjectView, (p: { projectId: ProjectId }) => React.JSX.Element> = {
  dashboard: DashboardScreen,
  familiarise: FamiliarisePhase,
  code: CodePhase,
  themes: ThemesPhase,
  review: ReviewPhase,
  define: DefinePhase,
  report: ReportPhase,
  sources: SourcesScreen,
  participants: ParticipantsScreen,
  import: ImportScreen,
  anonymise: AnonymiseScreen,
  search: SearchScreen,
  memos: MemosScreen,
  history: HistoryScreen,
  files: ProjectFilesScreen,
};

export function App() {
  const route = useRoute();
  const [startError, setStartError] = useState<string | null>(null);
  const [isReady, setReady] = useState(false);

  useEffect(() => {
    startingProject().then((projectId) => {
      const isBare = ['', '#', '#/'].includes(window.location.hash);
      if (isBare) navigate(projectId ? { name: 'project', projectId, view: 'dashboard' } : { name: 'projects' });
      setReady(true);
    }, (error) => { setStartError(errorText(error)); setReady(true); });
  }, []);

  const projectId = route.name === 'projects' ? null : route.projectId;
  useEffect(() => { if (projectId) void rememberLastProject(projectId); }, [projectId]);
  useMenuCommands(projectId);
  useFocusOnNavigation(route, isReady);

  if (startError) return <main id="main" className="page"><h1>Storyloom could not start</h1><p role="alert">{startError}</p></main>;
  if (!isReady) return <main id="main" className="page"><p role="status">Opening Storyloom…</p></main>;
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      {route.name === 'projects' ? <ProjectListScreen /> : route.name === 'reader' ? (
        <ProjectShell key={route.projectId} projectId={route.projectId} current="sources">
          <ReaderScreen projectId={route.projectId} sourceId={route.sourceId} focus={route.focus} />
        </ProjectShell>
      ) : (
        <ProjectShell key={route.projectId} projectId={route.projectId} current={route.view}>
          {(() => { const View = VIEWS[route.view]; return <View projectId={route.projectId} />; })()}
        </ProjectShell>
      )}
    </>
  );
}

/**
 * Moves focus to the new screen's main region when the user navigates, so keyboard and
 * screen-reader users land on it. The opening screen keeps the browser's own start (the skip link).
 */
function useFocusOnNavigation(route: Route, isReady: boolean) {
  const key = JSON.stringify(route);
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (!isReady) return;
    if (previous.current === null || previous.current === key) {
      previous.current = key;
      return;
    }
    previous.current = key;
    // The reader places its own scroll (a search hit, where reading stopped); other screens start at the top.
    if (route.name !== 'reader') window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [key, isReady, route.name]);
}
