/** `cli import`: files into a new or existing project file, all or nothing. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import type { InspectReport } from '../../../shared/project/inspect';
import { QUALCODER, randomBytes, TRANSCRIPTS } from '../import/support/fixtures';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cli-import-'));
const BRACKETED = join(TRANSCRIPTS, 'turnchunk_bracketed.txt');
const QUALCODER_TRANSCRIPT = join(QUALCODER, 'transcript.txt');

describe('cli import', () => {
  it('creates a project from two files; inspect shows them with their turns and speakers as participants', async () => {
    const out = join(tempDir(), 'Carers pilot.qdpx');
    const result = await cli('import', BRACKETED, QUALCODER_TRANSCRIPT, '--out', out, '--json');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(result.out)).toEqual([
      { file: BRACKETED, label: 'Int. 1', kind: 'interview', characters: 154, turns: 3, speakers: [{ name: 'Alice', turns: 1 }, { name: 'Bob', turns: 2 }] },
      {
        file: QUALCODER_TRANSCRIPT, label: 'FG 1', kind: 'focus-group', characters: expect.any(Number), turns: 7,
        speakers: [{ name: 'id1', turns: 3 }, { name: 'id2', turns: 2 }, { name: 'id3', turns: 2 }],
      },
    ]);
    const report = JSON.parse((await cli('inspect', out, '--json')).out) as InspectReport;
    expect(report.name).toBe('Carers pilot');
    expect(report.sources.map((s) => [s.label, s.title, s.turns.length])).toEqual([['Int. 1', 'turnchunk_bracketed', 3], ['FG 1', 'transcript', 7]]);
    expect(report.sources[0]?.turns[0]).toEqual({ speaker: 'Alice', start: '[00:00:01] Alice: '.length, end: expect.any(Number) });
    expect(report.participants.map((p) => p.label)).toEqual(['Alice', 'Bob', 'id1', 'id2', 'id3']);
  });

  it('adds to an existing project, numbering on and reusing participants by name', async () => {
    const out = join(tempDir(), 'study.qdpx');
    expect((await cli('import', BRACKETED, '--out', out)).code).toBe(0);
    const added = await cli('import', join(TRANSCRIPTS, 'turnchunk_otter.txt'), join(QUALCODER, 'survey456.csv'), '--out', out, '--kind', 'narrative');
    expect(added.code).toBe(0);
    const report = JSON.parse((await cli('inspect', out, '--json')).out) as InspectReport;
    expect(report.sources.map((s) => s.label)).toEqual(['Int. 1', 'Nar. 1', 'Nar. 2', 'Nar. 3', 'Nar. 4']);
    expect(report.participants.find((p) => p.label === 'ID4')?.attributes).toEqual({ Age: 24, Gender: 'f', Interest: 'shopping' });
  });

  it('refuses a bad file with FILE: reason, exits 1 and leaves the project file byte for byte as it was', async () => {
    const dir = tempDir();
    const out = join(dir, 'study.qdpx');
    expect((await cli('import', BRACKETED, '--out', out)).code).toBe(0);
    const before = readFileSync(out);
    const noise = join(dir, 'noise.bin');
    writeFileSync(noise, randomBytes(4000));
    const result = await cli('import', join(TRANSCRIPTS, 'turnchunk_otter.txt'), noise, '--out', out);
    expect(result).toMatchObject({ code: 1, err: `${noise}: not a text file (it contains binary data)` });
    expect(readFileSync(out).equals(before)).toBe(true);

    const again = await cli('import', BRACKETED, '--out', out);
    expect(again).toMatchObject({ code: 1, err: `${BRACKETED}: the same text is already in the project (Int. 1); nothing was imported` });
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('says what is wrong with the command itself', async () => {
    expect(await cli('import', BRACKETED)).toMatchObject({ code: 2, err: expect.stringContaining('import needs --out') });
    expect(await cli('import', '--out', 'x.qdpx')).toMatchObject({ code: 2, err: expect.stringContaining('at least one file') });
    expect(await cli('import', BRACKETED, '--out', 'x.qdpx', '--kind', 'memo')).toMatchObject({ code: 2, err: expect.stringContaining('--kind must be one of') });
    expect(await cli('import', '/no/such.txt', '--out', join(tempDir(), 'x.qdpx'))).toMatchObject({ code: 1, err: '/no/such.txt: no such file' });
  });
});
