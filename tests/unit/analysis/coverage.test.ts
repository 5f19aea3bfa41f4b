import { describe, expect, it } from 'vitest';
import { coverage } from '../../../shared/analysis/coverage';
import type { Code, Coding, Source } from '../../../shared/model';
import { sampleBundle } from '../../support/sample';

const source = (id: string, order: number) => ({ id, label: id.toUpperCase(), order }) as unknown as Source;
const code = (id: string, parentId: string | null, order: number, definition = 'Defined.') => ({ id, name: id, parentId, order, definition }) as unknown as Code;
const coding = (codeId: string, sourceId: string) => ({ codeId, sourceId }) as unknown as Coding;

/*
 * Sources s1-s4; codings only in s1 and s3.
 * Tree (tree order):
 *   t1 (theme)            c1 coded in s1, c2 coded in s3          → two sources
 *   t2 (theme, blank def) c3 > c3a, c3a coded twice in s1         → single source s1 (a grandchild's codings count)
 *   t3 (theme, no def)    c4 never coded                          → empty
 *   l1 (loose) coded in s3; l2 (loose) never coded
 *   o  (its parent is missing, so it shows as top level, and loose)
 *   t4 (theme)            coded on itself in s3, child c5 never coded → single source s3 (own codings count)
 */
const CODES = [
  code('t4', null, 6), code('t1', null, 0), code('t2', null, 1, '  \n'), code('t3', null, 2, ''), code('l1', null, 3), code('l2', null, 4),
  code('o', 'missing', 5), code('c1', 't1', 0), code('c2', 't1', 1), code('c3', 't2', 0), code('c3a', 'c3', 0), code('c4', 't3', 0),
  code('c5', 't4', 0),
];
const CODINGS = [coding('c1', 's1'), coding('c2', 's3'), coding('c3a', 's1'), coding('c3a', 's1'), coding('l1', 's3'), coding('t4', 's3')];
const SOURCES = [source('s3', 2), source('s1', 0), source('s4', 3), source('s2', 1)];

describe('coverage', () => {
  const result = coverage({ codes: CODES, codings: CODINGS, sources: SOURCES });

  it('lists the sources with no coding, in source order', () => {
    expect(result.uncodedSources).toEqual(['s2', 's4']);
  });

  it('lists top-level codes with no children as loose, a code with a missing parent among them', () => {
    expect(result.looseCodes).toEqual(['l1', 'l2', 'o']);
  });

  it('finds themes resting on one source, counting own and descendant codings', () => {
    expect(result.singleSourceThemes).toEqual([{ codeId: 't2', sourceId: 's1' }, { codeId: 't4', sourceId: 's3' }]);
  });

  it('finds empty themes and themes with a blank definition', () => {
    expect(result.emptyThemes).toEqual(['t3']);
    expect(result.undefinedThemes).toEqual(['t2', 't3']);
  });

  it('gives empty lists for an empty project', () => {
    expect(coverage({ codes: [], codings: [], sources: [] })).toEqual({
      uncodedSources: [], looseCodes: [], singleSourceThemes: [], emptyThemes: [], undefinedThemes: [],
    });
  });
});

describe('coverage on the sample project', () => {
  it('finds nothing missing in the sample, and single-source themes once FG 2 is left uncoded', async () => {
    const sample = await sampleBundle();
    const sources = sample.sources.map((s) => s.source);
    // sample.json codes all six sources, every theme has subthemes and a definition, and every
    // theme is coded in at least two sources (focus-group themes in FG 1 and FG 2).
    expect(coverage({ codes: sample.codes, codings: sample.codings, sources })).toEqual({
      uncodedSources: [], looseCodes: [], singleSourceThemes: [], emptyThemes: [], undefinedThemes: [],
    });
    const fg1 = sources.find((s) => s.label === 'FG 1')!.id;
    const fg2 = sources.find((s) => s.label === 'FG 2')!.id;
    const withoutFg2 = coverage({ codes: sample.codes, codings: sample.codings.filter((c) => c.sourceId !== fg2), sources });
    expect(withoutFg2.uncodedSources).toEqual([fg2]);
    const name = (id: string) => sample.codes.find((c) => c.id === id)!.name;
    expect(withoutFg2.singleSourceThemes.map((t) => [name(t.codeId), t.sourceId])).toEqual([
      ['Toughest challenges for integrating carer support services', fg1],
      ['Examples of integrated changes', fg1],
      ['Experience of co-production and story-telling', fg1],
    ]);
  });
});
