import { StoryloomDb, useDatabase } from '../../renderer/db/database';
import { addProjectFromBundle } from '../../renderer/db/repositories/bundles';
import type { Code, ProjectBundle, ProjectId } from '../../shared/model';
import { sampleBundle } from '../support/sample';

/** A fresh database holding the sample project. */
export async function withSample(): Promise<{ projectId: ProjectId; sample: ProjectBundle }> {
  useDatabase(new StoryloomDb(`test-${Math.random()}`));
  const sample = await sampleBundle();
  return { projectId: await addProjectFromBundle(sample, 'test'), sample };
}

export function codeAt(bundle: ProjectBundle, ...path: string[]): Code {
  let parentId: string | null = null;
  let found: Code | undefined;
  for (const name of path) {
    found = bundle.codes.find((c) => c.parentId === parentId && c.name === name);
    if (!found) throw new Error(`No code at ${path.join(' > ')}`);
    parentId = found.id;
  }
  return found!;
}
