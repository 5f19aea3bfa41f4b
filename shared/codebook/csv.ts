/**
 * Codebooks as CSV (comma, semicolon, tab or pipe separated): one code per row. With a header
 * row, columns are recognised by sensible names: a path ("Path", "Code path", or a "Code"/"Name"
 * column whose values hold a path), or a name ("Code", "Name", "Node"...) with a parent ("Parent",
 * "Parent code", "Category"); a definition ("Definition", "Description", "Memo"); a colour
 * ("Colour", "Color"); a GUID ("GUID", "ID"). Other columns are listed as not used. Without a
 * recognisable header (QualCoder's CSV code list), column 1 is the path, column 2 the definition
 * and column 3 the colour when it holds colours. `reading` says which columns were used.
 */
import Papa from 'papaparse/papaparse.min.js';
import { normaliseColor, normaliseGuid } from '../qdpx/values';
import { cleanName, findSeparator, pathKey, splitPath, withoutRootFolder, type PathSeparator } from './paths';
import { notACodebook, type CodebookEntry, type ParsedCodebook } from './types';

type Role = 'path' | 'name' | 'parent' | 'definition' | 'colour' | 'guid';

const ROLE_NAMES: Record<Role, readonly string[]> = {
  path: ['path', 'codepath', 'fullpath', 'hierarchy', 'codehierarchy', 'nodepath', 'fullname'],
  name: ['name', 'code', 'codename', 'codes', 'node', 'nodename', 'label', 'codelabel', 'theme', 'title'],
  parent: ['parent', 'parentcode', 'parentname', 'parentpath', 'parentnode', 'parenttheme', 'category', 'parentcategory'],
  definition: ['definition', 'description', 'memo', 'notes', 'note', 'meaning', 'explanation', 'codedefinition', 'codedescription', 'codememo', 'comment', 'comments'],
  colour: ['colour', 'color', 'codecolour', 'codecolor', 'hex', 'hexcolour', 'hexcolor', 'rgb'],
  guid: ['guid', 'uuid', 'id', 'codeid', 'codeguid'],
};
const ROLES = Object.keys(ROLE_NAMES) as Role[];

const ROLE_WORDS: Record<Role, string> = {
  path: 'the code path', name: 'the code name', parent: 'the parent', definition: 'the definition', colour: 'the colour', guid: 'the GUID',
};

const headerKey = (cell: string) => cell.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which column plays which role, by the header's names (first match per role). */
function recognise(header: readonly string[]): Partial<Record<Role, number>> {
  const roles: Partial<Record<Role, number>> = {};
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    const role = ROLES.find((r) => roles[r] === undefined && ROLE_NAMES[r].includes(key));
    if (role) roles[role] = index;
  });
  return roles;
}

