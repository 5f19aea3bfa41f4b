/**
 * Reads the parts of project.qde Storyloom uses into plain records, checking every value on the
 * way: required GUIDs must be GUIDs (braces and upper case are fine, and are normalised), positions
 * must be integers, dates that are not xsd:dateTime are dropped (the assembler supplies a fallback).
 * Elements Storyloom cannot hold (picture, PDF, audio and video sources, sets, links, graphs) are
 * listed in `skipped` so the import can say what it left out.
 */
import type { AttributeValue } from '../model';
import { ContentError } from './errors';
import { normaliseGuid, isXsdDateTime, parseXsdBoolean, parseXsdNumber } from './values';
import { type XmlElement, childNamed, childrenNamed } from './xmlRead';

export interface QdeUser { guid: string; name: string | null }
export interface QdeCode {
  guid: string; name: string; color: string | null; description: string | null;
  parentGuid: string | null; siblingIndex: number; noteRefs: string[];
}
export interface QdeVariable { guid: string; name: string; typeOfVariable: string }
export interface QdeCase { guid: string; name: string | null; values: Map<string, AttributeValue> }
export interface QdeCoding { guid: string | null; codeGuid: string; creatingUser: string | null; created: string | null; noteRefs: string[] }
export interface QdeSelection {
  guid: string; start: number; end: number; creatingUser: string | null; created: string | null;
  codings: QdeCoding[]; noteRefs: string[];
}
export interface QdeTextSource {
  guid: string; name: string | null; plainTextPath: string | null; plainTextContent: string | null;
  created: string | null; selections: QdeSelection[];
  /** Codings of the whole source (a <Coding> directly under <TextSource>). */
  wholeCodings: QdeCoding[]; noteRefs: string[];
}
export interface QdeNote {
  guid: string; name: string | null; plainTextPath: string | null; plainTextContent: string | null;
  creatingUser: string | null; created: string | null; modified: string | null;
}
export interface QdeProject {
  name: string; description: string | null; created: string | null; modified: string | null;
  creatingUser: string | null; modifyingUser: string | null;
  users: QdeUser[]; codes: QdeCode[]; variables: QdeVariable[]; cases: QdeCase[];
  textSources: QdeTextSource[]; notes: QdeNote[]; noteRefs: string[];
  /** Plain-English notes on what was left out, e.g. "2 PDF sources". */
  skipped: string[];
}

const PART = 'project.qde';

function requiredGuid(element: XmlElement, attribute = 'guid'): string {
  const raw = element.attributes[attribute];
  const guid = raw === undefined ? null : normaliseGuid(raw);
  if (guid === null) {
    const what = raw === undefined ? `has no ${attribute}` : `has an invalid ${attribute} "${raw.slice(0, 60)}"`;
    throw new ContentError('bad-content', `${PART}: a <${element.name}> ${what}.`);
  }
  return guid;
}

function optionalGuid(element: XmlElement, attribute: string): string | null {
  const raw = element.attributes[attribute];
  return raw === undefined ? null : normaliseGuid(raw);
}

function dateAttribute(element: XmlElement, attribute: string): string | null {
  const raw = element.attributes[attribute]?.trim();
  return raw !== undefined && isXsdDateTime(raw) ? raw : null;
}

function integerAttribute(element: XmlElement, attribute: string, context: string): number {
  const raw = element.attributes[attribute]?.trim() ?? '';
  if (!/^[+-]?\d{1,15}$/.test(raw)) {
    throw new ContentError('bad-content', `${PART}: ${context} has an invalid ${attribute} "${raw.slice(0, 30)}".`);
  }
  return Number(raw);
}

function textOf(element: XmlElement | null): string | null {
  return element === null ? null : element.text;
}

function refs(element: XmlElement, name: string): string[] {
  return childrenNamed(element, name).map((ref) => requiredGuid(ref, 'targetGUID'));
}

function checkUnique(guids: string[], what: string): void {
  const seen = new Set<string>();
  for (const guid of guids) {
    if (seen.has(guid)) throw new ContentError('bad-content', `${PART}: two ${what} have the same guid ${guid}.`);
    seen.add(guid);
  }
}

function readCodes(parent: XmlElement, parentGuid: string | null, out: QdeCode[]): void {
  childrenNamed(parent, 'Code').forEach((element, siblingIndex) => {
    const guid = requiredGuid(element);
    out.push({
      guid, name: element.attributes.name ?? '', color: element.attributes.color ?? null,
      description: textOf(childNamed(element, 'Description')), parentGuid, siblingIndex, noteRefs: refs(element, 'NoteRef'),
    });
    readCodes(element, guid, out);
  });
}

function readValue(element: XmlElement): AttributeValue {
  for (const child of element.children) {
    switch (child.name) {
      case 'TextValue': case 'DateValue': case 'DateTimeValue': return child.text;
      case 'BooleanValue': return parseXsdBoolean(child.text);
      case 'IntegerValue': case 'FloatValue': return parseXsdNumber(child.text);
    }
  }
  return null;
}

function readCase(element: XmlElement): QdeCase {
  const values = new Map<string, AttributeValue>();
  for (const value of childrenNamed(element, 'VariableValue')) {
    const ref = childNamed(value, 'VariableRef');
    if (ref) values.set(requiredGuid(ref, 'targetGUID'), readValue(value));
  }
  return { guid: requiredGuid(element), name: element.attributes.name ?? null, values };
}

