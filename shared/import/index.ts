/** Importing sources: bytes -> parsed documents and tables, speaker turns, duplicates, proposed kinds and labels. */
export { parseFile, parseTable } from './importFile';
export { decodeText, type DecodedText, type TextEncoding } from './decode';
export { decodeWindows1252 } from './codePage';
export { detectTurns, unattributedTurns, countSpeakers, type DetectOptions, type ParagraphMode, type TurnDetection } from './speakers';
export { isSpeakerName, isRecognisedRole, labelOfLine, type LineLabel } from './speakerLabels';
export { suggestColumns, tableToDocuments, isFreeTextColumn, type TableColumns, type TableDocument, type TableDocuments } from './tableDocuments';
export { contentHash, findDuplicates, type DuplicateCandidate, type DuplicateCheck, type DuplicateOf } from './duplicates';
export { proposeKind, proposeLabel, proposeLabels, labelNumber, LABEL_PREFIXES } from './labels';
export { pdfPagesToText } from './pdfLayout';
export { pdfjsPages } from './extractors/pdfjs';
export { ImportError, IMPORT_PROBLEMS, type ImportProblem } from './errors';
export * from './types';
