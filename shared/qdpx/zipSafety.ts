/**
 * Opens a zip archive without trusting it (DESIGN.md "The project file"): entry names may not
 * climb out of the archive or be absolute; declared sizes are checked against limits before
 * anything is inflated; and inflation stops as soon as an entry produces more bytes than it
 * declared, so a lying header cannot smuggle a bomb past the checks.
 */
import JSZip, { type Zip, type ZipEntry } from 'jszip/dist/jszip.min.js';
import { damagedFile, formatBytes, notProjectFile, refusedFile } from './errors';

export interface ZipLimits {
  /** Largest total of all entries' uncompressed sizes. */
  maxTotalBytes: number;
  /** Largest uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Most entries (files and folders) in one archive. */
  maxEntries: number;
  /** Uncompressed/compressed ratio above which an entry, or the whole archive, is a bomb... */
  maxRatio: number;
  /** ...once it unpacks to more than this many bytes (tiny files compress absurdly well too). */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 1024 ** 3,
  maxEntryBytes: 512 * 1024 ** 2,
  maxEntries: 100_000,
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 ** 2,
};

interface EntryInfo {
  entry: ZipEntry;
  /** Normalised path: "/" separators, as stored (case kept). */
  path: string;
  declaredBytes: number;
}

/** A checked archive: look entries up by path (case-insensitively) and inflate them one by one. */
export interface SafeZip {
  /** Paths of the file entries, "/"-separated, as stored. */
  readonly paths: readonly string[];
  /** The stored path matching `path` case-insensitively, or null. */
  find(path: string): string | null;
  /** Inflates one entry, enforcing the per-entry limit while it streams. */
  read(path: string): Promise<Uint8Array>;
}

function declaredSizes(entry: ZipEntry): { compressed: number; uncompressed: number } | null {
  const data = entry._data;
  if (typeof data !== 'object' || data === null) return null;
  // JSZip replaces the data of an entry that declares 0 bytes with an empty promise and never inflates it.
  if (data instanceof Promise) return { compressed: 0, uncompressed: 0 };
  const { compressedSize, uncompressedSize } = data as Record<string, unknown>;
  if (typeof compressedSize !== 'number' || typeof uncompressedSize !== 'number') return null;
  if (!Number.isInteger(compressedSize) || !Number.isInteger(uncompressedSize)) return null;
  // JSZip reads the 32-bit size fields with signed arithmetic: 2 GB and more come out negative.
  const unsigned = (n: number) => (n < 0 ? n + 2 ** 32 : n);
  return { compressed: unsigned(compressedSize), uncompressed: unsigned(uncompressedSize) };
}

/** True for names that stay inside the archive: no "..", no root, no drive letter. */
function isSafeName(name: string): boolean {
  if (name.includes('\0') || /^([a-zA-Z]:|[\\/])/.test(name)) return false;
  return !name.split(/[\\/]/).includes('..');
}

function inflate(entry: ZipEntry, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let isSettled = false;
    const stream = entry.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (isSettled) return;
        total += chunk.length;
        if (total > limit) {
          isSettled = true;
          stream.pause();
          reject(new RangeError(`more than the ${formatBytes(limit)} it declared`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        if (isSettled) return;
        isSettled = true;
        reject(error);
      })
      .on('end', () => {
        if (isSettled) return;
        isSettled = true;
        const bytes = new Uint8Array(total);
        let at = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, at);
          at += chunk.length;
        }
        resolve(bytes);
      })
      .resume();
  });
}

/** True when the bytes start like a zip archive (a local file header or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
    && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** Loads the central directory and checks names and sizes; inflates nothing yet. */
export async function openZipSafely(
  bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<SafeZip> {
  if (!looksLikeZip(bytes)) throw notProjectFile(fileName, 'not-zip', 'it is not a zip archive');
  let zip: Zip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch {
    throw notProjectFile(fileName, 'not-zip', 'it is a damaged zip archive');
  }
  const all = Object.values(zip.files);
  if (all.length > limits.maxEntries) {
    throw refusedFile(fileName, `it holds ${all.length} entries, more than the ${limits.maxEntries} allowed`);
  }
  const entries: EntryInfo[] = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  for (const entry of all) {
    const original = entry.unsafeOriginalName ?? entry.name;
    if (!isSafeName(original)) {
      throw refusedFile(fileName, `it contains an entry named "${original}", which points outside the archive`);
    }
    if (entry.dir) continue;
    const sizes = declaredSizes(entry);
    if (!sizes) throw notProjectFile(fileName, 'not-zip', `its entry "${original}" does not declare its size`);
    if (sizes.uncompressed > limits.maxEntryBytes) {
      throw refusedFile(fileName, `its entry "${original}" would unpack to ${formatBytes(sizes.uncompressed)}, more than the ${formatBytes(limits.maxEntryBytes)} limit`);
    }
    if (sizes.uncompressed > limits.ratioFloorBytes && sizes.uncompressed > limits.maxRatio * Math.max(sizes.compressed, 1)) {
      const ratio = Math.round(sizes.uncompressed / Math.max(sizes.compressed, 1));
      throw refusedFile(fileName, `its entry "${original}" is compressed ${ratio} to 1, which only zip bombs are`);
    }
    totalBytes += sizes.uncompressed;
    totalCompressed += sizes.compressed;
    entries.push({ entry, path: original.replace(/\\/g, '/'), declaredBytes: sizes.uncompressed });
  }
  if (totalBytes > limits.maxTotalBytes) {
    throw refusedFile(fileName, `it would unpack to ${formatBytes(totalBytes)}, more than the ${formatBytes(limits.maxTotalBytes)} limit`);
  }
  if (totalBytes > limits.ratioFloorBytes && totalBytes > limits.maxRatio * Math.max(totalCompressed, 1)) {
    const ratio = Math.round(totalBytes / Math.max(totalCompressed, 1));
    throw refusedFile(fileName, `it is compressed ${ratio} to 1, which only zip bombs are`);
  }

  const byLowerPath = new Map<string, EntryInfo>();
  for (const info of entries) {
    const key = info.path.toLowerCase();
    if (!byLowerPath.has(key)) byLowerPath.set(key, info);
  }
  return {
    paths: entries.map((e) => e.path),
    find: (path) => byLowerPath.get(path.toLowerCase())?.path ?? null,
    read: async (path) => {
      const info = byLowerPath.get(path.toLowerCase());
      if (!info) throw new RangeError(`No entry ${path}.`);
      try {
        return await inflate(info.entry, info.declaredBytes);
      } catch (error) {
        if (error instanceof RangeError) {
          throw refusedFile(fileName, `its entry "${info.path}" unpacks to ${error.message}`);
        }
        throw damagedFile(fileName, 'not-zip', `the archive entry "${info.path}" is damaged and cannot be unpacked.`);
      }
    },
  };
}
