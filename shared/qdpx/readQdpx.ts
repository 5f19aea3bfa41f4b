/**
 * Reads a .qdpx project file into a bundle: Storyloom's own files completely (project.qde plus
 * storyloom/project.json), files from NVivo, ATLAS.ti, MAXQDA or QualCoder as far as REFI-QDA
 * carries them. All or nothing: any problem throws a ProjectFileError naming the file and the
 * reason, and nothing is returned half-read. What is left out on purpose (PDF sources, sets...)
 * or repaired (selections reaching past the text) is listed in `notices`.
 */
import { newGuid, asId, type ProjectBundle, type ProjectId } from '../model';
import { decodeUtf8Text } from '../text/canonical';
import {
  assembleAttributes, assembleCodes, assembleParticipants, assembleProject, currentCoder, type Assembly,
} from './assembleCatalog';
import { assembleCodings, assembleMemos, assembleSources } from './assembleSources';
import { CoderDirectory } from './coders';
import { ContentError, ProjectFileError, damagedFile, displayName, notProjectFile } from './errors';
import { EXTENSION_PATH, type StoryloomExtension } from './extension';
import { readExtension } from './extensionRead';
import { readQde } from './qdeRead';
import { type LoadedText, type OffsetUnit, loadText } from './sourceTexts';
import { decodeXmlBytes, parseXml } from './xmlRead';
import { type SafeZip, type ZipLimits, openZipSafely } from './zipSafety';
import { detectionNotice, detectOffsetUnit, OFFSET_UNITS } from './offsetDetection';

export interface QdpxReadResult {
  bundle: ProjectBundle;
  /** Plain-English notes on what was left out or repaired; empty for Storyloom's own files. */
  notices: string[];
}

export interface QdpxReadOptions {
  /** Zip safety limits (tests lower them). */
  limits?: ZipLimits;
  /** The time given to records whose file has none (defaults to now). */
  now?: string;
  /**
   * How selection positions are counted: REFI-QDA's code points (the default, and always right for
   * Storyloom's own files) or UTF-16 units, as NVivo for Windows writes them. Detecting this per
   * file is left to the caller.
   */
  offsetUnit?: OffsetUnit;
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

async function readZip(zip: SafeZip, fileName: string, options: QdpxReadOptions): Promise<QdpxReadResult> {
  const qdePath = zip.find('project.qde');
  if (qdePath === null) throw notProjectFile(fileName, 'not-project', 'it has no project.qde inside');
  const qde = readQde(parseXml(decodeXmlBytes(await zip.read(qdePath), 'project.qde'), 'project.qde'));
  const ext = await readExtensionIfAny(zip);

  const texts = new Map<string, LoadedText>();
  const detectionNotices: string[] = [];
  for (const s of qde.textSources) {
    const owner = { what: `source "${s.name ?? s.guid}"`, ...s };
    if (ext || options.offsetUnit) {
      texts.set(s.guid, await loadText(zip, owner, ext ? 'code-points' : options.offsetUnit));
      continue;
    }
    // A file from another tool: read its positions whichever way puts selections on words.
    const readings = new Map<OffsetUnit, LoadedText>();
    for (const unit of OFFSET_UNITS) readings.set(unit, await loadText(zip, owner, unit));
    const detection = detectOffsetUnit(readings, s.selections);
    texts.set(s.guid, readings.get(detection.unit)!);
    const notice = detectionNotice(s.name ?? s.guid, detection);
    if (notice) detectionNotices.push(notice);
  }
  const noteTexts = new Map<string, string>();
  for (const note of qde.notes) {
    if (note.plainTextPath === null || note.plainTextPath.trim() === '') continue;
    noteTexts.set(note.guid, (await loadText(zip, { what: `note "${note.name ?? note.guid}"`, ...note })).text);
  }

  const projectId = asId<ProjectId>(ext?.project.id ?? newGuid());
  const a: Assembly = {
    qde, ext, projectId, fallbackTime: options.now ?? new Date().toISOString(),
    coders: new CoderDirectory(projectId, qde.users), notices: [],
  };
  a.notices.push(...detectionNotices);
  if (qde.skipped.length > 0) a.notices.push(`Left out what Storyloom cannot hold: ${qde.skipped.join(', ')}.`);
  const attributes = assembleAttributes(a);
  const participants = assembleParticipants(a, attributes);
  const codes = assembleCodes(a);
  const sources = await assembleSources(a, texts);
  const { codings, anchors } = assembleCodings(a, texts, new Set(codes.map((c) => c.id)));
  const memos = assembleMemos(a, anchors, noteTexts);
  const currentCoderId = currentCoder(a);
  const project = assembleProject(a, displayName(fileName).replace(/\.qdpx$/i, '') || 'Imported project', currentCoderId);
  const withProject = <T>(record: T) => ({ ...record, projectId });
  return {
    bundle: {
      project, coders: a.coders.list(), sources, participants, attributes, codes, codings, memos,
      quotes: (ext?.quotes ?? []).map(withProject),
      reviews: (ext?.reviews ?? []).map(withProject),
      history: (ext?.history ?? []).map(withProject),
    },
    notices: a.notices,
  };
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
    throw damagedFile(fileName, error.problem, error.message);
  }
}

/** Reads a project file into a bundle. Throws ProjectFileError. */
export async function readQdpx(bytes: Uint8Array, fileName: string): Promise<ProjectBundle> {
  return (await readQdpxWithNotices(bytes, fileName)).bundle;
}
