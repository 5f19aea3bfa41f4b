/**
 * storyloom/project.json: what REFI-QDA's project.qde cannot hold, in the same zip (other tools
 * ignore the folder). The XML is the truth for everything it holds (names, colours, definitions,
 * the code tree, coding ranges and coders, memo text, attribute values); this file adds the rest,
 * keyed by the same GUIDs. Versioned: a reader refuses versions newer than it knows.
 *
 * Timestamps of projects, sources, codes and memos are here as well as in the XML, because the XML
 * can only hold valid xsd:dateTime values; coding timestamps are here only when the XML could not
 * hold them (a project has many codings). `codings.sourceRuns` records how codings of different
 * sources interleave in the bundle, so a round trip keeps their order exactly.
 */
import type {
  Attribute, Code, HistoryEvent, Memo, Participant, Project, ProjectBundle, Quote, Review, Source, Turn,
} from '../model';
import { isXsdDateTime } from './values';

export const EXTENSION_PATH = 'storyloom/project.json';
export const EXTENSION_FORMAT = 'storyloom';
export const EXTENSION_VERSION = 1;

type WithoutProject<T> = Omit<T, 'projectId'>;

export type ExtensionProject = Pick<Project, 'id' | 'method' | 'levelNames' | 'currentCoderId' | 'createdAt' | 'updatedAt'>;
export type ExtensionSource = Pick<Source,
  'id' | 'label' | 'kind' | 'date' | 'facilitator' | 'originalFileName' | 'contentHash' | 'order' | 'isRead'
  | 'readingPosition' | 'createdAt'> & { turns: Turn[] };
export type ExtensionParticipant = Pick<Participant, 'id' | 'role' | 'order' | 'isWithdrawn'>;
export type ExtensionAttribute = Pick<Attribute, 'id' | 'type' | 'categories' | 'order'>;
export type ExtensionCode = Pick<Code, 'id' | 'status' | 'aliases' | 'order' | 'createdAt'>;
export type ExtensionMemo = Pick<Memo, 'id' | 'kind' | 'anchor' | 'title' | 'content' | 'createdAt' | 'updatedAt'>;

export interface ExtensionCodings {
  /** [index into sources, number of consecutive codings of that source], in bundle order. */
  sourceRuns: [number, number][];
  /** createdAt of codings whose timestamp is not a valid xsd:dateTime, by coding id. */
  createdAt: Record<string, string>;
}

export interface StoryloomExtension {
  format: typeof EXTENSION_FORMAT;
  version: typeof EXTENSION_VERSION;
  project: ExtensionProject;
  sources: ExtensionSource[];
  participants: ExtensionParticipant[];
  attributes: ExtensionAttribute[];
  /** In bundle order (the XML nests codes, which loses the flat order). */
  codes: ExtensionCode[];
  codings: ExtensionCodings;
  memos: ExtensionMemo[];
  quotes: WithoutProject<Quote>[];
  reviews: WithoutProject<Review>[];
  history: WithoutProject<HistoryEvent>[];
}

function withoutProject<T extends { projectId: unknown }>(record: T): WithoutProject<T> {
  const { projectId: _projectId, ...rest } = record;
  return rest;
}

/** Runs of consecutive codings of the same source, over the codings the XML can hold. */
function sourceRuns(bundle: ProjectBundle): [number, number][] {
  const indexOf = new Map(bundle.sources.map((s, i) => [s.source.id as string, i]));
  const runs: [number, number][] = [];
  for (const coding of bundle.codings) {
    const index = indexOf.get(coding.sourceId);
    if (index === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] === index) last[1]++;
    else runs.push([index, 1]);
  }
  return runs;
}

/** The extension record of a bundle. */
export function buildExtension(bundle: ProjectBundle): StoryloomExtension {
  const { project } = bundle;
  const createdAt: Record<string, string> = {};
  for (const coding of bundle.codings) {
    if (!isXsdDateTime(coding.createdAt)) createdAt[coding.id] = coding.createdAt;
  }
  return {
    format: EXTENSION_FORMAT,
    version: EXTENSION_VERSION,
    project: {
      id: project.id, method: project.method, levelNames: [...project.levelNames],
      currentCoderId: project.currentCoderId, createdAt: project.createdAt, updatedAt: project.updatedAt,
    },
    sources: bundle.sources.map(({ source: s, text }) => ({
      id: s.id, label: s.label, kind: s.kind, date: s.date, facilitator: s.facilitator,
      originalFileName: s.originalFileName, contentHash: s.contentHash, order: s.order, isRead: s.isRead,
      readingPosition: s.readingPosition, createdAt: s.createdAt,
      turns: text.turns.map((t) => ({
        start: t.start, end: t.end, speaker: t.speaker, participantId: t.participantId, timestamp: t.timestamp,
      })),
    })),
    participants: bundle.participants.map((p) => ({ id: p.id, role: p.role, order: p.order, isWithdrawn: p.isWithdrawn })),
    attributes: bundle.attributes.map((a) => ({ id: a.id, type: a.type, categories: [...a.categories], order: a.order })),
    codes: bundle.codes.map((c) => ({ id: c.id, status: c.status, aliases: [...c.aliases], order: c.order, createdAt: c.createdAt })),
    codings: { sourceRuns: sourceRuns(bundle), createdAt },
    memos: bundle.memos.map((m) => ({
      id: m.id, kind: m.kind, anchor: m.anchor, title: m.title, content: m.content, createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    })),
    quotes: bundle.quotes.map(withoutProject),
    reviews: bundle.reviews.map(withoutProject),
    history: bundle.history.map(withoutProject),
  };
}
