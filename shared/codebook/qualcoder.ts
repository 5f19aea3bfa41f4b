/**
 * QualCoder's plain-text code list (Import plain text codes list): one code per line; its path
 * written with ">>" after a category and ">>>" after a parent code ("cat3>>cat2>>code4",
 * "code>>>subcode"); a tab, or two or more spaces, then the code's memo. Storyloom has no
 * categories apart from codes, so a category becomes a code that holds the codes beneath it.
 */
import { splitPath, PATH_SEPARATORS } from './paths';
import type { CodebookEntry, ParsedCodebook } from './types';

const ARROWS = PATH_SEPARATORS[0] ?? null;

/** Strips one pair of surrounding double quotes, as QualCoder does for memos. */
function unquote(text: string): string {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).trim() : trimmed;
}

/** The path and the memo: split at the first tab, else at the first run of two or more spaces between names. */
function splitLine(line: string): [string, string] {
  const tab = line.indexOf('\t');
  if (tab >= 0) return [line.slice(0, tab), line.slice(tab + 1)];
  const spaces = /(?<=[^\s>])\s{2,}(?=[^\s>])/.exec(line);
  return spaces ? [line.slice(0, spaces.index), line.slice(spaces.index + spaces[0].length)] : [line, ''];
}

export function readQualCoderCodebook(text: string, fileName: string): ParsedCodebook {
  const entries: CodebookEntry[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const [written, memo] = splitLine(line);
    const path = splitPath(written, ARROWS);
    const where = `line ${index + 1}`;
    if (path.length === 0) {
      problems.push(`Line ${index + 1} has a memo but no code name; it was left out.`);
      return;
    }
    if (path.some((name) => name === '')) {
      problems.push(`Line ${index + 1} ("${written.trim().slice(0, 60)}") has an empty name in its path; it was left out.`);
      return;
    }
    entries.push({ path, definition: unquote(memo), color: null, guid: null, where });
  });
  return {
    fileName, format: 'qualcoder', entries, problems,
    reading: 'Read as QualCoder\'s plain-text code list: one code per line, ">>" after a category, ">>>" after a parent code, a tab before the memo (the memo became the definition).',
  };
}
