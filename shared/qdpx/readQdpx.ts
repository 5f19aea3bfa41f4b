/**
 * Reads a .qdpx project file into a bundle: Storyloom's own files completely (project.qde plus
 * storyloom/project.json), files from NVivo, ATLAS.ti, MAXQDA or QualCoder as far as REFI-QDA
 * carries them, tolerantly (see sourceTexts.ts for where texts may be, offsetDetection.ts for how
 * positions may be counted, assembleExtras.ts for sets and descriptions).
 *
 * All or nothing: a hostile or unreadable file throws a ProjectFileError naming the file and the
 * reason, and nothing is returned half-read. A source whose text cannot be found is left out (with
 * its codings) and listed; everything else comes in. `report` says what came in, what was left
 * out and why, what was missing, what changed to fit, and how each source's positions were read;
 * `notices` is the part a user must know, as sentences.
 */
import { newGuid, asId, type Memo, type ProjectBundle, type ProjectId } from '../model';
import { canonicalText, decodeUtf8Text } from '../text/canonical';
import {
  assembleAttributes, assembleCodes, assembleParticipants, assembleProject, currentCoder, type Assembly,
} from './assembleCatalog';
import { attributeSourcesToCases, descriptionMemos, makeConsistent, setMemos } from './assembleExtras';
import { assembleCodings, assembleMemos, assembleSources } from './assembleSources';
import { CoderDirectory } from './coders';
import { ContentError, ProjectFileError, damagedFile, displayName, notProjectFile } from './errors';
import { EXTENSION_PATH, type StoryloomExtension } from './extension';
import { readExtension } from './extensionRead';
import {
  countBundle, emptyImportReport, importNotices, rememberOffsets, type ImportReport, type SourceOffsets,
} from './importReport';
import { cleanEdges, detectConvention, detectionNotice } from './offsetDetection';
import { readQde, type QdeProject, type QdeTextSource } from './qdeRead';
import { type LoadedText, type OffsetUnit, type TextReadContext, loadedText, readOwnerText } from './sourceTexts';
import { decodeXmlBytes, parseXml } from './xmlRead';
import { DEFAULT_ZIP_LIMITS, type SafeZip, type ZipLimits, openZipSafely } from './zipSafety';

export interface QdpxReadResult {
  bundle: ProjectBundle;
  /** Plain-English notes on what was left out, missing or changed; empty for Storyloom's own files. */
  notices: string[];
  /** The whole import report: counts, offsets per source, left out, missing, changed. */
  report: ImportReport;
}

export interface QdpxReadOptions {
  /** Zip safety limits (tests lower them). */
  limits?: ZipLimits;
  /** The time given to records whose file has none (defaults to now). */
  now?: string;
  /**
   * How selection positions are counted, when the caller knows: code points (REFI-QDA), UTF-16
   * units (NVivo for Windows) or UTF-8 bytes, CRLF as written. Without it, files from other
   * tools are detected per source; Storyloom's own files are always code points.
   */
  offsetUnit?: OffsetUnit;
  /**
   * Reads a source text that lives outside the project file (relative:// or absolute://), or
   * null when it cannot. The browser has no such reader: those sources are listed as missing.
   */
  readExternalFile?: (path: string) => Promise<Uint8Array | null>;
}

async function readExtensionIfAny(zip: SafeZip): Promise<StoryloomExtension | null> {
  const path = zip.find(EXTENSION_PATH);
  if (path === null) return null;
  let text: string;
  try {
    text = decodeUtf8Text(await zip.read(path), { fatal: true });
  } catch (error) {
    if (error instanceof ProjectFileError) throw error;
    throw new ContentError('bad-content', `${EXTENSION_PATH} is damaged (it is not UTF-8 text).`);
  }
  return readExtension(text);
}

function codingCount(source: QdeTextSource): number {
  return source.selections.reduce((n, s) => n + s.codings.length, 0) + source.wholeCodings.length;
}

/** Every note referenced from a source (its selections and codings too). */
function noteRefsOf(source: QdeTextSource): string[] {
  return [
    ...source.noteRefs, ...source.wholeCodings.flatMap((c) => c.noteRefs),
    ...source.selections.flatMap((s) => [...s.noteRefs, ...s.codings.flatMap((c) => c.noteRefs)]),
  ];
}

interface SourceTexts {
  texts: Map<string, LoadedText>;
  kept: QdeTextSource[];
  dropped: QdeTextSource[];
  detectionNotices: string[];
}

