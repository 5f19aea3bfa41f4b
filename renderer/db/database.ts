import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Attribute, Code, Coder, Coding, HistoryEvent, Memo, Participant, Project, Quote, Review, Source,
  SourceText,
} from '../../shared/model';
import { declareSchema } from './schema';

export interface Setting {
  key: string;
  value: unknown;
}

/** Tables keyed by [projectId+id]. */
type ProjectTable<T> = Table<T, [string, string]>;

export class StoryloomDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  coders!: ProjectTable<Coder>;
  sources!: ProjectTable<Source>;
  sourceTexts!: ProjectTable<SourceText>;
  participants!: ProjectTable<Participant>;
  attributes!: ProjectTable<Attribute>;
  codes!: ProjectTable<Code>;
  codings!: ProjectTable<Coding>;
  memos!: ProjectTable<Memo>;
  quotes!: ProjectTable<Quote>;
  reviews!: ProjectTable<Review>;
  history!: ProjectTable<HistoryEvent>;

  constructor(name = 'storyloom', schemaVersion?: number) {
    super(name);
    declareSchema(this, schemaVersion);
  }

  /** Every table holding records of one project (all but projects and settings). */
  projectTables(): ProjectTable<unknown>[] {
    return [
      this.coders, this.sources, this.sourceTexts, this.participants, this.attributes, this.codes,
      this.codings, this.memos, this.quotes, this.reviews, this.history,
    ] as ProjectTable<unknown>[];
  }
}

let instance: StoryloomDb | null = null;

/** The app's database. Tests may swap it with `useDatabase`. */
export function db(): StoryloomDb {
  instance ??= new StoryloomDb();
  return instance;
}

export function useDatabase(next: StoryloomDb): void {
  instance = next;
}
