/**
 * Turns a sample spec and its source texts into a whole project. Deterministic: the same
 * inputs give the same GUIDs, so the command line and the app build the identical project.
 */
import {
  asId, type Attribute, type AttributeId, type AttributeValue, type Code, type CodeId, type Coder,
  type CoderId, type Coding, type CodingId, type Memo, type MemoAnchor, type MemoId, type Participant,
  type ParticipantId, type Project, type ProjectBundle, type ProjectId, type Quote, type QuoteId, type SourceId,
  type SourceWithText,
} from '../model';
import { attribution, quoteParticipant } from '../quotes/attribution';
import { checkFidelity } from '../quotes/fidelity';
import { canonicalText } from '../text/canonical';
import { seededGuid, sha256Hex } from '../util/hash';
import type { SampleCodeSpec, SampleMemoAnchorSpec, SampleSpec } from './spec';
import { turnsByLabel } from './turns';

export class SampleError extends Error {
  override name = 'SampleError';
}

/** Builds the project. `texts` maps each spec file name to its raw contents. */
export async function buildSample(spec: SampleSpec, texts: Readonly<Record<string, string>>): Promise<ProjectBundle> {
  const seed = spec.project.name;
  const guid = (...parts: string[]) => seededGuid([seed, ...parts].join('/'));
  const at = spec.project.createdAt;
  const projectId = asId<ProjectId>(guid('project'));
  const coder: Coder = { id: asId<CoderId>(guid('coder', spec.coder)), projectId, name: spec.coder };

  const attributes: Attribute[] = spec.attributes.map((a, order) => ({
    id: asId<AttributeId>(guid('attribute', a.name)), projectId, name: a.name, type: a.type,
    categories: a.categories ?? [], order,
  }));
  const attributeByName = new Map(attributes.map((a) => [a.name, a]));
  const participants: Participant[] = spec.participants.map((p, order) => {
    const values: Record<string, AttributeValue> = {};
    for (const [name, value] of Object.entries(p.attributes)) {
      const attribute = attributeByName.get(name);
      if (!attribute) throw new SampleError(`Participant ${p.label}: unknown attribute "${name}".`);
      values[attribute.id] = value;
    }
    return {
      id: asId<ParticipantId>(guid('participant', p.label)), projectId, label: p.label, role: p.role,
      attributes: values, isWithdrawn: false, order,
    };
  });
  const participantByLabel = new Map(participants.map((p) => [p.label, p]));

  const sources: SourceWithText[] = [];
  for (const [order, s] of spec.sources.entries()) {
    const raw = texts[s.file];
    if (raw === undefined) throw new SampleError(`Source ${s.label}: the file ${s.file} is missing.`);
    const text = canonicalText(raw);
    const speakers = new Map<string, ParticipantId | null>();
    for (const [name, label] of Object.entries(s.speakers)) {
      const participant = participantByLabel.get(label);
      if (!participant) throw new SampleError(`Source ${s.label}: speaker "${name}" maps to unknown participant ${label}.`);
      speakers.set(name, participant.id);
    }
    const id = asId<SourceId>(guid('source', s.label));
    const turns = turnsByLabel(text, speakers);
    sources.push({
      source: {
        id, projectId, title: s.title, label: s.label, kind: s.kind, date: s.date, facilitator: s.facilitator,
        originalFileName: s.file, contentHash: await sha256Hex(text), characters: text.length,
        turnCount: turns.length, order, isRead: false, readingPosition: 0, createdAt: at,
      },
      text: { sourceId: id, projectId, text, turns },
    });
  }

  const codes: Code[] = [];
  const codeByPath = new Map<string, Code>();
  const addCodes = (list: SampleCodeSpec[], parent: Code | null, path: string[]) => {
    list.forEach((c, order) => {
      const codePath = [...path, c.name];
      const code: Code = {
        id: asId<CodeId>(guid('code', ...codePath)), projectId, parentId: parent?.id ?? null, name: c.name,
        definition: c.definition, color: c.color.toLowerCase(), order, status: c.status, aliases: c.aliases ?? [],
        createdAt: at,
      };
      codes.push(code);
      codeByPath.set(codePath.join('\u0000'), code);
      addCodes(c.children ?? [], code, codePath);
    });
  };
  addCodes(spec.codes, null, []);
  const codeAt = (path: string[], context: string): Code => {
    const code = codeByPath.get(path.join('\u0000'));
    if (!code) throw new SampleError(`${context}: no code at ${path.join(' > ')}.`);
    return code;
  };

  const sourceByLabel = new Map(sources.map((s) => [s.source.label, s]));
  const codings: Coding[] = spec.codings.map((c, index) => {
    const context = `Coding ${index + 1} (${c.source})`;
    const source = sourceByLabel.get(c.source);
    if (!source) throw new SampleError(`${context}: no source labelled ${c.source}.`);
    const excerpt = canonicalText(c.text);
    const start = source.text.text.indexOf(excerpt);
    if (start < 0) throw new SampleError(`${context}: the excerpt "${excerpt.slice(0, 40)}..." is not in the text.`);
    if (source.text.text.indexOf(excerpt, start + 1) >= 0) {
      throw new SampleError(`${context}: the excerpt "${excerpt.slice(0, 40)}..." occurs more than once.`);
    }
    const code = codeAt(c.code, context);
    return {
      id: asId<CodingId>(guid('coding', String(index))), projectId, sourceId: source.source.id, codeId: code.id,
      coderId: coder.id, start, end: start + excerpt.length, createdAt: at,
    };
  });

  const anchorOf = (a: SampleMemoAnchorSpec, context: string): MemoAnchor => {
    switch (a.type) {
      case 'project': return { type: 'project' };
      case 'code': return { type: 'code', id: codeAt(a.path, context).id };
      case 'source': {
        const source = sourceByLabel.get(a.label);
        if (!source) throw new SampleError(`${context}: no source labelled ${a.label}.`);
        return { type: 'source', id: source.source.id };
      }
      case 'participant': {
        const participant = participantByLabel.get(a.label);
        if (!participant) throw new SampleError(`${context}: no participant ${a.label}.`);
        return { type: 'participant', id: participant.id };
      }
      case 'cell': {
        const source = sourceByLabel.get(a.label);
        if (!source) throw new SampleError(`${context}: no source labelled ${a.label}.`);
        return { type: 'cell', id: source.source.id, codeId: codeAt(a.path, context).id };
      }
    }
  };
  const memos: Memo[] = spec.memos.map((m, index) => ({
    id: asId<MemoId>(guid('memo', String(index))), projectId, kind: m.kind,
    anchor: anchorOf(m.anchor, `Memo "${m.title}"`), title: m.title, content: '', plainText: m.text,
    coderId: coder.id, createdAt: m.createdAt, updatedAt: m.createdAt,
  }));

  const quotes: Quote[] = (spec.quotes ?? []).map((q, order) => {
    const context = `Quote ${order + 1} (${q.source})`;
    const source = sourceByLabel.get(q.source);
    const code = codeAt(q.code, context);
    const excerpt = canonicalText(q.excerpt);
    const coding = codings.find((c) => c.codeId === code.id && c.sourceId === source?.source.id
      && source.text.text.slice(c.start, c.end) === excerpt);
    if (!source || !coding) throw new SampleError(`${context}: no coding of that code on "${excerpt.slice(0, 40)}...".`);
    const participant = quoteParticipant(coding, source.text.turns, participants);
    const fidelity = checkFidelity(q.wording, excerpt);
    if (!fidelity.isFaithful) throw new SampleError(`${context}: the wording does not match the source (${fidelity.problems.map((p) => p.fragment).join('; ')}).`);
    return {
      id: asId<QuoteId>(guid('quote', String(order))), projectId, codingId: coding.id, codeId: code.id, text: q.wording,
      attribution: attribution(source.source, participant, q.style ?? 'source'), order, fidelity: 'ok',
    };
  });

  const project: Project = {
    id: projectId, name: spec.project.name, description: spec.project.description, method: spec.project.method,
    createdAt: at, updatedAt: at, levelNames: spec.project.levelNames, currentCoderId: coder.id,
  };
  return {
    project, coders: [coder], sources, participants, attributes, codes, codings, memos,
    quotes, reviews: [], history: [],
  };
}