/** Each source's text, read the way its file counted positions; sources without a text are dropped and listed. */
async function readSourceTexts(
  ctx: TextReadContext, qde: QdeProject, isOwnFile: boolean, options: QdpxReadOptions, report: ImportReport,
): Promise<SourceTexts> {
  const result: SourceTexts = { texts: new Map(), kept: [], dropped: [], detectionNotices: [] };
  for (const s of qde.textSources) {
    const title = s.name ?? s.guid;
    const what = `${s.from === 'pdf' ? 'PDF source' : 'source'} "${title}"`;
    const read = await readOwnerText(ctx, { what, ...s });
    if (!read.ok) {
      const codings = codingCount(s);
      const withCodings = codings > 0 ? ` with its ${codings} coding${codings === 1 ? '' : 's'}` : '';
      report.missing.push({ what, why: `${read.reason}; the source was left out${withCodings}` });
      result.dropped.push(s);
      continue;
    }
    for (const note of read.notes) report.changed.push({ what, why: note });
    if (!isOwnFile && read.raw.trim() === '') {
      report.missing.push({ what, why: `its text${read.path ? ` (${read.path})` : ''} is empty; it came in as an empty source` });
    }
    const edges = s.selections.length * 2;
    let text: LoadedText;
    let offsets: SourceOffsets;
    if (isOwnFile || options.offsetUnit) {
      const unit = isOwnFile ? 'code-points' : (options.offsetUnit ?? 'code-points');
      text = loadedText(read.raw, unit);
      const clean = cleanEdges(text, s.selections);
      offsets = {
        sourceId: s.guid, source: title, unit, lineBreaks: 'crlf-two', basis: isOwnFile ? 'storyloom' : 'given',
        edges, cleanEdges: clean, readings: [{ unit, lineBreaks: 'crlf-two', cleanEdges: clean }],
      };
    } else {
      // A file from another tool: read its positions whichever way puts selections on words.
      const detected = detectConvention(read.raw, s.selections);
      text = detected.text;
      const { detection } = detected;
      const chosen = detection.readings.find((r) => r.unit === detection.unit && r.lineBreaks === detection.lineBreaks);
      offsets = {
        sourceId: s.guid, source: title, unit: detection.unit, lineBreaks: detection.lineBreaks,
        basis: detection.readings.length > 1 ? 'detected' : 'standard', edges, cleanEdges: chosen?.cleanEdges ?? 0,
        readings: detection.readings,
      };
      const notice = detectionNotice(title, detection);
      if (notice) result.detectionNotices.push(notice);
    }
    report.offsets.push(offsets);
    result.texts.set(s.guid, text);
    result.kept.push(s);
  }
  return result;
}

/** The texts of Notes kept in files or documents; a note whose text is missing comes in empty and is listed. */
async function readNoteTexts(ctx: TextReadContext, qde: QdeProject, report: ImportReport): Promise<Map<string, string>> {
  const noteTexts = new Map<string, string>();
  for (const note of qde.notes) {
    const hasFile = [note.plainTextPath, note.richTextPath].some((p) => p !== null && p.trim() !== '');
    if (!hasFile) continue;
    const what = `note "${note.name ?? note.guid}"`;
    const read = await readOwnerText(ctx, { what, ...note });
    if (!read.ok) {
      report.missing.push({ what, why: `${read.reason}; it came in as a memo without its text` });
      continue;
    }
    for (const line of read.notes) report.changed.push({ what, why: line });
    noteTexts.set(note.guid, canonicalText(read.raw));
  }
  return noteTexts;
}

