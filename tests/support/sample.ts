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

/**
 * The sample without what the report is written from (chosen quotes, recommendations and
 * framework summaries), for tests that add their own.
 */
export async function sampleWithoutReportData(): Promise<ProjectBundle> {
  const bundle = await sampleBundle();
  return { ...bundle, quotes: [], memos: bundle.memos.filter((m) => m.kind !== 'recommendation' && m.kind !== 'summary') };
}

/** A bundle with every list sorted by id, for comparing projects whose row order carries no meaning. */
export function byId(bundle: ProjectBundle): ProjectBundle {
  const sort = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...bundle,
    coders: sort(bundle.coders), participants: sort(bundle.participants), attributes: sort(bundle.attributes),
    codes: sort(bundle.codes), codings: sort(bundle.codings), memos: sort(bundle.memos), quotes: sort(bundle.quotes),
    reviews: sort(bundle.reviews), history: sort(bundle.history),
    sources: [...bundle.sources].sort((a, b) => a.source.id.localeCompare(b.source.id)),
  };
}
