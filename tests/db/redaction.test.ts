import { describe, expect, it, vi } from 'vitest';
import { parseLogSummary, REDACTION_ACTION } from '../../shared/anonymise/log';
import { scanSources } from '../../shared/anonymise/scanSources';
import { asId, newGuid, type Coding, type ProjectId, type Quote, type QuoteId, type SourceId } from '../../shared/model';
import { db } from '../../renderer/db/database';
import { codeRanges } from '../../renderer/db/repositories/codings';
import { createMemo } from '../../renderer/db/repositories/memos';
import {
  applyRedaction, candidatesJob, previewRedaction, replaceAllJob, type SourceReplacement,
} from '../../renderer/db/repositories/redaction';
import { correctText } from '../../renderer/db/repositories/sourceEdits';
import { undo, undoState } from '../../renderer/db/undo';
import { codeAt, withSample } from './support';

/** Every row of every table, as JSON: where a removed value must not survive. */
async function everything(): Promise<string> {
  // Backups are made before the action on purpose and keep the old words until deleted (the
  // Backups panel marks them and offers to delete them), so they are not project data here.
  const tables = await Promise.all(db().tables.filter((t) => !t.name.startsWith('backup'))
    .map(async (t) => `${t.name}: ${JSON.stringify(await t.toArray())}`));
  return tables.join('\n');
}

async function codedWords(projectId: ProjectId): Promise<Map<string, string>> {
  const texts = new Map((await db().sourceTexts.where('projectId').equals(projectId).toArray()).map((t) => [t.sourceId as string, t.text]));
  const codings: Coding[] = await db().codings.where('projectId').equals(projectId).toArray();
  return new Map(codings.map((c) => [c.id as string, texts.get(c.sourceId)!.slice(c.start, c.end)]));
}

async function sourceId(projectId: ProjectId, label: string): Promise<SourceId> {
  return (await db().sources.where('projectId').equals(projectId).filter((s) => s.label === label).first())!.id;
}

/** Writes a name into two sources' coded passages through ordinary (undoable) corrections. */
async function withAName(projectId: ProjectId): Promise<void> {
  const fg1 = await sourceId(projectId, 'FG 1');
  const nar3 = await sourceId(projectId, 'Nar. 3');
  for (const [id, find, insert] of [[fg1, "I'm his wife.", "I'm his wife, Margaret."], [nar3, 'At our first meeting [Carer]', 'At our first meeting Margaret']] as const) {
    const text = (await db().sourceTexts.get([projectId, id]))!.text;
    const at = text.indexOf(find);
    await correctText(projectId, id, { start: at, end: at + find.length, insert });
  }
}

describe('redacting a name found by the scanner, across two sources', () => {
  it('keeps every coding on its words with the name swapped, rewrites quotes and memos, and logs it without the name', async () => {
    const { projectId, sample } = await withSample();
    await withAName(projectId);
    const fg1 = await sourceId(projectId, 'FG 1');
    const fg1Text = (await db().sourceTexts.get([projectId, fg1]))!.text;
    const at = fg1Text.indexOf('his wife, Margaret');
    const [codingId] = await codeRanges(projectId, codeAt(sample, 'Toughest challenges for integrating carer support services').id,
      [{ sourceId: fg1, start: at, end: at + 'his wife, Margaret'.length }]);
    const quote: Quote = { id: asId<QuoteId>(newGuid()), projectId, codingId: codingId!, codeId: codeAt(sample, 'Toughest challenges for integrating carer support services').id,
      text: "I'm his wife, Margaret.", attribution: '(FG 1)', order: 0, fidelity: 'unchecked' };
    await db().quotes.add(quote);
    const memoId = await createMemo(projectId, { kind: 'memo', anchor: { type: 'source', id: fg1 }, title: 'Margaret in FG 1', plainText: 'Margaret says she is his wife.' });
    const before = await codedWords(projectId);

    const texts = await db().sourceTexts.where('projectId').equals(projectId).toArray();
    const sources = await db().sources.where('projectId').equals(projectId).toArray();
    const found = scanSources(texts.map((t) => ({ id: t.sourceId, label: sources.find((s) => s.id === t.sourceId)!.label, text: t.text, turns: t.turns })), []);
    const margarets = found.filter((c) => c.text === 'Margaret');
    expect(new Set(margarets.map((c) => c.sourceLabel))).toEqual(new Set(['FG 1', 'Nar. 3']));
    const replacements: SourceReplacement[] = margarets.map((c) => ({ sourceId: c.sourceId as SourceId, start: c.start, end: c.end, substitute: '[wife]', kind: 'name' }));
    const job = candidatesJob(replacements, new Map(texts.map((t) => [t.sourceId as string, t.text])));
    const preview = await previewRedaction(projectId, job);
    expect(preview.inSources).toBe(2);
    expect(preview.elsewhere).toBeGreaterThanOrEqual(3);
    expect(preview.historyEvents).toBeGreaterThanOrEqual(3);

    await applyRedaction(projectId, job);

    const after = await codedWords(projectId);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, words] of before) expect(after.get(id)).toBe(words.replace(/\bMargaret\b/g, '[wife]'));
    expect(after.get(codingId!)).toBe('his wife, [wife]');
    expect((await db().quotes.get([projectId, quote.id]))!.text).toBe("I'm his wife, [wife].");
    const memo = (await db().memos.get([projectId, memoId]))!;
    expect(memo).toMatchObject({ title: '[wife] in FG 1', plainText: '[wife] says she is his wife.' });
    const source = (await db().sources.get([projectId, fg1]))!;
    const text = (await db().sourceTexts.get([projectId, fg1]))!.text;
    expect(source.characters).toBe(text.length);

    const log = (await db().history.where('projectId').equals(projectId).toArray()).filter((e) => e.action === REDACTION_ACTION);
    expect(log.map((e) => parseLogSummary(e)?.where).sort()).toEqual(['FG 1', 'Nar. 3', 'quotes, memos and other project text']);
    for (const event of log) expect(event).toMatchObject({ undo: null, redo: null, coderId: sample.project.currentCoderId });
    expect(parseLogSummary(log.find((e) => e.summary.includes('FG 1'))!)).toMatchObject({ kind: 'personal name', count: 1, replacedWith: '[wife]' });

    expect(await everything()).not.toContain('Margaret');
  });

  it('cannot be undone, and undo cannot bring the name back from earlier history', async () => {
    const { projectId } = await withSample();
    await withAName(projectId);
    expect((await undoState(projectId)).undo).toContain('Margaret');
    await applyRedaction(projectId, await replaceAllJob(projectId, {
      find: 'Margaret', substitute: '[wife]', kind: 'name', isWholeWord: true, isCaseSensitive: true, sourceIds: null,
    }));
    for (let i = 0; i < 5; i++) await undo(projectId).catch(() => null);
    expect(await everything()).not.toContain('Margaret');
    expect((await undoState(projectId)).undo ?? '').not.toContain('Margaret');
  });
});

