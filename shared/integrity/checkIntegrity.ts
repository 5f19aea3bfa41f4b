/**
 * The integrity check: damage that a crash, a hand-edited file or another tool can leave in a
 * project, found without changing anything. Each finding names the record and says what is wrong
 * in plain words; INTEGRITY_KINDS explains each kind and what to do about it.
 */
import type { Code, MemoAnchor, ProjectBundle } from '../model';

export const INTEGRITY_KINDS = [
  'orphan-coding', 'coding-position', 'unknown-coder', 'code-cycle', 'missing-parent', 'duplicate-guid',
  'orphan-quote', 'orphan-memo', 'turn-position',
] as const;
export type IntegrityKind = (typeof INTEGRITY_KINDS)[number];

export interface IntegrityFinding {
  kind: IntegrityKind;
  /** The record concerned (for a duplicate GUID, the GUID itself). */
  id: string;
  message: string;
}

/** What each kind of finding means, and what the researcher can do about it. */
export const INTEGRITY_EXPLANATIONS: Readonly<Record<IntegrityKind, { title: string; explanation: string }>> = {
  'orphan-coding': {
    title: 'Coding without its code or source',
    explanation: 'A coding points at a code or a source that is not in the project, so it cannot be shown or counted. It is usually left behind when another tool deletes a code or source but not its codings.',
  },
  'coding-position': {
    title: 'Coding outside its text',
    explanation: 'A coding starts or ends outside its source\'s text (past the end, before the start, or ending before it starts), so the words it covers are unknown. This happens when a text is changed outside Storyloom or a file counted positions differently.',
  },
  'unknown-coder': {
    title: 'Unknown coder',
    explanation: 'A coding or memo names a coder the project does not list. It is still shown, but its coder appears as "Unknown coder" and it cannot be compared between coders.',
  },
  'code-cycle': {
    title: 'Codes that are each other\'s parents',
    explanation: 'Following the parents of these codes leads back to where it started, so they belong to no theme and a tree cannot show them. Move one of them to a theme (or to the top level) to break the circle.',
  },
  'missing-parent': {
    title: 'Code whose parent is missing',
    explanation: 'The code sits under a parent that is not in the project. The tree shows it at the top level until it is moved.',
  },
  'duplicate-guid': {
    title: 'Two records with one GUID',
    explanation: 'Every record needs its own GUID: other tools, merges and undo find records by it. Two records sharing one can be mixed up, and a project file holding them may not open elsewhere.',
  },
  'orphan-quote': {
    title: 'Quote without its coding',
    explanation: 'A quote chosen for the report belongs to a coding (or code) that no longer exists, so its words cannot be checked against the source or attributed.',
  },
  'orphan-memo': {
    title: 'Memo attached to something missing',
    explanation: 'A memo is attached to a source, code, coding or participant that is not in the project. Its text is kept, but it shows attached to nothing.',
  },
  'turn-position': {
    title: 'Turn outside its text',
    explanation: 'A speaker\'s turn starts or ends outside the text of its source, so the reader cannot show who spoke those words. The text was probably changed outside Storyloom.',
  },
};

const number = (n: number): string => n.toLocaleString('en-GB');
const quoted = (text: string, max = 60): string => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

/** Where a range falls wrong against a text of `length`, or null when it fits. */
function positionProblem(start: number, end: number, length: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `has a position that is not a whole number (${start} to ${end})`;
  if (start < 0) return `starts before the beginning of the text (at ${number(start)})`;
  if (start > end) return `ends (at ${number(end)}) before it starts (at ${number(start)})`;
  if (end > length) return `ends at character ${number(end)}, past the end of the text (${number(length)} characters)`;
  return null;
}

/** Codes whose parents lead back to themselves: each circle once, as its codes in parent order. */
function codeCycles(codes: readonly Code[]): Code[][] {
  const byId = new Map<string, Code>();
  for (const code of codes) if (!byId.has(code.id)) byId.set(code.id, code);
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: Code[][] = [];
  for (const start of byId.values()) {
    const trail: Code[] = [];
    let current: Code | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 'visiting');
      trail.push(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    if (current && state.get(current.id) === 'visiting') cycles.push(trail.slice(trail.indexOf(current)));
    for (const code of trail) state.set(code.id, 'done');
  }
  return cycles;
}

