import { describe, expect, it } from 'vitest';
import {
  MATRIX_MEASURES, MEASURE_LABELS, matrixGrid, maxMeasure, measureOf, parseMatrixColumns, parseMatrixRows, themeMatrix,
  type MatrixCell, type MatrixInput, type ThemeMatrix, type TurnSpan,
} from '../../../shared/analysis/matrix';
import type { Attribute, Code, Coding, Participant, Source } from '../../../shared/model';
import { sampleBundle } from '../../support/sample';

const source = (id: string, label: string, kind: Source['kind'], order: number) => ({ id, label, kind, order }) as unknown as Source;
const person = (id: string, order: number, attributes: Participant['attributes'], role: Participant['role'] = 'participant', isWithdrawn = false) =>
  ({ id, label: id, order, role, isWithdrawn, attributes }) as unknown as Participant;
const attribute = (id: string, name: string, type: Attribute['type'], categories: string[] = []) => ({ id, name, type, categories }) as unknown as Attribute;
const code = (id: string, name: string, parentId: string | null, order: number) => ({ id, name, parentId, order }) as unknown as Code;
const coding = (id: string, codeId: string, sourceId: string, start: number, end: number) => ({ id, codeId, sourceId, start, end }) as unknown as Coding;
const turn = (start: number, end: number, participantId: string | null) => ({ start, end, participantId }) as TurnSpan;

/*
 * The hand-built project.
 * Sources: s1 "FG 1" (focus group, order 0), s2 "Nar. 1" (narrative, order 1), s3 "FG 2" (focus group, order 2).
 * People: F facilitator; P1, P3, P5 carers; P2 HSC professional; W withdrawn (HSC professional).
 *   Counted participants: P1, P2, P3, P5 (P5 never speaks). Ages: P1 70, P2 100, P3 70.
 * Turns: s1  F [0,10)  P1 [10,30)  P2 [30,50)  W [50,60)  P1 [60,80)  nobody [80,100)
 *        s2  P3 [0,50)
 *        s3  P3 [0,20)  F [20,40)
 * Tree (tree order): Challenges > {Carers > {Adjustment, Information}, HSC professionals > {Culture}},
 *                    Changes > {Carers > {Named contact}, HSC professionals}, Loose.
 * Codings            code                    source  range     counted people
 *   k1               Adjustment              s1      [12,20)   P1
 *   k2               Adjustment              s1      [15,25)   P1        (overlaps k1)
 *   k3               Information             s1      [25,35)   P1, P2    (spans two turns)
 *   k4               Culture                 s1      [2,8)     -         (facilitator's turn)
 *   k5               Culture                 s1      [52,58)   -         (withdrawn person's turn)
 *   k6               Named contact           s1      [62,70)   P1
 *   k7               Named contact           s2      [5,15)    P3
 *   k8               Changes > HSC prof.     s1      [40,45)   P2        (a depth-1 code coded itself)
 *   k9               Loose                   s1      [85,95)   -         (unattributed text)
 *   k10              Information             s2      [20,30)   P3
 *   k11              Adjustment              s3      [0,10)    P3
 * Source then text order: k4 k1 k2 k3 k8 k5 k6 k9 | k7 k10 | k11.
 * Top-level rows: Challenges = k1 k2 k3 k4 k5 k10 k11; Changes = k6 k7 k8; Loose = k9.
 */
