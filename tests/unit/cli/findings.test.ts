/**
 * The findings commands of the command line (matrix, findings, quotes, codebook, report) on real
 * project files: the sample project written by `cli sample`, and a small project coded like the
 * real study (DOMAIN.md "The study"), built here by hand and written with writeQdpx. Expected
 * values are worked out by hand from samples/carers-pilot/sample.json and the texts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import {
  asId, type Attribute, type Brand, type Code, type CodeId, type Coder, type CoderId, type Coding, type CodingId, type Participant,
  type ParticipantId, type ProjectBundle, type ProjectId, type SourceId, type SourceKind, type SourceWithText, type Turn,
} from '../../../shared/model';
import { readQdpx } from '../../../shared/qdpx/readQdpx';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import type { SampleCodeSpec } from '../../../shared/sample/spec';
import { seededGuid } from '../../../shared/util/hash';
import { sampleSpec } from '../../support/sample';
import { qdcErrors } from '../qdpx/xsd';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cli-findings-'));



/** The text of a Word XML fragment as Word shows it, entities decoded. */
function wordText(xml: string): string {
  return (xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Paragraphs of word/document.xml: style and text. */
function wordParagraphs(xml: string): { style: string | null; text: string }[] {
  return (xml.match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: wordText(p),
  }));
}

async function zipPart(file: string, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = zip.file(path);
  if (!part) throw new Error(`${file} has no ${path}`);
  return part.async('string');
}

// -------------------------------------------------------------------------------------------
// A small project coded like the real study: three focus-group themes split by perspective,
// four narrative themes with subthemes directly beneath. Codes are listed out of tree order
// (their `order` decides); an NHS commissioner's words sit under a Carers subtheme.

const id = <T extends Brand<string, string>>(...parts: string[]): T => asId<T>(seededGuid(['findings-cli', ...parts].join('/')));
const AT = '2026-02-01T09:00:00.000Z';
const projectId = id<ProjectId>('project');

const FG_TEXT = [
  'Facilitator: What has been hardest?',
  'Jan: I had to tell my story again to every new social worker.',
  'Dev: As commissioner I hear carers say nobody asked what their mum likes.',
  'Dev: Our panels take three weeks to sign anything off.',
  'Jan: The named contact changed everything for me.',
].join('\n');
const NARRATIVE_TEXT = 'Nobody told me he was being discharged. I was exhausted by then.';

function span(text: string, phrase: string): [number, number] {
  const at = text.indexOf(phrase);
  if (at < 0 || text.indexOf(phrase, at + 1) >= 0) throw new Error(`"${phrase}" is not in the text exactly once.`);
  return [at, at + phrase.length];
}

