/**
 * Reading partners' response files (issue 7, item 2). A file is checked whole before anything
 * is taken from it: a wrong file (not JSON, not a response, another project's, answering themes
 * this project does not have) is refused with `FILE: reason`, and a batch with any refused file
 * imports nothing. Each theme answer becomes a Review of the code; the general comment a Review
 * with an empty targetId (the themes as a whole). Review ids are derived from the pack, round,
 * reviewer, time of saving and theme, so importing the same response twice adds nothing.
 */
import {
  asId, isGuid, REVIEW_VERDICTS, type Code, type Project, type ProjectId, type Review, type ReviewId,
  type ReviewVerdict,
} from '../model';
import { seededGuid } from '../util/hash';
import { RESPONSE_FORMAT, RESPONSE_VERSION, type ReviewResponse, type ThemeAnswer } from './format';

/** The largest response file accepted: a response is a few kilobytes. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
const MAX_NAME = 300;
const MAX_TEXT = 50_000;

/** The targetId of a general comment: about the themes as a whole, not one of them. */
export const GENERAL_TARGET = '';

export interface ResponseFile {
  /** The file's name as the user chose it (or the path given on the command line). */
  name: string;
  content: Uint8Array | string;
}

/** What a response is checked against. */
export interface ImportContext {
  project: Pick<Project, 'id' | 'name'>;
  codes: readonly Pick<Code, 'id' | 'name'>[];
  /** Reviews already in the project (only their ids are used). */
  reviews: readonly Pick<Review, 'id'>[];
}

export class ResponseFileError extends Error {
  override name = 'ResponseFileError';
  constructor(readonly fileName: string, readonly reason: string) {
    super(`${fileName}: ${reason}`);
  }
}

class Damaged extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function field(object: Json, name: string, where: string): unknown {
  if (!(name in object)) throw new Damaged(`${where}${name} is missing`);
  return object[name];
}

function text(object: Json, name: string, where: string, max: number): string {
  const value = field(object, name, where);
  if (typeof value !== 'string') throw new Damaged(`${where}${name} is not text`);
  if (value.length > max) throw new Damaged(`${where}${name} is longer than ${max.toLocaleString('en-GB')} characters`);
  return value.trim();
}

function guid(object: Json, name: string, where: string): string {
  const value = text(object, name, where, 100).toLowerCase().replace(/^\{|\}$/g, '');
  if (!isGuid(value)) throw new Damaged(`${where}${name} is not an id`);
  return value;
}

function decode(content: Uint8Array | string): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
}

function size(content: Uint8Array | string): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function themeAnswer(value: unknown, index: number): ThemeAnswer {
  const where = `themes[${index}].`;
  if (!isObject(value)) throw new Damaged(`themes[${index}] is not an answer`);
  const verdict = field(value, 'verdict', where);
  if (verdict !== null && !(REVIEW_VERDICTS as readonly unknown[]).includes(verdict)) {
    throw new Damaged(`${where}verdict is "${String(verdict)}", not yes, partly or no`);
  }
  return {
    codeId: guid(value, 'codeId', where),
    themeName: text(value, 'themeName', where, MAX_NAME),
    verdict: verdict as ReviewVerdict | null,
    suggestedName: text(value, 'suggestedName', where, MAX_NAME).replace(/\s+/g, ' '),
    comment: text(value, 'comment', where, MAX_TEXT),
  };
}

