/**
 * Merges project B (a colleague's copy, a second coder's file) into project A: team work on the
 * same sources. Pure and deterministic: the same two projects always give the same result, and
 * merging the same B again adds nothing.
 *
 * Matching, in order:
 * - sources by GUID, then by content (hash and text). A source matched by GUID whose text differs
 *   from A's is a conflict: its codings cannot be placed safely and are left out.
 * - codes by GUID, then by the path of names from the root (trimmed, case-insensitive), then by
 *   name under the same (mapped) parent; differences in parent, colour, definition keep A's.
 * - participants by label; attributes by name; coders by GUID, then by name.
 * - codings are kept per coder and never duplicated: same source, code, coder, start and end.
 * - memos and quotes come along unless A has the same one (same anchor and same text).
 * New records keep B's GUIDs unless a different record of A uses them. Nothing of A changes:
 * the merge only adds rows. Partner reviews and B's history are not merged.
 */
import type {
  Attribute, AttributeId, AttributeValue, Code, CodeId, Coder, CoderId, Coding, CodingId, Memo,
  MemoAnchor, Participant, ParticipantId, ProjectBundle, Quote, Source, SourceId, SourceWithText,
} from '../model';
import { proposeLabel } from '../import/labels';
import { codePaths, IdAllocator, listWords, nameKey, pathKey, pathText, plural, recordIds } from './match';
import {
  MERGE_KINDS, type CoderCodings, type MergeAdditions, type MergeCounts, type MergeIssue, type MergeResult,
} from './types';

const zeroCounts = (): MergeCounts => Object.fromEntries(MERGE_KINDS.map((k) => [k, 0])) as MergeCounts;

const maxOrder = (rows: readonly { order: number }[]): number => rows.reduce((m, r) => Math.max(m, r.order), -1);

const sourceName = (s: Source): string => (s.title && s.title !== s.label ? `${s.label} (${s.title})` : s.label);

function codingKey(c: Pick<Coding, 'sourceId' | 'codeId' | 'coderId' | 'start' | 'end'>): string {
  return [c.sourceId, c.codeId, c.coderId, c.start, c.end].join('|');
}

function anchorKey(anchor: MemoAnchor): string {
  switch (anchor.type) {
    case 'project': return 'project';
    case 'cell': return `cell|${anchor.id}|${anchor.codeId}`;
    default: return `${anchor.type}|${anchor.id}`;
  }
}

const memoKey = (m: Memo): string => [anchorKey(m.anchor), m.title.trim(), m.plainText.trim()].join('\u0000');
const quoteKey = (q: Pick<Quote, 'codingId' | 'codeId' | 'text'>): string => [q.codingId, q.codeId, q.text.trim()].join('\u0000');

