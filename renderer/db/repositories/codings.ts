import { asId, newGuid, type Coding, type CodingId, type CodeId, type ProjectId, type SourceId } from '../../../shared/model';
import { runAction, type RowChange } from '../changes';
import { db } from '../database';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];

/** The coded words, shortened for a history line. */
export function excerpt(text: string, start: number, end: number, max = 60): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return words.length <= max ? words : `${words.slice(0, max - 1).trimEnd()}…`;
}

export interface RangeToCode {
  sourceId: SourceId;
  start: number;
  end: number;
  /**
   * The words at start..end, when the caller has them (the reader, a search hit): the history
   * line is written from them and the source's text is not read (600,000 characters, for a
   * length check and an excerpt). Words that do not fit the range are ignored.
   */
  words?: string;
}

/**
 * Codes ranges with one code, as the current coder: one undoable action however many ranges
 * (so "code all hits" undoes in one step). A range the coder already coded with this code is
 * skipped, never duplicated. Throws with a message for the user on a range outside its text.
 */
export async function codeRanges(projectId: ProjectId, codeId: CodeId, ranges: readonly RangeToCode[]): Promise<CodingId[]> {
  const store = db();
  const created: CodingId[] = [];
  let summary = '';
  await runAction(projectId, 'coding:add', () => summary, async () => {
    const project = await store.projects.get(projectId);
    const code = await store.codes.get(key(projectId, codeId));
    if (!project || !code) throw new Error('That code no longer exists.');
    const changes: RowChange[] = [];
    const now = new Date().toISOString();
    let first = '';
    // Each source's length (from its list-sized record) and, only when a range brings no words, its text.
    const lengths = new Map<string, number>();
    const texts = new Map<string, string>();
    const lengthOf = async (sourceId: SourceId): Promise<number> => {
      let length = lengths.get(sourceId);
      if (length === undefined) {
        const source = await store.sources.get(key(projectId, sourceId));
        if (!source) throw new Error('That source no longer exists.');
        length = source.characters;
        lengths.set(sourceId, length);
      }
      return length;
    };
    const wordsOf = async (range: RangeToCode): Promise<string> => {
      if (range.words !== undefined && range.words.length === range.end - range.start) return range.words;
      let text = texts.get(range.sourceId);
      if (text === undefined) {
        text = (await store.sourceTexts.get(key(projectId, range.sourceId)))?.text ?? '';
        texts.set(range.sourceId, text);
      }
      return text.slice(range.start, range.end);
    };
    // Exact duplicates are looked for among this code's codings (an index), not the source's.
    const ofCode = await store.codings.where('[projectId+codeId]').equals([projectId, codeId]).toArray();
    const taken = new Set(ofCode.filter((c) => c.coderId === project.currentCoderId).map((c) => `${c.sourceId}|${c.start}|${c.end}`));
    for (const range of ranges) {
      const { start, end } = range;
      const length = await lengthOf(range.sourceId);
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
        throw new Error(`Cannot code characters ${start}-${end}: the source has ${length} characters.`);
      }
      const signature = `${range.sourceId}|${start}|${end}`;
      if (taken.has(signature)) continue;
      taken.add(signature);
      const coding: Coding = {
        id: asId<CodingId>(newGuid()), projectId, sourceId: range.sourceId, codeId, coderId: project.currentCoderId,
        start, end, createdAt: now,
      };
      if (!first) first = excerpt(await wordsOf(range), 0, end - start);
      created.push(coding.id);
      changes.push({ table: 'codings', key: key(projectId, coding.id), before: null, after: coding });
    }
    summary = changes.length === 1 ? `Coded "${first}" as ${code.name}` : `Coded ${changes.length} passages as ${code.name}`;
    return changes;
  });
  return created;
}

/** Removes one coding (and any quote made from it, and its coding memos). */
export async function removeCoding(projectId: ProjectId, codingId: CodingId): Promise<void> {
  const store = db();
  let label = '';
  await runAction(projectId, 'coding:remove', () => label, async () => {
    const coding = await store.codings.get(key(projectId, codingId));
    if (!coding) return [];
    const code = await store.codes.get(key(projectId, coding.codeId));
    const text = await store.sourceTexts.get(key(projectId, coding.sourceId));
    label = `Removed ${code?.name ?? 'a code'} from "${text ? excerpt(text.text, coding.start, coding.end) : ''}"`;
    const quotes = await store.quotes.where('[projectId+codingId]').equals([projectId, codingId]).toArray();
    const memos = await store.memos.where('projectId').equals(projectId).filter((m) => m.anchor.type === 'coding' && m.anchor.id === codingId).toArray();
    return [
      ...memos.map((m): RowChange => ({ table: 'memos', key: key(projectId, m.id), before: m, after: null })),
      ...quotes.map((q): RowChange => ({ table: 'quotes', key: key(projectId, q.id), before: q, after: null })),
      { table: 'codings', key: key(projectId, codingId), before: coding, after: null },
    ];
  });
}

/** Moves a coding's boundaries (extend or shrink). */
export async function setCodingRange(projectId: ProjectId, codingId: CodingId, start: number, end: number): Promise<void> {
  const store = db();
  await runAction(projectId, 'coding:resize', 'Changed the boundaries of a coding', async () => {
    const coding = await store.codings.get(key(projectId, codingId));
    if (!coding) throw new Error('That coding no longer exists.');
    const text = await store.sourceTexts.get(key(projectId, coding.sourceId));
    if (!text || start < 0 || end > text.text.length || start >= end) throw new Error('A coding must cover at least one character of its source.');
    if (coding.start === start && coding.end === end) return [];
    return [{ table: 'codings', key: key(projectId, codingId), before: coding, after: { ...coding, start, end } }];
  });
}