const INPUT: MatrixInput = {
  sources: [source('s3', 'FG 2', 'focus-group', 2), source('s1', 'FG 1', 'focus-group', 0), source('s2', 'Nar. 1', 'narrative', 1)],
  participants: [
    person('F', 0, { group: null, age: 9, working: true }, 'facilitator'),
    person('P1', 1, { group: 'Carer', age: 70, working: false }),
    person('P2', 2, { group: 'HSC professional', age: 100, working: true }),
    person('P3', 3, { group: 'Carer', age: 70, working: null }),
    person('W', 4, { group: 'HSC professional', age: 30, working: true }, 'participant', true),
    person('P5', 5, { group: 'Carer', age: null }),
  ],
  attributes: [
    attribute('group', 'Group', 'category', ['Carer', 'HSC professional', 'Other']),
    attribute('age', 'Age', 'number'),
    attribute('working', 'In paid work', 'boolean'),
  ],
  turnsBySource: new Map([
    ['s1', [turn(0, 10, 'F'), turn(10, 30, 'P1'), turn(30, 50, 'P2'), turn(50, 60, 'W'), turn(60, 80, 'P1'), turn(80, 100, null)]],
    ['s2', [turn(0, 50, 'P3')]],
    ['s3', [turn(0, 20, 'P3'), turn(20, 40, 'F')]],
  ]),
  codes: [
    code('T2', 'Changes', null, 1), code('T1', 'Challenges', null, 0), code('L', 'Loose', null, 2),
    code('T1C', 'Carers', 'T1', 0), code('T1H', 'HSC professionals', 'T1', 1),
    code('A', 'Adjustment', 'T1C', 0), code('B', 'Information', 'T1C', 1), code('C', 'Culture', 'T1H', 0),
    code('T2C', 'Carers', 'T2', 0), code('T2H', 'HSC professionals', 'T2', 1), code('D', 'Named contact', 'T2C', 0),
  ],
  codings: [
    coding('k1', 'A', 's1', 12, 20), coding('k2', 'A', 's1', 15, 25), coding('k3', 'B', 's1', 25, 35),
    coding('k4', 'C', 's1', 2, 8), coding('k5', 'C', 's1', 52, 58), coding('k6', 'D', 's1', 62, 70),
    coding('k7', 'D', 's2', 5, 15), coding('k8', 'T2H', 's1', 40, 45), coding('k9', 'L', 's1', 85, 95),
    coding('k10', 'B', 's2', 20, 30), coding('k11', 'A', 's3', 0, 10),
  ],
};

/** [codings, sources, participants, characters, share] of every cell, row by row. */
const table = (m: ThemeMatrix) => m.cells.map((row) => row.map((c) => [c.codings, c.sources, c.participants, c.characters, c.share]));
const EMPTY = [0, 0, 0, 0, 0];
const depth1 = { kind: 'depth', depth: 1 } as const;

describe('themeMatrix rows', () => {
  it('depth:2 folds deeper codes into their ancestor and marks children among the rows', () => {
    const m = themeMatrix(INPUT, { kind: 'depth', depth: 2 }, { kind: 'sources' });
    expect(m.rows.map((r) => [r.codeId, r.depth, r.parentId, r.hasChildren])).toEqual([
      ['T1', 0, null, true], ['T1C', 1, 'T1', false], ['T1H', 1, 'T1', false],
      ['T2', 0, null, true], ['T2C', 1, 'T2', false], ['T2H', 1, 'T2', false], ['L', 0, null, false],
    ]);
    expect(m.rows[1]!.path).toEqual(['Challenges', 'Carers']);
    // FG 1: Carers under Challenges = k1 k2 k3 ([12,35) = 23 characters; P1, P2 of 2);
    // HSC professionals under it = k4 k5 (6 + 6 characters, nobody counted).
    expect(m.cells[1]![0]).toMatchObject({ codings: 3, sources: 1, participants: 2, characters: 23, share: 1 });
    expect(m.cells[2]![0]).toMatchObject({ codings: 2, sources: 1, participants: 0, characters: 12, share: 0 });
    expect(m.cells[0]![0]!.codings).toBe(5);
  });

  it('codes: every code on its own codings only', () => {
    const m = themeMatrix(INPUT, { kind: 'codes' }, { kind: 'sources' });
    expect(m.rows.map((r) => r.codeId)).toEqual(['T1', 'T1C', 'A', 'B', 'T1H', 'C', 'T2', 'T2C', 'D', 'T2H', 'L']);
    expect(m.rows.map((r) => r.hasChildren)).toEqual([true, true, false, false, true, false, true, true, false, false, false]);
    expect(table(m)[0]).toEqual([EMPTY, EMPTY, EMPTY]); // Challenges itself has no codings
    // Adjustment: FG 1 k1 k2 = [12,25) 13 characters, P1 of FG 1's 2 people; FG 2 k11 = 10, P3 of 1.
    expect(table(m)[2]).toEqual([[2, 1, 1, 13, 0.5], EMPTY, [1, 1, 1, 10, 1]]);
  });

  it('refuses a depth below 1', () => {
    expect(() => themeMatrix(INPUT, { kind: 'depth', depth: 0 }, { kind: 'sources' })).toThrow(/depth/);
  });
});