describe('Replace all', () => {
  it('replaces a word in coded text in two sources; every coding keeps its words with the word swapped', async () => {
    const { projectId } = await withSample();
    const before = await codedWords(projectId);
    const job = await replaceAllJob(projectId, { find: 'kitchen', substitute: '[room]', kind: 'place', isWholeWord: true, isCaseSensitive: false, sourceIds: null });
    const preview = await previewRedaction(projectId, job);
    expect(preview.sources.map((s) => s.label)).toEqual(['FG 2', 'Nar. 2']);
    await applyRedaction(projectId, job);
    const after = await codedWords(projectId);
    let changed = 0;
    for (const [id, words] of before) {
      const swapped = words.replace(/\bkitchen\b/gi, '[room]');
      if (swapped !== words) changed++;
      expect(after.get(id)).toBe(swapped);
    }
    expect(changed).toBeGreaterThanOrEqual(3);
    expect((await everything()).toLowerCase()).not.toMatch(/\bkitchen\b/);
  });

  it('limited to one source, changes only that source\'s text', async () => {
    const { projectId, sample } = await withSample();
    const nar2 = await sourceId(projectId, 'Nar. 2');
    await applyRedaction(projectId, await replaceAllJob(projectId, {
      find: 'kitchen', substitute: '[room]', kind: 'place', isWholeWord: true, isCaseSensitive: false, sourceIds: [nar2],
    }));
    const fg2 = sample.sources.find((s) => s.source.label === 'FG 2')!;
    expect((await db().sourceTexts.get([projectId, fg2.source.id]))!.text).toBe(fg2.text.text);
    expect((await db().sourceTexts.get([projectId, nar2]))!.text).toContain('in the [room]');
  });

  it('stores nothing when any write fails', async () => {
    const { projectId } = await withSample();
    const job = await replaceAllJob(projectId, { find: 'kitchen', substitute: '[room]', kind: 'place', isWholeWord: true, isCaseSensitive: false, sourceIds: null });
    const snapshot = await everything();
    vi.spyOn(db().history, 'bulkAdd').mockImplementation(() => { throw new Error('The disk is full.'); });
    await expect(applyRedaction(projectId, job)).rejects.toThrow('The disk is full.');
    vi.restoreAllMocks();
    expect(await everything()).toBe(snapshot);
  });

  it('stores nothing when the text changed after the plan was made', async () => {
    const { projectId } = await withSample();
    const job = await replaceAllJob(projectId, { find: 'kitchen', substitute: '[room]', kind: 'place', isWholeWord: true, isCaseSensitive: false, sourceIds: null });
    const nar2 = await sourceId(projectId, 'Nar. 2');
    await correctText(projectId, nar2, { start: 0, end: 0, insert: 'X' });
    const snapshot = await everything();
    await expect(applyRedaction(projectId, job)).rejects.toThrow(/changed/);
    expect(await everything()).toBe(snapshot);
  });
});
