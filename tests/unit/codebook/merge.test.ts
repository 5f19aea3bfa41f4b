/** Merging a codebook into a project's tree by path: matched codes kept, new ones added, differences reported. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCodebook, planCodebookImport, planSummary, type CodebookPlan } from '../../../shared/codebook';
import { asId, type Code, type CodeId, type ProjectId } from '../../../shared/model';
import { writeQdc } from '../../../shared/qdpx/writeQdc';
import { sampleBundle } from '../../support/sample';

const QUALCODER = path.resolve(__dirname, '../../../../shared/fixtures/qualcoder-examples/plain_codes_categories_for_import.txt');
const projectId = asId<ProjectId>('11111111-1111-4111-8111-111111111111');
const NOW = '2026-05-01T10:00:00.000Z';
const bytes = (text: string) => new TextEncoder().encode(text);

function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function code(id: number, name: string, parent: number | null, extra: Partial<Code> = {}): Code {
  const guid = (n: number) => asId<CodeId>(`cccccccc-0000-4000-8000-${String(n).padStart(12, '0')}`);
  return {
    id: guid(id), projectId, parentId: parent === null ? null : guid(parent), name, definition: '', color: '#1f77b4', order: 0,
    status: 'reviewed', aliases: [], createdAt: '2026-01-01T00:00:00.000Z', ...extra,
  };
}

const plan = (existing: Code[], text: string, fileName: string): CodebookPlan =>
  planCodebookImport(existing, parseCodebook(bytes(text), fileName), { projectId, now: NOW, newId: counter() });

/** Each new code as [path, parent's path or null, definition]. */
function added(p: CodebookPlan, existing: Code[] = []): [string, string | null, string][] {
  const pathOf = new Map<string, string>([
    ...existing.map((c) => [c.id as string, c.name] as [string, string]),
    ...p.toAdd.map((a) => [a.code.id as string, a.path.join(' > ')] as [string, string]),
  ]);
  return p.toAdd.map((a) => [a.path.join(' > '), a.code.parentId === null ? null : pathOf.get(a.code.parentId) ?? '?', a.code.definition]);
}

