/** Review responses as a partner's pack saves them, for the review tests. */
import type { ProjectBundle } from '../../../shared/model';
import { RESPONSE_FORMAT, RESPONSE_VERSION, type ReviewResponse, type ThemeAnswer } from '../../../shared/review/format';
import type { ResponseFile } from '../../../shared/review/response';

export const PACK_ID = '0b9e3c1a-2f4d-4e5a-9b6c-7d8e9f0a1b2c';

export const themesOf = (bundle: ProjectBundle) => bundle.codes.filter((c) => c.parentId === null).sort((a, b) => a.order - b.order);

/** A response answering the first two themes (yes with a comment; partly with a better name) and a general comment. */
export function response(bundle: ProjectBundle, patch: Partial<ReviewResponse> = {}): ReviewResponse {
  const themes = themesOf(bundle);
  const answers: ThemeAnswer[] = themes.map((t) => ({ codeId: t.id, themeName: t.name, verdict: null, suggestedName: '', comment: '' }));
  answers[0] = { ...answers[0]!, verdict: 'yes', comment: 'This is exactly what happened to us.' };
  answers[1] = { ...answers[1]!, verdict: 'partly', suggestedName: 'Changes that joined things up' };
  return {
    format: RESPONSE_FORMAT, version: RESPONSE_VERSION,
    project: { id: bundle.project.id, name: bundle.project.name },
    pack: { id: PACK_ID, round: 1 },
    reviewer: 'A. B.', savedAt: '2026-11-24T09:30:00.000Z',
    themes: answers, generalComment: 'Carers of people with dementia are missing.',
    ...patch,
  };
}

export const file = (name: string, value: unknown): ResponseFile => ({
  name, content: new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
});
