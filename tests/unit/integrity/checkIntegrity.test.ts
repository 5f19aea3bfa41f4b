import { describe, expect, it } from 'vitest';
import {
  checkIntegrity, integritySummary, INTEGRITY_EXPLANATIONS, INTEGRITY_KINDS,
} from '../../../shared/integrity';
import {
  asId, type Code, type CodeId, type Coder, type CoderId, type Coding, type CodingId, type MemoId, type ProjectBundle,
  type ProjectId, type QuoteId, type SourceId,
} from '../../../shared/model';
import { sampleBundle } from '../../support/sample';

const projectId = asId<ProjectId>('00000000-0000-4000-8000-000000000001');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-23T10:00:00.000Z';

/** A tiny sound project: one source ("Hello world, said the carer."), two codes, one coding, one quote, one memo. */
function tiny(): ProjectBundle {
  const coder: Coder = { id: asId<CoderId>(id(2)), projectId, name: 'Ann' };
  const sourceId = asId<SourceId>(id(3));
  const text = 'Hello world, said the carer.';
  const code = (n: number, name: string, parentId: CodeId | null): Code => ({
    id: asId<CodeId>(id(n)), projectId, parentId, name, definition: '', color: '#336699', order: 0, status: 'candidate', aliases: [], createdAt: at,
  });
  const theme = code(10, 'Theme', null);
  const sub = code(11, 'Subtheme', theme.id);
  const coding: Coding = { id: asId<CodingId>(id(20)), projectId, sourceId, codeId: sub.id, coderId: coder.id, start: 0, end: 11, createdAt: at };
  return {
    project: { id: projectId, name: 'Tiny', description: '', method: '', createdAt: at, updatedAt: at, levelNames: [], currentCoderId: coder.id },
    coders: [coder],
    sources: [{
      source: {
        id: sourceId, projectId, title: 'Letter', label: 'Nar. 1', kind: 'narrative', date: null, facilitator: '', originalFileName: 'a.txt',
        contentHash: '', characters: text.length, turnCount: 1, order: 0, isRead: false, readingPosition: 0, createdAt: at,
      },
      text: { sourceId, projectId, text, turns: [{ start: 0, end: text.length, speaker: null, participantId: null, timestamp: null }] },
    }],
    participants: [], attributes: [], codes: [theme, sub], codings: [coding],
    memos: [{ id: asId<MemoId>(id(30)), projectId, kind: 'memo', anchor: { type: 'coding', id: coding.id }, title: 'Note', content: '', plainText: 'A note.', coderId: coder.id, createdAt: at, updatedAt: at }],
    quotes: [{ id: asId<QuoteId>(id(40)), projectId, codingId: coding.id, codeId: sub.id, text: 'Hello world', attribution: '(Nar. 1)', order: 0, fidelity: 'ok' }],
    reviews: [], history: [],
  };
}

