/**
 * The benchmark's input files under bench-results/, made once per seed and generator version and
 * reused: each size's project as a .qdpx (written with the app's own writeQdpx), and .docx files
 * for the import figures (one of about 600,000 characters, 200 of about 50,000).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeQdpx } from '../../shared/qdpx';
import { BENCH_SIZES, GENERATOR_VERSION, generateProject, type BenchSizeName } from './generate';
import { mulberry32 } from './random';
import { generateTranscript, type Speaker } from './transcript';
import type { ParticipantId } from '../../shared/model';

export const RESULTS_DIR = join(import.meta.dirname, '../../bench-results');
const tag = (seed: number) => `seed${seed}-g${GENERATOR_VERSION}`;

/** Writes through a temporary name, so an interrupted run never leaves a half file in the cache. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  writeFileSync(`${path}.part`, bytes);
  renameSync(`${path}.part`, path);
}

/** The size's project file, generated if missing. Returns its path. */
export async function ensureProjectFile(sizeName: BenchSizeName, seed: number): Promise<string> {
  const dir = join(RESULTS_DIR, 'projects');
  const path = join(dir, `bench-${sizeName}-${tag(seed)}.qdpx`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  writeAtomically(path, await writeQdpx(await generateProject(BENCH_SIZES[sizeName], seed)));
  return path;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const RUN_PROPS = '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:lang w:val="en-GB"/></w:rPr>';

/** A paragraph as Word writes one: the speaker label in bold, then a run per sentence. */
function paragraphXml(paragraph: string): string {
  const colon = paragraph.indexOf(': ');
  const label = colon > 0 && colon < 6 ? paragraph.slice(0, colon + 2) : '';
  const runs = paragraph.slice(label.length).split(/(?<=[.?]) /).map((sentence, i) =>
    `<w:r>${RUN_PROPS}<w:t xml:space="preserve">${i === 0 ? '' : ' '}${escapeXml(sentence)}</w:t></w:r>`);
  const bold = label ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>` : '';
  return `<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>${bold}${runs.join('')}</w:p>`;
}

/** A .docx of a synthetic focus group cut at the paragraph ending nearest below `characters`. */
export async function focusGroupDocx(seed: number, characters: number): Promise<{ bytes: Uint8Array; characters: number }> {
  const random = mulberry32(seed);
  const speakers: Speaker[] = ['F1', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((name) =>
    ({ name, participantId: `00000000-0000-4000-8000-00000000000${name.slice(1)}` as ParticipantId, isFacilitator: name === 'F1' }));
  const { text } = generateTranscript(random, speakers, Math.ceil(characters / 6));
  const cut = text.lastIndexOf('\n\n', characters);
  const paragraphs = text.slice(0, cut > 0 ? cut : characters).split('\n\n');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    + 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`
    + `${paragraphs.map(paragraphXml).join('')}<w:sectPr/></w:body></w:document>`);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, characters: paragraphs.join('\n').length };
}

export interface ImportInputs {
  /** The one long document. */
  long: string;
  /** The 200 documents of the batch, in order. */
  batch: string[];
}

export const BATCH_FILES = 200;

/** The .docx files of the import figures, generated if missing. */
export async function ensureImportFiles(seed: number): Promise<ImportInputs> {
  const dir = join(RESULTS_DIR, 'import', tag(seed));
  const long = join(dir, 'focus-group-600k.docx');
  const batchDir = join(dir, 'batch');
  mkdirSync(batchDir, { recursive: true });
  if (!existsSync(long)) writeAtomically(long, (await focusGroupDocx(seed, 600_000)).bytes);
  const name = (i: number) => `narrative-${String(i + 1).padStart(3, '0')}.docx`;
  for (let i = 0; i < BATCH_FILES; i++) {
    const path = join(batchDir, name(i));
    if (!existsSync(path)) writeAtomically(path, (await focusGroupDocx(seed * 1000 + i + 1, 50_000)).bytes);
  }
  const batch = readdirSync(batchDir).filter((f) => f.endsWith('.docx')).sort().map((f) => join(batchDir, f));
  return { long, batch };
}
