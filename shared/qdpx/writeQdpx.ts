/**
 * The project file: a REFI-QDA .qdpx zip (section 8) holding
 *   project.qde                the project in REFI-QDA's XML (see qdeWrite.ts)
 *   sources/<source-guid>.txt  each source's canonical text, UTF-8 without a BOM
 *   storyloom/project.json     what the XML cannot hold (see extension.ts)
 * NVivo, ATLAS.ti, MAXQDA and QualCoder read the first two and ignore the folder.
 */
import JSZip from 'jszip/dist/jszip.min.js';
import type { ProjectBundle } from '../model';
import { encodeUtf8Text } from '../text/canonical';
import { EXTENSION_PATH, buildExtension } from './extension';
import { buildProjectQde } from './qdeWrite';
import { isXsdDateTime } from './values';

export { buildProjectQde } from './qdeWrite';

/** Path of a source's text inside the archive (plainTextPath is "internal://" + the file name). */
export function sourceTextPath(sourceId: string): string {
  return `sources/${sourceId}.txt`;
}

/**
 * The date stamped on every zip entry: the project's last change, so writing the same project
 * twice gives identical bytes. Zip dates cannot go before 1980.
 */
function entryDate(bundle: ProjectBundle): Date {
  const updated = isXsdDateTime(bundle.project.updatedAt) ? new Date(bundle.project.updatedAt) : null;
  const earliest = new Date(Date.UTC(1980, 0, 1));
  return updated && !Number.isNaN(updated.getTime()) && updated > earliest ? updated : earliest;
}

/** The .qdpx bytes of a bundle (DEFLATE). Throws ProjectWriteError if an id is not a GUID. */
export async function writeQdpx(bundle: ProjectBundle): Promise<Uint8Array> {
  const zip = new JSZip();
  const options = { date: entryDate(bundle), compression: 'DEFLATE' as const, createFolders: false };
  zip.file('project.qde', encodeUtf8Text(buildProjectQde(bundle)), options);
  for (const { source, text } of bundle.sources) {
    zip.file(sourceTextPath(source.id), encodeUtf8Text(text.text), options);
  }
  zip.file(EXTENSION_PATH, encodeUtf8Text(JSON.stringify(buildExtension(bundle))), options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
