/**
 * What the bench page keeps between scenarios: the files fetched for each key, the project read
 * from them, and the "resident" copy of each project stored in its own IndexedDB database, which
 * the open, reader, coding, search and export scenarios work on.
 */
import Dexie from 'dexie';
import type { ProjectBundle, ProjectId, Source } from '../../../shared/model';
import { readQdpx } from '../../../shared/qdpx';
import { StoryloomDb, useDatabase } from '../../../renderer/db/database';
import { addProjectFromBundle } from '../../../renderer/db/repositories/bundles';
import { listSources } from '../../../renderer/db/repositories/sources';

const files = new Map<string, Uint8Array[]>();
const bundles = new Map<string, ProjectBundle>();

export async function loadFiles(key: string, urls: readonly string[]): Promise<void> {
  const loaded: Uint8Array[] = [];
  for (const url of urls) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    loaded.push(new Uint8Array(await response.arrayBuffer()));
  }
  files.set(key, loaded);
  bundles.delete(key);
}

export function filesOf(key: string): Uint8Array[] {
  const loaded = files.get(key);
  if (!loaded || loaded.length === 0) throw new Error(`Nothing loaded for "${key}".`);
  return loaded;
}

/** The project file of a size key. */
export const projectFileOf = (key: string): Uint8Array => filesOf(key)[0] as Uint8Array;

/** The project of a size key, read once. */
export async function bundleOf(key: string): Promise<ProjectBundle> {
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = await readQdpx(projectFileOf(key), `bench-${key}.qdpx`);
    bundles.set(key, bundle);
  }
  return bundle;
}

let current: StoryloomDb | null = null;

/**
 * A new connection to the named database, made the app's database. Each cold measurement takes a
 * new one, so nothing Dexie cached for an earlier run helps the next.
 */
export async function connect(name: string): Promise<StoryloomDb> {
  current?.close();
  const next = new StoryloomDb(name);
  await next.open();
  useDatabase(next);
  current = next;
  return next;
}

export async function dropDatabase(name: string): Promise<void> {
  if (current?.name === name) {
    current.close();
    current = null;
  }
  await Dexie.delete(name);
}

export interface Resident {
  dbName: string;
  projectId: ProjectId;
  /** The source with the most characters. */
  largest: Source;
}

const residents = new Map<string, Resident>();

/** Stores the key's project in a database of its own (replacing any earlier copy). Untimed. */
export async function makeResident(key: string): Promise<Resident> {
  const dbName = `storyloom-bench-${key}`;
  await dropDatabase(dbName);
  await connect(dbName);
  const projectId = await addProjectFromBundle(await bundleOf(key), 'Benchmark import');
  bundles.delete(key); // the app keeps no copy of the project in memory once it is stored
  const sources = await listSources(projectId);
  const largest = sources.reduce((a, b) => (b.characters > a.characters ? b : a));
  const made = { dbName, projectId, largest };
  residents.set(key, made);
  return made;
}

/** The key's resident project, connected as the app's database. */
export async function resident(key: string, isFreshConnection = false): Promise<Resident> {
  const made = residents.get(key) ?? await makeResident(key);
  if (isFreshConnection || current?.name !== made.dbName) await connect(made.dbName);
  return made;
}
