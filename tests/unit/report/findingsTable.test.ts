import { describe, expect, it } from 'vitest';
import { tableToMarkdown } from '../../../shared/export/markdown';
import type { Attribute, ProjectBundle } from '../../../shared/model';
import { findingsReportTables, findingsTable, parseFindingsColumns } from '../../../shared/report/findingsTable';
import type { FindingsTable } from '../../../shared/report/types';
import { sampleBundle } from '../../support/sample';
import { SAMPLE_FINDINGS_MD } from '../../support/sampleFindings';

type CodeRow = [id: string, parent: string | null];
type CodingRow = [codeId: string, start: number, end: number];

/** A bundle with one source s1; codes named by their ids, in the order given. */
function bundleOf(codes: CodeRow[], codings: CodingRow[] = [], extra: Partial<ProjectBundle> = {}): ProjectBundle {
  return {
    codes: codes.map(([id, parentId], order) => ({ id, parentId, name: id, order, aliases: [] })),
    codings: codings.map(([codeId, start, end], i) => ({ id: `k${i}`, codeId, sourceId: 's1', start, end })),
    sources: [], participants: [], attributes: [], quotes: [],
    ...extra,
  } as unknown as ProjectBundle;
}

/** Blocks as plain names: [columns, [theme, ...cells of names]]. */
const names = (table: FindingsTable) => table.blocks.map((b) => ({
  columns: b.columns, rows: b.rows.map((r) => [r.theme, ...r.cells.map((c) => c.map((e) => (e.count === undefined ? e.name : `${e.name} ${e.count}`)))]),
}));

describe('findingsTable on the sample project (DOMAIN.md "The study")', () => {
  it('splits the focus-group themes by perspective and lists the narrative themes as subthemes', async () => {
    const table = findingsTable(await sampleBundle(), { kind: 'level', level: 2 });
    expect(names(table)).toEqual([
      {
        columns: ['Carers', 'HSC professionals'],
        rows: [
          ['Toughest challenges for integrating carer support services',
            ['Challenges of adjustment', 'Information sharing', 'Providing person-centred care'],
            ['Organisational barriers (culture)', 'Organisational barriers (bureaucracy)', 'Organisational barriers (funding)']],
          ['Examples of integrated changes',
            ['Having a named contact', 'Being recognised and included'],
            ['Single assessment and joint visits', "Carers' hospital discharge pathway", 'Relationships and joint training']],
          ['Experience of co-production and story-telling',
            ['From tick-box to equal partner', 'The cost of taking part'],
            ['Stories as a mirror for practice', 'Vulnerability and accountability']],
        ],
      },
      {
        columns: ['Subthemes'],
        rows: [
          ['Integration of services', ['Communication at discharge', 'Services working together']],
          ['Carer health and well-being', ['Exhaustion and strain', "Carer's own health put last"]],
          ['Carer support', ['Being noticed and asked', 'Practical support and breaks']],
          ['Cared-for (patient) health and well-being', ['Safety and health after discharge', 'Dignity and being treated as a person']],
        ],
      },
    ]);
  });

  it('prints as two Markdown tables', async () => {
    const tables = findingsReportTables(findingsTable(await sampleBundle(), { kind: 'level', level: 2 }));
    expect(tables.map(tableToMarkdown).join('\n')).toBe(`${SAMPLE_FINDINGS_MD}\n`);
  });

  it('counts the codings of each subtheme (the sample codes 2, 3 and 3 under the first theme’s Carers)', async () => {
    const table = findingsTable(await sampleBundle(), { kind: 'level', level: 2 }, { withCounts: true });
    expect(names(table)[0]!.rows[0]).toEqual(['Toughest challenges for integrating carer support services',
      ['Challenges of adjustment 2', 'Information sharing 3', 'Providing person-centred care 3'],
      ['Organisational barriers (culture) 4', 'Organisational barriers (bureaucracy) 2', 'Organisational barriers (funding) 2']]);
    expect(names(table)[1]!.rows[3]).toEqual(['Cared-for (patient) health and well-being',
      ['Safety and health after discharge 1', 'Dignity and being treated as a person 2']]);
  });
});

