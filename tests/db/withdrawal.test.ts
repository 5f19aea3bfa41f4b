import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectProgress } from '../../shared/analysis/progress';
import { parseLogSummary, WITHDRAWAL_ACTION } from '../../shared/anonymise/log';
import { WITHDRAWN } from '../../shared/anonymise/withdraw';
import { asId, newGuid, type Coding, type ParticipantId, type ProjectId, type Quote, type QuoteId } from '../../shared/model';
import { db } from '../../renderer/db/database';
import { codeRanges } from '../../renderer/db/repositories/codings';
import { createMemo } from '../../renderer/db/repositories/memos';
import { listCodes, listCodings, listMemos, listParticipants, listQuotes } from '../../renderer/db/repositories/projectData';
import { listSources } from '../../renderer/db/repositories/sources';
import { previewWithdrawal, withdrawParticipant } from '../../renderer/db/repositories/withdrawal';
import { undo } from '../../renderer/db/undo';
import { codeAt, withSample } from './support';

async function everything(): Promise<string> {
  // Backups are made before the action on purpose and keep the old words until deleted (the
  // Backups panel marks them and offers to delete them), so they are not project data here.
  const tables = await Promise.all(db().tables.filter((t) => !t.name.startsWith('backup'))
    .map(async (t) => `${t.name}: ${JSON.stringify(await t.toArray())}`));
  return tables.join('\n');
}

/** The dashboard's figures, computed as the dashboard computes them. */
async function progress(projectId: ProjectId) {
  return projectProgress({
    sources: await listSources(projectId), participants: await listParticipants(projectId), codes: await listCodes(projectId),
    codings: await listCodings(projectId), memos: await listMemos(projectId), quotes: await listQuotes(projectId),
  });
}

/** The sample with P8 in it: a coding inside their turn with a quote, one spanning into it, and history quoting them. */
async function setUp() {
  const { projectId, sample } = await withSample();
  const p8 = sample.participants.find((p) => p.label === 'P8')!;
  const fg2 = sample.sources.find((s) => s.source.label === 'FG 2')!;
  const text = fg2.text.text;
  const code = codeAt(sample, 'Toughest challenges for integrating carer support services');
  const gym = text.indexOf('I used it for a gym membership');
  const p7Turn = fg2.text.turns.find((t) => t.speaker === 'P7' && text.slice(t.start, t.end).includes('trusted assessor'))!;
  const p8Next = fg2.text.turns[fg2.text.turns.indexOf(p7Turn) + 1]!;
  expect(p8Next.speaker).toBe('P8');
  const [inside, spanning] = await codeRanges(projectId, code.id, [
    { sourceId: fg2.source.id, start: gym, end: gym + 'I used it for a gym membership'.length },
    { sourceId: fg2.source.id, start: p7Turn.end - 20, end: p8Next.start + 10 },
  ]);
  const quote: Quote = { id: asId<QuoteId>(newGuid()), projectId, codingId: inside!, codeId: code.id, text: 'I used it for a gym membership',
    attribution: '(participant 8, focus group 2)', order: 0, fidelity: 'unchecked' };
  await db().quotes.add(quote);
  await createMemo(projectId, { kind: 'memo', anchor: { type: 'participant', id: p8.id }, title: 'On P8', plainText: 'Works part-time.' });
  await createMemo(projectId, { kind: 'memo', anchor: { type: 'coding', id: inside! }, title: 'Gym', plainText: 'A small thing that mattered.' });
  return { projectId, sample, p8, fg2, inside: inside!, spanning: spanning!, quote };
}

afterEach(() => vi.restoreAllMocks());