function readCoding(element: XmlElement): QdeCoding | null {
  const ref = childNamed(element, 'CodeRef');
  if (!ref) return null;
  return {
    guid: optionalGuid(element, 'guid'), codeGuid: requiredGuid(ref, 'targetGUID'),
    creatingUser: optionalGuid(element, 'creatingUser'), created: dateAttribute(element, 'creationDateTime'),
    noteRefs: refs(element, 'NoteRef'),
  };
}

function readCodings(parent: XmlElement): QdeCoding[] {
  return childrenNamed(parent, 'Coding').map(readCoding).filter((c) => c !== null);
}

function readTextSource(element: XmlElement): QdeTextSource {
  const name = element.attributes.name ?? null;
  const context = `a selection in source "${name ?? element.attributes.guid ?? '?'}"`;
  return {
    guid: requiredGuid(element), name, plainTextPath: element.attributes.plainTextPath ?? null,
    plainTextContent: textOf(childNamed(element, 'PlainTextContent')), created: dateAttribute(element, 'creationDateTime'),
    selections: childrenNamed(element, 'PlainTextSelection').map((selection) => ({
      guid: requiredGuid(selection), start: integerAttribute(selection, 'startPosition', context),
      end: integerAttribute(selection, 'endPosition', context), creatingUser: optionalGuid(selection, 'creatingUser'),
      created: dateAttribute(selection, 'creationDateTime'), codings: readCodings(selection), noteRefs: refs(selection, 'NoteRef'),
    })),
    wholeCodings: readCodings(element), noteRefs: refs(element, 'NoteRef'),
  };
}

function readNote(element: XmlElement): QdeNote {
  return {
    guid: requiredGuid(element), name: element.attributes.name ?? null, plainTextPath: element.attributes.plainTextPath ?? null,
    plainTextContent: textOf(childNamed(element, 'PlainTextContent')), creatingUser: optionalGuid(element, 'creatingUser'),
    created: dateAttribute(element, 'creationDateTime'), modified: dateAttribute(element, 'modifiedDateTime'),
  };
}

const SKIPPED_SOURCES: Record<string, string> = {
  PictureSource: 'picture', PDFSource: 'PDF', AudioSource: 'audio', VideoSource: 'video',
};

function skippedParts(root: XmlElement, sources: XmlElement | null): string[] {
  const skipped: string[] = [];
  for (const [element, kind] of Object.entries(SKIPPED_SOURCES)) {
    const count = sources ? childrenNamed(sources, element).length : 0;
    if (count > 0) skipped.push(`${count} ${kind} source${count === 1 ? '' : 's'}`);
  }
  for (const [element, child, label] of [['Sets', 'Set', 'set'], ['Links', 'Link', 'link'], ['Graphs', 'Graph', 'graph']] as const) {
    const count = childNamed(root, element)?.children.filter((c) => c.name === child).length ?? 0;
    if (count > 0) skipped.push(`${count} ${label}${count === 1 ? '' : 's'}`);
  }
  return skipped;
}

/** The project in a parsed project.qde. Throws ContentError for a value it cannot accept. */
export function readQde(root: XmlElement): QdeProject {
  if (root.name !== 'Project') {
    throw new ContentError('not-project', `${PART} is not a REFI-QDA project (its root element is <${root.name}>, not <Project>).`);
  }
  const section = (name: string, item: string) => {
    const element = childNamed(root, name);
    return element ? childrenNamed(element, item) : [];
  };
  const codes: QdeCode[] = [];
  const codeBook = childNamed(root, 'CodeBook');
  const codeList = codeBook ? childNamed(codeBook, 'Codes') : null;
  if (codeList) readCodes(codeList, null, codes);
  const project: QdeProject = {
    name: root.attributes.name ?? '', description: textOf(childNamed(root, 'Description')),
    created: dateAttribute(root, 'creationDateTime'), modified: dateAttribute(root, 'modifiedDateTime'),
    creatingUser: optionalGuid(root, 'creatingUserGUID'), modifyingUser: optionalGuid(root, 'modifyingUserGUID'),
    users: section('Users', 'User').map((u) => ({ guid: requiredGuid(u), name: u.attributes.name ?? u.attributes.id ?? null })),
    codes,
    variables: section('Variables', 'Variable').map((v) => ({
      guid: requiredGuid(v), name: v.attributes.name ?? '', typeOfVariable: v.attributes.typeOfVariable?.trim() ?? 'Text',
    })),
    cases: section('Cases', 'Case').map(readCase),
    textSources: section('Sources', 'TextSource').map(readTextSource),
    notes: section('Notes', 'Note').map(readNote),
    noteRefs: refs(root, 'NoteRef'),
    skipped: skippedParts(root, childNamed(root, 'Sources')),
  };
  checkUnique(project.users.map((u) => u.guid), 'users');
  checkUnique(project.codes.map((c) => c.guid), 'codes');
  checkUnique(project.variables.map((v) => v.guid), 'variables');
  checkUnique(project.cases.map((c) => c.guid), 'cases');
  checkUnique(project.textSources.map((s) => s.guid), 'sources');
  checkUnique(project.notes.map((n) => n.guid), 'notes');
  return project;
}