describe('findingsTable by tree level', () => {
  // C: leaves only. A: Q then P. B: P, and an empty Q. D: P and Other (Other under no other theme). E: Q only.
  const codes: CodeRow[] = [
    ['C', null], ['c1', 'C'], ['c2', 'C'],
    ['A', null], ['A/Q', 'A'], ['a3', 'A/Q'], ['A/P', 'A'], ['a1', 'A/P'], ['a1x', 'a1'], ['a2', 'A/P'],
    ['B', null], ['B/P', 'B'], ['b1', 'B/P'], ['B/Q', 'B'],
    ['D', null], ['D/P', 'D'], ['d1', 'D/P'], ['D/Other', 'D'], ['d2', 'D/Other'],
    ['E', null], ['E/Q', 'E'], ['e1', 'E/Q'],
    ['F', null],
  ];
  const bundle = bundleOf(codes.map(([id, parent]) => [id, parent]), [['a1', 0, 5], ['a1', 6, 9], ['a1x', 10, 12], ['a3', 0, 2], ['A', 0, 1], ['d1', 20, 22], ['d2', 23, 25], ['d2', 26, 28]]);
  // Code names are the ids, so rename the perspective nodes to shared names.
  for (const code of bundle.codes) code.name = code.name.replace(/^[A-F]\//, '');

  it('splits themes whose every column node is a shared column name; others list their children', () => {
    expect(names(findingsTable(bundle, { kind: 'level', level: 2 }))).toEqual([
      { columns: ['Subthemes'], rows: [['C', ['c1', 'c2']], ['D', ['P', 'Other']], ['F', []]] },
      { columns: ['Q', 'P'], rows: [['A', ['a3'], ['a1', 'a2']], ['B', [], ['b1']], ['E', ['e1'], []]] },
    ]);
  });

  it('counts codings of a subtheme and everything beneath it', () => {
    const table = findingsTable(bundle, { kind: 'level', level: 2 }, { withCounts: true });
    expect(names(table)[1]!.rows[0]).toEqual(['A', ['a3 1'], ['a1 3', 'a2 0']]);
    expect(names(table)[0]!.rows[1]).toEqual(['D', ['P 1', 'Other 2']]);
  });

  it('takes the one theme’s column names when only one theme has column nodes with children', () => {
    const one = bundleOf([['X', null], ['Carers', 'X'], ['x1', 'Carers'], ['HSC', 'X'], ['x2', 'HSC'], ['Y', null], ['y1', 'Y']]);
    expect(names(findingsTable(one, { kind: 'level', level: 2 }))).toEqual([
      { columns: ['Carers', 'HSC'], rows: [['X', ['x1'], ['x2']]] },
      { columns: ['Subthemes'], rows: [['Y', ['y1']]] },
    ]);
  });

  it('splits at a deeper level, joining the children of column nodes of one name', () => {
    const deep = bundleOf([
      ['T', null], ['G1', 'T'], ['T1/Carers', 'G1'], ['s1', 'T1/Carers'], ['T1/HSC', 'G1'], ['s2', 'T1/HSC'],
      ['G2', 'T'], ['T2/Carers', 'G2'], ['s3', 'T2/Carers'],
      ['U', null], ['G', 'U'], ['U/Carers', 'G'], ['u1', 'U/Carers'], ['U/HSC', 'G'], ['u2', 'U/HSC'],
    ]);
    for (const code of deep.codes) code.name = code.name.replace(/^.*\//, '');
    expect(names(findingsTable(deep, { kind: 'level', level: 3 }))).toEqual([
      { columns: ['Carers', 'HSC'], rows: [['T', ['s1', 's3'], ['s2']], ['U', ['u1'], ['u2']]] },
    ]);
    // At level 2 the column nodes G1, G2 and G are not shared names: nothing is split.
    expect(names(findingsTable(deep, { kind: 'level', level: 2 }))).toEqual([
      { columns: ['Subthemes'], rows: [['T', ['G1', 'G2']], ['U', ['G']]] },
    ]);
  });

  it('gives no blocks for a project with no codes, and refuses level 1', () => {
    expect(findingsTable(bundleOf([]), { kind: 'level', level: 2 })).toEqual({ blocks: [] });
    expect(() => findingsTable(bundle, { kind: 'level', level: 1 })).toThrow(/level 1/);
  });
});

describe('findingsTable by attribute', () => {
  const group = { id: 'g', name: 'Group', type: 'category', categories: ['Carer', 'HSC professional', 'Unused'] } as unknown as Attribute;
  const person = (id: string, value: string | null, role = 'participant', isWithdrawn = false) =>
    ({ id, label: id, role, isWithdrawn, attributes: { g: value } });
  // s1: p1 (Carer) 0-10, p2 (HSC) 10-20, p3 (Carer, withdrawn) 20-30, facilitator f 30-40, p4 (no value) 40-50.
  const turns = [['p1', 0, 10], ['p2', 10, 20], ['p3', 20, 30], ['f', 30, 40], ['p4', 40, 50]]
    .map(([participantId, start, end]) => ({ participantId, start, end, speaker: null, timestamp: null }));
  const bundle = bundleOf(
    [['A', null], ['Carers', 'A'], ['a1', 'Carers'], ['HSC', 'A'], ['a2', 'HSC'], ['a2x', 'a2'], ['B', null], ['b1', 'B']],
    [['a1', 0, 5], ['a1', 5, 15], ['a2', 12, 18], ['a2', 22, 28], ['a2x', 32, 38], ['b1', 40, 45], ['b1', 2, 3]],
    {
      attributes: [group],
      participants: [person('p1', 'Carer'), person('p2', 'HSC professional'), person('p3', 'Carer', 'participant', true),
        person('f', 'Carer', 'facilitator'), person('p4', null)],
      sources: [{ source: { id: 's1', order: 0 }, text: { turns } }],
    } as unknown as Partial<ProjectBundle>,
  );

  it('puts a subtheme under each value held by a counted participant its codings touch, counting those codings', () => {
    // a1: 0-5 touches p1 (Carer); 5-15 touches p1 and p2 (Carer, HSC). a2: 12-18 p2 (HSC); 22-28 only withdrawn p3;
    // a2x: only the facilitator. b1: 40-45 p4 (no value); 2-3 p1 (Carer). "Unused" is held by nobody.
    expect(names(findingsTable(bundle, { kind: 'attribute', attributeId: 'g' }, { withCounts: true }))).toEqual([
      { columns: ['Carer', 'HSC professional'], rows: [['A', ['a1 2'], ['a1 1', 'a2 1']], ['B', ['b1 1'], []]] },
    ]);
  });

  it('refuses an unknown attribute', () => {
    expect(() => findingsTable(bundle, { kind: 'attribute', attributeId: 'nope' })).toThrow(/no attribute/);
  });

  it('on the sample: a column per group, and no entries for narratives, which have no participant authors', async () => {
    const sample = await sampleBundle();
    const byGroup = findingsTable(sample, { kind: 'attribute', attributeId: sample.attributes.find((a) => a.name === 'Group')!.id });
    expect(byGroup.blocks.map((b) => b.columns)).toEqual([['Carer', 'HSC professional']]);
    expect(byGroup.blocks[0]!.rows.slice(3).map((r) => r.cells)).toEqual([[[], []], [[], []], [[], []], [[], []]]);
  });
});

describe('findingsReportTables', () => {
  const table: FindingsTable = {
    blocks: [
      { columns: ['Carers', 'HSC'], rows: [{ themeId: 't' as never, theme: 'T', cells: [[{ codeId: 'a' as never, name: 'a', count: 3 }], []] }] },
      { columns: ['Subthemes'], rows: [{ themeId: 'u' as never, theme: 'U', cells: [[{ codeId: 'b' as never, name: 'b', count: 1 }]] }] },
    ],
  };

  it('numbers the tables and shows counts only when asked', () => {
    expect(findingsReportTables(table, { firstNumber: 3 })).toEqual([
      { title: 'Table 3: Themes and subthemes (Carers and HSC)', columns: ['Theme', 'Carers', 'HSC'], rows: [['T', ['a'], []]], note: '' },
      { title: 'Table 4: Themes and subthemes', columns: ['Theme', 'Subthemes'], rows: [['U', ['b']]], note: '' },
    ]);
    const counted = findingsReportTables(table, { withCounts: true });
    expect(counted.map((t) => [t.title, t.rows])).toEqual([['Table 1: Themes and subthemes (Carers and HSC)', [['T', ['a (3)'], []]]], ['Table 2: Themes and subthemes', [['U', ['b (1)']]]]]);
    expect(counted[0]!.note).toMatch(/codings/);
  });
});

describe('parseFindingsColumns', () => {
  const attributes = [{ id: 'g', name: 'Group' }, { id: 'o', name: 'Organisation category' }] as unknown as Attribute[];

  it('reads level:N and attribute:NAME (any case)', () => {
    expect(parseFindingsColumns('level:2', attributes)).toEqual({ kind: 'level', level: 2 });
    expect(parseFindingsColumns(' Level: 3 ', attributes)).toEqual({ kind: 'level', level: 3 });
    expect(parseFindingsColumns('attribute:organisation CATEGORY', attributes)).toEqual({ kind: 'attribute', attributeId: 'o' });
  });

  it('names the option and the reason when it cannot', () => {
    expect(() => parseFindingsColumns('level:1', attributes)).toThrow('Findings columns "level:1": the level must be 2 or more');
    expect(() => parseFindingsColumns('level:two', attributes)).toThrow('Findings columns "level:two": the level must be a whole number');
    expect(() => parseFindingsColumns('attribute:Age', attributes)).toThrow('Findings columns "attribute:Age": the project has no attribute "Age" (it has: Group, Organisation category)');
    expect(() => parseFindingsColumns('attribute:', attributes)).toThrow('name the attribute');
    expect(() => parseFindingsColumns('colour', attributes)).toThrow('Findings columns "colour": expected level:N or attribute:NAME');
  });
});
