import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../shared/integrity';
import { countWords, formatMergeReport, mergeProjects, mergeSummary, type MergeCounts } from '../../../shared/merge';
import {
  asId, type CodeId, type CodingId, type ProjectBundle, type SourceId,
} from '../../../shared/model';
import { seededGuid } from '../../../shared/util/hash';
import { sampleBundle } from '../../support/sample';
import { NEW_CODE, SECOND_CODER, secondCoderCopy } from './secondCoder';

const key = (c: { sourceId: string; codeId: string; coderId: string; start: number; end: number }) =>
  [c.sourceId, c.codeId, c.coderId, c.start, c.end].join('|');

const nothing: MergeCounts = { sources: 0, codes: 0, codings: 0, participants: 0, attributes: 0, memos: 0, quotes: 0, coders: 0 };

/** Gives every record of one kind a new GUID, carrying the change to everything that points at it. */
function reId(bundle: ProjectBundle, kind: 'sources' | 'codes'): ProjectBundle {
  const copy = structuredClone(bundle);
  const fresh = (id: string) => seededGuid(`re-id/${id}`);
  if (kind === 'sources') {
    for (const s of copy.sources) {
      const id = asId<SourceId>(fresh(s.source.id));
      s.source.id = id;
      s.text.sourceId = id;
    }
    for (const c of copy.codings) c.sourceId = asId<SourceId>(fresh(c.sourceId));
    for (const m of copy.memos) if (m.anchor.type === 'source' || m.anchor.type === 'cell') m.anchor.id = asId<SourceId>(fresh(m.anchor.id));
  } else {
    for (const c of copy.codes) {
      c.id = asId<CodeId>(fresh(c.id));
      if (c.parentId) c.parentId = asId<CodeId>(fresh(c.parentId));
    }
    for (const c of copy.codings) c.codeId = asId<CodeId>(fresh(c.codeId));
    for (const q of copy.quotes) q.codeId = asId<CodeId>(fresh(q.codeId));
    for (const m of copy.memos) {
      if (m.anchor.type === 'code') m.anchor.id = asId<CodeId>(fresh(m.anchor.id));
      if (m.anchor.type === 'cell') m.anchor.codeId = asId<CodeId>(fresh(m.anchor.codeId));
    }
  }
  return copy;
}

describe('merging a second coder\'s copy of the sample', () => {
  it('keeps both coders\' codings, adds the new code and coder, duplicates nothing and reports the changed source', async () => {
    const a = await sampleBundle();
    const copy = await secondCoderCopy(a, { changeText: '\nP2: One more thing I forgot to say.' });
    const { bundle, additions, report } = mergeProjects(a, copy.bundle);

    const fg2 = copy.changed!.source;
    const onFg2 = a.codings.filter((c) => c.sourceId === fg2.id).length;
    expect(report.added).toEqual({ ...nothing, codes: 1, codings: copy.placeable.length, memos: 1, coders: 1 });
    expect(report.matched).toMatchObject({
      sources: a.sources.length - 1, codes: a.codes.length, codings: a.codings.length - onFg2,
      participants: a.participants.length, attributes: a.attributes.length, coders: 1, memos: a.memos.length, quotes: a.quotes.length,
    });
    expect(report.conflicts).toEqual([{
      kind: 'source', what: `source “${fg2.label} (${fg2.title})”`,
      reason: `Its text in the file differs from the text here, so its ${onFg2 + 1} codings from the file cannot be placed safely and are left out.`,
    }]);
    expect(report.codingsByCoder).toEqual([
      { coder: 'Sample Researcher', added: 0, matched: a.codings.length - onFg2 },
      { coder: SECOND_CODER, added: copy.placeable.length, matched: 0 },
    ]);

    // Both coders' codings, each once.
    expect(bundle.codings).toHaveLength(a.codings.length + copy.placeable.length);
    expect(new Set(bundle.codings.map(key)).size).toBe(bundle.codings.length);
    expect(new Set(bundle.codings.map((c) => c.id)).size).toBe(bundle.codings.length);
    const shared = copy.placeable[0]!;
    const onSharedWords = bundle.codings.filter((c) => c.sourceId === shared.sourceId && c.codeId === shared.codeId && c.start === shared.start && c.end === shared.end);
    expect(onSharedWords.map((c) => bundle.coders.find((x) => x.id === c.coderId)?.name).sort()).toEqual(['Sample Researcher', SECOND_CODER]);
    // Nothing on the changed source from the file; A's text of it stands.
    expect(bundle.codings.filter((c) => c.sourceId === fg2.id)).toHaveLength(onFg2);
    expect(bundle.sources.find((s) => s.source.id === fg2.id)!.text.text).toBe(a.sources.find((s) => s.source.id === fg2.id)!.text.text);
    // The new code under the existing perspective, with B's GUID; the memo on it.
    expect(additions.codes).toEqual([{ ...copy.newCode, order: expect.any(Number) }]);
    expect(bundle.codes.find((c) => c.name === NEW_CODE)?.parentId).toBe(copy.newCode.parentId);
    expect(additions.memos[0]?.anchor).toEqual({ type: 'code', id: copy.newCode.id });
    // A's project record is kept; the result is a sound project.
    expect(bundle.project).toBe(a.project);
    expect(checkIntegrity(bundle)).toEqual([]);
    expect(mergeSummary('second.qdpx', report)).toBe(`Merged “second.qdpx”: 1 code, ${copy.placeable.length} codings, 1 memo, 1 coder added`);
    expect(formatMergeReport(report)).toContain(`${SECOND_CODER}: ${copy.placeable.length} added, 0 already there`);
  });

  it('adds nothing when the same file is merged a second time', async () => {
    const a = await sampleBundle();
    const copy = await secondCoderCopy(a, { changeText: '\nP2: One more thing.' });
    const once = mergeProjects(a, copy.bundle);
    const twice = mergeProjects(once.bundle, copy.bundle);
    expect(twice.report.added).toEqual(nothing);
    expect(twice.bundle.codings).toHaveLength(once.bundle.codings.length);
    expect(twice.bundle.memos).toHaveLength(once.bundle.memos.length);
    expect(twice.report.matched.codings).toBe(once.report.added.codings + once.report.matched.codings);
    expect(countWords(twice.report.added)).toBe('nothing');
    expect(mergeSummary('b.qdpx', twice.report)).toBe('Merged “b.qdpx”: nothing new');
  });

  it('merging a project into itself adds nothing and finds no conflict', async () => {
    const a = await sampleBundle();
    const { report } = mergeProjects(a, structuredClone(a));
    expect(report.added).toEqual(nothing);
    expect(report.conflicts).toEqual([]);
    expect(report.differences).toEqual([]);
  });

  it('is deterministic', async () => {
    const a = await sampleBundle();
    const copy = await secondCoderCopy(a, { changeText: 'x' });
    expect(mergeProjects(a, copy.bundle)).toEqual(mergeProjects(a, copy.bundle));
  });
});