interface Row {
  cells: string[];
  /** "row 4": the row's number in the file, blank rows counted. */
  where: string;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The file's rows, blank ones left out but counted in the numbering. */
function parseRows(text: string): Row[] {
  // Blank lines upset Papa Parse's guess of the delimiter: guess without them, then read every line.
  const guess = Papa.parse(text, { header: false, dynamicTyping: false, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const result = Papa.parse(text, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter: guess.meta.delimiter });
  return result.data.map((cells, i) => ({ cells, where: `row ${i + 1}` })).filter((row) => !isBlank(row.cells));
}

const looksLikeColour = (value: string) => normaliseColor(value.trim().startsWith('#') ? value : `#${value.trim()}`) !== null;

/** True when the first row of `text` names at least a code or path column: a CSV codebook, not a plain list. */
export function hasCodebookHeader(text: string): boolean {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  if (line.includes('>>')) return false;
  const first = parseRows(line)[0]?.cells ?? [];
  const roles = recognise(first);
  return roles.path !== undefined || roles.name !== undefined;
}

export function readCsvCodebook(text: string, fileName: string): ParsedCodebook {
  const rows = parseRows(text);
  if (rows.length === 0) throw notACodebook(fileName, 'it has no rows');
  const header = rows[0]?.cells ?? [];
  let roles = recognise(header);
  const hasHeader = Object.keys(roles).length > 0;
  const body: Row[] = hasHeader ? rows.slice(1) : rows;
  const problems: string[] = [];
  const notes: string[] = [];
  if (!hasHeader) {
    const third = body.map((r) => r.cells[2] ?? '').filter((v) => v.trim() !== '');
    roles = { path: 0, definition: 1, ...(third.length > 0 && third.every(looksLikeColour) ? { colour: 2 } : {}) };
  } else if (roles.path === undefined && roles.name === undefined) {
    // A header that names a definition or a colour but not the code: the first other column is the code.
    const taken = new Set(Object.values(roles));
    const first = header.findIndex((_, i) => !taken.has(i));
    if (first < 0) throw notACodebook(fileName, 'no column holds the codes\' names');
    roles.name = first;
    notes.push(`no column is named as the code, so "${header[first]}" was taken as the code name`);
  }
  // A spreadsheet-safe export writes "'=x" for "=x" (formula injection): the apostrophe is not part of the text.
  const cell = (row: Row, role: Role) => (roles[role] === undefined ? '' : (row.cells[roles[role]] ?? '').trim().replace(/^'(?=[=+\-@])/, ''));

  // A name column whose values hold a path, with no parent column, is a path column.
  if (roles.path === undefined && roles.name !== undefined && roles.parent === undefined) {
    const separator = findSeparator(body.map((r) => cell(r, 'name')));
    if (separator) {
      roles.path = roles.name;
      delete roles.name;
    }
  }
  const pathValues = body.map((r) => cell(r, 'path'));
  const isNamedPath = hasHeader && roles.path !== undefined && ROLE_NAMES.path.includes(headerKey(header[roles.path] ?? ''));
  const separator = roles.path !== undefined ? findSeparator(pathValues, isNamedPath) : null;
  const parentSeparator = roles.parent !== undefined ? findSeparator(body.map((r) => cell(r, 'parent')), true) : null;

  const located = roles.path !== undefined
    ? pathsFromPathColumn(body, (r) => cell(r, 'path'), separator, problems)
    : pathsFromParents(body, (r) => cell(r, 'name'), (r) => cell(r, 'parent'), parentSeparator, problems);
  const { paths, root } = withoutRootFolder(located.map((l) => l.path));
  if (root) notes.push(`the "${root}" folder every path starts with is the tool's root, not a code, and was dropped`);

  const entries: CodebookEntry[] = located.map(({ row }, i) => {
    const rawColour = cell(row, 'colour');
    const color = rawColour === '' ? null : normaliseColor(rawColour.startsWith('#') ? rawColour : `#${rawColour}`);
    const path = paths[i] ?? [];
    if (rawColour !== '' && color === null) problems.push(`The colour "${rawColour.slice(0, 20)}" (${row.where}) is not one Storyloom can read; "${path.join(' > ')}" gets one of Storyloom's.`);
    const rawGuid = cell(row, 'guid');
    return { path, definition: cell(row, 'definition'), color, guid: rawGuid === '' ? null : normaliseGuid(rawGuid), where: row.where };
  });

  const used = ROLES.filter((r) => roles[r] !== undefined).sort((a, b) => (roles[a] ?? 0) - (roles[b] ?? 0));
  const describe = (role: Role) => {
    const index = roles[role] ?? 0;
    const column = hasHeader ? `"${header[index] ?? ''}"` : `column ${index + 1}`;
    const how = role === 'path' && separator ? `${ROLE_WORDS.path} (names joined by "${separator.label}")` : ROLE_WORDS[role];
    return `${column} as ${how}`;
  };
  const unused = hasHeader ? header.filter((_, i) => !Object.values(roles).includes(i)).map((h) => `"${h}"`) : [];
  const reading = [
    hasHeader ? `Read as CSV with a header row. Columns used: ${used.map(describe).join(', ')}.`
      : `Read as CSV without a header row: ${used.map(describe).join(', ')}.`,
    ...(unused.length > 0 ? [`Not used: ${unused.join(', ')}.`] : []),
    ...notes.map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}.`),
  ].join(' ');
  return { fileName, format: 'csv', entries, problems, reading };
}

interface Located {
  row: Row;
  path: string[];
}

function pathsFromPathColumn(body: Row[], pathOf: (r: Row) => string, separator: PathSeparator | null, problems: string[]): Located[] {
  const result: Located[] = [];
  for (const row of body) {
    const path = splitPath(pathOf(row), separator);
    if (path.length === 0) {
      problems.push(`The ${row.where} has no code; it was left out.`);
      continue;
    }
    if (path.some((n) => n === '')) {
      problems.push(`The ${row.where} ("${pathOf(row).slice(0, 60)}") has an empty name in its path; it was left out.`);
      continue;
    }
    result.push({ row, path });
  }
  return result;
}

/** Paths from a name and a parent column: the parent is a path, or the name of another row, or a new top-level code. */
function pathsFromParents(
  body: Row[], nameOf: (r: Row) => string, parentOf: (r: Row) => string, separator: PathSeparator | null, problems: string[],
): Located[] {
  const rows = body.filter((row) => {
    if (cleanName(nameOf(row)) !== '') return true;
    problems.push(`The ${row.where} has no code name; it was left out.`);
    return false;
  });
  const byName = new Map<string, Row[]>();
  for (const row of rows) {
    const key = pathKey([nameOf(row)]);
    byName.set(key, [...(byName.get(key) ?? []), row]);
  }
  const resolved = new Map<Row, string[]>();
  const reported = new Set<string>();
  const resolve = (row: Row, seen: Set<Row>): string[] => {
    const done = resolved.get(row);
    if (done) return done;
    const name = cleanName(nameOf(row));
    const parent = splitPath(parentOf(row), separator).filter((n) => n !== '');
    let path: string[];
    if (parent.length === 0) path = [name];
    else if (parent.length > 1) path = [...parent, name];
    else {
      const candidates = (byName.get(pathKey(parent)) ?? []).filter((r) => r !== row);
      const [first] = candidates;
      if (!first) path = [...parent, name];
      else if (seen.has(first)) {
        problems.push(`The parents of "${name}" (${row.where}) go round in a circle; it was put at the top level.`);
        path = [name];
      } else {
        if (candidates.length > 1 && !reported.has(pathKey(parent))) {
          reported.add(pathKey(parent));
          problems.push(`More than one row is named "${parent[0]}"; codes under it were put under the first (${first.where}).`);
        }
        path = [...resolve(first, new Set([...seen, row])), name];
      }
    }
    resolved.set(row, path);
    return path;
  };
  return rows.map((row) => ({ row, path: resolve(row, new Set([row])) }));
}