describe('planning a codebook import', () => {
  it('adds QualCoder\'s fixture to an empty project: categories become parent codes', () => {
    const p = planCodebookImport([], parseCodebook(new Uint8Array(readFileSync(QUALCODER)), 'plain_codes_categories_for_import.txt'), { projectId, now: NOW, newId: counter() });
    expect(added(p)).toEqual([
      ['code1', null, 'A memo for code 1'], ['cat1', null, ''], ['cat1 > code2', 'cat1', ''], ['cat1 > code3', 'cat1', ''],
      ['cat3', null, ''], ['cat3 > cat2', 'cat3', ''], ['cat3 > cat2 > code4', 'cat3 > cat2', 'another memo'],
      ['cat3 > code5', 'cat3', ''], ['code6', null, ''],
    ]);
    expect(p.toAdd.filter((a) => a.isImplied).map((a) => a.path.join(' > '))).toEqual(['cat1', 'cat3', 'cat3 > cat2']);
    expect(p.toAdd.map((a) => [a.code.name, a.code.order])).toEqual([
      ['code1', 0], ['cat1', 1], ['code2', 0], ['code3', 1], ['cat3', 2], ['cat2', 0], ['code4', 0], ['code5', 1], ['code6', 3],
    ]);
    expect(p.toAdd.every((a) => a.code.projectId === projectId && a.code.status === 'candidate' && a.code.createdAt === NOW)).toBe(true);
    expect(new Set(p.toAdd.map((a) => a.code.color)).size).toBeGreaterThan(5);
    expect(planSummary(p)).toBe('9 codes to add, 0 codes already in the project, 0 problems.');
  });

  it('keeps codes matched by path (case and spaces aside), adds the rest after existing siblings, reports differences', () => {
    const existing = [
      code(1, 'Caring load', null, { definition: 'The weight of caring.', color: '#aa3311' }),
      code(2, 'Exhaustion', 1, { order: 4, color: '#bb4422' }),
      code(3, 'Services', null, { order: 1 }),
    ];
    const csv = [
      'Path,Definition,Colour',
      '"caring  LOAD > exhaustion","Tired beyond words.",#FF0000',
      'Caring load > Sleep,Nights.,',
      'Caring load,The weight of caring.,#aa3311',
      'Services > Gaps > Respite,,',
      'Caring load > Sleep,Again.,',
    ].join('\n');
    const p = plan(existing, csv, 'codes.csv');
    expect(p.matched).toEqual([
      {
        path: ['Caring load', 'Exhaustion'], codeId: existing[1]!.id,
        differences: ['spelt "exhaustion" in the file, "Exhaustion" here', 'the file defines it ("Tired beyond words."); here it has no definition', 'colour #ff0000 in the file, #bb4422 here'],
      },
      { path: ['Caring load'], codeId: existing[0]!.id, differences: [] },
    ]);
    expect(added(p, existing)).toEqual([
      ['Caring load > Sleep', 'Caring load', 'Nights.'], ['Services > Gaps', 'Services', ''], ['Services > Gaps > Respite', 'Services > Gaps', ''],
    ]);
    expect(p.toAdd[0]!.code.order).toBe(5);
    expect(p.problems).toEqual(['"Caring load > Sleep" is listed more than once (again at row 6); the first was used.']);
  });

  it('keeps the file\'s GUIDs for new codes, unless the project already uses one', async () => {
    const { codes } = await sampleBundle();
    const qdc = writeQdc(codes);
    // The same codebook into its own project: everything matches, nothing differs.
    const same = plan(codes, qdc, 'sample.qdc');
    expect(same.toAdd).toEqual([]);
    expect(same.matched).toHaveLength(codes.length);
    expect(same.matched.every((m) => m.differences.length === 0)).toBe(true);
    // Into an empty project: every code, with its GUID, colour, definition and place.
    const fresh = plan([], qdc, 'sample.qdc');
    expect(fresh.toAdd.map((a) => a.code.id).sort()).toEqual(codes.map((c) => c.id).sort());
    const byId = new Map(codes.map((c) => [c.id as string, c]));
    for (const { code: c } of fresh.toAdd) {
      const original = byId.get(c.id)!;
      expect([c.name, c.parentId, c.color, c.definition]).toEqual([original.name, original.parentId, original.color, original.definition]);
    }
    // A renamed code keeps its GUID in the project: the file's code is new, with a new GUID.
    const renamed = codes.map((c) => (c.parentId === null ? c : { ...c, name: `${c.name} (old)` }));
    const clash = plan(renamed.slice(0, 1).concat(renamed.filter((c) => c.parentId !== null).slice(0, 1)), qdc, 'sample.qdc');
    expect(clash.problems[0]).toMatch(/has the same GUID as ".+\(old\)" in this project; it was added with a new one\.$/);
  });

  it('fills in a parent given first as a path prefix when the file describes it later', () => {
    const p = plan([], 'Theme>>Sub\tsub memo\nTheme\ttheme memo\n', 'codes.txt');
    expect(added(p)).toEqual([['Theme', null, 'theme memo'], ['Theme > Sub', 'Theme', 'sub memo']]);
    expect(p.toAdd.map((a) => a.isImplied)).toEqual([false, false]);
  });

  it('leaves out names Storyloom cannot hold, and says so', () => {
    const long = 'x'.repeat(201);
    const p = plan([], `Fine\n${long}\n`, 'codes.txt');
    expect(added(p)).toEqual([['Fine', null, '']]);
    expect(p.problems).toEqual([`"${'x'.repeat(59)}…" (line 2) has a name longer than 200 characters; it was left out.`]);
  });
});