describe('withdrawing a participant', () => {
  it('lists exactly what will go before anything changes', async () => {
    const { projectId, p8, quote } = await setUp();
    const preview = await previewWithdrawal(projectId, p8.id);
    expect(preview.label).toBe('P8');
    expect(preview.sources.map((s) => [s.label, s.turns])).toEqual([['FG 2', 13]]);
    expect(preview.codings.length).toBeGreaterThanOrEqual(3);
    expect(preview.codings.map((c) => c.words)).toContain('I used it for a gym membership');
    expect(preview.clipped).toBe(1);
    expect(preview.quotes.map((q) => q.id)).toEqual([quote.id]);
    expect(preview.memos.map((m) => m.title).sort()).toEqual(['Gym', 'On P8']);
  });

  it('removes their speech, codings, quotes and memos, keeps everyone else\'s codings on their words, and updates the counts', async () => {
    const { projectId, p8, fg2, inside, spanning, quote } = await setUp();
    const before = await progress(projectId);
    const codings: Coding[] = await db().codings.where('projectId').equals(projectId).toArray();
    const words = (c: Coding, text: string) => text.slice(c.start, c.end);
    const theirTurns = fg2.text.turns.filter((t) => t.participantId === p8.id);
    const isInTheirTurn = (c: Coding) => c.sourceId === fg2.source.id && theirTurns.some((t) => t.start < c.end && c.start < t.end);
    const others = codings.filter((c) => !isInTheirTurn(c));
    const textsBefore = new Map((await db().sourceTexts.toArray()).map((t) => [t.sourceId as string, t.text]));

    const outcome = await withdrawParticipant(projectId, p8.id);

    const after = (await db().sourceTexts.get([projectId, fg2.source.id]))!;
    const turns = after.turns.filter((t) => t.participantId === p8.id);
    expect(turns).toHaveLength(13);
    for (const t of turns) expect(after.text.slice(t.start, t.end)).toBe(WITHDRAWN);
    expect(after.text).not.toContain('gym membership');
    for (const c of others) {
      const moved = (await db().codings.get([projectId, c.id]))!;
      const text = (await db().sourceTexts.get([projectId, c.sourceId]))!.text;
      expect(words(moved, text)).toBe(words(c, textsBefore.get(c.sourceId)!));
    }
    expect(await db().codings.get([projectId, inside])).toBeUndefined();
    const clipped = (await db().codings.get([projectId, spanning]))!;
    const original = codings.find((c) => c.id === spanning)!;
    const p8Start = theirTurns.find((t) => t.start > original.start)!.start;
    expect(after.text.slice(clipped.start, clipped.end)).toBe(fg2.text.text.slice(original.start, p8Start)); // clipped where their speech began
    expect(await db().quotes.get([projectId, quote.id])).toBeUndefined();
    const participant = (await db().participants.get([projectId, p8.id]))!;
    expect(participant.isWithdrawn).toBe(true);
    expect(Object.values(participant.attributes).every((v) => v === null)).toBe(true);
    expect(outcome).toMatchObject({ turns: 13, quotes: 1, memos: 2 });

    const now = await progress(projectId);
    expect(now.participants).toBe(before.participants - 1);
    expect(now.withdrawn).toBe(before.withdrawn + 1);
    expect(now.codings).toBe(before.codings - outcome.codings);

    const log = (await db().history.where('projectId').equals(projectId).toArray()).filter((e) => e.action === WITHDRAWAL_ACTION);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ undo: null, redo: null });
    expect(parseLogSummary(log[0]!)).toMatchObject({ what: 'Withdrawal', kind: 'participant P8', where: 'FG 2', count: 13 });
  });

  it('leaves no copy of their words anywhere, history included, and undo cannot restore them', async () => {
    const { projectId, p8 } = await setUp();
    expect(await everything()).toContain('gym membership');
    expect(await everything()).toContain('Working carer for mother');
    await withdrawParticipant(projectId, p8.id);
    for (let i = 0; i < 5; i++) await undo(projectId).catch(() => null);
    const dump = await everything();
    expect(dump).not.toContain('gym membership');
    expect(dump).not.toContain('I came through the front door');
    expect(dump).not.toContain('Working carer for mother');
  });

  it('stores nothing when any write fails', async () => {
    const { projectId, p8 } = await setUp();
    const snapshot = await everything();
    vi.spyOn(db().history, 'bulkAdd').mockImplementation(() => { throw new Error('The disk is full.'); });
    await expect(withdrawParticipant(projectId, p8.id)).rejects.toThrow('The disk is full.');
    expect(await everything()).toBe(snapshot);
  });

  it('refuses a participant already withdrawn', async () => {
    const { projectId, p8 } = await setUp();
    await withdrawParticipant(projectId, p8.id);
    await expect(withdrawParticipant(projectId, p8.id)).rejects.toThrow(/already been withdrawn/);
    await expect(previewWithdrawal(projectId, asId<ParticipantId>(newGuid()))).rejects.toThrow(/no longer exists/);
  });
});
