/**
 * The quote report, codebook and board report on the command line, over the sample project and
 * a small project coded like the real study, and what every findings command says of a file
 * that is not a project.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { readQdpx } from '../../../shared/qdpx/readQdpx';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import type { SampleCodeSpec } from '../../../shared/sample/spec';
import { sampleSpec } from '../../support/sample';
import { qdcErrors } from '../qdpx/xsd';

import {
  FG_THEMES, handBundle, NARRATIVE_THEMES, tempDir, wordParagraphs, wordText, writeProjectFiles, zipPart,
} from './studyProject';

let dir = '';
let SAMPLE = '';
let HAND = '';

beforeAll(async () => {
  ({ dir, sample: SAMPLE, hand: HAND } = await writeProjectFiles());
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
