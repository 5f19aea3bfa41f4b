/**
 * The findings table and the theme matrix on the command line, over real project files: the
 * sample project written by `cli sample`, and a small project coded like the real study. Expected
 * values are worked out by hand from samples/carers-pilot/sample.json and the texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';

import { FG_THEMES, NARRATIVE_THEMES, wordText, writeProjectFiles, zipPart } from './studyProject';
import { SAMPLE_FINDINGS_MD } from '../../support/sampleFindings';

let dir = '';
let SAMPLE = '';
let HAND = '';

beforeAll(async () => {
  ({ dir, sample: SAMPLE, hand: HAND } = await writeProjectFiles());
});

describe('cli findings', () => {
  it('prints the real report\'s layout for the sample: themes by perspective, then the narrative themes', async () => {
    const result = await cli('findings', SAMPLE, '--columns', 'level:2', '--format', 'md');
    expect(result).toEqual({ code: 0, out: SAMPLE_FINDINGS_MD, err: '' });
    // level:2 and md are the defaults
    expect((await cli('findings', SAMPLE)).out).toBe(SAMPLE_FINDINGS_MD);
  });

  it('writes Markdown to --out ending in one line break', async () => {
    const out = join(dir, 'findings.md');
    expect(await cli('findings', SAMPLE, '--out', out)).toEqual({ code: 0, out: `Wrote the findings table to ${out}.`, err: '' });
    expect(readFileSync(out, 'utf8')).toBe(`${SAMPLE_FINDINGS_MD}\n`);
  });

  it('gives the same shape for a project coded like the real study', async () => {
    const result = await cli('findings', HAND, '--columns', 'level:2', '--format', 'md');
    expect(result).toEqual({
      code: 0, err: '',
      out: [
        '### Table 1: Themes and subthemes (Carers and HSC Professionals)',
        '',
        '| Theme | Carers | HSC Professionals |',
        '| --- | --- | --- |',
        '| Toughest challenges for integrating carer support services | Challenges of adjustment<br>Information sharing<br>Providing person-centred care | Organisational barriers (culture)<br>Organisational barriers (bureaucracy)<br>Organisational barriers (funding) |',
        '| Examples of integrated changes | Having a named contact | Joint training |',
        '| Experience of co-production and story-telling | Being heard | Stories as a mirror |',
        '',
        '### Table 2: Themes and subthemes',
        '',
        '| Theme | Subthemes |',
        '| --- | --- |',
        '| Integration of services | Communication at discharge |',
        '| Carer health and well-being | Exhaustion |',
        '| Carer support | Breaks |',
        '| Cared-for (patient) health and well-being | Safety after discharge |',
      ].join('\n'),
    });
  });

  it('adds codings with --counts (sample: 1 + 1 adjustment, 2 + 1 information sharing, 2 + 2 culture ...)', async () => {
    const result = await cli('findings', SAMPLE, '--counts');
    expect(result.code).toBe(0);
    const note = 'Numbers in brackets are codings of the subtheme and everything beneath it.';
    expect(result.out).toBe([
      '### Table 1: Themes and subthemes (Carers and HSC professionals)',
      '',
      '| Theme | Carers | HSC professionals |',
      '| --- | --- | --- |',
      '| Toughest challenges for integrating carer support services | Challenges of adjustment (2)<br>Information sharing (3)<br>Providing person-centred care (3) | Organisational barriers (culture) (4)<br>Organisational barriers (bureaucracy) (2)<br>Organisational barriers (funding) (2) |',
      '| Examples of integrated changes | Having a named contact (1)<br>Being recognised and included (2) | Single assessment and joint visits (2)<br>Carers\' hospital discharge pathway (1)<br>Relationships and joint training (1) |',
      '| Experience of co-production and story-telling | From tick-box to equal partner (3)<br>The cost of taking part (2) | Stories as a mirror for practice (1)<br>Vulnerability and accountability (3) |',
      '',
      note,
      '',
      '### Table 2: Themes and subthemes',
      '',
      '| Theme | Subthemes |',
      '| --- | --- |',
      '| Integration of services | Communication at discharge (3)<br>Services working together (2) |',
      '| Carer health and well-being | Exhaustion and strain (2)<br>Carer\'s own health put last (1) |',
      '| Carer support | Being noticed and asked (3)<br>Practical support and breaks (2) |',
      '| Cared-for (patient) health and well-being | Safety and health after discharge (1)<br>Dignity and being treated as a person (2) |',
      '',
      note,
    ].join('\n'));
  });

  it('puts subthemes under the speakers\' Group with --columns attribute:Group (the commissioner\'s words under HSC professional)', async () => {
    const result = await cli('findings', HAND, '--columns', 'attribute:Group', '--counts');
    expect(result.code).toBe(0);
    expect(result.out).toBe([
      '### Table 1: Themes and subthemes (Carer and HSC professional)',
      '',
      '| Theme | Carer | HSC professional |',
      '| --- | --- | --- |',
      '| Toughest challenges for integrating carer support services | Information sharing (1) | Providing person-centred care (1)<br>Organisational barriers (bureaucracy) (1) |',
      '| Examples of integrated changes | Having a named contact (1) |  |',
      '| Experience of co-production and story-telling |  |  |',
      '| Integration of services |  |  |',
      '| Carer health and well-being |  |  |',
      '| Carer support |  |  |',
      '| Cared-for (patient) health and well-being |  |  |',
      '',
      'Numbers in brackets are codings of the subtheme and everything beneath it.',
    ].join('\n'));
    // The sample: P1 (a social worker) speaks one of the three Information sharing extracts.
    const sample = await cli('findings', SAMPLE, '--columns', 'attribute:group');
    expect(sample.code).toBe(0);
    expect(sample.out.split('\n').slice(0, 5)).toEqual([
      '### Table 1: Themes and subthemes (Carer and HSC professional)',
      '',
      '| Theme | Carer | HSC professional |',
      '| --- | --- | --- |',
      '| Toughest challenges for integrating carer support services | Challenges of adjustment<br>Information sharing<br>Providing person-centred care | Information sharing<br>Providing person-centred care<br>Organisational barriers (culture)<br>Organisational barriers (bureaucracy)<br>Organisational barriers (funding) |',
    ]);
  });

  it('writes csv, docx and xlsx files with --out', async () => {
    const csv = join(dir, 'findings.csv');
    expect(await cli('findings', SAMPLE, '--format', 'csv', '--out', csv)).toMatchObject({ code: 0, err: '' });
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFTheme,Carers,HSC professionals\r\n')).toBe(true);
    expect(text).toContain('Toughest challenges for integrating carer support services,"Challenges of adjustment\nInformation sharing\nProviding person-centred care",');
    expect(text).toContain('\r\n\r\nTheme,Subthemes\r\n');
    expect(text).toContain('Carer support,"Being noticed and asked\nPractical support and breaks"\r\n');
    expect(text.match(/\uFEFF/g)).toHaveLength(1);

    const docx = join(dir, 'findings.docx');
    expect(await cli('findings', SAMPLE, '--format', 'docx', '--out', docx)).toEqual({ code: 0, out: `Wrote the findings table to ${docx}.`, err: '' });
    const document = wordText(await zipPart(docx, 'word/document.xml'));
    for (const name of ['Table 1: Themes and subthemes (Carers and HSC professionals)', 'HSC professionals', 'Organisational barriers (funding)', 'Carers\' hospital discharge pathway', 'Table 2: Themes and subthemes', 'Subthemes', ...NARRATIVE_THEMES]) {
      expect(document).toContain(name);
    }
    expect(document.indexOf('Table 1: Themes')).toBeLessThan(document.indexOf('Table 2: Themes'));

    const xlsx = join(dir, 'findings.xlsx');
    expect(await cli('findings', SAMPLE, '--format', 'xlsx', '--out', xlsx, '--counts')).toMatchObject({ code: 0, err: '' });
    const sheet1 = await zipPart(xlsx, 'xl/worksheets/sheet1.xml');
    for (const text of ['>Theme<', '>Carers<', '>HSC professionals<', `>${FG_THEMES[0]!}<`, 'Information sharing (3)', 'Organisational barriers (culture) (4)']) {
      expect(sheet1).toContain(text);
    }
    const sheet2 = await zipPart(xlsx, 'xl/worksheets/sheet2.xml');
    expect(sheet2).toContain('>Subthemes<');
    expect(sheet2).toContain('Communication at discharge (3)');
  });

  it('refuses Word or Excel without --out, and bad columns, with exit 2', async () => {
    for (const format of ['docx', 'xlsx']) {
      const result = await cli('findings', SAMPLE, '--format', format);
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toContain('needs --out FILE');
      expect(result.err.split('\n')).toHaveLength(1);
    }
    expect(await cli('findings', SAMPLE, '--columns', 'level:1')).toMatchObject({ code: 2, err: expect.stringContaining('"level:1": the level must be 2 or more') });
    expect(await cli('findings', SAMPLE, '--columns', 'attribute:Nope')).toMatchObject({ code: 2, err: expect.stringContaining('no attribute "Nope"') });
    expect(await cli('findings', SAMPLE, '--format', 'pdf')).toMatchObject({ code: 2, err: expect.stringContaining('--format must be one of md, csv, docx, xlsx') });
  });
});

describe('cli matrix', () => {
  interface MatrixJson { measure: string; columns: string[]; rows: { code: string; values: Record<string, number | null> }[]; outside: number }
  const NARRATIVE_SUBTHEMES = ['Communication at discharge', 'Services working together', 'Exhaustion and strain', 'Carer\'s own health put last',
    'Being noticed and asked', 'Practical support and breaks', 'Safety and health after discharge', 'Dignity and being treated as a person'];

  it('counts codings per theme and perspective (depth:1 x level:2) as JSON', async () => {
    const result = await cli('matrix', SAMPLE, '--rows', 'depth:1', '--cols', 'level:2', '--measure', 'codings', '--format', 'json');
    expect(result).toMatchObject({ code: 0, err: '' });
    const json = JSON.parse(result.out) as MatrixJson;
    expect(json.measure).toBe('codings');
    // Level 2 names in tree order: the perspectives, then the narrative themes' subthemes.
    expect(json.columns).toEqual(['Carers', 'HSC professionals', ...NARRATIVE_SUBTHEMES]);
    expect(json.rows.map((r) => r.code)).toEqual([...FG_THEMES, ...NARRATIVE_THEMES]);
    const value = (row: string, column: string) => json.rows.find((r) => r.code === row)?.values[column];
    // Toughest challenges, Carers: adjustment 1 + 1, information sharing 2 + 1, person-centred 1 + 2.
    expect(value(FG_THEMES[0]!, 'Carers')).toBe(8);
    // HSC professionals: culture 2 + 2, bureaucracy 1 + 1, funding 1 + 1.
    expect(value(FG_THEMES[0]!, 'HSC professionals')).toBe(8);
    // Examples: named contact 1 + recognised 2 | single assessment 2 + pathway 1 + relationships 1.
    expect([value(FG_THEMES[1]!, 'Carers'), value(FG_THEMES[1]!, 'HSC professionals')]).toEqual([3, 4]);
    // Co-production: tick-box 3 + cost 2 | mirror 1 + vulnerability 3.
    expect([value(FG_THEMES[2]!, 'Carers'), value(FG_THEMES[2]!, 'HSC professionals')]).toEqual([5, 4]);
    // Integration of services: Nar. 1 twice and Nar. 4 once at discharge; Nar. 2 and 3 working together.
    expect(json.rows[3]!.values).toEqual({
      Carers: 0, 'HSC professionals': 0, 'Communication at discharge': 3, 'Services working together': 2, 'Exhaustion and strain': 0,
      'Carer\'s own health put last': 0, 'Being noticed and asked': 0, 'Practical support and breaks': 0, 'Safety and health after discharge': 0,
      'Dignity and being treated as a person': 0,
    });
    expect(json.outside).toBe(0);
  });

  it('names codes by their path with --rows codes and sources by label', async () => {
    const result = await cli('matrix', SAMPLE, '--rows', 'codes', '--cols', 'sources', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as MatrixJson;
    expect(json.columns).toEqual(['FG 1', 'FG 2', 'Nar. 1', 'Nar. 2', 'Nar. 3', 'Nar. 4']);
    expect(json.rows).toHaveLength(36);
    expect(json.rows.slice(0, 3).map((r) => r.code)).toEqual([
      FG_THEMES[0], `${FG_THEMES[0]!} > Carers`, `${FG_THEMES[0]!} > Carers > Challenges of adjustment`,
    ]);
    const row = (code: string) => json.rows.find((r) => r.code === code)?.values;
    expect(row('Toughest challenges for integrating carer support services > Carers > Information sharing'))
      .toEqual({ 'FG 1': 2, 'FG 2': 1, 'Nar. 1': 0, 'Nar. 2': 0, 'Nar. 3': 0, 'Nar. 4': 0 });
    // codes: each code on its own codings only; nothing is coded at theme level in the sample.
    expect(row(FG_THEMES[0]!)).toEqual({ 'FG 1': 0, 'FG 2': 0, 'Nar. 1': 0, 'Nar. 2': 0, 'Nar. 3': 0, 'Nar. 4': 0 });
    expect(row('Carer support > Being noticed and asked')).toEqual({ 'FG 1': 0, 'FG 2': 0, 'Nar. 1': 1, 'Nar. 2': 1, 'Nar. 3': 0, 'Nar. 4': 1 });
    expect(json.rows.reduce((n, r) => n + Object.values(r.values).reduce<number>((m, v) => m + (v ?? 0), 0), 0)).toBe(48);
  });

  it('writes csv and Markdown', async () => {
    const csv = await cli('matrix', SAMPLE, '--rows', 'codes', '--cols', 'sources', '--format', 'csv');
    expect(csv.code).toBe(0);
    const lines = csv.out.split('\r\n');
    expect(lines[0]).toBe('\uFEFFCode,FG 1,FG 2,Nar. 1,Nar. 2,Nar. 3,Nar. 4');
    expect(lines).toContain('Toughest challenges for integrating carer support services > Carers > Information sharing,2,1,0,0,0,0');
    expect(lines).toContain('Toughest challenges for integrating carer support services > HSC professionals > Organisational barriers (culture),2,2,0,0,0,0');

    const md = await cli('matrix', SAMPLE, '--rows', 'depth:1', '--cols', 'kinds', '--format', 'md');
    expect(md).toEqual({
      code: 0, err: '',
      out: [
        '| Code | Focus groups | Narratives |',
        '| --- | --- | --- |',
        '| Toughest challenges for integrating carer support services | 16 | 0 |',
        '| Examples of integrated changes | 7 | 0 |',
        '| Experience of co-production and story-telling | 9 | 0 |',
        '| Integration of services | 0 | 5 |',
        '| Carer health and well-being | 0 | 3 |',
        '| Carer support | 0 | 5 |',
        '| Cared-for (patient) health and well-being | 0 | 3 |',
      ].join('\n'),
    });
    const file = join(dir, 'matrix.md');
    expect((await cli('matrix', SAMPLE, '--cols', 'kinds', '--format', 'md', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`${md.out}\n`);
  });

  it('counts participants by Group on the hand-coded project', async () => {
    const result = await cli('matrix', HAND, '--rows', 'depth:1', '--cols', 'attribute:Group', '--measure', 'participants', '--format', 'md');
    expect(result.out).toBe([
      '| Code | Carer | HSC professional |',
      '| --- | --- | --- |',
      '| Toughest challenges for integrating carer support services | 1 | 1 |',
      '| Examples of integrated changes | 1 | 0 |',
      '| Experience of co-production and story-telling | 0 | 0 |',
      '| Integration of services | 0 | 0 |',
      '| Carer health and well-being | 0 | 0 |',
      '| Carer support | 0 | 0 |',
      '| Cared-for (patient) health and well-being | 0 | 0 |',
    ].join('\n'));
  });

  it('refuses bad options with exit 2 and a message naming the option', async () => {
    const bad = async (...argv: string[]) => {
      const result = await cli('matrix', SAMPLE, ...argv);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err.split('\n')).toHaveLength(1);
      return result.err.replace(/^Usage: .*?\]\. /, '');
    };
    expect(await bad('--rows', 'depth:0')).toBe('Matrix rows "depth:0": the depth must be a whole number of 1 or more (e.g. depth:2)');
    expect(await bad('--cols', 'attribute:Nope')).toBe('Matrix columns "attribute:Nope": no attribute is named "Nope" (attributes: Group, Organisation category, Role)');
    expect(await bad('--measure', 'nope')).toBe('--measure must be one of codings, sources, participants, characters, share, not "nope".');
    expect(await bad('--format', 'xml')).toBe('--format must be one of csv, md, json, not "xml".');
    expect(await bad('--rows')).toBe('--rows needs a value.');
    expect(await bad('--cols', 'level:x')).toContain('Matrix columns "level:x"');
  });
});