describe('themeMatrix columns and measures (top-level rows)', () => {
  it('sources: one per source by order; denominators are the counted people speaking there', () => {
    const m = themeMatrix(INPUT, depth1, { kind: 'sources' });
    // FG 1: P1, P2 (F and W do not count); Nar. 1: P3; FG 2: P3 (F does not count).
    expect(m.columns).toEqual([{ key: 's1', label: 'FG 1', participants: 2 }, { key: 's2', label: 'Nar. 1', participants: 1 }, { key: 's3', label: 'FG 2', participants: 1 }]);
    expect(table(m)).toEqual([
      // Challenges × FG 1: k4 k1 k2 k3 k5; characters [2,8) 6 + [12,35) 23 + [52,58) 6 = 35; people P1 P2.
      [[5, 1, 2, 35, 1], [1, 1, 1, 10, 1], [1, 1, 1, 10, 1]],
      // Changes × FG 1: k8 k6 = 5 + 8 characters, P2 P1.
      [[2, 1, 2, 13, 1], [1, 1, 1, 10, 1], EMPTY],
      // Loose × FG 1: k9 in unattributed text: no people, so share 0 of 2.
      [[1, 1, 0, 10, 0], EMPTY, EMPTY],
    ]);
    expect(m.cells[0]![0]!.codingIds).toEqual(['k4', 'k1', 'k2', 'k3', 'k5']);
    expect(m.outside).toBe(0);
  });

  it('sourceKind: kinds that have a source, in SOURCE_KINDS order', () => {
    const m = themeMatrix(INPUT, depth1, { kind: 'sourceKind' });
    // Focus groups = FG 1 + FG 2: P1, P2, P3; narratives: P3. No interviews or documents.
    expect(m.columns).toEqual([{ key: 'focus-group', label: 'Focus groups', participants: 3 }, { key: 'narrative', label: 'Narratives', participants: 1 }]);
    expect(table(m)).toEqual([
      // Challenges × focus groups: FG 1's five (35 characters) + k11 in FG 2 (10); P1 P2 P3 of 3.
      [[6, 2, 3, 45, 1], [1, 1, 1, 10, 1]],
      [[2, 1, 2, 13, 2 / 3], [1, 1, 1, 10, 1]],
      [[1, 1, 0, 10, 0], EMPTY],
    ]);
    expect(m.cells[0]![0]!.codingIds).toEqual(['k4', 'k1', 'k2', 'k3', 'k5', 'k11']);
  });

  it('participants: one per counted participant; a coding across two turns counts for both', () => {
    const m = themeMatrix(INPUT, depth1, { kind: 'participants' });
    expect(m.columns.map((c) => [c.label, c.participants])).toEqual([['P1', 1], ['P2', 1], ['P3', 1], ['P5', 1]]);
    expect(table(m)).toEqual([
      // Challenges: P1 = k1 k2 k3 ([12,35) 23); P2 = k3 (its whole range, 10); P3 = k10 (Nar. 1) + k11 (FG 2).
      [[3, 1, 1, 23, 1], [1, 1, 1, 10, 1], [2, 2, 1, 20, 1], EMPTY],
      // Changes: P1 = k6; P2 = k8; P3 = k7.
      [[1, 1, 1, 8, 1], [1, 1, 1, 5, 1], [1, 1, 1, 10, 1], EMPTY],
      [EMPTY, EMPTY, EMPTY, EMPTY],
    ]);
    expect(m.cells[0]![2]!.codingIds).toEqual(['k10', 'k11']);
    // In no participant's turn: k4 (facilitator), k5 (withdrawn), k9 (nobody).
    expect(m.outside).toBe(3);
  });

  it('attribute (category): its categories in order; only people holding the value count', () => {
    const m = themeMatrix(INPUT, depth1, { kind: 'attribute', attributeId: 'group' });
    // Carer: P1, P3, P5; HSC professional: P2 (W withdrawn); Other: nobody.
    expect(m.columns.map((c) => [c.key, c.participants])).toEqual([['Carer', 3], ['HSC professional', 1], ['Other', 0]]);
    expect(table(m)).toEqual([
      // Challenges × Carer: k1 k2 k3 (FG 1, 23) + k10 (Nar. 1, 10) + k11 (FG 2, 10); P1 P3 of 3.
      // Challenges × HSC: k3 only, through P2 (P1 is not an HSC professional).
      [[5, 3, 2, 43, 2 / 3], [1, 1, 1, 10, 1], [0, 0, 0, 0, null]],
      // Changes × Carer: k6 (P1, 8) + k7 (P3, 10); × HSC: k8 (P2, 5).
      [[2, 2, 2, 18, 2 / 3], [1, 1, 1, 5, 1], [0, 0, 0, 0, null]],
      [EMPTY, EMPTY, [0, 0, 0, 0, null]],
    ]);
    expect(m.outside).toBe(3); // k4, k5, k9: no counted person at all
  });

  it('attribute (number, boolean): distinct values of counted people, numbers numerically, Yes before No', () => {
    const age = themeMatrix(INPUT, depth1, { kind: 'attribute', attributeId: 'age' });
    // 70 (P1, P3) before 100 (P2); 9 (facilitator), 30 (withdrawn) and P5's null make no column.
    expect(age.columns.map((c) => [c.label, c.participants])).toEqual([['70', 2], ['100', 1]]);
    expect(table(age)[0]).toEqual([[5, 3, 2, 43, 1], [1, 1, 1, 10, 1]]);
    const working = themeMatrix(INPUT, depth1, { kind: 'attribute', attributeId: 'working' });
    // Yes: P2 (the facilitator's Yes does not count); No: P1; P3 has no value.
    expect(working.columns.map((c) => [c.label, c.participants])).toEqual([['Yes', 1], ['No', 1]]);
    // Challenges × Yes: k3 via P2; × No: k1 k2 k3 via P1.
    expect(table(working)[0]).toEqual([[1, 1, 1, 10, 1], [3, 1, 1, 23, 1]]);
    expect(working.outside).toBe(6); // k4 k5 k9, and k7 k10 k11 (P3 has no value)
  });

  it('refuses an attribute id the project does not have', () => {
    expect(() => themeMatrix(INPUT, depth1, { kind: 'attribute', attributeId: 'nope' })).toThrow(/nope/);
  });

  it('level:2: the perspective names, merged across themes; denominators from the codings in each column', () => {
    const m = themeMatrix(INPUT, depth1, { kind: 'level', level: 2 });
    // Carers: k1 k2 k3 k6 k7 k10 k11 → P1 P2 P3; HSC professionals: k4 k5 k8 → P2.
    expect(m.columns).toEqual([{ key: 'Carers', label: 'Carers', participants: 3 }, { key: 'HSC professionals', label: 'HSC professionals', participants: 1 }]);
    expect(table(m)).toEqual([
      // Challenges × Carers: k1 k2 k3 (23) + k10 (10) + k11 (10), P1 P2 P3 of 3; × HSC: k4 k5 (6 + 6), nobody.
      [[5, 3, 3, 43, 1], [2, 1, 0, 12, 0]],
      // Changes × Carers: k6 (8) + k7 (10), P1 P3 of 3; × HSC: k8 coded on the perspective itself.
      [[2, 2, 2, 18, 2 / 3], [1, 1, 1, 5, 1]],
      [EMPTY, EMPTY],
    ]);
    expect(m.outside).toBe(1); // k9: Loose has no level 2
    expect(themeMatrix(INPUT, depth1, { kind: 'level', level: 1 }).columns.map((c) => c.label)).toEqual(['Challenges', 'Changes', 'Loose']);
    expect(themeMatrix(INPUT, depth1, { kind: 'level', level: 5 })).toMatchObject({ columns: [], outside: 11 });
    expect(() => themeMatrix(INPUT, depth1, { kind: 'level', level: 0 })).toThrow(/level/);
  });
});

