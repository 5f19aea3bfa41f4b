import type { ProjectId } from '../../shared/model';
import { readQdpxWithNotices } from '../../shared/qdpx/readQdpx';
import { writeQdpx } from '../../shared/qdpx/writeQdpx';
import { addProjectFromBundle, loadBundle } from '../db/repositories/bundles';
import { safeFileName } from '../../shared/util/fileName';
import { platform } from '../platform';

const QDPX_FILTER = { name: 'REFI-QDA project', extensions: ['qdpx'] };

/** Saves the whole project as a .qdpx file. Returns a status line for the user. */
export async function saveProjectFile(projectId: ProjectId): Promise<string> {
  const bundle = await loadBundle(projectId);
  const bytes = await writeQdpx(bundle);
  const name = safeFileName(bundle.project.name, 'qdpx');
  const outcome = await platform.saveFile(name, bytes, QDPX_FILTER);
  return outcome.isSaved ? `Saved "${name}" to ${outcome.where}.` : 'Not saved.';
}

export interface OpenedProject {
  projectId: ProjectId;
  /** One line for the user: what was opened, and anything left out or repaired. */
  message: string;
}

/**
 * Asks for a .qdpx file and opens it as a new project. Throws with a message that names the
 * file and the problem when it is not a project; nothing is stored then.
 */
export async function openProjectFile(): Promise<OpenedProject | null> {
  const file = await platform.pickProjectFile();
  if (!file) return null;
  const { bundle, notices } = await readQdpxWithNotices(file.bytes, file.name);
  const projectId = await addProjectFromBundle(bundle, `Opened project file "${file.name}"`);
  const opened = `Opened "${file.name}" as a new project.`;
  return { projectId, message: notices.length === 0 ? opened : `${opened} ${notices.join(' ')}` };
}
