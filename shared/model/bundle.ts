/**
 * A whole project in memory: what a project file holds, what an import writes in one
 * transaction, and what the command line works on.
 */
import type {
  Attribute, Code, Coder, Coding, HistoryEvent, Memo, Participant, Project, Quote, Review, Source,
  SourceText,
} from './entities';

export interface SourceWithText {
  source: Source;
  text: SourceText;
}

export interface ProjectBundle {
  project: Project;
  coders: Coder[];
  sources: SourceWithText[];
  participants: Participant[];
  attributes: Attribute[];
  codes: Code[];
  codings: Coding[];
  memos: Memo[];
  quotes: Quote[];
  reviews: Review[];
  history: HistoryEvent[];
}
