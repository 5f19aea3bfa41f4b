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

/** Anything that escaping or xmlSafe might change; most strings have none, and skip the work. */
// eslint-disable-next-line no-control-regex -- see FORBIDDEN.
const NEEDS_WORK = /[\u0000-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `text` without the characters XML 1.0 cannot hold (see the module comment). */
export function xmlSafe(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Escapes character data: & < > and CR. */
export function escapeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Escapes a double-quoted attribute value, including the whitespace attribute normalisation eats. */
export function escapeAttribute(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return xmlSafe(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Attribute values; null and undefined leave the attribute out. Order is kept. */
export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

function attributeText(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${typeof value === 'string' ? escapeAttribute(value) : String(value)}"`;
  }
  return out;
}

/** Builds an indented document from open/close/leaf calls. */
export class XmlBuilder {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  /** Open elements: name and the index of their opening tag in `parts`. */
  private readonly stack: { name: string; at: number }[] = [];

  private indent(): string {
    return `\n${'  '.repeat(this.stack.length)}`;
  }

  /** Opens an element that will have children. */
  open(name: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${attributeText(attributes)}>`);
    this.stack.push({ name, at: this.parts.length - 1 });
    return this;
  }

  /**
   * Closes the innermost open element, which must be `name` (a guard against builder bugs).
   * An element that got no children becomes self-closing.
   */
  close(name: string): this {
    const open = this.stack.pop();
    if (open?.name !== name) throw new Error(`XmlBuilder: closing <${name}> but <${open?.name ?? 'nothing'}> is open.`);
    const tag = this.parts[open.at];
    if (open.at === this.parts.length - 1 && tag !== undefined) this.parts[open.at] = `${tag.slice(0, -1)}/>`;
    else this.parts.push(`${this.indent()}</${name}>`);
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
    if (this.stack.length > 0) throw new Error(`XmlBuilder: <${this.stack.map((e) => e.name).join('>, <')}> left open.`);
    return `${this.parts.join('')}\n`;
  }
}
