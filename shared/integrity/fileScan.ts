/**
 * The integrity check of a REFI-QDA project.qde as written, before any reading repairs it:
 * opening a file leaves out codings whose code is missing and cuts selections to their text,
 * which is right for opening but hides the damage from `cli validate`. This scan reports it.
 * It takes an already parsed element tree (any parser giving local names, attributes, children).
 */
import type { IntegrityFinding } from './checkIntegrity';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export interface TextSourceRef {
  guid: string;
  name: string;
  plainTextPath: string | null;
}

/** REFI-QDA GUIDs compare without braces, in any case. */
const guidKey = (value: string): string => value.trim().replace(/^\{|\}$/g, '').toLowerCase();

const number = (n: number): string => n.toLocaleString('en-GB');

/**
 * Findings in the file as written: GUIDs used twice, codings that refer to a code the file does
 * not hold, selections outside their text (`textLength` gives a source's length, or null when
 * its text cannot be found; positions are allowed up to the longest reading of the text), and
 * note references to notes the file does not hold.
 */
export function scanProjectXml(root: XmlNode, textLength: (source: TextSourceRef) => number | null): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  const owners = new Map<string, string[]>();
  const codes = new Set<string>();
  const notes = new Set<string>();
  const describe = (node: XmlNode) => `${node.name}${node.attributes.name ? ` “${node.attributes.name}”` : ''}`;
  const collect = (node: XmlNode) => {
    const guid = node.attributes.guid;
    if (guid !== undefined) {
      const key = guidKey(guid);
      owners.set(key, [...(owners.get(key) ?? []), describe(node)]);
      if (node.name === 'Code') codes.add(key);
      if (node.name === 'Note') notes.add(key);
    }
    node.children.forEach(collect);
  };
  collect(root);
  for (const [guid, what] of owners) {
    if (what.length > 1) {
      findings.push({ kind: 'duplicate-guid', id: guid, message: `${what.length} elements share the GUID ${guid}: ${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}.` });
    }
  }

  const visit = (node: XmlNode, source: { ref: TextSourceRef; length: number | null } | null) => {
    let current = source;
    if (node.name === 'TextSource') {
      const ref = { guid: guidKey(node.attributes.guid ?? ''), name: node.attributes.name ?? node.attributes.guid ?? 'a source', plainTextPath: node.attributes.plainTextPath ?? null };
      current = { ref, length: textLength(ref) };
    }
    if (node.name === 'PlainTextSelection' && current) {
      const start = Number(node.attributes.startPosition);
      const end = Number(node.attributes.endPosition);
      const id = guidKey(node.attributes.guid ?? '');
      const where = `A selection in “${current.ref.name}”`;
      let problem: string | null = null;
      if (!Number.isInteger(start) || !Number.isInteger(end)) problem = 'has a position that is not a whole number';
      else if (start < 0) problem = `starts before the beginning of the text (at ${number(start)})`;
      else if (start > end) problem = `ends (at ${number(end)}) before it starts (at ${number(start)})`;
      else if (current.length !== null && end > current.length) problem = `ends at character ${number(end)}, past the end of the text (${number(current.length)} characters)`;
      if (problem) findings.push({ kind: 'coding-position', id, message: `${where} ${problem}.` });
      for (const coding of node.children.filter((c) => c.name === 'Coding')) {
        const target = coding.children.find((c) => c.name === 'CodeRef')?.attributes.targetGUID;
        if (target === undefined || !codes.has(guidKey(target))) {
          findings.push({ kind: 'orphan-coding', id: guidKey(coding.attributes.guid ?? id), message: `${where} is coded with a code that is not in the file.` });
        }
      }
    }
    if (node.name === 'NoteRef') {
      const target = guidKey(node.attributes.targetGUID ?? '');
      if (!notes.has(target)) findings.push({ kind: 'orphan-memo', id: target, message: `A reference to the note ${target} points at a note that is not in the file.` });
    }
    for (const child of node.children) visit(child, current);
  };
  visit(root, null);
  return findings;
}
