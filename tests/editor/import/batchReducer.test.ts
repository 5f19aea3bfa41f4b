/** The import batch's reducer: label proposals, duplicates, edits, merges. */
import { describe, expect, it } from 'vitest';
import { detectTurns, type ParsedDocument } from '../../../shared/import';
import { documentDraft, type DocumentDraft } from '../../../renderer/import/batch';
import { batchReducer, emptyBatch, type BatchAction, type BatchState } from '../../../renderer/import/batchReducer';

function parsedOf(text: string): ParsedDocument {
  const { turns, speakers } = detectTurns(text);
  return { kind: 'document', format: 'txt', text, turns, speakers, warnings: [] };
}

const FOCUS_GROUP = 'Facilitator: Welcome, everyone.\nAnn: Thank you.\nBen: Glad to be here.\nAnn: Shall we start?\n';
const LETTER = 'Dear Sir, my mother was sent home on a Friday evening without any care in place. Nobody told us.';

function run(state: BatchState, ...actions: BatchAction[]): BatchState {
  return actions.reduce(batchReducer, state);
}

function addDocument(state: BatchState, id: number, name: string, text: string, hash = text): BatchState {
  const draft: DocumentDraft = documentDraft(id, name, parsedOf(text), hash, []);
  return run(state, { type: 'add', files: [{ id, name, bytes: new Uint8Array() }] }, { type: 'parsed', id, documents: [draft], table: null, warnings: [] });
}

const project = (labels: string[], hashes: [string, string][] = []): BatchAction => ({ type: 'project', labels, hashes: new Map(hashes) });

describe('batchReducer', () => {
  it('proposes kinds and numbers labels on from the project\'s, across the batch', () => {
    let state = run(emptyBatch, project(['FG 1', 'FG 2', 'Nar. 4']));
    state = addDocument(state, 1, 'fg3.txt', FOCUS_GROUP);
    state = addDocument(state, 2, 'letter.txt', LETTER);
    state = addDocument(state, 3, 'fg4.txt', `${FOCUS_GROUP}Ben: One more thing.\n`);
    expect(state.documents.map((d) => [d.title, d.kind, d.label])).toEqual([
      ['fg3', 'focus-group', 'FG 3'], ['letter', 'narrative', 'Nar. 5'], ['fg4', 'focus-group', 'FG 4'],
    ]);
    expect(state.selectedKey).toBe('1');
  });

  it('unticks duplicates of the project and of earlier files, and does not count them in the numbering', () => {
    let state = run(emptyBatch, project(['Nar. 1'], [['same-as-nar1', 'Nar. 1']]));
    state = addDocument(state, 1, 'copy.txt', LETTER, 'same-as-nar1');
    state = addDocument(state, 2, 'a.txt', 'Another letter, written by hand and then typed up by the team.');
    state = addDocument(state, 3, 'renamed copy of a.txt', 'Another letter, written by hand and then typed up by the team.');
    expect(state.documents.map((d) => [d.isIncluded, d.duplicateOf, d.label])).toEqual([
      [false, { in: 'project', existing: 'Nar. 1' }, 'Nar. 2'],
      [true, null, 'Nar. 2'],
      [false, { in: 'batch', key: 'a.txt' }, 'Nar. 3'],
    ]);
    state = run(state, { type: 'document', key: '1', patch: { isIncluded: true } });
    expect(state.documents.map((d) => d.label)).toEqual(['Nar. 2', 'Nar. 3', 'Nar. 4']);
  });

  it('re-proposes labels when a kind changes, but keeps one the user typed', () => {
    let state = addDocument(addDocument(run(emptyBatch, project([])), 1, 'a.txt', LETTER), 2, 'b.txt', `${LETTER} Again.`);
    state = run(state, { type: 'document', key: '1', patch: { kind: 'document' } });
    expect(state.documents.map((d) => d.label)).toEqual(['Doc 1', 'Nar. 1']);
    state = run(state, { type: 'document', key: '2', patch: { label: 'Letter 7' } }, { type: 'document', key: '1', patch: { kind: 'narrative' } });
    expect(state.documents.map((d) => [d.label, d.isLabelEdited])).toEqual([['Nar. 1', false], ['Letter 7', true]]);
  });

  it('edits speakers and never lets "same as" go round in a circle', () => {
    let state = addDocument(run(emptyBatch, project([])), 1, 'fg.txt', FOCUS_GROUP);
    expect(state.documents[0]?.speakers.map((s) => [s.name, s.turns, s.isFacilitator])).toEqual([['Facilitator', 1, true], ['Ann', 2, false], ['Ben', 1, false]]);
    state = run(state, { type: 'speaker', key: '1', name: 'Ben', patch: { sameAs: 'Ann' } }, { type: 'speaker', key: '1', name: 'Ann', patch: { sameAs: 'Ben' } });
    expect(state.documents[0]?.speakers.map((s) => s.sameAs)).toEqual([null, null, 'Ann']);
  });

  it('drops a removed file, even one still being read, and clears to nothing but the project', () => {
    let state = addDocument(run(emptyBatch, project(['FG 1'])), 1, 'a.txt', LETTER);
    state = run(state, { type: 'add', files: [{ id: 2, name: 'b.txt', bytes: new Uint8Array() }] }, { type: 'remove', id: 2 });
    const late = documentDraft(2, 'b.txt', parsedOf(FOCUS_GROUP), 'h', []);
    state = run(state, { type: 'parsed', id: 2, documents: [late], table: null, warnings: [] });
    expect(state.documents.map((d) => d.key)).toEqual(['1']);
    state = run(state, { type: 'clear' });
    expect(state).toMatchObject({ files: [], documents: [], existingLabels: ['FG 1'] });
  });
});

describe('a project that arrives after the files', () => {
  it('checks documents read before it for duplicates and numbers them after its labels', () => {
    let state = addDocument(emptyBatch, 1, 'copy.txt', LETTER, 'known');
    expect(state.documents[0]).toMatchObject({ isIncluded: true, label: 'Nar. 1' });
    state = run(state, project(['Nar. 1'], [['known', 'Nar. 1']]));
    expect(state.documents[0]).toMatchObject({ isIncluded: false, duplicateOf: { in: 'project', existing: 'Nar. 1' }, label: 'Nar. 2' });
  });
});