async function readZip(zip: SafeZip, fileName: string, options: QdpxReadOptions): Promise<QdpxReadResult> {
  const qdePath = zip.find('project.qde');
  if (qdePath === null) throw notProjectFile(fileName, 'not-project', 'it has no project.qde inside');
  const qde = readQde(parseXml(decodeXmlBytes(await zip.read(qdePath), 'project.qde'), 'project.qde'));
  const ext = await readExtensionIfAny(zip);
  const report = emptyImportReport(displayName(fileName), qde.origin, ext !== null);
  for (const item of qde.skipped) {
    report.leftOut.push({ what: `${item.count} ${item.count === 1 ? item.one : item.many}`, why: item.why });
  }
  const ctx: TextReadContext = {
    zip, fileName, basePath: qde.basePath, readExternalFile: options.readExternalFile,
    maxExternalBytes: (options.limits ?? DEFAULT_ZIP_LIMITS).maxEntryBytes,
  };
  const sourceTexts = await readSourceTexts(ctx, qde, ext !== null, options, report);
  const noteTexts = await readNoteTexts(ctx, qde, report);

  const projectId = asId<ProjectId>(ext?.project.id ?? newGuid());
  const kept: QdeProject = { ...qde, textSources: sourceTexts.kept };
  const a: Assembly = {
    qde: kept, ext, projectId, fallbackTime: options.now ?? new Date().toISOString(),
    coders: new CoderDirectory(projectId, qde.users), report,
  };
  const attributes = assembleAttributes(a);
  const participants = assembleParticipants(a, attributes);
  const codes = assembleCodes(a);
  const assembled = attributeSourcesToCases(a, await assembleSources(a, sourceTexts.texts), participants);
  const { codings, anchors, selectionCodings } = assembleCodings(a, sourceTexts.texts, new Set(codes.map((c) => c.id)));
  const notes = assembleMemos(a, anchors, noteTexts);
  reportStrandedNotes(a, sourceTexts.dropped, anchors);
  const taken = new Set<string>(notes.map((m) => m.id as string));
  const extraMemos: Memo[] = ext ? [] : [
    ...setMemos(a, codes, assembled, taken),
    ...descriptionMemos(a, selectionCodings, participants, taken),
  ];
  const withProject = <T>(record: T) => ({ ...record, projectId });
  const consistent = makeConsistent(a, {
    sources: assembled, codes, codings, participants, memos: [...notes, ...extraMemos],
    quotes: (ext?.quotes ?? []).map(withProject), reviews: (ext?.reviews ?? []).map(withProject),
  });
  const currentCoderId = currentCoder(a);
  const project = assembleProject(a, displayName(fileName).replace(/\.qdpx$/i, '') || 'Imported project', currentCoderId);
  const bundle: ProjectBundle = {
    project, coders: a.coders.list(), sources: consistent.sources, participants, attributes, codes, codings,
    memos: consistent.memos, quotes: consistent.quotes, reviews: consistent.reviews,
    history: (ext?.history ?? []).map(withProject),
  };
  report.counts = countBundle(bundle);
  rememberOffsets(bundle, report.offsets);
  return { bundle, notices: [...sourceTexts.detectionNotices, ...importNotices(report)], report };
}

/** Notes that were on a left-out source or a picture, audio or video source are now on the project: say so. */
function reportStrandedNotes(a: Assembly, dropped: QdeTextSource[], anchors: Map<string, unknown>): void {
  if (a.ext) return;
  const stranded = new Set([...dropped.flatMap(noteRefsOf), ...a.qde.strandedNoteRefs]);
  const names = a.qde.notes.filter((n) => stranded.has(n.guid) && !anchors.has(n.guid)).map((n) => `"${n.name ?? 'Untitled note'}"`);
  if (names.length === 0) return;
  a.report.changed.push({
    what: names.length === 1 ? `note ${names[0]}` : `${names.length} notes (${names.join(', ')})`,
    why: `${names.length === 1 ? 'it was' : 'they were'} on a source that did not come in, so ${names.length === 1 ? 'it is' : 'they are'} now on the project`,
  });
}

/** Reads a project file and says what it left out or repaired. Throws ProjectFileError. */
export async function readQdpxWithNotices(
  bytes: Uint8Array, fileName: string, options: QdpxReadOptions = {},
): Promise<QdpxReadResult> {
  if (bytes.length === 0) throw new ProjectFileError(fileName, 'empty', `"${displayName(fileName)}" is empty.`);
  const zip = await openZipSafely(bytes, fileName, options.limits);
  try {
    return await readZip(zip, fileName, options);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (error.problem === 'too-new') throw new ProjectFileError(fileName, 'too-new', `"${displayName(fileName)}" ${error.message}`);
    if (error.problem === 'refused') throw new ProjectFileError(fileName, 'refused', `"${displayName(fileName)}" was refused: ${lowerFirst(error.message).replace(/\.$/, '')}.`);
    throw damagedFile(fileName, error.problem, error.message);
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Reads a project file into a bundle. Throws ProjectFileError. */
export async function readQdpx(bytes: Uint8Array, fileName: string): Promise<ProjectBundle> {
  return (await readQdpxWithNotices(bytes, fileName)).bundle;
}
