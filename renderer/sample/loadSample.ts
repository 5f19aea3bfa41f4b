import { buildSample } from '../../shared/sample/buildSample';
import type { SampleSpec } from '../../shared/sample/spec';
import type { ProjectBundle } from '../../shared/model';
import spec from '../../samples/carers-pilot/sample.json';

const files = import.meta.glob('../../samples/carers-pilot/*.txt', { query: '?raw', import: 'default', eager: true });

/** The sample project, built from samples/carers-pilot by the same core the command line uses. */
export function loadSampleBundle(): Promise<ProjectBundle> {
  const texts: Record<string, string> = {};
  for (const [path, contents] of Object.entries(files)) {
    texts[path.slice(path.lastIndexOf('/') + 1)] = contents as string;
  }
  return buildSample(spec as unknown as SampleSpec, texts);
}
