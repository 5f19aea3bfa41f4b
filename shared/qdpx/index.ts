/** The project file format: REFI-QDA .qdpx with Storyloom's extension folder. */
export { writeQdpx, buildProjectQde, sourceTextPath } from './writeQdpx';
export { readQdpx, readQdpxWithNotices, type QdpxReadOptions, type QdpxReadResult } from './readQdpx';
export type { OffsetUnit, LineBreakCount, OffsetConvention } from './sourceTexts';
export {
  importReportLines, importReportSummary, importNotices, importCounts, offsetSentence, IMPORT_COUNTS,
  type ImportReport, type ImportReportItem, type ImportCountKind, type SourceOffsets,
} from './importReport';
export { describeConvention } from './offsetDetection';
export {
  ProjectFileError, ProjectWriteError, PROJECT_FILE_PROBLEMS, type ProjectFileProblem,
} from './errors';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zipSafety';
export { EXTENSION_PATH, EXTENSION_VERSION } from './extension';
export { QDE_NAMESPACE } from './qdeWrite';