describe('themeMatrix edge cases', () => {
  it('treats ranges as half-open: a coding ending where a turn starts does not touch that speaker', () => {
    // [28,30) ends where P2's turn starts; [50,52) starts where W's turn starts (W is withdrawn).
    const input = { ...INPUT, codings: [coding('e1', 'A', 's1', 28, 30), coding('e2', 'A', 's1', 50, 52)] };
    const m = themeMatrix(input, depth1, { kind: 'participants' });
    expect(m.cells[0]!.map((c) => c.codingIds)).toEqual([['e1'], [], [], []]);
    expect(m.outside).toBe(1);
  });

  it('leaves out codings of unknown codes; a coding in an unknown source falls in no source column', () => {
    const input = { ...INPUT, codings: [...INPUT.codings, coding('g1', 'ghost', 's1', 0, 5), coding('u1', 'A', 's9', 0, 5)] };
    const bySource = themeMatrix(input, depth1, { kind: 'sources' });
    expect(bySource.outside).toBe(1); // u1; g1 is under no row at all
    expect(bySource.cells.flat().reduce((n, c) => n + c.codings, 0)).toBe(11);
    // By perspective, u1 counts under Challenges × Carers (6 codings now) but brings nobody.
    const byLevel = themeMatrix(input, depth1, { kind: 'level', level: 2 });
    expect(byLevel.cells[0]![0]).toMatchObject({ codings: 6, sources: 4, participants: 3, characters: 48 });
    expect(byLevel.cells[0]![0]!.codingIds.at(-1)).toBe('u1');
  });
});

