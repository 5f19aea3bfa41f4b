/**
 * project.qde from a bundle, as REFI-QDA 1.5 intends it: Users, CodeBook, Variables, Cases,
 * Sources (TextSource with one PlainTextSelection per coding), Notes, Description, NoteRef, in
 * Project.xsd's order. Selection positions are code points of the canonical text, half-open
 * (endPosition is the first code point after the selection, as NVivo, ATLAS.ti and QualCoder read it).
 *
 * Deterministic: the same bundle gives the same bytes (selection GUIDs are derived from coding ids).
 */
import type {
  AttributeType, AttributeValue, Code, Coding, Memo, Participant, ProjectBundle, SourceWithText,
} from '../model';
import { isGuid } from '../model';
import { OffsetMap } from '../text/offsets';
import { seededGuid } from '../util/hash';
import { ProjectWriteError } from './errors';
import { decimalString, isSixDigitColor, isXsdDate, isXsdDateTime } from './values';
import { XmlBuilder } from './xmlWrite';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';
const SELECTION_NAME_LENGTH = 40;

const VARIABLE_TYPES: Record<AttributeType, string> = {
  text: 'Text', category: 'Text', number: 'Float', boolean: 'Boolean', date: 'Date',
};

function guid(id: string, what: string): string {
  if (!isGuid(id)) throw new ProjectWriteError(`Cannot write the project file: ${what} has the id "${id}", which is not a lower-case GUID.`);
  return id;
}

function dateTime(value: string): string | null {
  return isXsdDateTime(value) ? value : null;
}

/** The selected text, whitespace collapsed, cut to a short label (other tools show it as the name). */
function selectionName(text: string, start: number, end: number): string {
  const sample = text.slice(start, Math.min(end, start + 4 * SELECTION_NAME_LENGTH));
  const chars = Array.from(sample.replace(/\s+/g, ' ').trim());
  const isCut = chars.length > SELECTION_NAME_LENGTH || sample.length < end - start;
  return isCut ? `${chars.slice(0, SELECTION_NAME_LENGTH).join('').trimEnd()}…` : chars.join('');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type NoteTarget = 'project' | 'source' | 'code' | 'coding';

/** Memo ids by what they are anchored to: "project:" or "<type>:<id>". */
function noteRefs(memos: Memo[]): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const memo of memos) {
    const target = memo.anchor.type === 'project' ? 'project:' : `${memo.anchor.type}:${memo.anchor.id}`;
    push(byTarget, target, guid(memo.id, `memo "${memo.title}"`));
  }
  return byTarget;
}

class QdeWriter {
  private readonly xml = new XmlBuilder();
  private readonly notes: Map<string, string[]>;

  constructor(private readonly bundle: ProjectBundle) {
    this.notes = noteRefs(bundle.memos);
  }

  /** NoteRefs to the memos anchored to an object (participants have none: Case has no NoteRef). */
  private noteRefsOf(type: NoteTarget, id = ''): void {
    for (const target of this.notes.get(`${type}:${id}`) ?? []) this.xml.empty('NoteRef', { targetGUID: target });
  }

  build(): string {
    const { project, coders, codes, attributes, participants, sources, memos } = this.bundle;
    this.xml.open('Project', {
      xmlns: QDE_NAMESPACE, name: project.name, origin: 'Storyloom',
      creationDateTime: dateTime(project.createdAt), modifiedDateTime: dateTime(project.updatedAt),
    });
    if (coders.length > 0) {
      this.xml.open('Users');
      for (const c of coders) this.xml.empty('User', { guid: guid(c.id, `coder "${c.name}"`), name: c.name });
      this.xml.close('Users');
    }
    if (codes.length > 0) this.codeBook(codes);
    if (attributes.length > 0) {
      this.xml.open('Variables');
      for (const a of attributes) {
        this.xml.empty('Variable', { guid: guid(a.id, `attribute "${a.name}"`), name: a.name, typeOfVariable: VARIABLE_TYPES[a.type] });
      }
      this.xml.close('Variables');
    }
    if (participants.length > 0) this.cases(participants);
    if (sources.length > 0) this.sources(sources);
    if (memos.length > 0) {
      this.xml.open('Notes');
      for (const m of memos) {
        this.xml.open('Note', {
          guid: m.id, name: m.title, creatingUser: guid(m.coderId, `the coder of memo "${m.title}"`),
          creationDateTime: dateTime(m.createdAt), modifiedDateTime: dateTime(m.updatedAt),
        });
        this.xml.text('PlainTextContent', m.plainText);
        this.xml.close('Note');
      }
      this.xml.close('Notes');
    }
    if (project.description !== '') this.xml.text('Description', project.description);
    this.noteRefsOf('project');
    this.xml.close('Project');
    return this.xml.toString();
  }

