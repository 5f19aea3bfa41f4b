/**
 * From canonical text to a ParsedDocument: the step every text-bearing format ends with
 * (plain text directly; docx, odt, rtf and pdf after extracting their paragraphs).
 */
import { canonicalText } from '../text/canonical';
import { decodeText } from './decode';
import { FormatError } from './errors';
import { detectTurns, type ParagraphMode } from './speakers';
import type { DocumentFormat, ParsedDocument, TableFormat } from './types';

export interface DocumentOptions {
  paragraphMode?: ParagraphMode;
  detectSpeakers?: boolean;
  warnings?: string[];
}

/** Runs speaker detection over canonical text. Refuses text with nothing but whitespace. */
export function documentFromText(text: string, format: DocumentFormat | TableFormat, options: DocumentOptions = {}): ParsedDocument {
  if (text.trim().length === 0) throw new FormatError('empty', 'it holds only blank space');
  const detection = detectTurns(text, { paragraphMode: options.paragraphMode ?? 'auto', detectSpeakers: options.detectSpeakers ?? true });
  return { kind: 'document', format, text, turns: detection.turns, speakers: detection.speakers, warnings: options.warnings ?? [] };
}

/**
 * Paragraphs extracted from a word-processor file, one per line: an empty paragraph stays an
 * empty line, trailing empty paragraphs go. Unattributed text splits one turn per paragraph.
 */
export function documentFromParagraphs(paragraphs: readonly string[], format: DocumentFormat, options: DocumentOptions = {}): ParsedDocument {
  const lines = [...paragraphs];
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  return documentFromText(canonicalText(lines.join('\n')), format, { paragraphMode: 'line', ...options });
}

/** A plain-text file (any of the encodings decodeText reads), with speaker detection. */
export function parsePlainText(bytes: Uint8Array, options: DocumentOptions = {}): ParsedDocument {
  const decoded = decodeText(bytes);
  return documentFromText(decoded.text, 'txt', { ...options, warnings: [...decoded.warnings, ...(options.warnings ?? [])] });
}
