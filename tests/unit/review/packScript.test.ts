// @vitest-environment jsdom
/**
 * The pack's script, run in a DOM: it refuses to save without a name or without any answer,
 * and otherwise downloads a response file the importer accepts, keeping the answers in the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildReviewPack } from '../../../shared/review/pack';
import { PACK_SCRIPT } from '../../../shared/review/packScript';
import { parseResponse, reviewsFromResponse } from '../../../shared/review/response';
import type { ProjectBundle } from '../../../shared/model';
import { sampleBundle } from '../../support/sample';
import { PACK_ID } from './support';

let bundle: ProjectBundle;
let saved: { name: string; blob: Blob }[];

beforeEach(async () => {
  bundle = await sampleBundle();
  const { html } = buildReviewPack(bundle, { round: 3, packId: PACK_ID, createdAt: '2026-11-23T10:00:00.000Z' });
  // The body without its script (innerHTML never runs scripts); the script is run by hand below.
  document.body.innerHTML = /<body>([\s\S]*)<script>/.exec(html)![1]!;
  saved = [];
  let pending: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    pending = blob;
    return 'blob:pack';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) saved.push({ name: this.download, blob: pending });
  });
  new Function(PACK_SCRIPT)();
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const section = (n: number) => document.getElementById(`theme-${n}`)!;
const field = <T extends HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;
const type = (element: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
};
const save = () => field<HTMLButtonElement>('button.save').click();
const status = () => document.getElementById('save-status')!;

describe('the pack in a browser', () => {
  it('asks for a name or initials before saving, and saves nothing', () => {
    field<HTMLInputElement>('input[value="yes"]', section(1)).click();
    save();
    expect(saved).toEqual([]);
    expect(field('#reviewer').getAttribute('aria-invalid')).toBe('true');
    expect(field<HTMLElement>('#reviewer-error').hidden).toBe(false);
    expect(status().textContent).toMatch(/please write your name or initials/);
    expect(document.activeElement).toBe(field('#reviewer'));
  });

  it('saves nothing when nothing is answered', () => {
    type(field('#reviewer'), 'AB');
    save();
    expect(saved).toEqual([]);
    expect(status().textContent).toMatch(/nothing to save yet/);
  });

  it('downloads the answers as a response the importer accepts, and keeps them in the page', async () => {
    field<HTMLInputElement>('input[value="yes"]', section(1)).click();
    type(field('[data-field="comment"]', section(1)), '  Rings very true.  ');
    field<HTMLInputElement>('input[value="partly"]', section(2)).click();
    type(field('[data-field="name"]', section(2)), 'What changed');
    type(field('#general-comment'), 'Nothing about young carers.');
    type(field('#reviewer'), 'Siân O\'Neill');
    save();
    expect(saved).toHaveLength(1);
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(saved[0]!.name).toBe(`review-response-sian-o-neill-${date}.json`);
    expect(saved[0]!.blob.type).toBe('application/json');
    const text = await saved[0]!.blob.text();
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'storyloom-review-response', version: 1, project: { id: bundle.project.id, name: bundle.project.name },
      pack: { id: PACK_ID, round: 3 }, reviewer: 'Siân O\'Neill', generalComment: 'Nothing about young carers.',
    });
    expect(json.themes).toHaveLength(7);
    const response = parseResponse({ name: saved[0]!.name, content: text }, { project: bundle.project, codes: bundle.codes, reviews: [] });
    expect(reviewsFromResponse(response, bundle.project.id).map((r) => [r.verdict, r.suggestedName, r.comment, r.round])).toEqual([
      ['yes', '', 'Rings very true.', 3], ['partly', 'What changed', '', 3], [null, '', 'Nothing about young carers.', 3],
    ]);
    expect(status().textContent).toContain(`Your answers are saved in the file \u201C${saved[0]!.name}\u201D`);
    expect(field<HTMLTextAreaElement>('[data-field="comment"]', section(1)).value).toBe('  Rings very true.  ');
    expect(field<HTMLInputElement>('input[value="partly"]', section(2)).checked).toBe(true);
  });
});
