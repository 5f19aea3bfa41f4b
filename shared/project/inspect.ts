/**
 * What `cli inspect --json` prints: a project's sources with their turns, its participants and
 * its codes with counts. Offsets are UTF-16 code units of the canonical text. Each source also
 * says how its project file counted selection positions (`offsets`, see InspectOffsets), or null
 * for a project that did not come from a file.
 */
import { buildCodeTree, flattenTree } from '../analysis/codeTree';
import type { AttributeValue, ProjectBundle } from '../model';
import { offsetsReadFor, type SourceOffsets } from '../qdpx/importReport';
import { describeConvention } from '../qdpx/offsetDetection';

/**
 * How the project file counted one source's selection positions: `unit` code-points (REFI-QDA),
 * utf16 (NVivo for Windows) or utf8 (bytes); `lineBreaks` crlf-two (CRLF as two characters, the
 * text as written) or crlf-one; `basis` storyloom (Storyloom's own file), detected (the reading
 * that put most selection edges between words), standard (no reading differed, or no selections)
 * or given; `cleanEdges` of `edges` selection edges fall between words that way.
 */
export interface InspectOffsets {
  unit: SourceOffsets['unit'];
  lineBreaks: SourceOffsets['lineBreaks'];
  basis: SourceOffsets['basis'];
  edges: number;
  cleanEdges: number;
}

export interface InspectReport {
  name: string;
  sources: {
    label: string; title: string; kind: string; characters: number;
    turns: { speaker: string | null; start: number; end: number }[];
    offsets: InspectOffsets | null;
  }[];
  participants: { label: string; role: string; attributes: Record<string, AttributeValue> }[];
  codes: { path: string[]; codings: number }[];
  codings: number;
}

/** The report of a bundle; `offsets` defaults to what readQdpx found when it read this bundle. */
export function inspectBundle(bundle: ProjectBundle, offsets: readonly SourceOffsets[] | undefined = offsetsReadFor(bundle)): InspectReport {
  const offsetsOf = new Map((offsets ?? []).map((o) => [o.sourceId, o]));
  const inspectOffsets = (sourceId: string): InspectOffsets | null => {
    const o = offsetsOf.get(sourceId);
    return o ? { unit: o.unit, lineBreaks: o.lineBreaks, basis: o.basis, edges: o.edges, cleanEdges: o.cleanEdges } : null;
  };
  const attributeName = new Map(bundle.attributes.map((a) => [a.id as string, a.name]));
  const participantLabel = new Map(bundle.participants.map((p) => [p.id as string, p.label]));
  return {
    name: bundle.project.name,
    sources: [...bundle.sources].sort((a, b) => a.source.order - b.source.order).map(({ source, text }) => ({
      label: source.label, title: source.title, kind: source.kind, characters: text.text.length,
      turns: text.turns.map((t) => ({
        speaker: t.participantId ? participantLabel.get(t.participantId) ?? t.speaker : t.speaker,
        start: t.start, end: t.end,
      })),
      offsets: inspectOffsets(source.id),
    })),
    participants: [...bundle.participants].sort((a, b) => a.order - b.order).map((p) => ({
      label: p.label, role: p.role,
      attributes: Object.fromEntries(Object.entries(p.attributes).map(([id, v]) => [attributeName.get(id) ?? id, v])),
    })),
    codes: flattenTree(buildCodeTree(bundle.codes, bundle.codings)).map((n) => ({ path: n.path, codings: n.codings })),
    codings: bundle.codings.length,
  };
}

/** A short human-readable summary of the same report. */
export function formatInspectReport(report: InspectReport): string {
  const lines = [`Project: ${report.name}`, '', 'Sources:'];
  for (const s of report.sources) {
    lines.push(`  ${s.label.padEnd(8)} ${s.title} (${s.kind}, ${s.characters} characters, ${s.turns.length} turns)`);
    if (s.offsets) lines.push(`  ${' '.repeat(8)} positions: ${offsetsText(s.offsets)}`);
  }
  lines.push('', `Participants: ${report.participants.filter((p) => p.role === 'participant').length}` +
    ` (plus ${report.participants.filter((p) => p.role === 'facilitator').length} facilitator)`);
  for (const p of report.participants) lines.push(`  ${p.label.padEnd(12)} ${p.role}`);
  lines.push('', `Codes: ${report.codes.length}; codings: ${report.codings}`);
  for (const c of report.codes) lines.push(`  ${'  '.repeat(c.path.length - 1)}${c.path.at(-1)} (${c.codings})`);
  return lines.join('\n');
}

/** "UTF-16 units, detected (657 of 660 selection edges between words)". */
function offsetsText(o: InspectOffsets): string {
  const how = describeConvention(o);
  switch (o.basis) {
    case 'storyloom': return `${how} (a Storyloom file)`;
    case 'given': return `${how} (as asked)`;
    case 'standard': return o.edges === 0 ? `${how} (the standard; no selections)` : `${how} (the standard; no other reading differs)`;
    case 'detected': return `${how}, detected (${o.cleanEdges} of ${o.edges} selection edges between words)`;
  }
}
