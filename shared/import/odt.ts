/**
 * OpenDocument text (.odt): the paragraphs and headings of content.xml. ODF collapses runs of
 * spaces, tabs and newlines in the XML to one space and ignores them at a paragraph's start
 * (ODF 1.2 part 1, 6.1.2); real spaces, tabs and line breaks are elements (`text:s`,
 * `text:tab`, `text:line-break`). Notes, annotations, tracked deletions and frames are skipped.
 */
import { documentFromParagraphs, type DocumentOptions } from './document';
import { FormatError } from './errors';
import type { SafeZip } from '../qdpx/zipSafety';
import { findElement, openOfficeZip, readOfficeXml, type XmlNode } from './officeZip';
import type { ParsedDocument } from './types';

const SKIPPED = new Set(['note', 'annotation', 'tracked-changes', 'frame', 'sequence-decls', 'variable-decls', 'user-field-decls', 'forms']);

/** Builds a paragraph's text under ODF's white-space rules. */
class ParagraphText {
  private text = '';
  /** True at the start and after a collapsed space, so the next collapsible space is dropped. */
  private isAfterSpace = true;

  collapsible(raw: string): void {
    for (const part of raw.split(/([ \t\r\n]+)/)) {
      if (part === '') continue;
      if (/^[ \t\r\n]+$/.test(part)) {
        if (!this.isAfterSpace) this.text += ' ';
        this.isAfterSpace = true;
      } else {
        this.text += part;
        this.isAfterSpace = false;
      }
    }
  }

  literal(text: string): void {
    this.text += text;
    this.isAfterSpace = false;
  }

  toString(): string {
    return this.text;
  }
}

function inline(nodes: readonly XmlNode[], out: ParagraphText, skipped: { frames: number }): void {
  for (const node of nodes) {
    if (SKIPPED.has(node.name)) {
      if (node.name === 'frame') skipped.frames++;
      continue;
    }
    switch (node.name) {
      case '': out.collapsible(node.text); break;
      case 's': out.literal(' '.repeat(Math.max(1, parseInt(node.attributes.c ?? '1', 10) || 1))); break;
      case 'tab': out.literal('\t'); break;
      case 'line-break': out.literal('\n'); break;
      default: inline(node.children, out, skipped);
    }
  }
}

function blocks(nodes: readonly XmlNode[], paragraphs: string[], skipped: { frames: number }): void {
  for (const node of nodes) {
    if (SKIPPED.has(node.name) || node.name === '') continue;
    if (node.name === 'p' || node.name === 'h') {
      const text = new ParagraphText();
      inline(node.children, text, skipped);
      paragraphs.push(text.toString());
    } else if (node.name === 'table-row') {
      paragraphs.push(node.children.filter((c) => c.name === 'table-cell').map((cell) => {
        const inner: string[] = [];
        blocks(cell.children, inner, skipped);
        return inner.join('\n');
      }).join('\t'));
    } else {
      blocks(node.children, paragraphs, skipped);
    }
  }
}

/** The body paragraphs of an .odt (its bytes, or its zip already opened). */
export async function odtParagraphs(source: Uint8Array | SafeZip): Promise<{ paragraphs: string[]; warnings: string[] }> {
  const zip = source instanceof Uint8Array ? await openOfficeZip(source) : source;
  const content = await readOfficeXml(zip, 'content.xml');
  if (!content) throw new FormatError('not-format', 'not an OpenDocument text (the zip has no content.xml)');
  const body = findElement(content, 'body')?.children.find((n) => n.name === 'text');
  if (!body) throw new FormatError('not-format', 'not an OpenDocument text (content.xml has no text body)');
  const paragraphs: string[] = [];
  const skipped = { frames: 0 };
  blocks(body.children, paragraphs, skipped);
  const warnings = skipped.frames > 0 ? [`${skipped.frames} frame${skipped.frames === 1 ? '' : 's'} (images or text boxes) ${skipped.frames === 1 ? 'was' : 'were'} left out.`] : [];
  return { paragraphs, warnings };
}

/** An .odt as a document with speaker detection. */
export async function parseOdt(source: Uint8Array | SafeZip, options: DocumentOptions = {}): Promise<ParsedDocument> {
  const { paragraphs, warnings } = await odtParagraphs(source);
  if (paragraphs.every((p) => p.trim() === '')) throw new FormatError('empty', 'the document has no text');
  return documentFromParagraphs(paragraphs, 'odt', { ...options, warnings: [...warnings, ...(options.warnings ?? [])] });
}
