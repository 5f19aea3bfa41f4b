/**
 * The matrix's rows and columns as the command line writes them: rows 'depth:N' | 'codes';
 * columns 'sources' | 'kinds' | 'participants' | 'attribute:NAME' | 'level:N'. Keywords and
 * attribute names are matched case-insensitively; an attribute name may itself hold a colon.
 * Anything else throws an Error naming the option, the text given and what is allowed.
 */
import type { Attribute } from '../model';
import type { MatrixColumns, MatrixRows } from './matrixTypes';

const ROWS_HELP = "use 'depth:N' (N = 1 for top-level themes only) or 'codes'";
const COLUMNS_HELP = "use 'sources', 'kinds', 'participants', 'attribute:NAME' or 'level:N'";

function splitOption(text: string): { word: string; argument: string | null } {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0) return { word: trimmed.toLowerCase(), argument: null };
  return { word: trimmed.slice(0, colon).trim().toLowerCase(), argument: trimmed.slice(colon + 1).trim() };
}

/** A whole number of 1 or more written in decimal digits, or null. */
function positiveWhole(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && Number.isSafeInteger(value) ? value : null;
}

export function parseMatrixRows(text: string): MatrixRows {
  const { word, argument } = splitOption(text);
  if (word === 'codes' && argument === null) return { kind: 'codes' };
  if (word === 'depth') {
    const depth = positiveWhole(argument);
    if (depth === null) throw new Error(`Matrix rows "${text}": the depth must be a whole number of 1 or more (e.g. depth:2)`);
    return { kind: 'depth', depth };
  }
  throw new Error(`Matrix rows "${text}" is not understood: ${ROWS_HELP}`);
}

export function parseMatrixColumns(text: string, attributes: readonly Attribute[]): MatrixColumns {
  const { word, argument } = splitOption(text);
  if (argument === null) {
    if (word === 'sources') return { kind: 'sources' };
    if (word === 'kinds') return { kind: 'sourceKind' };
    if (word === 'participants') return { kind: 'participants' };
  }
  if (word === 'level') {
    const level = positiveWhole(argument);
    if (level === null) throw new Error(`Matrix columns "${text}": the level must be a whole number of 1 or more (e.g. level:2)`);
    return { kind: 'level', level };
  }
  if (word === 'attribute') {
    const name = (argument ?? '').toLowerCase();
    if (name === '') throw new Error(`Matrix columns "${text}": name the attribute (e.g. attribute:Group)`);
    const attribute = attributes.find((a) => a.name.trim().toLowerCase() === name);
    if (!attribute) {
      const known = attributes.length > 0 ? attributes.map((a) => a.name).join(', ') : 'the project has none';
      throw new Error(`Matrix columns "${text}": no attribute is named "${argument}" (attributes: ${known})`);
    }
    return { kind: 'attribute', attributeId: attribute.id };
  }
  throw new Error(`Matrix columns "${text}" is not understood: ${COLUMNS_HELP}`);
}
