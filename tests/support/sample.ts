import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectBundle } from '../../shared/model';
import { buildSample } from '../../shared/sample/buildSample';
import type { SampleSpec } from '../../shared/sample/spec';

export const SAMPLE_DIR = join(__dirname, '../../samples/carers-pilot');
export const FIXTURES = join(__dirname, '../../../shared/fixtures');

export function sampleSpec(): SampleSpec {
  return JSON.parse(readFileSync(join(SAMPLE_DIR, 'sample.json'), 'utf8')) as SampleSpec;
}

export function sampleTexts(spec: SampleSpec = sampleSpec()): Record<string, string> {
  return Object.fromEntries(spec.sources.map((s) => [s.file, readFileSync(join(SAMPLE_DIR, s.file), 'utf8')]));
}

/** The sample project, built exactly as the app and the command line build it. */
export function sampleBundle(): Promise<ProjectBundle> {
  const spec = sampleSpec();
  return buildSample(spec, sampleTexts(spec));
}