describe('measures and grids', () => {
  const m = themeMatrix(INPUT, depth1, { kind: 'attribute', attributeId: 'group' });

  it('labels every measure', () => {
    expect(MATRIX_MEASURES.map((x) => MEASURE_LABELS[x])).toEqual(['Codings', 'Sources', 'Participants', 'Characters coded', "Share of the column's participants"]);
  });

  it('reads one measure of a cell, null share where the column has nobody', () => {
    const cell = m.cells[0]![0]!;
    expect(MATRIX_MEASURES.map((x) => measureOf(cell, x))).toEqual([5, 3, 2, 43, 2 / 3]);
    expect(measureOf(m.cells[0]![2] as MatrixCell, 'share')).toBeNull();
  });

  it('finds the largest value of a measure, 0 for an empty matrix', () => {
    expect(maxMeasure(m, 'codings')).toBe(5);
    expect(maxMeasure(m, 'characters')).toBe(43);
    expect(maxMeasure(m, 'share')).toBe(1);
    expect(maxMeasure(themeMatrix({ ...INPUT, codes: [], codings: [] }, depth1, { kind: 'sources' }), 'codings')).toBe(0);
  });

  it('writes a plain grid with the codes named by path', () => {
    expect(matrixGrid(m, 'share')).toEqual([
      ['Code', 'Carer', 'HSC professional', 'Other'],
      ['Challenges', 2 / 3, 1, null],
      ['Changes', 2 / 3, 1, null],
      ['Loose', 0, 0, null],
    ]);
    const grid = matrixGrid(themeMatrix(INPUT, { kind: 'codes' }, { kind: 'sources' }), 'codings');
    expect(grid[4]).toEqual(['Challenges > Carers > Information', 1, 1, 0]); // k3 in FG 1, k10 in Nar. 1
  });
});