describe('matching', () => {
  it('matches sources by content hash when their GUIDs differ, and places the codings on this project\'s sources', async () => {
    const a = await sampleBundle();
    const copy = await secondCoderCopy(a);
    const b = reId(copy.bundle, 'sources');
    const { bundle, report } = mergeProjects(a, b);
    expect(report.matched.sources).toBe(a.sources.length);
    expect(report.added.sources).toBe(0);
    expect(report.added.codings).toBe(copy.placeable.length);
    expect(report.matched.codings).toBe(a.codings.length);
    const sourceIds = new Set<string>(a.sources.map((s) => s.source.id));
    expect(bundle.codings.every((c) => sourceIds.has(c.sourceId))).toBe(true);
    expect(bundle.memos.every((m) => m.anchor.type !== 'source' || sourceIds.has(m.anchor.id))).toBe(true);
    expect(report.added.memos).toBe(1);
  });

  it('matches codes by their path of names (trimmed, any case) when their GUIDs differ, keeping this project\'s colour', async () => {
    const a = await sampleBundle();
    const b = reId(a, 'codes');
    const info = b.codes.find((c) => c.name === 'Information sharing')!;
    info.name = '  information   SHARING ';
    info.color = '#000000';
    const { bundle, report } = mergeProjects(a, b);
    expect(report.added).toEqual(nothing);
    expect(report.matched.codes).toBe(a.codes.length);
    expect(report.matched.codings).toBe(a.codings.length);
    expect(report.matched.quotes).toBe(a.quotes.length);
    expect(report.differences).toEqual([{
      kind: 'code', what: 'code “Toughest challenges for integrating carer support services > Carers > Information sharing”',
      reason: 'In the file it has the colour #000000; this project\'s version is kept.',
    }]);
    expect(bundle.codes).toEqual(a.codes);
  });

  it('lists a code matched by GUID whose parent, name or definition differ, and keeps this project\'s', async () => {
    const a = await sampleBundle();
    const b = structuredClone(a);
    const info = b.codes.find((c) => c.name === 'Information sharing')!;
    const culture = b.codes.find((c) => c.name === 'Organisational barriers (culture)')!;
    info.parentId = culture.parentId;
    info.definition = 'Something else';
    const { bundle, report } = mergeProjects(a, b);
    expect(report.differences).toEqual([{
      kind: 'code', what: 'code “Toughest challenges for integrating carer support services > Carers > Information sharing”',
      reason: 'In the file it sits under “HSC professionals” (here under “Carers”) and has another definition; this project\'s version is kept.',
    }]);
    expect(bundle.codes).toEqual(a.codes);
  });

  it('matches participants by label, attributes by name and coders by name', async () => {
    const a = await sampleBundle();
    const b = structuredClone(a);
    const fresh = (id: string) => seededGuid(`other/${id}`);
    b.coders = b.coders.map((c) => ({ ...c, id: fresh(c.id) as typeof c.id, name: ` ${c.name.toUpperCase()} ` }));
    for (const c of b.codings) c.coderId = fresh(c.coderId) as typeof c.coderId;
    for (const m of b.memos) m.coderId = fresh(m.coderId) as typeof m.coderId;
    b.participants.push({ ...b.participants[1]!, id: fresh('new person') as never, label: 'P99', order: 0 });
    b.attributes.push({ ...b.attributes[0]!, id: fresh('new attribute') as never, name: 'Area' });
    b.participants[b.participants.length - 1]!.attributes = { [b.attributes[0]!.id]: 'Carer', [fresh('new attribute')]: 'North' };
    const { additions, report } = mergeProjects(a, b);
    expect(report.added).toEqual({ ...nothing, participants: 1, attributes: 1 });
    expect(report.matched).toMatchObject({ coders: 1, participants: a.participants.length, attributes: a.attributes.length, codings: a.codings.length });
    expect(additions.participants[0]).toMatchObject({ label: 'P99', order: a.participants.length, projectId: a.project.id });
    expect(additions.participants[0]!.attributes).toEqual({ [a.attributes[0]!.id]: 'Carer', [additions.attributes[0]!.id]: 'North' });
  });
});

