/**
 * Project-file commands (issue 6, item 6): validate a file (REFI-QDA schema and Storyloom's
 * integrity check), export any tool's file as a standard .qdpx or .qdc, and merge two project
 * files (a second coder's copy into the first). Same core as the app's Project files screen.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import {
  checkIntegrity, INTEGRITY_EXPLANATIONS, scanProjectXml, type IntegrityFinding, type XmlNode,
} from '../../../shared/integrity';
import { formatMergeReport, mergeProjects, mergeSummary } from '../../../shared/merge';
import { newGuid, type HistoryEvent, type ProjectBundle } from '../../../shared/model';
import { readQdpxWithNotices } from '../../../shared/qdpx/readQdpx';
import { writeQdc } from '../../../shared/qdpx/writeQdc';
import { parseXml } from '../../../shared/qdpx/xmlRead';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import { parseArgs, UsageError } from '../args';
import { readFileBytes, readProjectFile, writeFileWhole } from '../files';
import type { CliCommand } from './findings';

/** REFI-QDA's Project.xsd, found beside the project (../shared/fixtures); STORYLOOM_PROJECT_XSD overrides it. */
export function defaultSchemaPath(): string {
  return process.env.STORYLOOM_PROJECT_XSD
    ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/refi/schemas/Project.xsd');
}

interface XmlValidator {
  validateXML(options: {
    xml: { fileName: string; contents: string }[];
    schema: { fileName: string; contents: string }[];
    maxMemoryPages?: number;
  }): Promise<{ valid: boolean; errors: readonly { rawMessage: string }[] }>;
}

/**
 * libxml2 (xmllint-wasm) when it is installed. It is a development dependency: an installation
 * without it still validates integrity and says the schema was not checked.
 */
async function loadValidator(): Promise<XmlValidator | null> {
  const name = 'xmllint-wasm';
  try {
    const module = (await import(/* @vite-ignore */ name)) as Partial<XmlValidator> & { default?: Partial<XmlValidator> };
    const validateXML = module.validateXML ?? module.default?.validateXML;
    return validateXML ? { validateXML } : null;
  } catch {
    return null;
  }
}

export interface SchemaResult {
  isChecked: boolean;
  /** libxml2's messages, one line each; empty when valid or not checked. */
  errors: string[];
  /** Why the schema was not checked, or what it was checked against. */
  note: string;
}

/** Validates a project.qde against Project.xsd, or says why it could not. */
export async function checkSchema(
  qde: string, schemaPath: string = defaultSchemaPath(), load: () => Promise<XmlValidator | null> = loadValidator,
): Promise<SchemaResult> {
  if (!existsSync(schemaPath)) return { isChecked: false, errors: [], note: `schema not checked: ${schemaPath} was not found` };
  const validator = await load();
  if (!validator) return { isChecked: false, errors: [], note: 'schema not checked: the schema checker (xmllint-wasm) is not installed' };
  const result = await validator.validateXML({
    xml: [{ fileName: 'project.qde', contents: qde }],
    schema: [{ fileName: 'Project.xsd', contents: await readFile(schemaPath, 'utf8') }],
    maxMemoryPages: 4096,
  });
  return {
    isChecked: true,
    errors: result.valid ? [] : result.errors.map((e) => e.rawMessage.replace(/\s+/g, ' ').trim()),
    note: 'schema checked against REFI-QDA Project.xsd',
  };
}

/** Reads a project file and what reading it left out or repaired; errors name the file and the reason. */
async function readWithNotices(path: string): Promise<{ bytes: Uint8Array; bundle: ProjectBundle; notices: string[] }> {
  const bytes = await readFileBytes(path);
  const { bundle, notices } = await readQdpxWithNotices(bytes, path);
  return { bytes, bundle, notices };
}