/** The response's structure, without looking at the project. Throws Damaged. */
function readStructure(json: Json): ReviewResponse {
  const project = field(json, 'project', '');
  const pack = field(json, 'pack', '');
  const themes = field(json, 'themes', '');
  if (!isObject(project)) throw new Damaged('project is not an object');
  if (!isObject(pack)) throw new Damaged('pack is not an object');
  if (!Array.isArray(themes)) throw new Damaged('themes is not a list');
  const round = field(pack, 'round', 'pack.');
  if (typeof round !== 'number' || !Number.isInteger(round) || round < 1) throw new Damaged('pack.round is not a whole number from 1');
  const savedAt = text(json, 'savedAt', '', 40);
  if (!ISO_DATE_TIME.test(savedAt) || Number.isNaN(Date.parse(savedAt))) throw new Damaged('savedAt is not a date and time');
  return {
    format: RESPONSE_FORMAT,
    version: json.version as number,
    project: { id: guid(project, 'id', 'project.'), name: text(project, 'name', 'project.', MAX_TEXT) },
    pack: { id: guid(pack, 'id', 'pack.'), round },
    reviewer: text(json, 'reviewer', '', MAX_NAME).replace(/\s+/g, ' '),
    savedAt: new Date(Date.parse(savedAt)).toISOString(),
    themes: themes.map(themeAnswer),
    generalComment: text(json, 'generalComment', '', MAX_TEXT),
  };
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * Reads and checks one response file against the project. Throws ResponseFileError naming the
 * file and the reason; returns the response with its texts trimmed and its ids lower-cased.
 */
export function parseResponse(file: ResponseFile, context: ImportContext): ReviewResponse {
  const fail = (reason: string): never => {
    throw new ResponseFileError(file.name, reason);
  };
  const bytes = size(file.content);
  if (bytes === 0) fail('is empty');
  if (bytes > MAX_RESPONSE_BYTES) fail(`is too large to be a review response (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
  let body = '';
  try {
    body = decode(file.content);
  } catch {
    fail('is not a review response (it is not a text file)');
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    fail('is not a review response (it is not JSON)');
  }
  if (!isObject(json) || json.format !== RESPONSE_FORMAT) return fail('is not a review response from a Storyloom review pack');
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) return fail('is damaged: its version is missing');
  if (json.version > RESPONSE_VERSION) return fail(`was saved by a newer review pack (version ${json.version}); update Storyloom to read it`);
  let response: ReviewResponse;
  try {
    response = readStructure(json);
  } catch (error) {
    if (error instanceof Damaged) return fail(`is damaged: ${error.message}`);
    throw error;
  }
  if (response.project.id !== context.project.id.toLowerCase()) {
    fail(`belongs to another project ("${response.project.name}"), not "${context.project.name}"`);
  }
  if (response.reviewer === '') fail('has no reviewer\'s name or initials');
  const known = new Set(context.codes.map((c) => c.id.toLowerCase()));
  const unknown = response.themes.filter((t) => !known.has(t.codeId));
  if (unknown.length > 0) {
    fail(`answers ${unknown.length === 1 ? 'a theme' : 'themes'} this project does not have: ${quoted(unknown.map((t) => t.themeName || t.codeId))}`);
  }
  const seen = new Set<string>();
  for (const t of response.themes) {
    if (seen.has(t.codeId)) fail(`answers the theme "${t.themeName}" twice`);
    seen.add(t.codeId);
  }
  if (!response.themes.some(isAnswered) && response.generalComment === '') fail('has no answers in it');
  return response;
}

/** True when the partner said anything about the theme. */
export function isAnswered(answer: ThemeAnswer): boolean {
  return answer.verdict !== null || answer.suggestedName !== '' || answer.comment !== '';
}

/** The id a response's answer to one target always gets: the same file gives the same ids. */
export function reviewId(response: Pick<ReviewResponse, 'pack' | 'reviewer' | 'savedAt'>, targetId: string): ReviewId {
  return asId<ReviewId>(seededGuid(['storyloom-review', response.pack.id, response.pack.round, response.reviewer, response.savedAt, targetId].join('\u0000')));
}

/**
 * The Reviews a checked response becomes: one per answered theme (targetType "code"), and one
 * for a general comment (targetId ""); unanswered themes are skipped.
 */
export function reviewsFromResponse(response: ReviewResponse, projectId: ProjectId): Review[] {
  const review = (targetId: string, answer: Pick<ThemeAnswer, 'verdict' | 'suggestedName' | 'comment'>): Review => ({
    id: reviewId(response, targetId), projectId, targetType: 'code', targetId, reviewer: response.reviewer,
    verdict: answer.verdict, suggestedName: answer.suggestedName, comment: answer.comment, round: response.pack.round,
    createdAt: response.savedAt, response: '', isAddressed: false,
  });
  return [
    ...response.themes.filter(isAnswered).map((t) => review(t.codeId, t)),
    ...(response.generalComment === '' ? [] : [review(GENERAL_TARGET, { verdict: null, suggestedName: '', comment: response.generalComment })]),
  ];
}

export interface FileOutcome {
  fileName: string;
  reviewer: string;
  round: number;
  savedAt: string;
  /** Reviews the file holds. */
  answers: number;
  /** Reviews it adds (0 when it was imported before). */
  added: number;
}

export type ImportPlan =
  | { ok: true; reviews: Review[]; files: FileOutcome[] }
  | { ok: false; errors: ResponseFileError[] };

/**
 * Checks every file, then plans what to add: reviews whose id is neither in the project nor
 * added by an earlier file of the batch. Any refused file makes the whole plan a refusal.
 */
export function planReviewImport(files: readonly ResponseFile[], context: ImportContext): ImportPlan {
  const errors: ResponseFileError[] = [];
  const responses: { file: ResponseFile; response: ReviewResponse }[] = [];
  for (const file of files) {
    try {
      responses.push({ file, response: parseResponse(file, context) });
    } catch (error) {
      if (error instanceof ResponseFileError) errors.push(error);
      else errors.push(new ResponseFileError(file.name, error instanceof Error ? error.message : String(error)));
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const taken = new Set<string>(context.reviews.map((r) => r.id));
  const reviews: Review[] = [];
  const outcomes = responses.map(({ file, response }): FileOutcome => {
    const all = reviewsFromResponse(response, context.project.id as ProjectId);
    const fresh = all.filter((r) => !taken.has(r.id));
    for (const r of fresh) taken.add(r.id);
    reviews.push(...fresh);
    return { fileName: file.name, reviewer: response.reviewer, round: response.pack.round, savedAt: response.savedAt, answers: all.length, added: fresh.length };
  });
  return { ok: true, reviews, files: outcomes };
}

/** One line per file: "AB (round 1): 3 answers added" or "… already imported". */
export function describeOutcome(outcome: FileOutcome): string {
  const what = `${outcome.fileName}: ${outcome.reviewer}, round ${outcome.round}`;
  if (outcome.added === 0) return `${what}, was already imported (nothing added)`;
  const answers = `${outcome.added} ${outcome.added === 1 ? 'answer' : 'answers'}`;
  return outcome.added === outcome.answers ? `${what}, ${answers} added` : `${what}, ${answers} added (${outcome.answers - outcome.added} already imported)`;
}
