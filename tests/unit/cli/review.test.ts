/**
 * `cli review-pack` and `cli review-import` over the sample project written by `cli sample`
 * (samples/carers-pilot: 7 themes, 7 curated quotes): the pack holds every theme and quote, a
 * partner's answers come back as reviews in a new project file, a bad response stops the
 * command with `FILE: reason` and writes nothing, and importing a response again adds nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { escapeHtml } from '../../../shared/export/html';
import type { ProjectBundle } from '../../../shared/model';
import { readQdpx } from '../../../shared/qdpx/readQdpx';
import { RESPONSE_FORMAT, type ReviewResponse } from '../../../shared/review/format';

let dir: string;
let project: string;
let bundle: ProjectBundle;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-review-'));
  project = join(dir, 'sample.qdpx');
  expect((await cli('sample', '--out', project)).code).toBe(0);
  bundle = await readQdpx(new Uint8Array(readFileSync(project)), project);
});

const read = async (path: string) => readQdpx(new Uint8Array(readFileSync(path)), path);

/** What a partner's pack saves, from the pack's own data attributes. */
function answer(html: string, reviewer: string, savedAt: string): ReviewResponse {
  const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)![1]!;
  const themes = [...html.matchAll(/data-code-id="([^"]+)" data-theme-name="([^"]*)"/g)].map((m, i) => ({
    codeId: m[1]!, themeName: m[2]!, verdict: i === 0 ? 'yes' as const : i === 1 ? 'no' as const : null,
    suggestedName: i === 1 ? 'What worked' : '', comment: i === 0 ? 'So true.' : '',
  }));
  return {
    format: RESPONSE_FORMAT, version: 1, project: { id: attr('data-project-id'), name: bundle.project.name },
    pack: { id: attr('data-pack-id'), round: Number(attr('data-round')) }, reviewer, savedAt, themes, generalComment: '',
  };
}

describe('cli review-pack', () => {
  it('writes one self-contained page with every theme and the 7 quotes, round 1 by default', async () => {
    const out = join(dir, 'pack.html');
    const result = await cli('review-pack', project, '--out', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`Wrote the review pack (round 1: 7 themes, 7 quotes) to ${out}.`);
    const html = readFileSync(out, 'utf8');
    for (const code of bundle.codes.filter((c) => c.parentId === null)) expect(html).toContain(`data-theme-name="${escapeHtml(code.name)}"`);
    expect(bundle.quotes).toHaveLength(7);
    for (const quote of bundle.quotes) expect(html).toContain(escapeHtml(quote.text));
    expect(html).toContain('data-round="1"');
    expect(html).not.toMatch(/https?:/);
  });

  it('takes a round, reports as JSON, and refuses a bad round or an unknown quote', async () => {
    const out = join(dir, 'pack-3.html');
    const result = await cli('review-pack', project, '--out', out, '--round', '3', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({ out, round: 3, packId: expect.stringMatching(/^[0-9a-f-]{36}$/), themes: 7, quotes: 7, leftOut: [] });
    expect(readFileSync(out, 'utf8')).toContain('data-round="3"');
    expect(await cli('review-pack', project, '--out', out, '--round', 'two')).toMatchObject({ code: 2, err: expect.stringContaining('--round must be a whole number from 1, not "two"') });
    expect(await cli('review-pack', project, '--out', out, '--include-flagged', 'nope')).toMatchObject({ code: 2, err: expect.stringContaining('the project has no quote nope') });
    expect(await cli('review-pack', project)).toMatchObject({ code: 2, err: expect.stringContaining('review-pack needs --out PACK.html') });
  });
});

describe('cli review-import', () => {
  it('adds the answers as reviews in a new project file; the same response again adds nothing; the next pack is round 2', async () => {
    const pack = join(dir, 'pack-import.html');
    expect((await cli('review-pack', project, '--out', pack)).code).toBe(0);
    const html = readFileSync(pack, 'utf8');
    const ab = join(dir, 'review-response-ab-2026-11-24.json');
    const cd = join(dir, 'review-response-cd-2026-11-24.json');
    writeFileSync(ab, JSON.stringify(answer(html, 'AB', '2026-11-24T09:00:00.000Z')));
    writeFileSync(cd, JSON.stringify(answer(html, 'CD', '2026-11-24T10:00:00.000Z')));
    const out = join(dir, 'reviewed.qdpx');
    const result = await cli('review-import', project, ab, cd, '--out', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n')).toEqual([
      `Wrote ${out}: 4 answers added from 2 responses.`,
      `  ${ab}: AB, round 1, 2 answers added`,
      `  ${cd}: CD, round 1, 2 answers added`,
    ]);
    const reviewed = await read(out);
    const first = bundle.codes.find((c) => c.parentId === null && c.order === 0)!;
    expect(reviewed.reviews).toHaveLength(4);
    expect(reviewed.reviews.find((r) => r.reviewer === 'AB' && r.targetId === first.id)).toMatchObject({
      targetType: 'code', verdict: 'yes', comment: 'So true.', suggestedName: '', round: 1, createdAt: '2026-11-24T09:00:00.000Z', response: '', isAddressed: false,
    });
    expect(reviewed.history.at(-1)).toMatchObject({ action: 'reviews:import', summary: 'Imported partner review from AB, CD on the command line' });

    const again = join(dir, 'reviewed-again.qdpx');
    const second = await cli('review-import', out, ab, '--out', again, '--json');
    expect(JSON.parse(second.out)).toMatchObject({ out: again, added: 0, files: [{ reviewer: 'AB', answers: 2, added: 0 }] });
    expect((await read(again)).reviews).toHaveLength(4);

    const next = join(dir, 'pack-next.html');
    expect((await cli('review-pack', out, '--out', next)).out).toContain('(round 2: 7 themes, 7 quotes)');
  });

  it('stops at a bad response with FILE: reason and writes nothing', async () => {
    const html = readFileSync(join(dir, 'pack.html'), 'utf8');
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(answer(html, 'EF', '2026-11-25T09:00:00.000Z')));
    const notJson = join(dir, 'letter.json');
    writeFileSync(notJson, 'Dear researcher, all fine.');
    const elsewhere = join(dir, 'elsewhere.json');
    const other = answer(html, 'GH', '2026-11-25T09:00:00.000Z');
    writeFileSync(elsewhere, JSON.stringify({ ...other, project: { id: 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4', name: 'Another study' } }));
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ ...other, themes: [{ ...other.themes[0]!, codeId: 'c0c0c0c0-b1b1-4c2c-8d3d-e4e4e4e4e4e4', themeName: 'Parking' }] }));
    const out = join(dir, 'never.qdpx');
    expect(await cli('review-import', project, good, notJson, '--out', out)).toMatchObject({ code: 1, err: `${notJson}: is not a review response (it is not JSON)` });
    expect(await cli('review-import', project, elsewhere, '--out', out)).toMatchObject({ code: 1, err: `${elsewhere}: belongs to another project ("Another study"), not "${bundle.project.name}"` });
    expect(await cli('review-import', project, good, unknown, '--out', out)).toMatchObject({ code: 1, err: `${unknown}: answers a theme this project does not have: "Parking"` });
    expect(await cli('review-import', project, join(dir, 'missing.json'), '--out', out)).toMatchObject({ code: 1, err: `${join(dir, 'missing.json')}: no such file.` });
    expect(existsSync(out)).toBe(false);
    expect(await cli('review-import', project, '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('needs at least one response file') });
  });
});
