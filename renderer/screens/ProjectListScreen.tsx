import { useState, type FormEvent } from 'react';
import type { Project, ProjectId } from '../../shared/model';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/Loading';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { flash } from '../app/flash';
import { openProjectFile } from '../app/projectFiles';
import { navigate } from '../app/routes';
import {
  createProject, deleteProject, projectContents, renameProject, type ProjectContents,
} from '../db/repositories/projects';
import { useProjects } from '../hooks/useProjectData';

const open = (projectId: ProjectId) => navigate({ name: 'project', projectId, view: 'dashboard' });

export function ProjectListScreen() {
  const projects = useProjects();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [newName, setNewName] = useState('');
  const [doomed, setDoomed] = useState<{ project: Project; contents: ProjectContents } | null>(null);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const id = await createProject(newName);
      setNewName('');
      open(id);
    });
  };
  const openFile = () => run(async () => {
    const opened = await openProjectFile();
    if (!opened) return;
    flash({ kind: 'info', text: opened.message });
    open(opened.projectId);
  });
  const askDelete = (project: Project) => run(async () => setDoomed({ project, contents: await projectContents(project.id) }));
  const confirmDelete = () => run(async () => {
    if (!doomed) return;
    await deleteProject(doomed.project.id);
    setStatus({ kind: 'info', text: `Deleted "${doomed.project.name}".` });
    setDoomed(null);
  });

  return (
    <>
    <header className="topbar">
      <span className="brand">Storyloom</span>
      <span className="project-title">Qualitative analysis of carer narratives and focus groups</span>
    </header>
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>Projects</h1>
      <p className="muted">Everything stays on this computer. Nothing is sent anywhere.</p>
      <Status message={status} onDismiss={() => setStatus(null)} />
      <section aria-labelledby="new-project" className="panel">
        <h2 id="new-project">Start a project</h2>
        <form className="inline-form" onSubmit={create}>
          <label htmlFor="new-project-name">New project name</label>
          <input id="new-project-name" value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} required />
          <button type="submit" className="primary">Create project</button>
        </form>
        <p>
          <button type="button" onClick={() => void openFile()}>Open project file…</button>{' '}
          <span className="muted">A REFI-QDA <code>.qdpx</code> file, from Storyloom or another tool.</span>
        </p>
      </section>
      <section aria-labelledby="your-projects">
        <h2 id="your-projects">Your projects</h2>
        {projects === undefined ? <Loading what="projects" /> : projects.length === 0 ? (
          <p>No projects yet. Create one above or open a project file.</p>
        ) : (
          <ul className="project-list">
            {projects.map((p) => (
              <ProjectItem key={p.id} project={p} onDelete={() => void askDelete(p)}
                onRename={(name) => run(async () => { await renameProject(p.id, name); })} />
            ))}
          </ul>
        )}
      </section>
      {doomed && (
        <ConfirmDialog title={`Delete "${doomed.project.name}"?`} confirmLabel="Delete project" isDestructive
          onCancel={() => setDoomed(null)} onConfirm={() => void confirmDelete()}>
          <p>This removes the project from this computer for good, with everything in it:</p>
          <ul>
            <li>{doomed.contents.sources} sources and their texts</li>
            <li>{doomed.contents.participants} participants</li>
            <li>{doomed.contents.codes} codes and {doomed.contents.codings} codings</li>
            <li>{doomed.contents.memos} memos and {doomed.contents.quotes} quotes</li>
          </ul>
          <p>Save a project file first if you may want any of it back.</p>
        </ConfirmDialog>
      )}
    </main>
    </>
  );
}

function ProjectItem({ project, onDelete, onRename }: {
  project: Project; onDelete: () => void; onRename: (name: string) => Promise<void>;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = `rename-${project.id}`;
  if (draft !== null) {
    return (
      <li className="project-item">
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void onRename(draft).then(() => setDraft(null)); }}>
          <label htmlFor={inputId}>New name for “{project.name}”</label>
          <input id={inputId} value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={120} required autoFocus />
          <button type="submit" className="primary">Save name</button>
          <button type="button" onClick={() => setDraft(null)}>Cancel</button>
        </form>
      </li>
    );
  }
  return (
    <li className="project-item">
      <div>
        <a className="project-name" href={`#/project/${project.id}/dashboard`}>{project.name}</a>
        <div className="muted small">Last changed {formatDateTime(project.updatedAt)}</div>
      </div>
      <div className="actions">
        <button type="button" onClick={() => setDraft(project.name)} aria-label={`Rename ${project.name}`}>Rename</button>
        <button type="button" className="danger-outline" onClick={onDelete} aria-label={`Delete ${project.name}`}>Delete</button>
      </div>
    </li>
  );
}
