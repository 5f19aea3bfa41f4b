/**
 * Parses untrusted XML into a plain element tree. Safety first: a DOCTYPE anywhere outside a
 * CDATA section is refused before parsing (fast-xml-parser would otherwise expand its entities,
 * even when the DOCTYPE sits inside the root element), so no entity can be defined, let alone
 * expanded into a billion laughs. Only XML's five entities and character references are decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeUtf8Text } from '../text/canonical';
import { ContentError } from './errors';

export interface XmlElement {
  /** Local name (namespace prefixes removed). */
  name: string;
  /** Attribute values by local name, entities decoded. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), concatenated, untrimmed. */
  text: string;
}

/** Deeper than any real project (a code tree 400 levels deep), shallow enough for the stack. */
const MAX_DEPTH = 500;

/** True when `<!DOCTYPE` occurs in markup, that is anywhere but inside a CDATA section. */
export function hasDoctype(xml: string): boolean {
  for (const match of xml.matchAll(/<!DOCTYPE/gi)) {
    const at = match.index;
    const isInCdata = xml.lastIndexOf('<![CDATA[', at) > xml.lastIndexOf(']]>', at);
    if (!isInCdata) return true;
  }
  return false;
}

type OrderedNode = Record<string, unknown>;

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name === '#text') return null;
  const rawChildren = node[name];
  const rawAttributes = node[':@'];
  const attributes: Record<string, string> = {};
  if (typeof rawAttributes === 'object' && rawAttributes !== null) {
    for (const [key, value] of Object.entries(rawAttributes)) {
      if (typeof value === 'string') attributes[key] = value;
    }
  }
  const children: XmlElement[] = [];
  let text = '';
  if (Array.isArray(rawChildren)) {
    for (const child of rawChildren as OrderedNode[]) {
      const value = child['#text'];
      if (value !== undefined) text += String(value);
      else {
        const element = toElement(child);
        if (element) children.push(element);
      }
    }
  }
  return { name, attributes, children, text };
}

/**
 * The root element of an XML document. Throws ContentError naming `part` (e.g. "project.qde")
 * with a line number for malformed XML, and refuses any DOCTYPE.
 */
export function parseXml(raw: string, part: string): XmlElement {
  // XML 1.0 section 2.11: a parser reads CRLF and lone CR as LF (a CR that matters is written &#13;).
  const xml = raw.replace(/\r\n?/g, '\n');
  if (hasDoctype(xml)) {
    throw new ContentError('refused', `${part} declares a DOCTYPE, which project files never need and Storyloom refuses for safety.`);
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, msg } = validation.err;
    throw new ContentError('bad-xml', `${part} is not valid XML (line ${line}: ${msg.replace(/\.$/, '')}).`);
  }
  let nodes: unknown;
  try {
    nodes = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      removeNSPrefix: true,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      processEntities: true,
      // Decodes numeric character references (&#10;), which the XML standard requires.
      htmlEntities: true,
      maxNestedTags: MAX_DEPTH,
    }).parse(xml);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/\.$/, '') : 'unreadable';
    throw new ContentError('bad-xml', `${part} is not valid XML (${why}).`);
  }
  const roots = Array.isArray(nodes) ? (nodes as OrderedNode[]).map(toElement).filter((e) => e !== null) : [];
  const [root] = roots;
  if (!root || roots.length > 1) throw new ContentError('bad-xml', `${part} is not valid XML (it must have exactly one root element).`);
  return root;
}

/** The text of an XML file: UTF-8 (BOM or not), or UTF-16 when a UTF-16 BOM says so. */
export function decodeXmlBytes(bytes: Uint8Array, part: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return decodeUtf8Text(bytes, { fatal: true });
  } catch {
    throw new ContentError('bad-xml', `${part} is not valid XML (it is not UTF-8 or UTF-16 text).`);
  }
}

/** The child elements called `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The first child element called `name`, or null. */
export function childNamed(element: XmlElement, name: string): XmlElement | null {
  return element.children.find((child) => child.name === name) ?? null;
}
