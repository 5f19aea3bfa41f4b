/**
 * REFI-QDA codebooks (.qdc, Codebook.xsd): <CodeBook><Codes><Code guid name isCodable color>
 * with an optional <Description> and nested <Code>s, then optional <Sets>. The structure is
 * checked: a file that is not XML, declares a DOCTYPE (refused for safety), has another root or
 * no codes is not a codebook; a code without a name is left out with its children (they have no
 * path); a missing or invalid guid, a repeated guid or an unreadable colour is reported and the
 * code still comes in (by its path, which is what the import matches on).
 */
import { ContentError } from '../qdpx/errors';
import { normaliseColor, normaliseGuid } from '../qdpx/values';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../qdpx/xmlRead';
import { CodebookError, notACodebook, shownName, type CodebookEntry, type ParsedCodebook } from './types';

const KNOWN_CODE_CHILDREN = new Set(['Code', 'Description', 'NoteRef']);

export function readQdc(text: string, fileName: string): ParsedCodebook {
  let root: XmlElement;
  try {
    root = parseXml(text, 'the codebook');
  } catch (error) {
    if (error instanceof ContentError && error.problem === 'refused') {
      throw new CodebookError(fileName, `"${shownName(fileName)}" was refused: it declares a DOCTYPE, which codebooks never need and Storyloom refuses for safety.`);
    }
    if (error instanceof ContentError) {
      throw notACodebook(fileName, error.message.replace(/^the codebook /, 'it ').replace(/\.$/, ''));
    }
    throw error;
  }
  if (root.name !== 'CodeBook') {
    const hint = root.name === 'Project' ? ' (it is a REFI-QDA project: open it with "Open project file…")' : '';
    throw notACodebook(fileName, `its root element is <${root.name}>, not a REFI-QDA <CodeBook>${hint}`);
  }
  const codes = childNamed(root, 'Codes');
  if (!codes || childrenNamed(codes, 'Code').length === 0) throw notACodebook(fileName, 'it holds no codes (no <Codes> with a <Code> in it)');

  const entries: CodebookEntry[] = [];
  const problems: string[] = [];
  const seenGuids = new Set<string>();
  let position = 0;
  let unnamed = 0;
  let unexpected = 0;
  const visit = (element: XmlElement, parentPath: string[]) => {
    position++;
    const where = `code ${position}`;
    const name = (element.attributes.name ?? '').trim();
    if (name === '') {
      unnamed++;
      return;
    }
    const path = [...parentPath, name];
    const shown = path.join(' > ');
    const rawGuid = element.attributes.guid;
    let guid = rawGuid === undefined ? null : normaliseGuid(rawGuid);
    if (rawGuid === undefined) problems.push(`Code "${shown}" has no guid; it was given a new one.`);
    else if (guid === null) problems.push(`Code "${shown}" has an invalid guid "${rawGuid.slice(0, 60)}"; it was given a new one.`);
    else if (seenGuids.has(guid)) {
      problems.push(`Code "${shown}" has the same guid as an earlier code; it was given a new one.`);
      guid = null;
    }
    if (guid) seenGuids.add(guid);
    const rawColour = element.attributes.color;
    const color = rawColour === undefined ? null : normaliseColor(rawColour);
    if (rawColour !== undefined && color === null) problems.push(`Code "${shown}" has a colour Storyloom cannot read ("${rawColour.slice(0, 20)}"); it gets one of Storyloom's.`);
    unexpected += element.children.filter((c) => !KNOWN_CODE_CHILDREN.has(c.name)).length;
    entries.push({ path, definition: (childNamed(element, 'Description')?.text ?? '').trim(), color, guid, where });
    for (const child of childrenNamed(element, 'Code')) visit(child, path);
  };
  for (const element of childrenNamed(codes, 'Code')) visit(element, []);

  if (unnamed > 0) problems.unshift(`${unnamed} code${unnamed === 1 ? ' has' : 's have'} no name; ${unnamed === 1 ? 'it was' : 'they were'} left out, with any codes beneath.`);
  if (unexpected > 0) problems.push(`${unexpected} unexpected element${unexpected === 1 ? '' : 's'} inside codes ${unexpected === 1 ? 'was' : 'were'} ignored.`);
  const sets = childNamed(root, 'Sets')?.children.filter((c) => c.name === 'Set').length ?? 0;
  if (sets > 0) problems.push(`${sets} set${sets === 1 ? ' was' : 's were'} not imported: Storyloom has no sets (the codes in ${sets === 1 ? 'it' : 'them'} came in).`);
  const origin = root.attributes.origin?.trim();
  return {
    fileName, format: 'qdc', entries, problems,
    reading: `Read as a REFI-QDA codebook${origin ? ` written by ${origin}` : ''}: ${entries.length} code${entries.length === 1 ? '' : 's'}.`,
  };
}
