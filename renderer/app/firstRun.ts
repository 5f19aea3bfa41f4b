import type { ProjectId } from '../../shared/model';
import { addProjectFromBundle } from '../db/repositories/bundles';
import { getProject, listProjects } from '../db/repositories/projects';
import { getSetting, setSetting, SETTING_KEYS } from '../db/repositories/settings';
import { loadSampleBundle } from '../sample/loadSample';

/**
 * On the very first run, stores the sample project and returns it to open. Later runs return
 * the last project opened, if it still exists, or null for the project list. Deleting the sample
 * is final: it is offered once, not forced back.
 */
export async function startingProject(): Promise<ProjectId | null> {
  if (!(await getSetting<boolean>(SETTING_KEYS.sampleSeeded))) {
    await setSetting(SETTING_KEYS.sampleSeeded, true);
    if ((await listProjects()).length === 0) {
      return addProjectFromBundle(await loadSampleBundle(), 'Opened the sample project');
    }
  }
  const last = await getSetting<ProjectId>(SETTING_KEYS.lastProjectId);
  return last && (await getProject(last)) ? last : null;
}

/** Asks the browser to keep this origin's data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