/** Every problem found in a project, in a fixed order (by kind, then by record). */
export function checkIntegrity(bundle: ProjectBundle): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  const sources = new Map(bundle.sources.map((s) => [s.source.id as string, s]));
  const codes = new Map(bundle.codes.map((c) => [c.id as string, c]));
  const codings = new Map(bundle.codings.map((c) => [c.id as string, c]));
  const coders = new Set<string>(bundle.coders.map((c) => c.id));
  const participants = new Set<string>(bundle.participants.map((p) => p.id));
  const sourceLabel = (id: string) => sources.get(id)?.source.label ?? 'a missing source';
  const codeLabel = (id: string) => (codes.has(id) ? quoted(codes.get(id)!.name) : 'a missing code');

  for (const c of bundle.codings) {
    const source = sources.get(c.sourceId);
    const code = codes.get(c.codeId);
    if (!source || !code) {
      const missing = !source && !code ? 'its code and its source are' : !source ? 'its source is' : 'its code is';
      findings.push({ kind: 'orphan-coding', id: c.id, message: `A coding of ${codeLabel(c.codeId)} in ${sourceLabel(c.sourceId)}: ${missing} not in the project.` });
    }
  }
  for (const c of bundle.codings) {
    const source = sources.get(c.sourceId);
    const problem = positionProblem(c.start, c.end, source ? source.text.text.length : Number.POSITIVE_INFINITY);
    if (problem) findings.push({ kind: 'coding-position', id: c.id, message: `A coding of ${codeLabel(c.codeId)} in ${sourceLabel(c.sourceId)} ${problem}.` });
  }
  for (const c of bundle.codings) {
    if (!coders.has(c.coderId)) findings.push({ kind: 'unknown-coder', id: c.id, message: `A coding of ${codeLabel(c.codeId)} in ${sourceLabel(c.sourceId)} was made by a coder the project does not list.` });
  }
  for (const m of bundle.memos) {
    if (!coders.has(m.coderId)) findings.push({ kind: 'unknown-coder', id: m.id, message: `The memo ${quoted(m.title || m.plainText)} was written by a coder the project does not list.` });
  }

  for (const cycle of codeCycles(bundle.codes)) {
    const names = cycle.map((c) => quoted(c.name));
    const list = names.length === 1 ? `The code ${names[0]} is its own parent` : `The codes ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are each other's parents`;
    findings.push({ kind: 'code-cycle', id: cycle[0]!.id, message: `${list}, so ${names.length === 1 ? 'it belongs' : 'they belong'} to no theme.` });
  }
  for (const c of bundle.codes) {
    if (c.parentId !== null && !codes.has(c.parentId)) {
      findings.push({ kind: 'missing-parent', id: c.id, message: `The code ${quoted(c.name)} sits under a parent that is not in the project.` });
    }
  }

  const owners = new Map<string, string[]>();
  const own = (id: string, what: string) => owners.set(id, [...(owners.get(id) ?? []), what]);
  for (const c of bundle.coders) own(c.id, `the coder ${quoted(c.name)}`);
  for (const { source } of bundle.sources) own(source.id, `the source ${source.label}`);
  for (const p of bundle.participants) own(p.id, `the participant ${p.label}`);
  for (const a of bundle.attributes) own(a.id, `the attribute ${quoted(a.name)}`);
  for (const c of bundle.codes) own(c.id, `the code ${quoted(c.name)}`);
  for (const c of bundle.codings) own(c.id, `a coding in ${sourceLabel(c.sourceId)}`);
  for (const m of bundle.memos) own(m.id, `the memo ${quoted(m.title || m.plainText)}`);
  for (const q of bundle.quotes) own(q.id, `the quote ${quoted(q.text)}`);
  for (const r of bundle.reviews) own(r.id, `a review by ${r.reviewer || 'a partner'}`);
  for (const [id, what] of owners) {
    if (what.length > 1) findings.push({ kind: 'duplicate-guid', id, message: `${what.length} records share the GUID ${id}: ${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}.` });
  }

  for (const q of bundle.quotes) {
    if (!codings.has(q.codingId)) findings.push({ kind: 'orphan-quote', id: q.id, message: `The quote ${quoted(q.text)} belongs to a coding that no longer exists.` });
    else if (!codes.has(q.codeId)) findings.push({ kind: 'orphan-quote', id: q.id, message: `The quote ${quoted(q.text)} is filed under a code that no longer exists.` });
  }

  const missingAnchor = (anchor: MemoAnchor): string | null => {
    switch (anchor.type) {
      case 'project': return null;
      case 'source': return sources.has(anchor.id) ? null : 'a source';
      case 'code': return codes.has(anchor.id) ? null : 'a code';
      case 'coding': return codings.has(anchor.id) ? null : 'a coding';
      case 'participant': return participants.has(anchor.id) ? null : 'a participant';
      case 'cell': return !sources.has(anchor.id) ? 'a source' : !codes.has(anchor.codeId) ? 'a code' : null;
      default: return 'something Storyloom does not know';
    }
  };
  for (const m of bundle.memos) {
    const missing = missingAnchor(m.anchor);
    if (missing) findings.push({ kind: 'orphan-memo', id: m.id, message: `The memo ${quoted(m.title || m.plainText)} is attached to ${missing} that is not in the project.` });
  }

  for (const { source, text } of bundle.sources) {
    text.turns.forEach((turn, index) => {
      const problem = positionProblem(turn.start, turn.end, text.text.length);
      if (problem) {
        const who = turn.speaker ? ` (${turn.speaker})` : '';
        findings.push({ kind: 'turn-position', id: source.id, message: `Turn ${index + 1}${who} of ${source.label} ${problem}.` });
      }
    });
  }
  return findings;
}

/** "No problems found.", or "3 problems found.". */
export function integritySummary(findings: readonly IntegrityFinding[]): string {
  if (findings.length === 0) return 'No problems found.';
  return `${findings.length} ${findings.length === 1 ? 'problem' : 'problems'} found.`;
}