function handBundle(): ProjectBundle {
  const coder: Coder = { id: id<CoderId>('coder'), projectId, name: 'Hand Coder' };
  const group: Attribute = { id: id('attribute', 'group'), projectId, name: 'Group', type: 'category', categories: ['Carer', 'HSC professional'], order: 0 };
  const person = (label: string, role: Participant['role'], value: string | null, order: number): Participant => ({
    id: id<ParticipantId>('participant', label), projectId, label, role, attributes: { [group.id]: value }, isWithdrawn: false, order,
  });
  const participants = [person('Facilitator', 'facilitator', null, 0), person('Jan', 'participant', 'Carer', 1), person('Dev', 'participant', 'HSC professional', 2)];
  const who = new Map(participants.map((p) => [p.label, p.id]));
  let at = 0;
  const fgTurns: Turn[] = FG_TEXT.split('\n').map((line) => {
    const speaker = line.slice(0, line.indexOf(':'));
    const turn = { start: at + speaker.length + 2, end: at + line.length, speaker, participantId: who.get(speaker) ?? null, timestamp: null };
    at += line.length + 1;
    return turn;
  });
  const source = (key: string, title: string, label: string, kind: SourceKind, text: string, turns: Turn[], order: number): SourceWithText => {
    const sourceId = id<SourceId>('source', key);
    return {
      source: {
        id: sourceId, projectId, title, label, kind, date: '2015-11-11', facilitator: kind === 'focus-group' ? 'Facilitator' : '',
        originalFileName: `${key}.txt`, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), characters: text.length,
        turnCount: turns.length, order, isRead: true, readingPosition: 0, createdAt: AT,
      },
      text: { sourceId, projectId, text, turns },
    };
  };
  const fg = source('fg1', 'Focus group 1', 'FG 1', 'focus-group', FG_TEXT, fgTurns, 0);
  const nar = source('nar1', 'Complaint letter', 'Nar. 1', 'narrative', NARRATIVE_TEXT, [], 1);

  const codes: Code[] = [];
  const code = (name: string, parent: Code | null, order: number): Code => {
    const made: Code = {
      id: id<CodeId>('code', ...(parent ? [parent.id] : []), name), projectId, parentId: parent?.id ?? null, name,
      definition: `About ${name}.`, color: '#336699', order, status: 'candidate', aliases: [], createdAt: AT,
    };
    codes.unshift(made); // last made first: the file's order is not the tree's
    return made;
  };
  const split = (name: string, order: number, carers: string[], professionals: string[]) => {
    const theme = code(name, null, order);
    const c = code('Carers', theme, 0);
    const h = code('HSC Professionals', theme, 1);
    return [theme, ...carers.map((n, i) => code(n, c, i)), ...professionals.map((n, i) => code(n, h, i))];
  };
  const [, , information, personCentred, , bureaucracy] = split('Toughest challenges for integrating carer support services', 0,
    ['Challenges of adjustment', 'Information sharing', 'Providing person-centred care'],
    ['Organisational barriers (culture)', 'Organisational barriers (bureaucracy)', 'Organisational barriers (funding)']);
  const [, namedContact] = split('Examples of integrated changes', 1, ['Having a named contact'], ['Joint training']);
  split('Experience of co-production and story-telling', 2, ['Being heard'], ['Stories as a mirror']);
  const integration = code('Integration of services', null, 3);
  const discharge = code('Communication at discharge', integration, 0);
  const health = code('Carer health and well-being', null, 4);
  const exhaustion = code('Exhaustion', health, 0);
  const support = code('Carer support', null, 5);
  code('Breaks', support, 0);
  const caredFor = code('Cared-for (patient) health and well-being', null, 6);
  code('Safety after discharge', caredFor, 0);

  let n = 0;
  const coding = (where: SourceWithText, phrase: string, target: Code | undefined): Coding => {
    if (!target) throw new Error('no code');
    const [start, end] = span(where.text.text, phrase);
    n += 1;
    return { id: id<CodingId>('coding', String(n)), projectId, sourceId: where.source.id, codeId: target.id, coderId: coder.id, start, end, createdAt: AT };
  };
  const codings = [
    coding(fg, 'I had to tell my story again to every new social worker.', information),
    coding(fg, 'nobody asked what their mum likes', personCentred), // the commissioner, under Carers
    coding(fg, 'Our panels take three weeks to sign anything off.', bureaucracy),
    coding(fg, 'The named contact changed everything for me.', namedContact),
    coding(nar, 'Nobody told me he was being discharged.', discharge),
    coding(nar, 'I was exhausted by then.', exhaustion),
    coding(nar, 'I was exhausted by', support), // on a theme, not a leaf
  ];
  return {
    project: {
      id: projectId, name: 'Carers pilot (hand-coded)', description: 'Two sources coded like the real study.', method: 'Inductive thematic analysis',
      createdAt: AT, updatedAt: AT, levelNames: ['Theme', 'Perspective', 'Subtheme'], currentCoderId: coder.id,
    },
    coders: [coder], sources: [fg, nar], participants, attributes: [group], codes, codings, memos: [], quotes: [], reviews: [], history: [],
  };
}

// -------------------------------------------------------------------------------------------

let dir = '';
let SAMPLE = '';
let HAND = '';

beforeAll(async () => {
  dir = tempDir();
  SAMPLE = join(dir, 'sample.qdpx');
  expect((await cli('sample', '--out', SAMPLE)).code).toBe(0);
  HAND = join(dir, 'hand.qdpx');
  writeFileSync(HAND, await writeQdpx(handBundle()));
});

const FG_THEMES = [
  'Toughest challenges for integrating carer support services',
  'Examples of integrated changes',
  'Experience of co-production and story-telling',
];
const NARRATIVE_THEMES = ['Integration of services', 'Carer health and well-being', 'Carer support', 'Cared-for (patient) health and well-being'];

