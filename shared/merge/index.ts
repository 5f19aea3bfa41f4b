/** Team merges: another project file (a second coder's copy) into this project. */
export { mergeProjects } from './mergeProjects';
export { codePaths, pathText } from './match';
export { addsAnything, countWords, formatMergeReport, mergeSummary } from './summary';
export {
  MERGE_KINDS, MERGE_NOUNS, type CoderCodings, type MergeAdditions, type MergeCounts, type MergeIssue,
  type MergeKind, type MergeReport, type MergeResult,
} from './types';