/** The zip entry a plainTextPath names ("internal://x.txt" is sources/x.txt, in any case), or null. */
function textEntry(zip: JSZip, plainTextPath: string | null): JSZip.JSZipObject | null {
  const match = /^internal:\/\/(.+)$/i.exec(plainTextPath ?? '');
  if (!match?.[1]) return null;
  const wanted = `sources/${match[1]}`.toLowerCase();
  return zip.file(new RegExp(`^${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0] ?? null;
}

/** The file's project.qde as written, and the integrity problems in it that reading repairs. */
async function scanFile(bytes: Uint8Array): Promise<{ qde: string; findings: IntegrityFinding[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(/^project\.qde$/i)[0];
  if (!entry) return { qde: '', findings: [] };
  const qde = await entry.async('string');
  const texts = new Map<string, number | null>();
  const root = parseXml(qde, 'project.qde');
  const pending: Promise<void>[] = [];
  const collect = (node: XmlNode) => {
    if (node.name === 'TextSource') {
      const path = node.attributes.plainTextPath ?? '';
      const text = textEntry(zip, path);
      if (text && !texts.has(path)) {
        texts.set(path, null);
        pending.push(text.async('string').then((t) => {
          // Positions may count UTF-16 units or UTF-8 bytes: allow the longer reading.
          const body = t.replace(/^\uFEFF/, '');
          texts.set(path, Math.max(body.length, new TextEncoder().encode(body).length));
        }));
      }
    }
    node.children.forEach(collect);
  };
  collect(root);
  await Promise.all(pending);
  return { qde, findings: scanProjectXml(root, (source) => texts.get(source.plainTextPath ?? '') ?? null) };
}

export interface ValidationReport {
  file: string;
  isValid: boolean;
  schema: SchemaResult;
  findings: (IntegrityFinding & { title: string })[];
  /** What reading the file left out or converted (not problems in themselves). */
  notes: string[];
}

/**
 * Schema, the file as written (what reading would repair) and the project as read. Reading's
 * notices (what Storyloom leaves out or converts) are notes, not problems.
 */
export async function validateProjectFile(path: string, schemaPath?: string): Promise<ValidationReport> {
  const { bytes, bundle, notices } = await readWithNotices(path);
  const scan = await scanFile(bytes);
  const schema = await checkSchema(scan.qde, schemaPath);
  const seen = new Set<string>();
  const findings = [...scan.findings, ...checkIntegrity(bundle)]
    .filter((f) => !seen.has(`${f.kind}|${f.id}`) && seen.add(`${f.kind}|${f.id}`))
    .map((f) => ({ ...f, title: INTEGRITY_EXPLANATIONS[f.kind].title }));
  return { file: path, isValid: schema.errors.length === 0 && findings.length === 0, schema, findings, notes: notices };
}

/** One line: the file, how many problems, then each problem. */
function invalidLine(report: ValidationReport): string {
  const problems = [
    ...report.schema.errors.map((e) => `schema: ${e}`),
    ...report.findings.map((f) => `${f.title}: ${f.message}`),
  ];
  return `${report.file}: not valid, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: ${problems.join(' | ')}`;
}

function counts(bundle: ProjectBundle): string {
  return `${bundle.sources.length} sources, ${bundle.codes.length} codes, ${bundle.codings.length} codings`;
}

const encoder = new TextEncoder();

export const PROJECT_FILE_COMMANDS: Record<string, CliCommand> = {
  validate: {
    usage: 'validate FILE.qdpx [--schema Project.xsd] [--json]',
    summary: 'Check a project file against REFI-QDA\'s schema and for damage (orphans, positions, cycles, duplicate GUIDs); exit 1 when invalid.',
    async run(argv) {
      const { flags, positionals } = parseArgs(argv, { values: ['schema'], switches: ['json'] });
      const [file, extra] = positionals;
      if (!file) throw new UsageError('validate needs a project file.');
      if (extra) throw new UsageError(`Unexpected argument ${extra}.`);
      const schema = flags.get('schema');
      const report = await validateProjectFile(file, typeof schema === 'string' ? schema : undefined);
      // Invalid files exit 1: the command line prints a thrown message as one line on standard error.
      if (flags.has('json')) {
        const json = JSON.stringify(report);
        if (!report.isValid) throw new Error(json);
        return JSON.stringify(report, null, 2);
      }
      if (!report.isValid) throw new Error(invalidLine(report));
      const notes = report.notes.length > 0 ? `\nNotes from reading it: ${report.notes.join(' ')}` : '';
      return `${file}: valid (${report.schema.note}; integrity: no problems found).${notes}`;
    },
  },
  export: {
    usage: 'export FILE.qdpx --format qdpx|qdc --out F',
    summary: 'Write any tool\'s project file as a standard one: a .qdpx that validates, or its codebook as .qdc.',
    async run(argv) {
      const { flags, positionals } = parseArgs(argv, { values: ['format', 'out'], switches: ['json'] });
      const [file, extra] = positionals;
      if (!file) throw new UsageError('export needs a project file.');
      if (extra) throw new UsageError(`Unexpected argument ${extra}.`);
      const format = flags.get('format');
      if (format !== 'qdpx' && format !== 'qdc') throw new UsageError(`--format must be qdpx or qdc${typeof format === 'string' ? `, not "${format}"` : ''}.`);
      const out = flags.get('out');
      if (typeof out !== 'string') throw new UsageError('export needs --out F.');
      const bundle = await readProjectFile(file);
      await writeFileWhole(out, format === 'qdpx' ? await writeQdpx(bundle) : encoder.encode(writeQdc(bundle.codes)));
      if (flags.has('json')) return JSON.stringify({ out, format, sources: bundle.sources.length, codes: bundle.codes.length, codings: bundle.codings.length });
      return format === 'qdpx' ? `Wrote ${out}: ${counts(bundle)}.` : `Wrote ${out}: a codebook of ${bundle.codes.length} codes.`;
    },
  },
  merge: {
    usage: 'merge A.qdpx B.qdpx --out C.qdpx [--json]',
    summary: 'Merge project file B (a second coder\'s copy) into A and write the result: prints what was added, matched and in conflict.',
    async run(argv) {
      const { flags, positionals } = parseArgs(argv, { values: ['out'], switches: ['json'] });
      const [first, second, extra] = positionals;
      if (!first || !second) throw new UsageError('merge needs two project files.');
      if (extra) throw new UsageError(`Unexpected argument ${extra}.`);
      const out = flags.get('out');
      if (typeof out !== 'string') throw new UsageError('merge needs --out C.qdpx.');
      const a = await readProjectFile(first);
      const b = await readProjectFile(second);
      const { bundle, report } = mergeProjects(a, b);
      const name = second.split(/[\\/]/).pop() ?? second;
      const at = new Date().toISOString();
      const event: HistoryEvent = {
        id: newGuid(), projectId: bundle.project.id, at, coderId: null, action: 'project:merge',
        summary: mergeSummary(name, report), undo: null, redo: null, isUndone: false,
      };
      await writeFileWhole(out, await writeQdpx({ ...bundle, project: { ...bundle.project, updatedAt: at }, history: [...bundle.history, event] }));
      if (flags.has('json')) return JSON.stringify({ out, ...report }, null, 2);
      return `Merged ${second} into ${first} and wrote ${out}.\n${formatMergeReport(report)}`;
    },
  },
};
