/** Codebook import: .qdc, CSV and QualCoder's plain-text list, merged by path into a project's code tree. */
export { parseCodebook, MAX_CODEBOOK_BYTES } from './parse';
export { readQdc } from './qdc';
export { readCsvCodebook } from './csv';
export { readQualCoderCodebook } from './qualcoder';
export { planCodebookImport, planSummary, type CodebookPlan, type MatchedCode, type PlannedCode, type PlanOptions } from './merge';
export {
  CodebookError, CODEBOOK_FORMATS, type CodebookEntry, type CodebookFormat, type ParsedCodebook,
} from './types';
