/**
 * Partners' response files (issue 7, item 2): a good file becomes Reviews of its themes; a wrong
 * file is refused with its name and the reason, and a batch with one refused file imports
 * nothing; the same response imported twice adds nothing the second time.
 */
import { describe, expect, it } from 'vitest';
import type { ProjectBundle } from '../../../shared/model';
import {
  describeOutcome, parseResponse, planReviewImport, reviewsFromResponse, type ImportContext,
} from '../../../shared/review/response';
import { countsText, nextRound, reviewOverview } from '../../../shared/review/summary';
import { sampleBundle } from '../../support/sample';
import { file, PACK_ID, response, themesOf } from './support';

const context = (bundle: ProjectBundle, reviews: ImportContext['reviews'] = []): ImportContext => ({ project: bundle.project, codes: bundle.codes, reviews });

describe('reading a response file', () => {
  it('turns each answered theme into a Review of its code, and the general comment into one about the themes as a whole', async () => {
    const bundle = await sampleBundle();
    const themes = themesOf(bundle);
    const parsed = parseResponse(file('review-response-a-b-2026-11-24.json', response(bundle)), context(bundle));
    const reviews = reviewsFromResponse(parsed, bundle.project.id);
    expect(reviews).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/), projectId: bundle.project.id, targetType: 'code', targetId: themes[0]!.id,
        reviewer: 'A. B.', verdict: 'yes', suggestedName: '', comment: 'This is exactly what happened to us.', round: 1,
        createdAt: '2026-11-24T09:30:00.000Z', response: '', isAddressed: false,
      },
      expect.objectContaining({ targetId: themes[1]!.id, verdict: 'partly', suggestedName: 'Changes that joined things up', comment: '' }),
      expect.objectContaining({ targetType: 'code', targetId: '', verdict: null, comment: 'Carers of people with dementia are missing.' }),
    ]);
    expect(new Set(reviews.map((r) => r.id)).size).toBe(3);
    // The same response gives the same ids; another time of saving gives others.
    expect(reviewsFromResponse(parsed, bundle.project.id).map((r) => r.id)).toEqual(reviews.map((r) => r.id));
    const later = parseResponse(file('later.json', response(bundle, { savedAt: '2026-11-25T09:30:00.000Z' })), context(bundle));
    expect(reviewsFromResponse(later, bundle.project.id).map((r) => r.id)).not.toContain(reviews[0]!.id);
  });

  it('accepts a byte-order mark, braces and upper case in ids, and trims what partners typed', async () => {
    const bundle = await sampleBundle();
    const good = response(bundle);
    const json = JSON.stringify({
      ...good, reviewer: '  Jo   Smith ', project: { ...good.project, id: `{${good.project.id.toUpperCase()}}` },
      themes: good.themes.map((t, i) => (i === 0 ? { ...t, codeId: t.codeId.toUpperCase(), comment: '  spaced  ' } : t)),
    });
    const parsed = parseResponse({ name: 'r.json', content: `\uFEFF${json}` }, context(bundle));
    expect(parsed.reviewer).toBe('Jo Smith');
    expect(parsed.themes[0]).toMatchObject({ codeId: good.themes[0]!.codeId, comment: 'spaced' });
  });

  it('refuses a wrong file, naming the file and the reason', async () => {
    const bundle = await sampleBundle();
    const good = response(bundle);
    const refused = (name: string, value: unknown) => {
      try {
        parseResponse(typeof value === 'object' && value instanceof Uint8Array ? { name, content: value } : file(name, value), context(bundle));
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused('notes.json', 'Dear researcher, it all rings true.')).toBe('notes.json: is not a review response (it is not JSON)');
    expect(refused('empty.json', '')).toBe('empty.json: is empty');
    expect(refused('photo.json', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('photo.json: is not a review response (it is not a text file)');
    expect(refused('other.json', { format: 'something-else', version: 1 })).toBe('other.json: is not a review response from a Storyloom review pack');
    expect(refused('list.json', [good])).toBe('list.json: is not a review response from a Storyloom review pack');
    expect(refused('newer.json', { ...good, version: 2 })).toBe('newer.json: was saved by a newer review pack (version 2); update Storyloom to read it');
    expect(refused('elsewhere.json', { ...good, project: { id: 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4', name: 'Hospital discharge study' } }))
      .toBe(`elsewhere.json: belongs to another project ("Hospital discharge study"), not "${bundle.project.name}"`);
    const stranger = { codeId: 'c0c0c0c0-b1b1-4c2c-8d3d-e4e4e4e4e4e4', themeName: 'Parking at the hospital', verdict: 'no', suggestedName: '', comment: '' };
    expect(refused('unknown.json', { ...good, themes: [...good.themes, stranger] }))
      .toBe('unknown.json: answers a theme this project does not have: "Parking at the hospital"');
    expect(refused('twice.json', { ...good, themes: [good.themes[0], good.themes[0]] })).toMatch(/^twice\.json: answers the theme ".*" twice$/);
    expect(refused('round.json', { ...good, pack: { id: PACK_ID, round: 0 } })).toBe('round.json: is damaged: pack.round is not a whole number from 1');
    expect(refused('verdict.json', { ...good, themes: [{ ...good.themes[0], verdict: 'maybe' }] }))
      .toBe('verdict.json: is damaged: themes[0].verdict is "maybe", not yes, partly or no');
    expect(refused('when.json', { ...good, savedAt: 'yesterday' })).toBe('when.json: is damaged: savedAt is not a date and time');
    const { reviewer: _reviewer, ...noReviewer } = good;
    expect(refused('who.json', noReviewer)).toBe('who.json: is damaged: reviewer is missing');
    expect(refused('blank.json', { ...good, reviewer: '   ' })).toBe('blank.json: has no reviewer\'s name or initials');
    expect(refused('nothing.json', { ...good, generalComment: '', themes: good.themes.map((t) => ({ ...t, verdict: null, suggestedName: '', comment: '' })) }))
      .toBe('nothing.json: has no answers in it');
    expect(refused('huge.json', new Uint8Array(3 * 1024 * 1024).fill(32))).toBe('huge.json: is too large to be a review response (3.0 MB)');
  });
});

describe('planning an import of several files', () => {
  it('checks every file first: one bad file and nothing is planned, every bad file named', async () => {
    const bundle = await sampleBundle();
    const plan = planReviewImport([
      file('good.json', response(bundle)), file('bad.json', '{'), file('other.json', { format: 'x' }),
    ], context(bundle));
    expect(plan).toEqual({ ok: false, errors: [expect.objectContaining({ fileName: 'bad.json' }), expect.objectContaining({ fileName: 'other.json' })] });
    if (!plan.ok) expect(plan.errors.map((e) => e.message)).toEqual(['bad.json: is not a review response (it is not JSON)', 'other.json: is not a review response from a Storyloom review pack']);
  });

  it('adds nothing for a response already imported, or given twice in one batch', async () => {
    const bundle = await sampleBundle();
    const first = planReviewImport([file('a.json', response(bundle)), file('copy of a.json', response(bundle)),
      file('c.json', response(bundle, { reviewer: 'C. D.', savedAt: '2026-11-24T11:00:00.000Z' }))], context(bundle));
    if (!first.ok) throw new Error('refused');
    expect(first.files.map((f) => [f.fileName, f.answers, f.added])).toEqual([['a.json', 3, 3], ['copy of a.json', 3, 0], ['c.json', 3, 3]]);
    expect(first.reviews).toHaveLength(6);
    expect(first.files.map(describeOutcome)).toEqual([
      'a.json: A. B., round 1, 3 answers added', 'copy of a.json: A. B., round 1, was already imported (nothing added)',
      'c.json: C. D., round 1, 3 answers added',
    ]);
    const again = planReviewImport([file('a.json', response(bundle))], context(bundle, first.reviews));
    expect(again).toMatchObject({ ok: true, reviews: [], files: [{ added: 0, answers: 3 }] });
  });
});

describe('reviews per theme', () => {
  it('counts yes, partly and no per round and over all rounds; a partner who saved twice in a round counts once', async () => {
    const bundle = await sampleBundle();
    const [t1] = themesOf(bundle);
    const all = [
      response(bundle),
      response(bundle, { reviewer: 'C. D.' }),
      // A. B. changed their mind later in round 1: only the newer answer counts.
      response(bundle, { reviewer: 'a. b.', savedAt: '2026-11-26T09:30:00.000Z', themes: response(bundle).themes.map((t, i) => (i === 0 ? { ...t, verdict: 'no' } : t)) }),
      response(bundle, { pack: { id: PACK_ID, round: 2 }, savedAt: '2026-12-24T09:30:00.000Z' }),
    ].flatMap((r) => reviewsFromResponse(r, bundle.project.id));
    const overview = reviewOverview(bundle.codes, all);
    expect(overview.themes.map((t) => t.name)).toEqual(themesOf(bundle).map((c) => c.name));
    const first = overview.themes[0]!;
    expect(first.targetId).toBe(t1!.id);
    expect(first.byRound).toEqual([
      { round: 1, counts: { yes: 1, partly: 0, no: 1, none: 0, total: 2 } },
      { round: 2, counts: { yes: 1, partly: 0, no: 0, none: 0, total: 1 } },
    ]);
    expect(first.all).toEqual({ yes: 2, partly: 0, no: 1, none: 0, total: 3 });
    expect(countsText(first.all)).toBe('Yes 2, partly 0, no 1');
    expect(first.entries.map((e) => [e.review.round, e.review.reviewer, e.review.verdict, e.isReplaced])).toEqual([
      [2, 'A. B.', 'yes', false], [1, 'a. b.', 'no', false], [1, 'A. B.', 'yes', true], [1, 'C. D.', 'yes', false],
    ]);
    expect(overview.themes[2]!.all.total).toBe(0);
    expect(overview.general.entries).toHaveLength(4);
    expect(overview).toMatchObject({ rounds: [1, 2], reviewers: 2, total: 12, addressed: 0, others: [] });
    expect(nextRound(all)).toBe(3);
    expect(nextRound([])).toBe(1);
  });

  it('keeps reviews of a code that is no longer a theme apart', async () => {
    const bundle = await sampleBundle();
    const [t1, t2] = themesOf(bundle);
    const reviews = reviewsFromResponse(response(bundle), bundle.project.id);
    const codes = bundle.codes.filter((c) => c.id !== t2!.id).map((c) => (c.id === t1!.id ? { ...c, parentId: themesOf(bundle)[2]!.id } : c));
    const overview = reviewOverview(codes, reviews);
    expect(overview.others.map((o) => [o.name, o.all.total])).toEqual([['a theme since removed', 1], [t1!.name, 1]]);
  });
});
