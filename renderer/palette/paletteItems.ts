/**
 * What the command palette can go to, and the search over it: screens, sources, codes,
 * participants and memos, as one list searched with fuse.js.
 */
import Fuse from 'fuse.js';
import { buildCodeTree, flattenTree } from '../../shared/analysis/codeTree';
import {
  PHASES, type Code, type CodeId, type Memo, type MemoId, type Participant, type ParticipantId, type Source,
  type SourceId,
} from '../../shared/model';
import { PHASE_INFO } from '../app/phases';
import type { ProjectView } from '../app/routes';
import { SOURCE_KIND_LABELS } from '../components/format';
import { KIND_LABELS, memoTitle } from '../memos/memoLabels';

export type PaletteTarget =
  | { type: 'view'; view: ProjectView }
  | { type: 'source'; id: SourceId }
  | { type: 'code'; id: CodeId }
  | { type: 'participant'; id: ParticipantId }
  | { type: 'memo'; id: MemoId };

export const GROUP_LABELS: Record<PaletteTarget['type'], string> = {
  view: 'Screen', source: 'Source', code: 'Code', participant: 'Participant', memo: 'Memo',
};

export interface PaletteItem {
  key: string;
  target: PaletteTarget;
  title: string;
  /** A second line: where it sits, what kind it is. */
  detail: string;
  /** Other names it is found by: a source's label, a code's aliases, a participant's attributes. */
  keywords: string;
  /** Body text searched last: a memo's text. */
  text: string;
}

export interface PaletteData {
  sources: readonly Source[];
  codes: readonly Code[];
  participants: readonly Participant[];
  memos: readonly Memo[];
  /** "on code Information sharing", for a memo's second line. */
  describeAnchor: (memo: Memo) => string;
}

const OTHER_VIEWS: { view: ProjectView; title: string; detail: string }[] = [
  { view: 'sources', title: 'Sources', detail: 'Transcripts and narratives' },
  { view: 'participants', title: 'Participants', detail: 'Participants and their attributes' },
  { view: 'search', title: 'Search', detail: 'Search across all sources' },
  { view: 'memos', title: 'Memos', detail: 'Memos, familiarisation notes, journal, recommendations' },
  { view: 'history', title: 'History', detail: 'Who did what, when' },
];

/** Every screen of a project, in the navigation's order. */
export function screenItems(): PaletteItem[] {
  const screen = (view: ProjectView, title: string, detail: string, keywords = ''): PaletteItem => ({
    key: `view:${view}`, target: { type: 'view', view }, title, detail, keywords, text: '',
  });
  return [
    screen('dashboard', 'Overview', 'The project at a glance', 'dashboard home'),
    ...PHASES.map((p) => screen(p, PHASE_INFO[p].title, `Phase ${PHASE_INFO[p].number}: ${PHASE_INFO[p].question}`, `phase ${PHASE_INFO[p].number}`)),
    ...OTHER_VIEWS.map((v) => screen(v.view, v.title, v.detail)),
  ];
}

export function buildPaletteItems(data: PaletteData): PaletteItem[] {
  const sources = data.sources.map((s): PaletteItem => ({
    key: `source:${s.id}`, target: { type: 'source', id: s.id }, title: s.title,
    detail: `${s.label} · ${SOURCE_KIND_LABELS[s.kind]}`, keywords: s.label, text: '',
  }));
  const codes = flattenTree(buildCodeTree(data.codes, [])).map((n): PaletteItem => ({
    key: `code:${n.code.id}`, target: { type: 'code', id: n.code.id }, title: n.code.name,
    detail: n.path.length > 1 ? n.path.slice(0, -1).join(' › ') : 'Top level', keywords: n.code.aliases.join(', '), text: '',
  }));
  const participants = data.participants.map((p): PaletteItem => {
    const values = Object.values(p.attributes).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
    return {
      key: `participant:${p.id}`, target: { type: 'participant', id: p.id }, title: p.label,
      detail: [p.role === 'facilitator' ? 'Facilitator' : 'Participant', ...values].join(' · '), keywords: values.join(' '), text: '',
    };
  });
  const memos = data.memos.map((m): PaletteItem => ({
    key: `memo:${m.id}`, target: { type: 'memo', id: m.id }, title: memoTitle(m),
    detail: `${KIND_LABELS[m.kind]} ${data.describeAnchor(m)}`, keywords: '', text: m.plainText,
  }));
  return [...screenItems(), ...sources, ...codes, ...participants, ...memos];
}

export const MAX_RESULTS = 30;

/** A search over the items: best matches first; with no query, screens, sources and the newest memos. */
export function createPaletteSearch(items: readonly PaletteItem[]): (query: string) => PaletteItem[] {
  const fuse = new Fuse(items, {
    keys: [{ name: 'title', weight: 3 }, { name: 'keywords', weight: 2 }, { name: 'detail', weight: 0.5 }, { name: 'text', weight: 0.5 }],
    threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2,
  });
  return (query) => {
    const text = query.trim();
    if (!text) {
      const memos = items.filter((i) => i.target.type === 'memo').slice(0, 5);
      return [...items.filter((i) => i.target.type === 'view' || i.target.type === 'source'), ...memos].slice(0, MAX_RESULTS);
    }
    return fuse.search(text, { limit: MAX_RESULTS }).map((r) => r.item);
  };
}
