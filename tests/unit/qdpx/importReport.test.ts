/**
 * The report shown after opening a project file, and `cli inspect` reporting each source's
 * offset convention: for NVivo's file, a hand-made one and Storyloom's own.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { inspectBundle, formatInspectReport, type InspectReport } from '../../../shared/project/inspect';
import { importReportSummary, readQdpx, readQdpxWithNotices, writeQdpx } from '../../../shared/qdpx';
import { buildTestBundle } from './fixtures';
import { G, qde, zipOf } from './handMade';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/refi/projects/nvivo12.6-win_oltas_teszt.qdpx');

describe('the report after opening a project file', () => {
  it('NVivo: what came in, and which source needed UTF-16 positions', async () => {
    const { report } = await readQdpxWithNotices(new Uint8Array(readFileSync(FIXTURE)), 'nvivo12.6-win_oltas_teszt.qdpx');
    expect(importReportSummary(report)).toEqual([
      'Came in (written by NVivo for Windows 12.6): 2 sources, 152 codes, 330 codings, 0 memos, 3 coders.',
      'Positions: UTF-16 units in source "videos_10_selected" (657 of 660 selection edges fall between words that way; '
        + '292 as the standard\'s code points); code points, as the standard says, in the other source.',
    ]);
  });

  it('a file with things left out, missing and changed lists every one', async () => {
    const bytes = await zipOf({
      'project.qde': qde(`<Sources><TextSource guid="${G(10)}" name="Here"><PlainTextContent>Hello there.</PlainTextContent></TextSource>
        <TextSource guid="${G(11)}" name="Gone" plainTextPath="internal://gone.txt"/><AudioSource guid="${G(12)}" name="Recording"/></Sources>
        <Sets><Set guid="${G(80)}" name="Group"/></Sets>`),
    });
    const { report } = await readQdpxWithNotices(bytes, 'x.qdpx');
    expect(importReportSummary(report)).toEqual([
      'Came in (written by A test): 1 source, 0 codes, 0 codings, 1 memo, 1 coder.',
      'Positions: code points, as the standard says, in the source.',
      'Left out 1 audio source: Storyloom analyses text only; notes on them came in as project memos.',
      'Source "Gone": its text file sources/gone.txt is not in the project file; the source was left out.',
      'Set "Group": Storyloom has no sets, so it came in as the project memo "Set: Group".',
    ]);
  });

  it('Storyloom\'s own file: counts, and code points throughout', async () => {
    const { report, notices } = await readQdpxWithNotices(await writeQdpx(buildTestBundle()), 'own.qdpx');
    expect(notices).toEqual([]);
    expect(importReportSummary(report)).toEqual([
      'Came in (written by Storyloom): 3 sources, 6 codes, 9 codings, 5 memos, 4 participants, 5 attributes, 2 coders.',
      'Positions: code points, as in every Storyloom project file.',
    ]);
  });
});

describe('inspect reports the offset convention of each source', () => {
  it('as JSON, with the rest of the report as it was', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inspect-'));
    const file = path.join(dir, 'nvivo.qdpx');
    copyFileSync(FIXTURE, file);
    const result = await cli('inspect', file, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as InspectReport;
    expect(report.sources.map((s) => [s.title, s.offsets])).toEqual([
      ['videos_selection', { unit: 'code-points', lineBreaks: 'crlf-two', basis: 'standard', edges: 0, cleanEdges: 0 }],
      ['videos_10_selected', { unit: 'utf16', lineBreaks: 'crlf-two', basis: 'detected', edges: 660, cleanEdges: 657 }],
    ]);
    expect(Object.keys(report.sources[0]!)).toEqual(['label', 'title', 'kind', 'characters', 'turns', 'offsets']);
    expect(report.codings).toBe(330);

    const text = await cli('inspect', file);
    expect(text.out).toContain('positions: UTF-16 units, detected (657 of 660 selection edges between words)');
  });

  it('code points for Storyloom\'s own files; null for a project that did not come from a file', async () => {
    const bundle = buildTestBundle();
    expect(inspectBundle(bundle).sources.map((s) => s.offsets)).toEqual([null, null, null]);
    const read = await readQdpx(await writeQdpx(bundle), 'own.qdpx');
    const report = inspectBundle(read);
    expect(report.sources.map((s) => [s.label, s.offsets?.unit, s.offsets?.basis])).toEqual([
      ['FG 1', 'code-points', 'storyloom'], ['Nar. 6', 'code-points', 'storyloom'], ['Int. 2', 'code-points', 'storyloom'],
    ]);
    expect(formatInspectReport(report)).toContain('positions: code points (a Storyloom file)');
  });
});

describe('a report on many sources read the same way', () => {
  it('groups them, naming every one', async () => {
    const raw = '😀 Nobody asked me. 😀 Never.';
    const utf16 = (phrase: string) => [raw.indexOf(phrase), raw.indexOf(phrase) + phrase.length];
    const source = (n: number) => {
      const [start, end] = utf16('Nobody asked');
      const [start2, end2] = utf16('Never');
      return `<TextSource guid="${G(n)}" name="S${n}"><PlainTextContent>${raw}</PlainTextContent>`
        + `<PlainTextSelection guid="${G(n + 1)}" startPosition="${start}" endPosition="${end}"><Coding guid="${G(n + 2)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>`
        + `<PlainTextSelection guid="${G(n + 3)}" startPosition="${start2}" endPosition="${end2}"><Coding guid="${G(n + 4)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection></TextSource>`;
    };
    const bytes = await zipOf({
      'project.qde': qde(`<CodeBook><Codes><Code guid="${G(1)}" name="C" isCodable="true"/></Codes></CodeBook><Sources>${source(10)}${source(20)}${source(30)}
        <TextSource guid="${G(40)}" name="Plain"><PlainTextContent>No emoji here.</PlainTextContent></TextSource></Sources>`),
    });
    const { report } = await readQdpxWithNotices(bytes, 'many.qdpx');
    expect(importReportSummary(report)[1]).toBe('Positions: UTF-16 units in 3 sources ("S10", "S20", "S30") '
      + '(12 of 12 selection edges fall between words that way; 6 as the standard\'s code points); code points, as the standard says, in the other source.');
  });
});
