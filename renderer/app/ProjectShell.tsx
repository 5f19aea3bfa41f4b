import { useCallback, useState, type ReactNode } from 'react';
import { PHASES, type ProjectId } from '../../shared/model';
import { useBackupSchedule } from '../backups/useBackupSchedule';
import { CoderControl } from '../coders/CoderControl';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { CommandPalette } from '../palette/CommandPalette';
import { useProject } from '../hooks/useProjectData';
import { flash, takeFlash } from './flash';
import { PHASE_INFO } from './phases';
import { openProjectFile, saveProjectFile } from './projectFiles';
import { navigate, routeHref, type ProjectView } from './routes';
import { useDropToImport } from './useDropToImport';
import { useUndo } from './useUndo';

interface Props {
  projectId: ProjectId;
  /** The view highlighted in the navigation. */
  current: ProjectView;
  children: ReactNode;
}

const DATA_VIEWS: { view: ProjectView; label: string }[] = [
  { view: 'sources', label: 'Sources' },
  { view: 'import', label: 'Import' },
  { view: 'participants', label: 'Participants' },
  { view: 'anonymise', label: 'Anonymise' },
  { view: 'search', label: 'Search' },
  { view: 'memos', label: 'Memos' },
  { view: 'history', label: 'History' },
  { view: 'files', label: 'Project files' },
];

/** The frame around every screen of a project: header with file actions, phase navigation. */
export function ProjectShell({ projectId, current, children }: Props) {
  const project = useProject(projectId);
  const [status, setStatus] = useState<StatusMessage | null>(takeFlash);
  const [isBusy, setBusy] = useState(false);

  const act = async (action: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const text = await action();
      if (text) setStatus({ kind: 'info', text });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const report = useCallback((kind: 'info' | 'error', text: string) => setStatus({ kind, text }), []);
  const history = useUndo(projectId, report);
  useBackupSchedule(projectId, report);
  useDropToImport(projectId, current === 'import');
  const save = () => act(() => saveProjectFile(projectId));
  const openFile = () => act(async () => {
    const opened = await openProjectFile();
    if (!opened) return null;
    // The new project's frame shows the report (a frame is per project).
    flash({ kind: 'info', text: opened.message });
    navigate({ name: 'project', projectId: opened.projectId, view: 'dashboard' });
    return null;
  });

  const link = (view: ProjectView, label: ReactNode, key: string = view) => (
    <li key={key}>
      <a href={routeHref({ name: 'project', projectId, view })} aria-current={current === view ? 'page' : undefined}>{label}</a>
    </li>
  );

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="#/projects" aria-label="Storyloom: all projects">Storyloom</a>
        <span className="project-title">{project?.name ?? ''}</span>
        <div className="topbar-actions">
          <CoderControl projectId={projectId} />
          <button type="button" onClick={() => void history.undo()} disabled={!history.state.undo}
            aria-label={history.state.undo ? `Undo: ${history.state.undo}` : 'Undo'} title={history.state.undo ?? 'Nothing to undo'}
            aria-keyshortcuts="Control+Z">Undo</button>
          <button type="button" onClick={() => void history.redo()} disabled={!history.state.redo}
            aria-label={history.state.redo ? `Redo: ${history.state.redo}` : 'Redo'} title={history.state.redo ?? 'Nothing to redo'}
            aria-keyshortcuts="Control+Shift+Z">Redo</button>
          <button type="button" onClick={() => void save()} disabled={isBusy}>Save project file</button>
          <button type="button" onClick={() => void openFile()} disabled={isBusy}>Open project file…</button>
          <a className="button-link" href="#/projects">All projects</a>
        </div>
      </header>
      <nav className="sidebar" aria-label="Project">
        <ul>{link('dashboard', 'Overview')}</ul>
        <h2 className="nav-heading" id="nav-phases">Phases</h2>
        <ol aria-labelledby="nav-phases">
          {PHASES.map((phase) => link(phase, <><span className="phase-number">{PHASE_INFO[phase].number}</span> {PHASE_INFO[phase].title}</>))}
        </ol>
        <h2 className="nav-heading" id="nav-data">Data</h2>
        <ul aria-labelledby="nav-data">{DATA_VIEWS.map((v) => link(v.view, v.label))}</ul>
      </nav>
      <CommandPalette projectId={projectId} />
      <main id="main" className="page" tabIndex={-1}>
        <Status message={status} onDismiss={() => setStatus(null)} />
        {project === undefined ? null : project === null ? <p>This project no longer exists.</p> : children}
      </main>
    </div>
  );
}