const SAMPLE_FINDINGS_MD = [
  '### Table 1: Themes and subthemes (Carers and HSC professionals)',
  '',
  '| Theme | Carers | HSC professionals |',
  '| --- | --- | --- |',
  '| Toughest challenges for integrating carer support services | Challenges of adjustment<br>Information sharing<br>Providing person-centred care | Organisational barriers (culture)<br>Organisational barriers (bureaucracy)<br>Organisational barriers (funding) |',
  '| Examples of integrated changes | Having a named contact<br>Being recognised and included | Single assessment and joint visits<br>Carers\' hospital discharge pathway<br>Relationships and joint training |',
  '| Experience of co-production and story-telling | From tick-box to equal partner<br>The cost of taking part | Stories as a mirror for practice<br>Vulnerability and accountability |',
  '',
  '### Table 2: Themes and subthemes',
  '',
  '| Theme | Subthemes |',
  '| --- | --- |',
  '| Integration of services | Communication at discharge<br>Services working together |',
  '| Carer health and well-being | Exhaustion and strain<br>Carer\'s own health put last |',
  '| Carer support | Being noticed and asked<br>Practical support and breaks |',
  '| Cared-for (patient) health and well-being | Safety and health after discharge<br>Dignity and being treated as a person |',
].join('\n');

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

