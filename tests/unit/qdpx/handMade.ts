/**
 * Hand-made project files for the tolerance and hostile-file tests: a project.qde from a body,
 * zips built with JSZip, and zips built byte by byte (for entry names and declared sizes that no
 * zip library would write: "../evil.txt", a 2 GB entry whose data is three bytes).
 */
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { ProjectFileError, readQdpxWithNotices, type QdpxReadOptions } from '../../../shared/qdpx';

/** An upper-case GUID with braces, as some tools write them; `g(n)` is what Storyloom stores. */
export const G = (n: number) => `{AAAAAAAA-0000-4000-8000-${String(n).padStart(12, '0')}}`;
export const g = (n: number) => G(n).slice(1, -1).toLowerCase();

export function qde(body: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Hand made" origin="A test"${attributes ? ` ${attributes}` : ''}>\n${body}\n</Project>\n`;
}

/** A zip of the entries (string entries as UTF-8), DEFLATE, as most tools write. */
export async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, contents] of Object.entries(entries)) zip.file(name, contents, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A minimal Word document whose body is the given paragraphs. */
export async function docxOf(paragraphs: string[], prolog = ''): Promise<Uint8Array> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('');
  return zipOf({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already compressed when method is 8). */
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method?: 0 | 8;
  /** The uncompressed size the headers declare (defaults to the data's length). */
  declaredSize?: number;
}

/** A zip written byte by byte: local headers, data, central directory, end record. CRCs are zero. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const size = entry.declaredSize ?? entry.data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method ?? 0, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, entry.data);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, entry.method ?? 0, true);
    record.setUint32(20, entry.data.length, true);
    record.setUint32(24, size, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, offset, true);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** A stored entry of UTF-8 text. */
export function textEntry(name: string, text: string): RawEntry {
  return { name, data: new TextEncoder().encode(text) };
}

/** A deflated entry. */
export function deflatedEntry(name: string, data: Uint8Array): RawEntry {
  return { name, data: new Uint8Array(deflateRawSync(data)), method: 8, declaredSize: data.length };
}

/** The ProjectFileError reading `bytes` throws (fails the test if it reads). */
export async function failureOf(bytes: Uint8Array, fileName: string, options: QdpxReadOptions = {}): Promise<ProjectFileError> {
  try {
    await readQdpxWithNotices(bytes, fileName, options);
  } catch (error) {
    if (error instanceof ProjectFileError) return error;
    throw error;
  }
  throw new Error(`expected "${fileName}" to be refused`);
}