/** Merges `b` into `a`. */
export function mergeProjects(a: ProjectBundle, b: ProjectBundle): MergeResult {
  const projectId = a.project.id;
  const ids = new IdAllocator(recordIds(a), a.project.id);
  const added = zeroCounts();
  const matched = zeroCounts();
  const conflicts: MergeIssue[] = [];
  const differences: MergeIssue[] = [];
  const additions: MergeAdditions = { coders: [], sources: [], participants: [], attributes: [], codes: [], codings: [], memos: [], quotes: [] };

  // Coders: by GUID, then by name.
  const coderMap = new Map<string, CoderId>();
  const coderById = new Map<string, Coder>(a.coders.map((c) => [c.id, c]));
  const coderByName = new Map<string, Coder>();
  for (const c of a.coders) if (!coderByName.has(nameKey(c.name))) coderByName.set(nameKey(c.name), c);
  const addCoder = (from: Coder): CoderId => {
    const coder: Coder = { ...from, id: ids.keep(from.id, 'coder'), projectId };
    additions.coders.push(coder);
    coderById.set(coder.id, coder);
    coderByName.set(nameKey(coder.name), coder);
    added.coders++;
    return coder.id;
  };
  for (const c of b.coders) {
    if (coderMap.has(c.id)) continue;
    const same = coderById.get(c.id) ?? coderByName.get(nameKey(c.name));
    if (same) {
      coderMap.set(c.id, same.id);
      matched.coders++;
    } else coderMap.set(c.id, addCoder(c));
  }
  /** A coder the file's records name but its list of coders lacks. */
  const coderFor = (id: CoderId): CoderId => {
    const known = coderMap.get(id) ?? coderById.get(id)?.id;
    if (known) return known;
    const made = addCoder({ id, projectId, name: `Coder ${id.slice(0, 8)}` });
    coderMap.set(id, made);
    return made;
  };

  // Attributes: by name.
  const attributeMap = new Map<string, AttributeId>();
  const attributeByName = new Map<string, Attribute>();
  for (const at of a.attributes) if (!attributeByName.has(nameKey(at.name))) attributeByName.set(nameKey(at.name), at);
  let attributeOrder = maxOrder(a.attributes);
  for (const at of b.attributes) {
    const same = attributeByName.get(nameKey(at.name));
    if (same) {
      attributeMap.set(at.id, same.id);
      matched.attributes++;
      if (same.type !== at.type) {
        differences.push({ kind: 'attribute', what: `attribute “${same.name}”`, reason: `The file has it as ${at.type}, this project as ${same.type}; this project's is kept.` });
      }
      continue;
    }
    const attribute: Attribute = { ...at, id: ids.keep(at.id, 'attribute'), projectId, order: ++attributeOrder };
    additions.attributes.push(attribute);
    attributeByName.set(nameKey(at.name), attribute);
    attributeMap.set(at.id, attribute.id);
    added.attributes++;
  }

  // Participants: by label.
  const participantMap = new Map<string, ParticipantId>();
  const participantByLabel = new Map<string, Participant>();
  for (const p of a.participants) if (!participantByLabel.has(nameKey(p.label))) participantByLabel.set(nameKey(p.label), p);
  let participantOrder = maxOrder(a.participants);
  for (const p of b.participants) {
    const same = participantByLabel.get(nameKey(p.label));
    if (same) {
      participantMap.set(p.id, same.id);
      matched.participants++;
      continue;
    }
    const values: Record<string, AttributeValue> = {};
    for (const [attributeId, value] of Object.entries(p.attributes)) {
      const mapped = attributeMap.get(attributeId);
      if (mapped) values[mapped] = value;
    }
    const participant: Participant = { ...p, id: ids.keep(p.id, 'participant'), projectId, attributes: values, order: ++participantOrder };
    additions.participants.push(participant);
    participantByLabel.set(nameKey(p.label), participant);
    participantMap.set(p.id, participant.id);
    added.participants++;
  }

  // Sources: by GUID, then by content. A GUID match with another text is a conflict.
  const sourceMap = new Map<string, SourceId>();
  const conflicted = new Map<string, { name: string; codings: number }>();
  const textLength = new Map<string, number>();
  const aSourceById = new Map<string, SourceWithText>(a.sources.map((s) => [s.source.id, s]));
  const aSourceByHash = new Map<string, SourceWithText>();
  const aSourceByText = new Map<string, SourceWithText>();
  for (const s of a.sources) {
    textLength.set(s.source.id, s.text.text.length);
    if (s.source.contentHash && !aSourceByHash.has(s.source.contentHash)) aSourceByHash.set(s.source.contentHash, s);
    if (!aSourceByText.has(s.text.text)) aSourceByText.set(s.text.text, s);
  }
  const labels = a.sources.map((s) => s.source.label);
  const labelKeys = new Set(labels.map(nameKey));
  let sourceOrder = maxOrder(a.sources.map((s) => s.source));
  for (const { source, text } of b.sources) {
    const byId = aSourceById.get(source.id);
    if (byId) {
      if (byId.text.text === text.text) {
        sourceMap.set(source.id, byId.source.id);
        matched.sources++;
      } else conflicted.set(source.id, { name: sourceName(byId.source), codings: 0 });
      continue;
    }
    const byHash = aSourceByHash.get(source.contentHash);
    const byContent = byHash && byHash.text.text === text.text ? byHash : aSourceByText.get(text.text);
    if (byContent) {
      sourceMap.set(source.id, byContent.source.id);
      matched.sources++;
      continue;
    }
    const id = ids.keep(source.id, 'source');
    let label = source.label;
    if (labelKeys.has(nameKey(label))) {
      label = proposeLabel(source.kind, labels);
      differences.push({ kind: 'source', what: `source “${source.label}”`, reason: `This project already has a source labelled “${source.label}”, so it comes in as “${label}”.` });
    }
    labels.push(label);
    labelKeys.add(nameKey(label));
    const turns = text.turns.map((t) => ({ ...t, participantId: t.participantId === null ? null : participantMap.get(t.participantId) ?? null }));
    additions.sources.push({
      source: { ...source, id, projectId, label, order: ++sourceOrder },
      text: { ...text, sourceId: id, projectId, turns },
    });
    sourceMap.set(source.id, id);
    aSourceByText.set(text.text, additions.sources[additions.sources.length - 1]!);
    textLength.set(id, text.text.length);
    added.sources++;
  }

  // Codes: by GUID, then path of names, then name under the same parent. Parents first.
  const bCodeById = new Map<string, Code>();
  for (const c of b.codes) if (!bCodeById.has(c.id)) bCodeById.set(c.id, c);
  const bPaths = codePaths(b.codes);
  const aPaths = codePaths(a.codes);
  const aCodeById = new Map<string, Code>(a.codes.map((c) => [c.id, c]));
  const aCodeByPath = new Map<string, Code>();
  for (const c of a.codes) {
    const key = pathKey(aPaths.get(c.id) ?? [c.name]);
    if (!aCodeByPath.has(key)) aCodeByPath.set(key, c);
  }
  const childKey = (parentId: string | null, name: string) => `${parentId ?? ''}\u0000${nameKey(name)}`;
  const aCodeByChild = new Map<string, Code>();
  const nextChildOrder = new Map<string | null, number>();
  for (const c of a.codes) {
    if (!aCodeByChild.has(childKey(c.parentId, c.name))) aCodeByChild.set(childKey(c.parentId, c.name), c);
    nextChildOrder.set(c.parentId, Math.max(nextChildOrder.get(c.parentId) ?? 0, c.order + 1));
  }
  const codeMap = new Map<string, CodeId>();
  const inProgress = new Set<string>();
  const codeName = (id: CodeId | null): string => {
    if (id === null) return 'the top level';
    const code = aCodeById.get(id);
    return code ? `“${code.name}”` : 'another code';
  };
  const resolveCode = (code: Code): CodeId | null => {
    const done = codeMap.get(code.id);
    if (done) return done;
    if (inProgress.has(code.id)) return null;
    inProgress.add(code.id);
    const bParent = code.parentId === null ? undefined : bCodeById.get(code.parentId);
    const parentId = bParent ? resolveCode(bParent) : null;
    const names = bPaths.get(code.id) ?? [code.name];
    const what = `code “${pathText(names)}”`;
    if (bParent && parentId === null) {
      differences.push({ kind: 'code', what, reason: 'In the file its parents form a cycle; it is placed at the top level.' });
    }
    const byId = aCodeById.get(code.id);
    const same = byId ?? aCodeByPath.get(pathKey(names)) ?? aCodeByChild.get(childKey(parentId, code.name));
    if (same) {
      codeMap.set(code.id, same.id);
      matched.codes++;
      const changed: string[] = [];
      if (byId && same.name !== code.name) changed.push(`is named “${code.name}”`);
      if (same.parentId !== parentId) changed.push(`sits under ${codeName(parentId)} (here under ${codeName(same.parentId)})`);
      if (same.color.toLowerCase() !== code.color.toLowerCase()) changed.push(`has the colour ${code.color}`);
      if (same.definition.trim() !== code.definition.trim()) changed.push('has another definition');
      if (changed.length > 0) {
        differences.push({ kind: 'code', what: `code “${pathText(aPaths.get(same.id) ?? [same.name])}”`, reason: `In the file it ${listWords(changed)}; this project's version is kept.` });
      }
    } else {
      const order = nextChildOrder.get(parentId) ?? 0;
      nextChildOrder.set(parentId, order + 1);
      const made: Code = { ...code, id: ids.keep(code.id, 'code'), projectId, parentId, order, aliases: [...code.aliases] };
      additions.codes.push(made);
      aCodeById.set(made.id, made);
      aPaths.set(made.id, parentId === null ? [made.name] : [...(aPaths.get(parentId) ?? []), made.name]);
      aCodeByPath.set(pathKey(names), made);
      aCodeByChild.set(childKey(parentId, made.name), made);
      codeMap.set(code.id, made.id);
      added.codes++;
    }
    inProgress.delete(code.id);
    return codeMap.get(code.id) ?? null;
  };
  for (const code of bCodeById.values()) resolveCode(code);

  // Codings: per coder, never duplicated.
  const codingMap = new Map<string, CodingId>();
  const codingByKey = new Map<string, CodingId>(a.codings.map((c) => [codingKey(c), c.id]));
  const perCoder = new Map<string, CoderCodings>();
  const coderName = (id: CoderId) => coderById.get(id)?.name ?? 'Unknown coder';
  let orphanCodings = 0;
  let outsideCodings = 0;
  for (const c of b.codings) {
    const conflict = conflicted.get(c.sourceId);
    if (conflict) {
      conflict.codings++;
      continue;
    }
    const sourceId = sourceMap.get(c.sourceId);
    const codeId = codeMap.get(c.codeId);
    if (!sourceId || !codeId) {
      orphanCodings++;
      continue;
    }
    const length = textLength.get(sourceId) ?? 0;
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start <= c.end && c.end <= length)) {
      outsideCodings++;
      continue;
    }
    const coderId = coderFor(c.coderId);
    const tally = perCoder.get(coderId) ?? { coder: coderName(coderId), added: 0, matched: 0 };
    perCoder.set(coderId, tally);
    const mapped = { sourceId, codeId, coderId, start: c.start, end: c.end };
    const existing = codingByKey.get(codingKey(mapped));
    if (existing) {
      codingMap.set(c.id, existing);
      matched.codings++;
      tally.matched++;
      continue;
    }
    const coding: Coding = { ...c, ...mapped, id: ids.keep(c.id, 'coding'), projectId };
    additions.codings.push(coding);
    codingByKey.set(codingKey(coding), coding.id);
    codingMap.set(c.id, coding.id);
    added.codings++;
    tally.added++;
  }
  for (const { name, codings } of conflicted.values()) {
    conflicts.push({
      kind: 'source', what: `source “${name}”`,
      reason: codings === 0
        ? 'Its text in the file differs from the text here; this project\'s text is kept.'
        : `Its text in the file differs from the text here, so its ${plural(codings, 'coding')} from the file cannot be placed safely and ${codings === 1 ? 'is' : 'are'} left out.`,
    });
  }
  if (orphanCodings > 0) {
    conflicts.push({ kind: 'coding', what: plural(orphanCodings, 'coding'), reason: `${orphanCodings === 1 ? 'It points' : 'They point'} at a code or a source the file does not hold, so ${orphanCodings === 1 ? 'it is' : 'they are'} left out.` });
  }
  if (outsideCodings > 0) {
    conflicts.push({ kind: 'coding', what: plural(outsideCodings, 'coding'), reason: `${outsideCodings === 1 ? 'Its position falls' : 'Their positions fall'} outside the source's text, so ${outsideCodings === 1 ? 'it is' : 'they are'} left out.` });
  }

  // Memos: unless this project has the same one (same anchor, same text).
  const mapAnchor = (anchor: MemoAnchor): MemoAnchor | null => {
    switch (anchor.type) {
      case 'project': return anchor;
      case 'source': {
        const id = sourceMap.get(anchor.id) ?? (conflicted.has(anchor.id) ? anchor.id : undefined);
        return id ? { type: 'source', id } : null;
      }
      case 'code': {
        const id = codeMap.get(anchor.id);
        return id ? { type: 'code', id } : null;
      }
      case 'coding': {
        const id = codingMap.get(anchor.id);
        return id ? { type: 'coding', id } : null;
      }
      case 'participant': {
        const id = participantMap.get(anchor.id);
        return id ? { type: 'participant', id } : null;
      }
      case 'cell': {
        const id = sourceMap.get(anchor.id) ?? (conflicted.has(anchor.id) ? anchor.id : undefined);
        const codeId = codeMap.get(anchor.codeId);
        return id && codeId ? { type: 'cell', id, codeId } : null;
      }
    }
  };
  const memoKeys = new Set(a.memos.map(memoKey));
  for (const m of b.memos) {
    const anchor = mapAnchor(m.anchor);
    if (!anchor) {
      conflicts.push({ kind: 'memo', what: `memo “${m.title || m.plainText.slice(0, 40)}”`, reason: `What it is attached to (a ${m.anchor.type}) is not merged, so it is left out.` });
      continue;
    }
    const memo: Memo = { ...m, anchor, projectId, coderId: coderFor(m.coderId) };
    if (memoKeys.has(memoKey(memo))) {
      matched.memos++;
      continue;
    }
    memo.id = ids.keep(m.id, 'memo');
    additions.memos.push(memo);
    memoKeys.add(memoKey(memo));
    added.memos++;
  }

  // Quotes: unless this project has the same wording of the same coding under the same code.
  const quoteKeys = new Set(a.quotes.map(quoteKey));
  let quoteOrder = maxOrder(a.quotes);
  let orphanQuotes = 0;
  for (const q of b.quotes) {
    const codingId = codingMap.get(q.codingId);
    const codeId = codeMap.get(q.codeId);
    if (!codingId || !codeId) {
      orphanQuotes++;
      continue;
    }
    const quote: Quote = { ...q, codingId, codeId, projectId };
    if (quoteKeys.has(quoteKey(quote))) {
      matched.quotes++;
      continue;
    }
    quote.id = ids.keep(q.id, 'quote');
    quote.order = ++quoteOrder;
    additions.quotes.push(quote);
    quoteKeys.add(quoteKey(quote));
    added.quotes++;
  }
  if (orphanQuotes > 0) {
    conflicts.push({ kind: 'quote', what: plural(orphanQuotes, 'quote'), reason: `${orphanQuotes === 1 ? 'Its coding is' : 'Their codings are'} not merged, so ${orphanQuotes === 1 ? 'it is' : 'they are'} left out.` });
  }
  const aReviews = new Set(a.reviews.map((r) => r.id));
  const newReviews = b.reviews.filter((r) => !aReviews.has(r.id)).length;
  if (newReviews > 0) {
    conflicts.push({ kind: 'review', what: plural(newReviews, 'partner review'), reason: 'Partner reviews are not merged; open the file as a project of its own to see them.' });
  }

  return {
    bundle: {
      ...a,
      coders: [...a.coders, ...additions.coders],
      sources: [...a.sources, ...additions.sources],
      participants: [...a.participants, ...additions.participants],
      attributes: [...a.attributes, ...additions.attributes],
      codes: [...a.codes, ...additions.codes],
      codings: [...a.codings, ...additions.codings],
      memos: [...a.memos, ...additions.memos],
      quotes: [...a.quotes, ...additions.quotes],
    },
    additions,
    report: { added, matched, conflicts, differences, codingsByCoder: [...perCoder.values()] },
  };
}