describe('cli quotes', () => {
  it('lists the sample\'s curated quotes under theme headings with their attributions', async () => {
    const result = await cli('quotes', SAMPLE, '--format', 'md');
    expect(result).toEqual({
      code: 0, err: '',
      out: [
        '# Carers integration pilot (sample): quotes',
        '## Toughest challenges for integrating carer support services',
        '### Carers',
        '#### Challenges of adjustment',
        '> \u201CI didn\'t know I was a carer until the memory nurse used the word, and I remember thinking, well, I\'m not, I\'m his wife.\u201D (participant 2, focus group 1)',
        '#### Information sharing',
        '> \u201CEvery time [son] goes into [hospital], every time there\'s a new social worker ... I have to start again from the beginning.\u201D (FG 1)',
        '> \u201CSo it\'s not that nobody\'s written it down. It\'s that it\'s written down four times and nobody can read the other three.\u201D (FG 1)',
        '### HSC professionals',
        '#### Organisational barriers (bureaucracy)',
        '> \u201CSo a carer who\'s at the end of their tether on a Monday might get an answer in three weeks. By which point it\'s a safeguarding.\u201D (FG 1)',
        '## Examples of integrated changes',
        '### Carers',
        '#### Having a named contact',
        '> \u201COne name, one phone number. And it sounds so simple, it is simple, but the feedback has been, people say it\'s the first time they\'ve known who to ring.\u201D (FG 1)',
        '## Experience of co-production and story-telling',
        '### HSC professionals',
        '#### Stories as a mirror for practice',
        '> \u201CI went back to the office and I sat in the car for ten minutes. Because I recognised, I recognised us in it.\u201D (FG 1)',
        '## Carer support',
        '### Being noticed and asked',
        '> \u201COn the third or fourth visit one of your nurses sat down with me in the kitchen and asked how I was sleeping. I burst into tears.\u201D (Nar. 2)',
      ].join('\n\n'),
    });
  });

  it('lists every coded extract of the leaf codes when no quotes were chosen', async () => {
    const result = await cli('quotes', HAND);
    expect(result).toEqual({
      code: 0, err: '',
      out: [
        '# Carers pilot (hand-coded): quotes',
        '## Toughest challenges for integrating carer support services',
        '### Carers',
        '#### Information sharing',
        '> \u201CI had to tell my story again to every new social worker.\u201D (FG 1)',
        '#### Providing person-centred care',
        '> \u201Cnobody asked what their mum likes\u201D (FG 1)',
        '### HSC Professionals',
        '#### Organisational barriers (bureaucracy)',
        '> \u201COur panels take three weeks to sign anything off.\u201D (FG 1)',
        '## Examples of integrated changes',
        '### Carers',
        '#### Having a named contact',
        '> \u201CThe named contact changed everything for me.\u201D (FG 1)',
        '## Integration of services',
        '### Communication at discharge',
        '> \u201CNobody told me he was being discharged.\u201D (Nar. 1)',
        '## Carer health and well-being',
        '### Exhaustion',
        '> \u201CI was exhausted by then.\u201D (Nar. 1)',
      ].join('\n\n'),
    });

    // The sample with its quotes stripped: all 48 codings are on leaf codes.
    const stripped = join(dir, 'no-quotes.qdpx');
    const bundle = await readQdpx(readFileSync(SAMPLE), 'sample.qdpx');
    writeFileSync(stripped, await writeQdpx({ ...bundle, quotes: [] }));
    const all = await cli('quotes', stripped, '--format', 'md');
    expect(all.code).toBe(0);
    expect(all.out.match(/^> \u201C/gm)).toHaveLength(48);
    const info = all.out.slice(all.out.indexOf('#### Information sharing'), all.out.indexOf('#### Providing person-centred care'));
    // The extracts as coded (not the curated wordings): FG 1 in text order, then FG 2.
    expect(info.trim().split('\n\n')).toEqual([
      '#### Information sharing',
      '> \u201CEvery time [son] goes into [hospital], every time there\'s a new social worker, every time his medication changes, I have to start again from the beginning.\u201D (FG 1)',
      '> \u201CSo it\'s not that nobody\'s written it down. It\'s that it\'s written down four times and nobody can read the other three.\u201D (FG 1)',
      '> \u201CAnd every single one of them sat at my kitchen table and asked me the same questions.\u201D (FG 2)',
    ]);
    expect(all.out).toContain('#### Organisational barriers (culture)');
    expect(all.out).toContain('### Dignity and being treated as a person');
  });

  it('writes html as a whole page with no script', async () => {
    const result = await cli('quotes', SAMPLE, '--format', 'html');
    expect(result.code).toBe(0);
    const html = result.out;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<title>Carers integration pilot (sample): quotes</title>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain('<h2>Toughest challenges for integrating carer support services</h2>');
    expect(html).toContain('<h4>Organisational barriers (bureaucracy)</h4>');
    expect(html).toContain('<span class="attribution">(Nar. 2)</span>');
    expect(html.match(/<blockquote>/g)).toHaveLength(7);

    const docx = join(dir, 'quotes.docx');
    expect((await cli('quotes', SAMPLE, '--format', 'docx', '--out', docx)).code).toBe(0);
    const text = wordText(await zipPart(docx, 'word/document.xml'));
    expect(text).toContain('Stories as a mirror for practice');
    expect(text).toContain('I burst into tears.\u201D (Nar. 2)');
    expect((await cli('quotes', SAMPLE, '--format', 'docx'))).toMatchObject({ code: 2, err: expect.stringContaining('needs --out') });
  });
});

