/**
 * A small XML writer for project.qde: escaping that survives any string, and a builder that
 * indents. Element order is the caller's job (it follows Project.xsd's sequences).
 *
 * XML 1.0 cannot carry every string: C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and
 * lone surrogates are not characters at all, not even as &#...; references. Controls and
 * non-characters are dropped; a lone surrogate becomes U+FFFD. CR, LF and tab in attributes, and
 * CR in text, are written as character references so a parser does not normalise them away.
 */

// eslint-disable-next-line no-control-regex -- matching the controls XML forbids is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot hold (see the module comment). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Escapes character data: & < > and CR. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Escapes a double-quoted attribute value, including the whitespace attribute normalisation eats. */
export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Attribute values; null and undefined leave the attribute out. Order is kept. */
export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

function attributeText(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** Builds an indented document from open/close/leaf calls. */
export class XmlBuilder {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  private readonly stack: string[] = [];

  private indent(): string {
    return `\n${'  '.repeat(this.stack.length)}`;
  }

  /** Opens an element that will have children. */
  open(name: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${attributeText(attributes)}>`);
    this.stack.push(name);
    return this;
  }

  /** Closes the innermost open element, which must be `name` (a guard against builder bugs). */
  close(name: string): this {
    const open = this.stack.pop();
    if (open !== name) throw new Error(`XmlBuilder: closing <${name}> but <${open ?? 'nothing'}> is open.`);
    this.parts.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element with attributes only. */
  empty(name: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${attributeText(attributes)}/>`);
    return this;
  }

  /** An element with text content (written exactly: no indentation inside). */
  text(name: string, content: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${attributeText(attributes)}>${escapeText(content)}</${name}>`);
    return this;
  }

  /** The document; every opened element must be closed. */
  toString(): string {
    if (this.stack.length > 0) throw new Error(`XmlBuilder: <${this.stack.join('>, <')}> left open.`);
    return `${this.parts.join('')}\n`;
  }
}
