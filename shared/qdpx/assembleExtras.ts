/**
 * What a file from another tool holds that Storyloom has no table for, brought in as memos so
 * nothing the researcher wrote is lost: Sets (a memo listing the members), and the Descriptions
 * of sources, selections and cases (a memo on the source, the coding or the participant). Also:
 * a source linked to exactly one Case is that participant's text (the case's attributes then
 * count in the matrix); and a last pass that makes the bundle consistent whatever the file said
 * (quotes, reviews and memo anchors pointing at something that did not come in).
 */
import {
  asId, type Code, type CoderId, type Coding, type CodingId, type Memo, type MemoAnchor, type MemoId, type Participant,
  type ParticipantId, type Quote, type Review, type SourceId, type SourceWithText,
} from '../model';
import { seededGuid } from '../util/hash';
import type { Assembly } from './assembleCatalog';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The coder memos are credited to when the file names nobody: the project's creator, else its first user. */
function defaultCoder(a: Assembly): CoderId {
  return a.coders.has(a.qde.creatingUser) ? asId<CoderId>(a.qde.creatingUser ?? '') : (a.coders.list()[0]?.id ?? a.coders.resolve(null));
}

/** A memo id that no note, set or other memo has. */
function freshId(seed: string, taken: Set<string>): MemoId {
  let id = seededGuid(seed);
  while (taken.has(id)) id = seededGuid(`${id}/again`);
  taken.add(id);
  return asId<MemoId>(id);
}

function memo(a: Assembly, id: MemoId, anchor: MemoAnchor, title: string, plainText: string, coderId: CoderId, createdAt: string | null): Memo {
  const at = createdAt ?? a.qde.created ?? a.fallbackTime;
  return { id, projectId: a.projectId, kind: 'memo', anchor, title, content: '', plainText, coderId, createdAt: at, updatedAt: at };
}

/** Code paths by id ("Parent > Child"), for listing set members. */
function codePaths(codes: Code[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id as string, c]));
  const paths = new Map<string, string>();
  for (const code of codes) {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let at: Code | undefined = code; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
      seen.add(at.id);
      names.unshift(at.name);
    }
    paths.set(code.id, names.join(' > '));
  }
  return paths;
}

/**
 * Sets as project memos titled "Set: <name>", their description then their members by kind.
 * Why memos: the model has no set, and a memo is searched, exported, redacted and saved in the
 * project file like everything else the researcher wrote.
 */
export function setMemos(a: Assembly, codes: Code[], sources: SourceWithText[], taken: Set<string>): Memo[] {
  if (a.qde.sets.length === 0) return [];
  const paths = codePaths(codes);
  const sourceTitle = new Map(sources.map((s) => [s.source.id as string, s.source.title]));
  const noteTitle = new Map(a.qde.notes.map((n) => [n.guid, n.name ?? 'Untitled note']));
  const coderId = defaultCoder(a);
  return a.qde.sets.map((set) => {
    const members = [
      ...set.memberCodes.map((g) => (paths.has(g) ? `code "${paths.get(g)}"` : null)),
      ...set.memberSources.map((g) => (sourceTitle.has(g) ? `source "${sourceTitle.get(g)}"` : null)),
      ...set.memberNotes.map((g) => (noteTitle.has(g) ? `memo "${noteTitle.get(g)}"` : null)),
    ];
    const known = members.filter((m) => m !== null);
    const unknown = members.length - known.length;
    const lines = [
      ...(set.description ? [set.description.trim(), ''] : []),
      known.length > 0 ? 'Members:' : 'No members came in.',
      ...known.map((m) => `- ${m}`),
      ...(unknown > 0 ? [`(${plural(unknown, 'member', 'members')} that did not come in: a picture, audio or video source, or something missing.)`] : []),
    ];
    const title = `Set: ${set.name.trim() || 'Untitled set'}`;
    a.report.changed.push({
      what: `set "${set.name.trim() || 'Untitled set'}"`,
      why: `Storyloom has no sets, so it came in as the project memo "${title}"${known.length > 0 ? `, which lists its ${plural(known.length, 'member', 'members')}` : ''}`,
    });
    const id = taken.has(set.guid) ? freshId(`${set.guid}/set`, taken) : asId<MemoId>(set.guid);
    taken.add(id);
    return memo(a, id, { type: 'project' }, title, lines.join('\n'), coderId, null);
  });
}

/** Descriptions of sources, selections and cases as memos on the source, coding or participant. */
export function descriptionMemos(a: Assembly, selectionCodings: Map<string, CodingId>, participants: Participant[], taken: Set<string>): Memo[] {
  const result: Memo[] = [];
  const coderId = defaultCoder(a);
  for (const source of a.qde.textSources) {
    const title = source.name ?? 'Untitled source';
    const sourceId = asId<SourceId>(source.guid);
    if (source.description) {
      result.push(memo(a, freshId(`${source.guid}/description`, taken), { type: 'source', id: sourceId }, `Description of "${title}"`,
        source.description.trim(), a.coders.has(source.creatingUser) ? asId<CoderId>(source.creatingUser ?? '') : coderId, source.created));
    }
    for (const selection of source.selections) {
      if (!selection.description) continue;
      const codingId = selectionCodings.get(selection.guid);
      const anchor: MemoAnchor = codingId ? { type: 'coding', id: codingId } : { type: 'source', id: sourceId };
      result.push(memo(a, freshId(`${selection.guid}/description`, taken), anchor, `Selection note in "${title}"`,
        selection.description.trim(), selection.creatingUser ? a.coders.resolve(selection.creatingUser) : coderId, selection.created));
    }
  }
  const participantIds = new Set<string>(participants.map((p) => p.id));
  for (const c of a.qde.cases) {
    if (!c.description || !participantIds.has(c.guid)) continue;
    result.push(memo(a, freshId(`${c.guid}/description`, taken), { type: 'participant', id: asId<ParticipantId>(c.guid) },
      `Description of "${c.name ?? 'case'}"`, c.description.trim(), coderId, null));
  }
  if (result.length > 0) {
    a.report.changed.push({
      what: plural(result.length, 'description', 'descriptions'),
      why: `the descriptions of sources, selections and cases came in as memos on them (${result.length === 1 ? 'it is' : 'they are'} listed on the Memos screen)`,
    });
  }
  return result;
}