describe('cli codebook', () => {
  type QdcCode = { '@_guid': string; '@_name': string; '@_color'?: string; '@_isCodable': string; Description?: string; Code?: QdcCode[] };
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'Code', parseTagValue: false, trimValues: false });
  const shape = (codes: readonly QdcCode[]): unknown[] => codes.map((c) => ({
    name: c['@_name'], color: c['@_color'], definition: c.Description ?? '', children: shape(c.Code ?? []),
  }));
  const expected = (codes: readonly SampleCodeSpec[]): unknown[] => codes.map((c) => ({
    name: c.name, color: c.color, definition: c.definition, children: expected(c.children ?? []),
  }));

  it('writes the sample\'s 36 codes as a .qdc that validates against Codebook.xsd, nested as in the sample', async () => {
    const result = await cli('codebook', SAMPLE, '--format', 'qdc');
    expect(result.code).toBe(0);
    const xml = result.out;
    expect(await qdcErrors(xml)).toEqual([]);
    const book = parser.parse(xml) as { CodeBook: { '@_origin': string; Codes: { Code: QdcCode[] } } };
    expect(book.CodeBook['@_origin']).toBe('Storyloom');
    const codes = book.CodeBook.Codes.Code;
    expect(shape(codes)).toEqual(expected(sampleSpec().codes));
    const all = (list: readonly QdcCode[]): QdcCode[] => list.flatMap((c) => [c, ...all(c.Code ?? [])]);
    expect(all(codes)).toHaveLength(36);
    expect(new Set(all(codes).map((c) => c['@_guid'])).size).toBe(36);
    expect(xml).toContain('not recognising the word "carer", giving up work');

    const file = join(dir, 'codebook.qdc');
    expect((await cli('codebook', SAMPLE, '--format', 'qdc', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`${xml}\n`);
  });

  it('writes csv with counts and an exemplar, and docx', async () => {
    const result = await cli('codebook', SAMPLE);
    expect(result.code).toBe(0);
    const lines = result.out.split('\r\n');
    expect(lines[0]).toBe('\uFEFFCode,Definition,Codings,Sources,Participants,Exemplar');
    expect(lines).toHaveLength(1 + 36);
    // Information sharing: FG 1 twice (P3, P1) and FG 2 once (P11); the exemplar is its first curated quote.
    expect(lines).toContain([
      'Toughest challenges for integrating carer support services > Carers > Information sharing',
      '"Information not passed between services, or not believed, so that carers repeat their story, chase news and end up as the link between organisations."',
      '3', '2', '3',
      '"\u201CEvery time [son] goes into [hospital], every time there\'s a new social worker ... I have to start again from the beginning.\u201D (FG 1)"',
    ].join(','));
    expect(lines[1]).toMatch(/^Toughest challenges for integrating carer support services,".*",16,2,\d+,/);

    const docx = join(dir, 'codebook.docx');
    expect(await cli('codebook', SAMPLE, '--format', 'docx', '--out', docx)).toEqual({ code: 0, out: `Wrote the codebook to ${docx}.`, err: '' });
    const text = wordText(await zipPart(docx, 'word/document.xml'));
    for (const name of [...FG_THEMES, ...NARRATIVE_THEMES, 'Organisational barriers (culture)', 'Dignity and being treated as a person']) expect(text).toContain(name);
    expect(text).toContain('Whether care fits the person cared for');
    expect(await cli('codebook', SAMPLE, '--format', 'docx')).toMatchObject({ code: 2, err: expect.stringContaining('needs --out') });
  });

  it('says so when the project has no codes', async () => {
    const file = join(dir, 'no-codes.qdpx');
    const bundle = handBundle();
    writeFileSync(file, await writeQdpx({ ...bundle, codes: [], codings: [] }));
    expect(await cli('codebook', file, '--format', 'qdc')).toEqual({ code: 1, out: '', err: `${file}: the project has no codes.` });
  });
});