  private codeBook(codes: Code[]): void {
    const known = new Set<string>(codes.map((c) => c.id));
    const children = new Map<string | null, Code[]>();
    for (const code of codes) {
      const parent = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
      push(children, parent, code);
    }
    for (const list of children.values()) list.sort((a, b) => a.order - b.order);
    const written = new Set<string>();
    const write = (code: Code): void => {
      written.add(code.id);
      const color = isSixDigitColor(code.color) ? code.color : null;
      this.xml.open('Code', { guid: guid(code.id, `code "${code.name}"`), name: code.name, isCodable: 'true', color });
      if (code.definition !== '') this.xml.text('Description', code.definition);
      this.noteRefsOf('code', code.id);
      for (const child of children.get(code.id) ?? []) if (!written.has(child.id)) write(child);
      this.xml.close('Code');
    };
    this.xml.open('CodeBook').open('Codes');
    for (const root of children.get(null) ?? []) write(root);
    // Codes in a parent cycle are reachable from no root; write them as roots rather than lose them.
    for (const code of codes) if (!written.has(code.id)) write(code);
    this.xml.close('Codes').close('CodeBook');
  }

  private cases(participants: Participant[]): void {
    const types = new Map<string, AttributeType>(this.bundle.attributes.map((a) => [a.id, a.type]));
    const sourcesOf = new Map<string, string[]>();
    for (const { source, text } of this.bundle.sources) {
      for (const id of new Set(text.turns.map((t) => t.participantId))) {
        if (id !== null) push(sourcesOf, id, source.id);
      }
    }
    this.xml.open('Cases');
    for (const p of participants) {
      this.xml.open('Case', { guid: guid(p.id, `participant "${p.label}"`), name: p.label });
      for (const [attributeId, value] of Object.entries(p.attributes)) {
        const type = types.get(attributeId);
        if (type) this.variableValue(attributeId, type, value);
      }
      for (const sourceId of sourcesOf.get(p.id) ?? []) this.xml.empty('SourceRef', { targetGUID: sourceId });
      this.xml.close('Case');
    }
    this.xml.close('Cases');
  }

  /** The value element follows the value's own type, so a round trip gives back the same value. */
  private variableValue(attributeId: string, type: AttributeType, value: AttributeValue): void {
    this.xml.open('VariableValue').empty('VariableRef', { targetGUID: attributeId });
    if (typeof value === 'string') this.xml.text(type === 'date' && isXsdDate(value) ? 'DateValue' : 'TextValue', value);
    else if (typeof value === 'boolean') this.xml.text('BooleanValue', String(value));
    else if (typeof value === 'number') {
      const decimal = decimalString(value);
      if (decimal !== null) this.xml.text('FloatValue', decimal);
    }
    this.xml.close('VariableValue');
  }

  private sources(sources: SourceWithText[]): void {
    const codingsOf = new Map<string, Coding[]>();
    for (const coding of this.bundle.codings) {
      push(codingsOf, coding.sourceId, coding);
    }
    this.xml.open('Sources');
    for (const { source, text } of sources) {
      const id = guid(source.id, `source "${source.title}"`);
      this.xml.open('TextSource', {
        guid: id, name: source.title, plainTextPath: `internal://${id}.txt`, creationDateTime: dateTime(source.createdAt),
      });
      const offsets = new OffsetMap(text.text);
      for (const coding of codingsOf.get(source.id) ?? []) this.selection(coding, text.text, offsets);
      this.noteRefsOf('source', source.id);
      this.xml.close('TextSource');
    }
    this.xml.close('Sources');
  }

  /** One selection per coding. Offsets outside the text are clamped rather than refusing to save. */
  private selection(coding: Coding, text: string, offsets: OffsetMap): void {
    const start = Math.min(Math.max(0, Math.trunc(coding.start)), text.length);
    const end = Math.min(Math.max(start, Math.trunc(coding.end)), text.length);
    const [startPosition, endPosition] = offsets.rangeToCodePoints(start, end);
    const id = guid(coding.id, 'a coding');
    const user = guid(coding.coderId, `the coder of coding ${id}`);
    const created = dateTime(coding.createdAt);
    this.xml.open('PlainTextSelection', {
      guid: seededGuid(`storyloom/selection/${id}`), name: selectionName(text, start, end),
      startPosition, endPosition, creatingUser: user, creationDateTime: created,
    });
    this.xml.open('Coding', { guid: id, creatingUser: user, creationDateTime: created });
    this.xml.empty('CodeRef', { targetGUID: guid(coding.codeId, `the code of coding ${id}`) });
    this.noteRefsOf('coding', coding.id);
    this.xml.close('Coding').close('PlainTextSelection');
  }
}

/** The project.qde document of a bundle. Throws ProjectWriteError if an id is not a GUID. */
export function buildProjectQde(bundle: ProjectBundle): string {
  return new QdeWriter(bundle).build();
}
