/**
 * The reviews repository over fake-indexeddb: importing responses is one undoable action that
 * stores nothing when any file is refused and nothing new for a response imported before; the
 * "how we responded" note and the "addressed" flag are undoable edits.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  importResponses, listReviews, ReviewImportError, saveReviewResponse, setReviewAddressed,
} from '../../../renderer/db/repositories/reviews';
import { redo, undo, undoState } from '../../../renderer/db/undo';
import { withSample } from '../../db/support';
import { file, response } from './support';

describe('importing responses', () => {
  it('stores every answer as a review in one undoable action; the same response again adds nothing', async () => {
    const { projectId, sample } = await withSample();
    const result = await importResponses(projectId, [
      file('review-response-a-b.json', response(sample)),
      file('review-response-c-d.json', response(sample, { reviewer: 'C. D.', savedAt: '2026-11-24T12:00:00.000Z' })),
    ]);
    expect(result).toMatchObject({ added: 6, lines: ['review-response-a-b.json: A. B., round 1, 3 answers added', 'review-response-c-d.json: C. D., round 1, 3 answers added'] });
    const stored = await listReviews(projectId);
    expect(stored).toHaveLength(6);
    expect((await undoState(projectId)).undo).toBe('Imported partner review from A. B., C. D. (round 1)');

    const history = await db().history.count();
    const again = await importResponses(projectId, [file('copy.json', response(sample))]);
    expect(again).toMatchObject({ added: 0, lines: ['copy.json: A. B., round 1, was already imported (nothing added)'] });
    expect(await listReviews(projectId)).toHaveLength(6);
    expect(await db().history.count()).toBe(history);

    await undo(projectId);
    expect(await listReviews(projectId)).toEqual([]);
    await redo(projectId);
    expect(await listReviews(projectId)).toHaveLength(6);
  });

  it('stores nothing when any file of the batch is refused, and names every refused file', async () => {
    const { projectId, sample } = await withSample();
    const attempt = importResponses(projectId, [
      file('good.json', response(sample)), file('notes.json', 'hello'),
      file('elsewhere.json', { ...response(sample), project: { id: 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4', name: 'Other study' } }),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ReviewImportError);
    await expect(attempt).rejects.toThrow('Nothing was imported. notes.json: is not a review response (it is not JSON); elsewhere.json: belongs to another project ("Other study")');
    expect(await listReviews(projectId)).toEqual([]);
    expect((await undoState(projectId)).undo).toBeNull();
  });
});

describe('how we responded', () => {
  it('saves the note and the addressed flag as undoable edits, and records nothing for no change', async () => {
    const { projectId, sample } = await withSample();
    await importResponses(projectId, [file('a.json', response(sample))]);
    const review = (await listReviews(projectId)).find((r) => r.verdict === 'yes')!;

    await saveReviewResponse(projectId, review.id, '  Kept the name; added the partner\'s words to the definition. ');
    await setReviewAddressed(projectId, review.id, true);
    expect(await db().reviews.get([projectId, review.id])).toMatchObject({
      response: 'Kept the name; added the partner\'s words to the definition.', isAddressed: true,
    });
    expect((await undoState(projectId)).undo).toBe('Marked A. B.\'s review (round 1) as addressed');
    const history = await db().history.count();
    await saveReviewResponse(projectId, review.id, 'Kept the name; added the partner\'s words to the definition.');
    await setReviewAddressed(projectId, review.id, true);
    expect(await db().history.count()).toBe(history);

    await undo(projectId);
    expect(await db().reviews.get([projectId, review.id])).toMatchObject({ isAddressed: false, response: expect.stringMatching(/^Kept/) });
    expect((await undoState(projectId)).undo).toBe('Responded to A. B.\'s review (round 1)');
    await undo(projectId);
    expect(await db().reviews.get([projectId, review.id])).toEqual(review);
  });
});