describe('parseMatrixRows / parseMatrixColumns', () => {
  it('reads the command-line forms', () => {
    expect(parseMatrixRows('depth:2')).toEqual({ kind: 'depth', depth: 2 });
    expect(parseMatrixRows(' CODES ')).toEqual({ kind: 'codes' });
    expect(parseMatrixColumns('sources', INPUT.attributes)).toEqual({ kind: 'sources' });
    expect(parseMatrixColumns('kinds', INPUT.attributes)).toEqual({ kind: 'sourceKind' });
    expect(parseMatrixColumns('participants', INPUT.attributes)).toEqual({ kind: 'participants' });
    expect(parseMatrixColumns('attribute:in PAID work', INPUT.attributes)).toEqual({ kind: 'attribute', attributeId: 'working' });
    expect(parseMatrixColumns('level:2', INPUT.attributes)).toEqual({ kind: 'level', level: 2 });
  });

  it('says which option is wrong and why', () => {
    expect(() => parseMatrixRows('depth:0')).toThrow('Matrix rows "depth:0": the depth must be a whole number of 1 or more (e.g. depth:2)');
    expect(() => parseMatrixRows('depth:1.5')).toThrow(/whole number/);
    expect(() => parseMatrixRows('depth')).toThrow(/whole number/);
    expect(() => parseMatrixRows('themes')).toThrow(`Matrix rows "themes" is not understood: use 'depth:N' (N = 1 for top-level themes only) or 'codes'`);
    expect(() => parseMatrixColumns('level:x', INPUT.attributes)).toThrow('Matrix columns "level:x": the level must be a whole number of 1 or more (e.g. level:2)');
    expect(() => parseMatrixColumns('attribute:Region', INPUT.attributes))
      .toThrow('Matrix columns "attribute:Region": no attribute is named "Region" (attributes: Group, Age, In paid work)');
    expect(() => parseMatrixColumns('attribute:', INPUT.attributes)).toThrow(/name the attribute/);
    expect(() => parseMatrixColumns('sources:1', INPUT.attributes)).toThrow(/not understood/);
    expect(() => parseMatrixColumns('speakers', [])).toThrow(`Matrix columns "speakers" is not understood: use 'sources', 'kinds', 'participants', 'attribute:NAME' or 'level:N'`);
  });
});

describe('themeMatrix on the sample project', () => {
  it('themes × perspective (level 2), checked against sample.json and the transcripts', async () => {
    const sample = await sampleBundle();
    const input: MatrixInput = {
      codes: sample.codes, codings: sample.codings, sources: sample.sources.map((s) => s.source),
      turnsBySource: new Map(sample.sources.map((s) => [s.source.id, s.text.turns])),
      participants: sample.participants, attributes: sample.attributes,
    };
    const m = themeMatrix(input, depth1, { kind: 'level', level: 2 });
    expect(m.rows.map((r) => r.name)).toEqual([
      'Toughest challenges for integrating carer support services', 'Examples of integrated changes',
      'Experience of co-production and story-telling', 'Integration of services', 'Carer health and well-being',
      'Carer support', 'Cared-for (patient) health and well-being',
    ]);
    expect(m.columns.slice(0, 3).map((c) => c.label)).toEqual(['Carers', 'HSC professionals', 'Communication at discharge']);
    expect(m.columns).toHaveLength(10); // Carers, HSC professionals, then the narratives' eight subthemes
    // Carers column, speakers of its codings: FG 1 P1 P2 P3 P5, FG 2 P3 P8 P9 P11 → 7 people.
    // HSC professionals: FG 1 P1 P4 P6, FG 2 P3 P7 P9 P10 → 7 people.
    expect(m.columns[0]!.participants).toBe(7);
    expect(m.columns[1]!.participants).toBe(7);
    // Toughest challenges × Carers: FG 1 adjustment (P2), information sharing ×2 (P3, P1),
    // person-centred (P3); FG 2 adjustment, information sharing, person-centred (all P11) and
    // person-centred (P9): 8 codings, 2 sources, 5 people of 7.
    expect(m.cells[0]![0]).toMatchObject({ codings: 8, sources: 2, participants: 5, share: 5 / 7 });
    // × HSC professionals: FG 1 culture (P6, P4), funding (P6), bureaucracy (P1); FG 2 culture (P9, P7),
    // funding (P9), bureaucracy (P7): 8 codings, 5 people.
    expect(m.cells[0]![1]).toMatchObject({ codings: 8, sources: 2, participants: 5, share: 5 / 7 });
    // Integration of services × Communication at discharge: Nar. 1 twice, Nar. 4 once; narratives have no speakers.
    expect(m.cells[3]![2]).toMatchObject({ codings: 3, sources: 2, participants: 0, share: null });
    // Every coding sits under one theme and one column.
    expect(m.outside).toBe(0);
    expect(m.cells.flat().reduce((sum, c) => sum + c.codings, 0)).toBe(48);
  });

});