describe('the integrity check', () => {
  it('finds nothing wrong with the sample or a sound project', async () => {
    expect(checkIntegrity(await sampleBundle())).toEqual([]);
    expect(checkIntegrity(tiny())).toEqual([]);
    expect(integritySummary([])).toBe('No problems found.');
  });

  it('reports codings whose code or source is missing', () => {
    const b = tiny();
    b.codings.push({ ...b.codings[0]!, id: asId<CodingId>(id(21)), codeId: asId<CodeId>(id(99)) });
    b.codings.push({ ...b.codings[0]!, id: asId<CodingId>(id(22)), sourceId: asId<SourceId>(id(98)) });
    expect(checkIntegrity(b)).toEqual([
      { kind: 'orphan-coding', id: id(21), message: 'A coding of a missing code in Nar. 1: its code is not in the project.' },
      { kind: 'orphan-coding', id: id(22), message: 'A coding of “Subtheme” in a missing source: its source is not in the project.' },
    ]);
  });

  it('reports codings past the end of their text, ending before they start, or starting before it', () => {
    const b = tiny();
    const c = b.codings[0]!;
    b.codings = [
      { ...c, id: asId<CodingId>(id(21)), start: 5, end: 29 },
      { ...c, id: asId<CodingId>(id(22)), start: 8, end: 4 },
      { ...c, id: asId<CodingId>(id(23)), start: -1, end: 4 },
      { ...c, id: asId<CodingId>(id(24)), start: 0, end: 28 },
    ];
    b.quotes = [];
    b.memos = [];
    expect(checkIntegrity(b)).toEqual([
      { kind: 'coding-position', id: id(21), message: 'A coding of “Subtheme” in Nar. 1 ends at character 29, past the end of the text (28 characters).' },
      { kind: 'coding-position', id: id(22), message: 'A coding of “Subtheme” in Nar. 1 ends (at 4) before it starts (at 8).' },
      { kind: 'coding-position', id: id(23), message: 'A coding of “Subtheme” in Nar. 1 starts before the beginning of the text (at -1).' },
    ]);
  });

  it('reports codes whose parents form a cycle, once per cycle, and a code whose parent is missing', () => {
    const b = tiny();
    const [theme, sub] = b.codes as [Code, Code];
    theme.parentId = sub.id;
    const lone = { ...sub, id: asId<CodeId>(id(12)), name: 'Loop', parentId: asId<CodeId>(id(12)) };
    const stray = { ...sub, id: asId<CodeId>(id(13)), name: 'Stray', parentId: asId<CodeId>(id(97)) };
    b.codes.push(lone, stray);
    expect(checkIntegrity(b)).toEqual([
      { kind: 'code-cycle', id: id(10), message: 'The codes “Theme” and “Subtheme” are each other\'s parents, so they belong to no theme.' },
      { kind: 'code-cycle', id: id(12), message: 'The code “Loop” is its own parent, so it belongs to no theme.' },
      { kind: 'missing-parent', id: id(13), message: 'The code “Stray” sits under a parent that is not in the project.' },
    ]);
  });

  it('reports a GUID used by two records, whatever their kinds', () => {
    const b = tiny();
    b.codes[1] = { ...b.codes[1]!, id: asId<CodeId>(id(20)) };
    b.codings[0] = { ...b.codings[0]!, codeId: asId<CodeId>(id(20)) };
    b.quotes[0] = { ...b.quotes[0]!, codeId: asId<CodeId>(id(20)) };
    expect(checkIntegrity(b)).toEqual([
      { kind: 'duplicate-guid', id: id(20), message: `2 records share the GUID ${id(20)}: the code “Subtheme” and a coding in Nar. 1.` },
    ]);
  });

  it('reports quotes whose coding is gone and memos attached to missing things', () => {
    const b = tiny();
    b.codings = [];
    b.memos.push({ ...b.memos[0]!, id: asId<MemoId>(id(31)), title: 'On a cell', anchor: { type: 'cell', id: b.sources[0]!.source.id, codeId: asId<CodeId>(id(96)) } });
    b.memos.push({ ...b.memos[0]!, id: asId<MemoId>(id(32)), title: 'Fine', anchor: { type: 'project' } });
    expect(checkIntegrity(b)).toEqual([
      { kind: 'orphan-quote', id: id(40), message: 'The quote “Hello world” belongs to a coding that no longer exists.' },
      { kind: 'orphan-memo', id: id(30), message: 'The memo “Note” is attached to a coding that is not in the project.' },
      { kind: 'orphan-memo', id: id(31), message: 'The memo “On a cell” is attached to a code that is not in the project.' },
    ]);
  });

  it('reports turns past the end of their text', () => {
    const b = tiny();
    b.sources[0]!.text.turns.push({ start: 20, end: 40, speaker: 'P2', participantId: null, timestamp: null });
    expect(checkIntegrity(b)).toEqual([
      { kind: 'turn-position', id: id(3), message: 'Turn 2 (P2) of Nar. 1 ends at character 40, past the end of the text (28 characters).' },
    ]);
  });

  it('reports codings and memos by a coder the project does not list', () => {
    const b = tiny();
    b.coders = [];
    expect(checkIntegrity(b).map((f) => [f.kind, f.id])).toEqual([['unknown-coder', id(20)], ['unknown-coder', id(30)]]);
    expect(integritySummary(checkIntegrity(b))).toBe('2 problems found.');
  });

  it('explains every kind of finding', () => {
    for (const kind of INTEGRITY_KINDS) {
      expect(INTEGRITY_EXPLANATIONS[kind].title).not.toBe('');
      expect(INTEGRITY_EXPLANATIONS[kind].explanation.length).toBeGreaterThan(40);
    }
  });
});
