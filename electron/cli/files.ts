import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readQdpx } from '../../shared/qdpx/readQdpx';
import type { ProjectBundle } from '../../shared/model';
import { buildSample } from '../../shared/sample/buildSample';
import type { SampleSpec } from '../../shared/sample/spec';

const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../samples/carers-pilot');

/** Reads a file's bytes; errors name the file and the reason in one line. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw new Error(`${path}: ${reason}.`, { cause: error });
  }
}

/** Reads a project file; errors name the file and the reason in one line. */
export async function readProjectFile(path: string): Promise<ProjectBundle> {
  return readQdpx(await readFileBytes(path), path);
}

/** Writes all or nothing: to a temporary file first, then renamed over the target. */
export async function writeFileWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${path}: cannot be written (${code === 'ENOENT' ? 'no such folder' : code ?? 'error'}).`, { cause: error });
  }
}

/** The sample project from samples/carers-pilot, built by the same core as the app. */
export async function loadSample(): Promise<ProjectBundle> {
  const spec = JSON.parse(await readFile(join(SAMPLE_DIR, 'sample.json'), 'utf8')) as SampleSpec;
  const texts: Record<string, string> = {};
  for (const source of spec.sources) texts[source.file] = await readFile(join(SAMPLE_DIR, source.file), 'utf8');
  return buildSample(spec, texts);
}