/**
 * A source linked to exactly one case (Case/SourceRef) is that participant's text: its turns,
 * which name no speaker, are attributed to the participant. Files with the Storyloom extension
 * keep their own turns.
 */
export function attributeSourcesToCases(a: Assembly, sources: SourceWithText[], participants: Participant[]): SourceWithText[] {
  if (a.ext) return sources;
  const label = new Map(participants.map((p) => [p.id as string, p.label]));
  const cases = new Map<string, string[]>();
  for (const c of a.qde.cases) {
    if (!label.has(c.guid)) continue;
    for (const ref of new Set(c.sourceRefs)) cases.set(ref, [...(cases.get(ref) ?? []), c.guid]);
  }
  return sources.map((s) => {
    const owners = cases.get(s.source.id) ?? [];
    if (owners.length === 0) return s;
    if (owners.length > 1) {
      a.report.changed.push({
        what: `source "${s.source.title}"`,
        why: `it belongs to ${owners.length} cases (${owners.map((o) => label.get(o)).join(', ')}), so its text names no participant`,
      });
      return s;
    }
    const participantId = asId<ParticipantId>(owners[0] ?? '');
    const turns = s.text.turns.map((t) => (t.participantId === null ? { ...t, participantId } : t));
    return { source: s.source, text: { ...s.text, turns } };
  });
}

interface Consistent { memos: Memo[]; quotes: Quote[]; reviews: Review[]; sources: SourceWithText[] }

/**
 * Quotes, reviews, memo anchors and turn speakers that point at something not in the bundle
 * (a left-out source, a damaged file): quotes and reviews are left out, memos move to the
 * project, turns lose the speaker link. Each is listed in the report.
 */
export function makeConsistent(
  a: Assembly, parts: { sources: SourceWithText[]; codes: Code[]; codings: Coding[]; participants: Participant[]; memos: Memo[]; quotes: Quote[]; reviews: Review[] },
): Consistent {
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const sourceIds = new Set<string>(parts.sources.map((s) => s.source.id));
  const codeIds = ids(parts.codes);
  const codingIds = ids(parts.codings);
  const participantIds = ids(parts.participants);
  const exists = (anchor: MemoAnchor): boolean => {
    switch (anchor.type) {
      case 'project': return true;
      case 'source': return sourceIds.has(anchor.id);
      case 'code': return codeIds.has(anchor.id);
      case 'coding': return codingIds.has(anchor.id);
      case 'participant': return participantIds.has(anchor.id);
      case 'cell': return sourceIds.has(anchor.id) && codeIds.has(anchor.codeId);
    }
  };
  let movedMemos = 0;
  const memos = parts.memos.map((m) => {
    if (exists(m.anchor)) return m;
    movedMemos++;
    return { ...m, anchor: { type: 'project' } as const, kind: m.kind === 'summary' ? 'memo' as const : m.kind };
  });
  if (movedMemos > 0) {
    a.report.changed.push({
      what: plural(movedMemos, 'memo', 'memos'),
      why: `${movedMemos === 1 ? 'it was' : 'they were'} on something that did not come in, so ${movedMemos === 1 ? 'it is' : 'they are'} now on the project`,
    });
  }
  const quotes = parts.quotes.filter((q) => codingIds.has(q.codingId) && codeIds.has(q.codeId));
  if (quotes.length < parts.quotes.length) {
    const n = parts.quotes.length - quotes.length;
    a.report.leftOut.push({ what: plural(n, 'quote', 'quotes'), why: `the coded passage${n === 1 ? '' : 's'} they quote did not come in` });
  }
  const quoteIds = ids(quotes);
  const reviews = parts.reviews.filter((r) => (r.targetType === 'code' ? codeIds.has(r.targetId) : quoteIds.has(r.targetId)));
  if (reviews.length < parts.reviews.length) {
    const n = parts.reviews.length - reviews.length;
    a.report.leftOut.push({ what: plural(n, 'partner review', 'partner reviews'), why: 'the theme or quote they review did not come in' });
  }
  let unlinked = 0;
  const sources = parts.sources.map((s) => {
    if (s.text.turns.every((t) => t.participantId === null || participantIds.has(t.participantId))) return s;
    const turns = s.text.turns.map((t) => {
      if (t.participantId === null || participantIds.has(t.participantId)) return t;
      unlinked++;
      return { ...t, participantId: null };
    });
    return { source: s.source, text: { ...s.text, turns } };
  });
  if (unlinked > 0) {
    a.report.changed.push({ what: plural(unlinked, 'turn', 'turns'), why: 'their participant did not come in, so they keep only the speaker\'s name' });
  }
  return { memos, quotes, reviews, sources };
}
