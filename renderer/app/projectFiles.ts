import type { ProjectId } from '../../shared/model';
import { importReportSummary, type ImportReport } from '../../shared/qdpx/importReport';
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
  /**
   * For the status line: what was opened, then the whole import report in sentences (what came
   * in, how each source's positions were read, what was left out, missing or changed, and why).
   */
  message: string;
  /** The same report, one sentence per entry after the first, for a list. */
  details: string[];
  report: ImportReport;
}

/**
 * Asks for a .qdpx file and opens it as a new project. Throws with a message that names the
 * file and the problem when it is not a project, or is refused as hostile; nothing is stored then.
 */
export async function openProjectFile(): Promise<OpenedProject | null> {
  const file = await platform.pickProjectFile();
  if (!file) return null;
  const { bundle, report } = await readQdpxWithNotices(file.bytes, file.name);
  const details = importReportSummary(report);
  const projectId = await addProjectFromBundle(bundle, `Opened project file "${file.name}". ${details.join(' ')}`);
  return { projectId, message: [`Opened "${file.name}" as a new project.`, ...details].join(' '), details, report };
}
