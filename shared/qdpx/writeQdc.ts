/**
 * A codebook as a REFI-QDA `.qdc` file (Codebook.xsd): the code tree with names, colours and
 * definitions, and nothing about sources or codings. Other tools import it as a code system.
 */
import type { Code } from '../model';
import { XmlBuilder } from './xmlWrite';

const SIX_DIGITS = /^#[0-9a-fA-F]{6}$/;

export function writeQdc(codes: readonly Code[]): string {
  const known = new Set<string>(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const xml = new XmlBuilder();
  const written = new Set<string>();
  const write = (code: Code): void => {
    written.add(code.id);
    xml.open('Code', { guid: code.id, name: code.name, isCodable: 'true', color: SIX_DIGITS.test(code.color) ? code.color : null });
    if (code.definition !== '') xml.text('Description', code.definition);
    for (const child of children.get(code.id) ?? []) if (!written.has(child.id)) write(child);
    xml.close('Code');
  };
  xml.open('CodeBook', { xmlns: 'urn:QDA-XML:codebook:1.0', origin: 'Storyloom' }).open('Codes');
  for (const root of children.get(null) ?? []) write(root);
  for (const code of codes) if (!written.has(code.id)) write(code); // codes caught in a parent cycle
  xml.close('Codes').close('CodeBook');
  return xml.toString();
}