describe('cli report', () => {
  const HWB = ['1. Summary', '2. Recommendations', 'REPORT', '3. Purpose of Report', '4. Risk Assessment and Opportunities Appraisal',
    '5. Financial Implications', '6. Background', '7. Additional Information', '8. Conclusions', 'List of Background Papers',
    'Cabinet Member (Portfolio Holder)', 'Appendices', 'Appendix A: Summary of findings per source'];
  const PPB = ['1.0 PURPOSE OF THE REPORT', '2.0 RECOMMENDATION', '3.0 SUPPORTING INFORMATION', '4.0 POLICY IMPLICATIONS',
    '5.0 FINANCIAL IMPLICATIONS', '6.0 IMPLICATIONS FOR THE COUNCIL\u2019S PRIORITIES', '7.0 RISK ANALYSIS', '8.0 EQUALITY AND DIVERSITY ISSUES',
    '9.0 LIST OF BACKGROUND PAPERS', 'Appendix A: Summary of findings per source'];

  it.each([
    ['hwb', HWB, '6.3 Findings', 'Health and Wellbeing Board'],
    ['ppb', PPB, '3.3 Findings', 'Policy and Performance Board'],
  ] as const)('writes the %s template with its headings in order, the findings table and quotes', async (template, headings, findings, board) => {
    const out = join(dir, `report-${template}.docx`);
    expect(await cli('report', SAMPLE, '--template', template, '--out', out)).toEqual({ code: 0, out: `Wrote the ${board} report to ${out}.`, err: '' });
    const paragraphs = wordParagraphs(await zipPart(out, 'word/document.xml'));
    // Word headings put an en space between the number and the title.
    const headed = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text.replace(/\u2002/g, ' '));
    expect(headed('Heading1')).toEqual(headings);
    expect(paragraphs.find((p) => p.style === 'Heading1')?.text).toBe(headings[0]!.replace(' ', '\u2002'));
    expect(headed('Heading2')).toContain(findings);
    const text = paragraphs.map((p) => p.text);
    for (const name of ['Carers', 'HSC professionals', 'Subthemes', 'Challenges of adjustment', 'Organisational barriers (funding)',
      'Carers\' hospital discharge pathway', 'Dignity and being treated as a person']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('\u201COn the third or fourth visit one of your nurses sat down with me in the kitchen and asked how I was sleeping. I burst into tears.\u201D (Nar. 2).');
    expect(text.some((t) => t.startsWith('\u201CI went back to the office') && t.endsWith('(FG 1).'))).toBe(true);
    // The participants table (Organisation category): 3 local authority, 2 NHS, 1 charity, 1 dementia training, 4 carers.
    const participants = text.indexOf('Organisation category');
    expect(text.slice(participants, participants + 14)).toEqual(['Organisation category', 'Number of participants', 'Local authority', '3',
      'NHS', '2', 'Charity', '1', 'Dementia training', '1', 'None (carer)', '4', 'Total', '11']);
  });

  it('refuses a missing --out and a bad or missing --template with exit 2', async () => {
    expect(await cli('report', SAMPLE, '--template', 'hwb')).toMatchObject({ code: 2, out: '', err: expect.stringContaining('report needs --out FILE.docx.') });
    const out = join(dir, 'bad.docx');
    expect(await cli('report', SAMPLE, '--template', 'cabinet', '--out', out))
      .toMatchObject({ code: 2, err: expect.stringContaining('--template must be one of hwb, ppb, not "cabinet".') });
    expect(await cli('report', SAMPLE, '--out', out)).toMatchObject({ code: 2, err: expect.stringContaining('--template is needed (hwb, ppb).') });
    expect(await cli('report', SAMPLE, '--template', 'hwb', '--out', out, '--participants-by', 'Age'))
      .toMatchObject({ code: 2, err: expect.stringContaining('--participants-by: no attribute "Age"') });
    expect(existsSync(out)).toBe(false);
  });
});

describe('the findings commands on a file that is not a project', () => {
  const commands: [string, string[]][] = [
    ['matrix', []], ['findings', []], ['quotes', []], ['codebook', []], ['report', ['--template', 'hwb', '--out', join(tmpdir(), 'never-written.docx')]],
  ];

  it.each(commands)('%s exits 1 with one line naming a missing file, a folder or a file that is not a project', async (command, options) => {
    expect(await cli(command, '/no/such/file.qdpx', ...options)).toEqual({ code: 1, out: '', err: '/no/such/file.qdpx: no such file.' });

    const folder = join(tempDir(), 'folder.qdpx');
    mkdirSync(folder);
    expect(await cli(command, folder, ...options)).toEqual({ code: 1, out: '', err: `${folder}: is a folder, not a file.` });

    const notes = join(tempDir(), 'notes.qdpx');
    writeFileSync(notes, 'just notes');
    const text = await cli(command, notes, ...options);
    expect(text).toMatchObject({ code: 1, out: '', err: expect.stringContaining('notes.qdpx') });
    expect(text.err).toMatch(/not a zip/);
    expect(text.err.split('\n')).toHaveLength(1);

    // A zip that is not a project: a Word file.
    const word = join(tempDir(), 'findings.docx');
    expect((await cli('findings', SAMPLE, '--format', 'docx', '--out', word)).code).toBe(0);
    const zip = await cli(command, word, ...options);
    expect(zip).toMatchObject({ code: 1, out: '', err: expect.stringContaining('findings.docx') });
    expect(zip.err).toMatch(/no project\.qde/);
    expect(zip.err.split('\n')).toHaveLength(1);
  });

  it('names a command that needs a project file', async () => {
    expect(await cli('findings')).toMatchObject({ code: 2, err: expect.stringContaining('findings needs a project file.') });
    expect(await cli('quotes', SAMPLE, 'extra.qdpx')).toMatchObject({ code: 2, err: expect.stringContaining('Unexpected argument extra.qdpx.') });
  });
});
