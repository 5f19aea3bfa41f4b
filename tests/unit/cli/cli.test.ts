import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import type { InspectReport } from '../../../shared/project/inspect';

const ROOT = join(__dirname, '../../..');

describe('cli sample then inspect', () => {
  it('prints the sample\'s sources, turns, participants and codes as JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cli-')), 'sample.qdpx');
    expect((await cli('sample', '--out', file)).code).toBe(0);
    const result = await cli('inspect', file, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as InspectReport;
    expect(report.sources.map((s) => [s.label, s.kind])).toEqual([
      ['FG 1', 'focus-group'], ['FG 2', 'focus-group'], ['Nar. 1', 'narrative'], ['Nar. 2', 'narrative'],
      ['Nar. 3', 'narrative'], ['Nar. 4', 'narrative'],
    ]);
    const fg1 = report.sources[0]!;
    expect(fg1.turns[0]).toEqual({ speaker: 'Facilitator', start: 'Facilitator: '.length, end: expect.any(Number) });
    expect(new Set(fg1.turns.map((t) => t.speaker))).toEqual(new Set(['Facilitator', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6']));
    expect(report.sources[2]!.turns.every((t) => t.speaker === null)).toBe(true);
    expect(report.participants.find((p) => p.label === 'P2')).toEqual({
      label: 'P2', role: 'participant',
      attributes: { Group: 'Carer', 'Organisation category': 'None (carer)', Role: expect.any(String) },
    });
    expect(report.codes).toContainEqual({
      path: ['Toughest challenges for integrating carer support services', 'Carers', 'Information sharing'], codings: expect.any(Number),
    });
    expect(report.codes.reduce((n, c) => n + c.codings, 0)).toBe(report.codings);
    expect(report.codings).toBe(48);
  });
});

describe('cli bad input', () => {
  it('refuses a text file renamed .qdpx with one line naming it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cli-')), 'notes.qdpx');
    writeFileSync(file, 'just notes');
    const result = await cli('inspect', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain('notes.qdpx');
    expect(result.err).toMatch(/not a zip/);
    expect(result.err.split('\n')).toHaveLength(1);
  });

  it('names a missing file, an unknown command and an unknown option', async () => {
    expect(await cli('inspect', '/no/such/file.qdpx')).toMatchObject({ code: 1, err: '/no/such/file.qdpx: no such file.' });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frobnicate"') });
    expect(await cli('inspect', 'x.qdpx', '--colour')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option --colour') });
    expect(await cli('sample')).toMatchObject({ code: 2, err: expect.stringContaining('sample needs --out') });
  });

  it('fails with one line when the output folder does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const result = await cli('sample', '--out', join(dir, 'missing-folder', 'x.qdpx'));
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
  });
});

describe('the npm run cli entry point', () => {
  it('lists every command with --help and exits non-zero on bad input', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const help = execFileSync(tsx, ['electron/cli/bin.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help).toContain('sample --out FILE.qdpx');
    expect(help).toContain('inspect FILE.qdpx [--json]');
    const bad = spawnSync(tsx, ['electron/cli/bin.ts', 'inspect', join(ROOT, 'package.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toContain('"name": "storyloom"');
  });
});
