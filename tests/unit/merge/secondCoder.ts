/**
 * A second coder's copy of a project, for merge tests (unit and end-to-end): the same project
 * opened by a colleague who added a coder, coded some other words, coded one passage exactly as
 * the first coder did, added a code under an existing theme, wrote a memo on it and (optionally)
 * changed the text of one source.
 */
import {
  asId, type Code, type CodeId, type Coder, type CoderId, type Coding, type CodingId, type Memo, type MemoId,
  type ProjectBundle, type SourceWithText,
} from '../../../shared/model';
import { seededGuid, sha256Hex } from '../../../shared/util/hash';

export const SECOND_CODER = 'Second Coder';
export const NEW_CODE = 'Waiting for an assessment';

export interface SecondCoderCopy {
  bundle: ProjectBundle;
  coder: Coder;
  newCode: Code;
  /** The second coder's codings that land on sources whose text is unchanged. */
  placeable: Coding[];
  /** The second coder's codings on the source whose text changed. */
  onChangedSource: Coding[];
  /** The source whose text changed, or null. */
  changed: SourceWithText | null;
}

const guid = (...parts: string[]) => seededGuid(['second coder copy', ...parts].join('/'));

/** Turns of a source that no coding touches, first ones first. */
function uncodedTurns(bundle: ProjectBundle, source: SourceWithText) {
  const codings = bundle.codings.filter((c) => c.sourceId === source.source.id);
  return source.text.turns.filter((t) => t.end - t.start > 20 && codings.every((c) => c.end <= t.start || c.start >= t.end));
}

export async function secondCoderCopy(original: ProjectBundle, options: { changeText?: string } = {}): Promise<SecondCoderCopy> {
  const bundle = structuredClone(original);
  const projectId = bundle.project.id;
  const coder: Coder = { id: asId<CoderId>(guid('coder')), projectId, name: SECOND_CODER };
  bundle.coders.push(coder);
  bundle.project = { ...bundle.project, currentCoderId: coder.id };
  const at = '2026-11-20T10:00:00.000Z';

  const code = (path: string[]): Code => {
    let parent: Code | null = null;
    for (const name of path) {
      const next = bundle.codes.find((c) => c.name === name && c.parentId === (parent?.id ?? null));
      if (!next) throw new Error(`No code at ${path.join(' > ')}`);
      parent = next;
    }
    return parent!;
  };
  const perspective = code(['Toughest challenges for integrating carer support services', 'Carers']);
  const newCode: Code = {
    id: asId<CodeId>(guid('code', NEW_CODE)), projectId, parentId: perspective.id, name: NEW_CODE,
    definition: 'Carers describing how long they waited to be assessed.', color: '#c0392b', order: 99,
    status: 'candidate', aliases: [], createdAt: at,
  };
  bundle.codes.push(newCode);
  const informationSharing = code(['Toughest challenges for integrating carer support services', 'Carers', 'Information sharing']);

  let n = 0;
  const coding = (sourceId: Coding['sourceId'], codeId: CodeId, start: number, end: number): Coding => ({
    id: asId<CodingId>(guid('coding', String(n++))), projectId, sourceId, codeId, coderId: coder.id, start, end, createdAt: at,
  });
  const [fg1, fg2, nar1] = bundle.sources;
  if (!fg1 || !fg2 || !nar1) throw new Error('The sample has changed: FG 1, FG 2 and Nar. 1 are needed.');

  // The same words, the same code as the first coder's first coding in FG 1.
  const first = bundle.codings.find((c) => c.sourceId === fg1.source.id)!;
  const placeable: Coding[] = [coding(fg1.source.id, first.codeId, first.start, first.end)];
  const [t1, t2] = uncodedTurns(bundle, fg1);
  placeable.push(coding(fg1.source.id, informationSharing.id, t1!.start, t1!.end));
  placeable.push(coding(fg1.source.id, newCode.id, t2!.start, t2!.end));
  const [n1] = uncodedTurns(bundle, nar1).length > 0 ? uncodedTurns(bundle, nar1) : nar1.text.turns;
  placeable.push(coding(nar1.source.id, newCode.id, n1!.start, n1!.start + 20));

  const [f1] = fg2.text.turns;
  const onChangedSource = options.changeText ? [coding(fg2.source.id, newCode.id, f1!.start, f1!.end)] : [];
  bundle.codings.push(...placeable, ...onChangedSource);

  let changed: SourceWithText | null = null;
  if (options.changeText) {
    const text = `${fg2.text.text}${options.changeText}`;
    fg2.text = { ...fg2.text, text };
    fg2.source = { ...fg2.source, characters: text.length, contentHash: await sha256Hex(text) };
    changed = fg2;
  }

  const memo: Memo = {
    id: asId<MemoId>(guid('memo')), projectId, kind: 'memo', anchor: { type: 'code', id: newCode.id },
    title: 'Why a new code', content: '', plainText: 'Waiting comes up in both groups; it is not the same as information sharing.',
    coderId: coder.id, createdAt: at, updatedAt: at,
  };
  bundle.memos.push(memo);
  return { bundle, coder, newCode, placeable, onChangedSource, changed };
}