describe('conflicts and collisions', () => {
  it('reports a source whose text differs and merges none of its codings, quotes or coding memos', async () => {
    const a = await sampleBundle();
    const b = structuredClone(a);
    const fg1 = b.sources[0]!;
    fg1.text.text = fg1.text.text.replace('the', 'teh');
    const second = { id: seededGuid('coder 2') as never, projectId: a.project.id, name: 'Second' };
    b.coders.push(second);
    const extra = { ...b.codings.find((c) => c.sourceId === fg1.source.id)!, id: seededGuid('extra') as CodingId, coderId: second.id };
    b.codings.push(extra);
    b.memos.push({ ...b.memos[0]!, id: seededGuid('coding memo') as never, anchor: { type: 'coding', id: extra.id }, plainText: 'On the extra coding.' });
    b.quotes.push({ ...b.quotes[0]!, id: seededGuid('extra quote') as never, codingId: extra.id, codeId: extra.codeId, text: 'Different words' });
    const { bundle, report } = mergeProjects(a, b);
    expect(report.conflicts.map((c) => c.kind)).toEqual(['source', 'memo', 'quote']);
    expect(report.conflicts[0]!.what).toContain('FG 1');
    expect(report.added).toEqual({ ...nothing, coders: 1 });
    expect(bundle.codings).toHaveLength(a.codings.length);
    expect(bundle.sources[0]!.text.text).toBe(a.sources[0]!.text.text);
  });

  it('gives a new record a fresh GUID when its GUID belongs to a different record here', async () => {
    const a = await sampleBundle();
    const copy = await secondCoderCopy(a);
    const taken = a.codings[0]!.id as string;
    const old = copy.newCode.id;
    copy.bundle.codes.find((c) => c.id === old)!.id = taken as CodeId;
    for (const c of copy.bundle.codings) if (c.codeId === old) c.codeId = taken as CodeId;
    for (const m of copy.bundle.memos) if (m.anchor.type === 'code' && m.anchor.id === old) m.anchor.id = taken as CodeId;
    const once = mergeProjects(a, copy.bundle);
    const added = once.additions.codes[0]!;
    expect(added.id).not.toBe(taken);
    expect(added.name).toBe(NEW_CODE);
    expect(once.bundle.codings.filter((c) => c.codeId === added.id)).toHaveLength(2);
    expect(checkIntegrity(once.bundle)).toEqual([]);
    expect(mergeProjects(once.bundle, copy.bundle).report.added).toEqual(nothing);
  });

  it('relabels a new source whose label is taken here', async () => {
    const a = await sampleBundle();
    const b = structuredClone(a);
    const other = b.sources[3]!;
    other.source.id = seededGuid('another narrative') as SourceId;
    other.text.sourceId = other.source.id;
    other.text.text = 'A different narrative, written later.';
    other.source.contentHash = 'different';
    const { additions, report } = mergeProjects(a, b);
    expect(additions.sources.map((s) => s.source.label)).toEqual(['Nar. 5']);
    expect(report.differences[0]).toMatchObject({ kind: 'source', what: 'source “Nar. 2”' });
  });

  it('leaves out codings that point at nothing or past the end of their text', async () => {
    const a = await sampleBundle();
    const b = structuredClone(a);
    b.codings.push({ ...b.codings[0]!, id: seededGuid('o1') as CodingId, codeId: seededGuid('no code') as CodeId });
    b.codings.push({ ...b.codings[0]!, id: seededGuid('o2') as CodingId, start: 5, end: 10_000_000 });
    const { report } = mergeProjects(a, b);
    expect(report.added).toEqual(nothing);
    expect(report.conflicts.map((c) => c.what)).toEqual(['1 coding', '1 coding']);
  });

  it('survives a cycle of codes in the file', async () => {
    const a = await sampleBundle();
    const b = structuredClone(a);
    const x = { ...b.codes[0]!, id: seededGuid('x') as CodeId, name: 'X', parentId: seededGuid('y') as CodeId };
    const y = { ...b.codes[0]!, id: seededGuid('y') as CodeId, name: 'Y', parentId: x.id };
    b.codes.push(x, y);
    const { bundle, report } = mergeProjects(a, b);
    expect(report.added.codes).toBe(2);
    expect(checkIntegrity(bundle)).toEqual([]);
  });
});
