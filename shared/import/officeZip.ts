/**
 * The zip-of-XML formats (docx, odt, xlsx): open the archive with the project file's zip
 * safety checks, and parse a part into an ordered tree that keeps text and elements interleaved
 * (ODF paragraphs mix text with `<text:s/>` and spans, so order matters). DOCTYPEs are refused.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ProjectFileError } from '../qdpx/errors';
import { hasDoctype } from '../qdpx/xmlRead';
import { DEFAULT_ZIP_LIMITS, openZipSafely, type SafeZip, type ZipLimits } from '../qdpx/zipSafety';
import { FormatError } from './errors';

export interface XmlNode {
  /** Local name (prefix removed): "p", "t", "span". Empty for text. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Character data of a text node; "" for elements. */
  text: string;
}

/** Tighter than a project file's: an office document's text is megabytes, not gigabytes. */
const OFFICE_ZIP_LIMITS: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 512 * 1024 ** 2, maxEntryBytes: 256 * 1024 ** 2 };

/** Opens an office document's zip; a damaged or hostile archive becomes a FormatError. */
export async function openOfficeZip(bytes: Uint8Array): Promise<SafeZip> {
  try {
    return await openZipSafely(bytes, 'file', OFFICE_ZIP_LIMITS);
  } catch (error) {
    if (error instanceof ProjectFileError && error.problem === 'refused') {
      throw new FormatError('refused', `refused for safety (${error.message.replace(/^"file" was refused: /, '').replace(/\.$/, '')})`);
    }
    throw new FormatError('damaged', 'a damaged zip archive (it may be truncated or incomplete)');
  }
}

type OrderedNode = Record<string, unknown>;

function toNode(raw: OrderedNode): XmlNode | null {
  if (typeof raw['#text'] === 'string') return { name: '', attributes: {}, children: [], text: raw['#text'] };
  const name = Object.keys(raw).find((key) => key !== ':@');
  if (name === undefined || name === '#text') return null;
  const attributes: Record<string, string> = {};
  const rawAttributes = raw[':@'];
  if (typeof rawAttributes === 'object' && rawAttributes !== null) {
    for (const [key, value] of Object.entries(rawAttributes)) if (typeof value === 'string') attributes[key] = value;
  }
  const rawChildren = raw[name];
  const children = Array.isArray(rawChildren) ? (rawChildren as OrderedNode[]).map(toNode).filter((n) => n !== null) : [];
  return { name, attributes, children, text: '' };
}

/** Parses one XML part of an office document. `part` names it in error messages. */
export function parseOfficeXml(bytes: Uint8Array, part: string): XmlNode[] {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new FormatError('damaged', `a damaged file (${part} is not UTF-8 XML)`);
  }
  if (hasDoctype(xml)) throw new FormatError('refused', `refused for safety (${part} declares a DOCTYPE, which office files never need)`);
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw new FormatError('damaged', `a damaged file (${part} is not well-formed XML, line ${validation.err.line})`);
  const nodes: unknown = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, trimValues: false,
    parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true, ignorePiTags: true,
    processEntities: true, htmlEntities: true, maxNestedTags: 500,
  }).parse(xml);
  return Array.isArray(nodes) ? (nodes as OrderedNode[]).map(toNode).filter((n) => n !== null) : [];
}

/** Reads and parses a part, or returns null when the archive has no such entry. */
export async function readOfficeXml(zip: SafeZip, path: string): Promise<XmlNode[] | null> {
  const found = zip.find(path);
  if (found === null) return null;
  let bytes: Uint8Array;
  try {
    bytes = await zip.read(found);
  } catch (error) {
    if (error instanceof ProjectFileError && error.problem === 'refused') throw new FormatError('refused', `refused for safety (its entry "${found}" unpacks to more than it declared)`);
    throw new FormatError('damaged', `a damaged zip archive (the entry "${found}" cannot be unpacked)`);
  }
  return parseOfficeXml(bytes, found);
}

/** The first element called `name`, depth first. */
export function findElement(nodes: readonly XmlNode[], name: string): XmlNode | null {
  for (const node of nodes) {
    if (node.name === name) return node;
    const inner = findElement(node.children, name);
    if (inner) return inner;
  }
  return null;
}

/** Every text node under `nodes`, concatenated in document order. */
export function textContent(nodes: readonly XmlNode[]): string {
  return nodes.map((node) => (node.name === '' ? node.text : textContent(node.children))).join('');
}
