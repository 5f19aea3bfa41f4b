/**
 * Reads the parts of project.qde Storyloom uses into plain records, checking every value on the
 * way: required GUIDs must be GUIDs (braces and upper case are fine, and are normalised), positions
 * must be integers, dates that are not xsd:dateTime are dropped (the assembler supplies a fallback).
 * A PDF source with a plain-text Representation is read as a text source (its text and text
 * selections; its PDF selections are counted as left out). What Storyloom cannot hold (picture,
 * audio and video sources, links, graphs, case links, source variables, coded notes) is listed in
 * `skipped`, so the import report can say what it left out and why.
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
export interface QdeVariable { guid: string; name: string; typeOfVariable: string; description: string | null }
export interface QdeCase {
  guid: string; name: string | null; description: string | null; values: Map<string, AttributeValue>;
  /** Sources the case is linked to (SourceRef): the case is their author or speaker. */
  sourceRefs: string[];
}
export interface QdeCoding { guid: string | null; codeGuid: string; creatingUser: string | null; created: string | null; noteRefs: string[] }
export interface QdeSelection {
  guid: string; start: number; end: number; creatingUser: string | null; created: string | null;
  description: string | null; codings: QdeCoding[]; noteRefs: string[];
}
export interface QdeTextSource {
  guid: string; name: string | null; plainTextPath: string | null; plainTextContent: string | null;
  /** A rich-text file of the same text (.docx, .odt, .rtf), read when there is no plain text. */
  richTextPath: string | null;
  description: string | null; creatingUser: string | null; created: string | null; selections: QdeSelection[];
  /** Codings of the whole source (a <Coding> directly under <TextSource>). */
  wholeCodings: QdeCoding[]; noteRefs: string[];
  /** 'pdf' for the text Representation of a PDFSource. */
  from: 'text' | 'pdf';
}
export interface QdeNote {
  guid: string; name: string | null; plainTextPath: string | null; plainTextContent: string | null;
  richTextPath: string | null; creatingUser: string | null; created: string | null; modified: string | null;
}
export interface QdeSet {
  guid: string; name: string; description: string | null;
  memberCodes: string[]; memberSources: string[]; memberNotes: string[];
}
/** Something project.qde holds that Storyloom leaves out: "2 picture sources", and why. */
export interface QdeSkipped { count: number; one: string; many: string; why: string }
export interface QdeProject {
  name: string; description: string | null; created: string | null; modified: string | null;
  creatingUser: string | null; modifyingUser: string | null;
  /** The tool that wrote the file ("NVivo for Windows 12.6"), as it says. */
  origin: string | null;
  /** The folder relative:// paths are relative to. */
  basePath: string | null;
  users: QdeUser[]; codes: QdeCode[]; variables: QdeVariable[]; cases: QdeCase[];
  textSources: QdeTextSource[]; notes: QdeNote[]; sets: QdeSet[]; noteRefs: string[];
  /** Notes referenced from things Storyloom leaves out (picture sources...): they become project memos. */
  strandedNoteRefs: string[];
  skipped: QdeSkipped[];
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

/** A Description's text, or null when it is missing or blank. */
function descriptionOf(element: XmlElement): string | null {
  const text = textOf(childNamed(element, 'Description'));
  return text === null || text.trim() === '' ? null : text;
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
  return {
    guid: requiredGuid(element), name: element.attributes.name ?? null, description: descriptionOf(element), values,
    sourceRefs: refs(element, 'SourceRef'),
  };
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

/** A TextSource, or a PDFSource's Representation read under the PDF source's guid and name. */
function readTextSource(element: XmlElement, pdf: XmlElement | null = null): QdeTextSource {
  const owner = pdf ?? element;
  const name = owner.attributes.name ?? element.attributes.name ?? null;
  const context = `a selection in source "${name ?? owner.attributes.guid ?? '?'}"`;
  return {
    guid: requiredGuid(owner), name, plainTextPath: element.attributes.plainTextPath ?? null,
    plainTextContent: textOf(childNamed(element, 'PlainTextContent')), richTextPath: element.attributes.richTextPath ?? null,
    description: descriptionOf(owner) ?? (pdf ? descriptionOf(element) : null),
    creatingUser: optionalGuid(owner, 'creatingUser'), created: dateAttribute(owner, 'creationDateTime'),
    selections: childrenNamed(element, 'PlainTextSelection').map((selection) => ({
      guid: requiredGuid(selection), start: integerAttribute(selection, 'startPosition', context),
      end: integerAttribute(selection, 'endPosition', context), creatingUser: optionalGuid(selection, 'creatingUser'),
      created: dateAttribute(selection, 'creationDateTime'), description: descriptionOf(selection),
      codings: readCodings(selection), noteRefs: refs(selection, 'NoteRef'),
    })),
    wholeCodings: [...readCodings(element), ...(pdf ? readCodings(pdf) : [])],
    noteRefs: [...refs(element, 'NoteRef'), ...(pdf ? refs(pdf, 'NoteRef') : [])],
    from: pdf ? 'pdf' : 'text',
  };
}

function readNote(element: XmlElement): QdeNote {
  return {
    guid: requiredGuid(element), name: element.attributes.name ?? null, plainTextPath: element.attributes.plainTextPath ?? null,
    plainTextContent: textOf(childNamed(element, 'PlainTextContent')), richTextPath: element.attributes.richTextPath ?? null,
    creatingUser: optionalGuid(element, 'creatingUser'),
    created: dateAttribute(element, 'creationDateTime'), modified: dateAttribute(element, 'modifiedDateTime'),
  };
}

function readSet(element: XmlElement): QdeSet {
  return {
    guid: requiredGuid(element), name: element.attributes.name ?? '', description: descriptionOf(element),
    memberCodes: refs(element, 'MemberCode'), memberSources: refs(element, 'MemberSource'), memberNotes: refs(element, 'MemberNote'),
  };
}

const MEDIA_SOURCES: Record<string, [string, string]> = {
  PictureSource: ['picture source', 'picture sources'], AudioSource: ['audio source', 'audio sources'],
  VideoSource: ['video source', 'video sources'],
};

/** Every NoteRef anywhere beneath `element`. */
function allNoteRefs(element: XmlElement, out: string[]): string[] {
  for (const child of element.children) {
    if (child.name === 'NoteRef') {
      const guid = optionalGuid(child, 'targetGUID');
      if (guid) out.push(guid);
    } else allNoteRefs(child, out);
  }
  return out;
}

interface SourcesRead { textSources: QdeTextSource[]; stranded: string[]; skipped: QdeSkipped[] }

function readSources(sources: XmlElement | null): SourcesRead {
  const result: SourcesRead = { textSources: [], stranded: [], skipped: [] };
  if (!sources) return result;
  const media = new Map<string, number>();
  let pdfsWithoutText = 0;
  let pdfSelections = 0;
  let sourceVariables = 0;
  for (const element of sources.children) {
    if (element.name === 'TextSource') {
      result.textSources.push(readTextSource(element));
      sourceVariables += childrenNamed(element, 'VariableValue').length;
    } else if (element.name === 'PDFSource') {
      const representation = childNamed(element, 'Representation');
      pdfSelections += childrenNamed(element, 'PDFSelection').length;
      if (representation) result.textSources.push(readTextSource(representation, element));
      else {
        pdfsWithoutText++;
        result.stranded.push(...allNoteRefs(element, []));
      }
    } else if (MEDIA_SOURCES[element.name]) {
      media.set(element.name, (media.get(element.name) ?? 0) + 1);
      result.stranded.push(...allNoteRefs(element, []));
    }
  }
  const skip = (count: number, one: string, many: string, why: string) => {
    if (count > 0) result.skipped.push({ count, one, many, why });
  };
  skip(pdfsWithoutText, 'PDF source', 'PDF sources', 'it has no plain-text representation, and Storyloom analyses text only');
  skip(pdfSelections, 'PDF region coding', 'PDF region codings', 'they mark areas of a PDF page; the text representation\'s codings came in');
  for (const [element, [one, many]] of Object.entries(MEDIA_SOURCES)) {
    skip(media.get(element) ?? 0, one, many, 'Storyloom analyses text only; notes on them came in as project memos');
  }
  skip(sourceVariables, 'source variable value', 'source variable values', 'Storyloom keeps attributes on participants (cases), not on sources');
  return result;
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
  const sources = readSources(childNamed(root, 'Sources'));
  const caseElements = section('Cases', 'Case');
  const noteElements = section('Notes', 'Note');
  const skipped = [...sources.skipped];
  const skip = (count: number, one: string, many: string, why: string) => {
    if (count > 0) skipped.push({ count, one, many, why });
  };
  const count = (elements: XmlElement[], child: string) => elements.reduce((n, e) => n + childrenNamed(e, child).length, 0);
  skip(count(caseElements, 'CodeRef'), 'code linked to a case', 'codes linked to cases', 'Storyloom links codes to text, not to whole cases');
  skip(count(caseElements, 'SelectionRef'), 'selection linked to a case', 'selections linked to cases', 'Storyloom links participants to whole sources only');
  skip(noteElements.reduce((n, e) => n + childrenNamed(e, 'PlainTextSelection').length, 0), 'coding inside a note', 'codings inside notes', 'Storyloom codes sources, not memos');
  skip(section('Links', 'Link').length, 'link', 'links', 'Storyloom has no links between items');
  skip(section('Graphs', 'Graph').length, 'graph', 'graphs', 'Storyloom draws its own thematic map from the code tree');
  skip(section('Variables', 'Variable').filter((v) => descriptionOf(v) !== null).length, 'variable description', 'variable descriptions', 'Storyloom\'s attributes have a name and a type only');

  const project: QdeProject = {
    name: root.attributes.name ?? '', description: textOf(childNamed(root, 'Description')),
    created: dateAttribute(root, 'creationDateTime'), modified: dateAttribute(root, 'modifiedDateTime'),
    creatingUser: optionalGuid(root, 'creatingUserGUID'), modifyingUser: optionalGuid(root, 'modifyingUserGUID'),
    origin: root.attributes.origin?.trim() || null, basePath: root.attributes.basePath?.trim() || null,
    users: section('Users', 'User').map((u) => ({ guid: requiredGuid(u), name: u.attributes.name ?? u.attributes.id ?? null })),
    codes,
    variables: section('Variables', 'Variable').map((v) => ({
      guid: requiredGuid(v), name: v.attributes.name ?? '', typeOfVariable: v.attributes.typeOfVariable?.trim() ?? 'Text',
      description: descriptionOf(v),
    })),
    cases: caseElements.map(readCase),
    textSources: sources.textSources,
    notes: noteElements.map(readNote),
    sets: section('Sets', 'Set').map(readSet),
    noteRefs: refs(root, 'NoteRef'),
    strandedNoteRefs: sources.stranded,
    skipped,
  };
  checkUnique(project.users.map((u) => u.guid), 'users');
  checkUnique(project.codes.map((c) => c.guid), 'codes');
  checkUnique(project.variables.map((v) => v.guid), 'variables');
  checkUnique(project.cases.map((c) => c.guid), 'cases');
  checkUnique(project.textSources.map((s) => s.guid), 'sources');
  checkUnique(project.notes.map((n) => n.guid), 'notes');
  return project;
}
