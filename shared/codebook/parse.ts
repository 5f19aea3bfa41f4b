/**
 * A codebook file's bytes to a ParsedCodebook, whichever format: XML (or .qdc) is a REFI-QDA
 * codebook; .csv and .tsv are CSV; .txt is QualCoder's plain-text list unless its first line is a
 * CSV header naming a code column. Text may be UTF-8 (BOM or not), UTF-16 with a BOM, or
 * Windows-1252 (said so). Throws CodebookError naming the file when it is not a codebook.
 */
import { decodeText } from '../import/decode';
import { FormatError } from '../import/errors';
import { formatBytes } from '../qdpx/errors';
import { hasCodebookHeader, readCsvCodebook } from './csv';
import { readQdc } from './qdc';
import { readQualCoderCodebook } from './qualcoder';
import { notACodebook, type ParsedCodebook } from './types';

/** Far more than any codebook (a 10,000-code .qdc is about 2 MB). */
export const MAX_CODEBOOK_BYTES = 20 * 1024 * 1024;

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function parseCodebook(bytes: Uint8Array, fileName: string): ParsedCodebook {
  if (bytes.length === 0) throw notACodebook(fileName, 'it is empty');
  if (bytes.length > MAX_CODEBOOK_BYTES) {
    throw notACodebook(fileName, `it is ${formatBytes(bytes.length)}, larger than any codebook (the limit is ${formatBytes(MAX_CODEBOOK_BYTES)})`);
  }
  let text: string;
  let warnings: string[];
  try {
    ({ text, warnings } = decodeText(bytes));
  } catch (error) {
    throw notACodebook(fileName, error instanceof FormatError ? error.reason : 'it is not text');
  }
  if (text.trim() === '') throw notACodebook(fileName, 'it holds only blank space');
  const extension = extensionOf(fileName);
  let parsed: ParsedCodebook;
  if (extension === 'qdc' || /^\s*</.test(text)) parsed = readQdc(text, fileName);
  else if (extension === 'csv' || extension === 'tsv') parsed = readCsvCodebook(text, fileName);
  else if (extension === 'txt') parsed = hasCodebookHeader(text) ? readCsvCodebook(text, fileName) : readQualCoderCodebook(text, fileName);
  else parsed = /[^>]>>[^>]|>>>/.test(text) || !hasCodebookHeader(text) ? readQualCoderCodebook(text, fileName) : readCsvCodebook(text, fileName);
  if (parsed.entries.length === 0) {
    const why = parsed.problems[0] ? `none of its codes could be read (${parsed.problems[0].replace(/\.$/, '')})` : 'it holds no codes';
    throw notACodebook(fileName, why);
  }
  return { ...parsed, problems: [...warnings, ...parsed.problems] };
}
