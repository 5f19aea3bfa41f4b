import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchema, type ValidationReport } from '../../../electron/cli/commands/projectFiles';
import { cli } from '../../support/cli';
import type { MergeReport } from '../../../shared/merge';
import type { ProjectBundle } from '../../../shared/model';
import { readQdpx } from '../../../shared/qdpx/readQdpx';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import { seededGuid } from '../../../shared/util/hash';
import { FIXTURES, sampleBundle } from '../../support/sample';
import { secondCoderCopy, SECOND_CODER } from '../merge/secondCoder';

const NVIVO = join(FIXTURES, 'refi/projects/nvivo12.6-win_oltas_teszt.qdpx');
let dir: string;
let sample: ProjectBundle;
let samplePath: string;

async function save(name: string, bundle: ProjectBundle): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await writeQdpx(bundle));
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-files-'));
  sample = await sampleBundle();
  samplePath = await save('sample.qdpx', sample);
});

describe('cli validate', () => {
  it('says a sound project file is valid, schema checked, and exits 0', async () => {
    const result = await cli('validate', samplePath);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`${samplePath}: valid (schema checked against REFI-QDA Project.xsd; integrity: no problems found).`);
    const json = await cli('validate', samplePath, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ isValid: true, schema: { isChecked: true, errors: [] }, findings: [] });
  });

  it('exits 1 and names every problem of a hand-damaged project file, even those opening it would repair', async () => {
    const zip = await JSZip.loadAsync(readFileSync(samplePath));
    let qde = await zip.file('project.qde')!.async('string');
    const [first, second, third] = [...qde.matchAll(/<PlainTextSelection guid="([^"]+)"[^>]*>/g)].map((m) => ({ tag: m[0], guid: m[1]! }));
    // A second selection with the first one's GUID.
    qde = qde.replace(second!.tag, second!.tag.replace(second!.guid, first!.guid));
    // A selection past the end of its text, coded with a code that is not in the file.
    const far = third!.tag.replace(/endPosition="\d+"/, 'endPosition="999999"');
    qde = qde.replace(third!.tag, far);
    const at = qde.indexOf(far);
    const codeRef = /<CodeRef targetGUID="[^"]+"\/>/.exec(qde.slice(at))![0];
    qde = qde.slice(0, at) + qde.slice(at).replace(codeRef, `<CodeRef targetGUID="${seededGuid('no such code')}"/>`);
    zip.file('project.qde', qde);
    const path = join(dir, 'damaged.qdpx');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));

    const result = await cli('validate', path);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid, \\d+ problems: `));
    expect(result.err).toContain(`Two records with one GUID: 2 elements share the GUID ${first!.guid}: PlainTextSelection`);
    expect(result.err).toMatch(/Coding outside its text: A selection in “[^”]+” ends at character 999,999, past the end of the text \([\d,]+ characters\)\./);
    expect(result.err).toMatch(/Coding without its code or source: A selection in “[^”]+” is coded with a code that is not in the file\./);

    const json = await cli('validate', path, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.err) as ValidationReport;
    expect(report.isValid).toBe(false);
    expect(new Set(report.findings.map((f) => f.kind))).toEqual(new Set(['duplicate-guid', 'coding-position', 'orphan-coding']));
  });

  it('exits 1 for damage in the project as read (two records sharing a GUID)', async () => {
    const damaged = structuredClone(sample);
    damaged.memos[0]!.id = damaged.codes[3]!.id as string as typeof damaged.memos[0]['id'];
    const path = await save('shared-guid.qdpx', damaged);
    const result = await cli('validate', path, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.err) as ValidationReport;
    expect(report.findings.map((f) => [f.kind, f.id])).toEqual([['duplicate-guid', damaged.codes[3]!.id]]);
  });

  it('reports schema errors as invalid', async () => {
    const zip = await JSZip.loadAsync(readFileSync(samplePath));
    const qde = await zip.file('project.qde')!.async('string');
    // An element REFI-QDA does not define, inside <Project>.
    zip.file('project.qde', qde.replace(/<\/Project>\s*$/, '<Unknown/></Project>'));
    const path = join(dir, 'schema.qdpx');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    const result = await cli('validate', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/schema: .*Unknown/);
  });

  it('says when the schema could not be checked, and still checks integrity', async () => {
    const qde = '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>';
    expect(await checkSchema(qde, join(dir, 'no-such.xsd'))).toMatchObject({ isChecked: false, note: expect.stringContaining('schema not checked') });
    const withoutChecker = await checkSchema(qde, undefined, async () => null);
    expect(withoutChecker).toEqual({ isChecked: false, errors: [], note: 'schema not checked: the schema checker (xmllint-wasm) is not installed' });
    process.env.STORYLOOM_PROJECT_XSD = join(dir, 'missing.xsd');
    try {
      const result = await cli('validate', samplePath);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/valid \(schema not checked: .*missing\.xsd was not found; integrity: no problems found\)/);
    } finally {
      delete process.env.STORYLOOM_PROJECT_XSD;
    }
  });

  it('refuses a file that is not a project with one line naming it', async () => {
    const path = join(dir, 'notes.qdpx');
    writeFileSync(path, 'just notes');
    const result = await cli('validate', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/notes\.qdpx.*not a zip/);
    expect(await cli('validate')).toMatchObject({ code: 2, err: expect.stringContaining('validate needs a project file') });
  });
});

describe('cli export', () => {
  it('normalises NVivo\'s file to a standard .qdpx that validates and keeps every code and coding', async () => {
    const out = join(dir, 'nvivo-normalised.qdpx');
    const result = await cli('export', NVIVO, '--format', 'qdpx', '--out', out);
    expect(result).toMatchObject({ code: 0, out: `Wrote ${out}: 2 sources, 152 codes, 330 codings.` });
    const again = await readQdpx(new Uint8Array(readFileSync(out)), out);
    expect([again.sources.length, again.codes.length, again.codings.length]).toEqual([2, 152, 330]);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('sources/'))).toHaveLength(2);
    expect((await cli('validate', out)).code).toBe(0);
  }, 60_000);

  it('writes the codebook as .qdc', async () => {
    const out = join(dir, 'codes.qdc');
    expect(await cli('export', samplePath, '--format', 'qdc', '--out', out)).toMatchObject({ code: 0, out: `Wrote ${out}: a codebook of ${sample.codes.length} codes.` });
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).toContain('name="Information sharing"');
  });

  it('needs a known format and --out', async () => {
    expect(await cli('export', samplePath, '--format', 'pdf', '--out', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('--format must be qdpx or qdc, not "pdf"') });
    expect(await cli('export', samplePath, '--format', 'qdc')).toMatchObject({ code: 2, err: expect.stringContaining('export needs --out') });
  });
});

describe('cli merge', () => {
  it('merges a second coder\'s copy, prints added, matched and conflicts, and adds nothing the second time', async () => {
    const copy = await secondCoderCopy(sample, { changeText: '\nP3: And one more thing.' });
    const second = await save('second.qdpx', copy.bundle);
    const out = join(dir, 'merged.qdpx');
    const result = await cli('merge', samplePath, second, '--out', out, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as MergeReport & { out: string };
    expect(report.out).toBe(out);
    expect(report.added).toMatchObject({ coders: 1, codes: 1, codings: copy.placeable.length, sources: 0 });
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ kind: 'source', what: expect.stringContaining('FG 2') });
    const merged = await readQdpx(new Uint8Array(readFileSync(out)), out);
    expect(merged.codings).toHaveLength(sample.codings.length + copy.placeable.length);
    expect(merged.coders.map((c) => c.name).sort()).toEqual(['Sample Researcher', SECOND_CODER]);
    expect(merged.history.at(-1)?.summary).toMatch(/^Merged “second\.qdpx”: 1 code, 4 codings, 1 memo, 1 coder added$/);

    const text = await cli('merge', out, second, '--out', join(dir, 'merged-twice.qdpx'));
    expect(text.code).toBe(0);
    expect(text.out).toContain('Added: nothing.');
    expect(text.out).toContain('Conflicts (1):');
    expect(text.out).toMatch(/source “FG 2 .*”: Its text in the file differs/);
  });

  it('needs two files and --out', async () => {
    expect(await cli('merge', samplePath, '--out', 'x.qdpx')).toMatchObject({ code: 2, err: expect.stringContaining('merge needs two project files') });
    expect(await cli('merge', samplePath, samplePath)).toMatchObject({ code: 2, err: expect.stringContaining('merge needs --out') });
  });
});
