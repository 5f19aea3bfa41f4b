/**
 * What `cli inspect --json` prints: a project's sources with their turns, its participants and
 * its codes with counts. Offsets are UTF-16 code units of the canonical text.
 */
import { buildCodeTree, flattenTree } from '../analysis/codeTree';
import type { AttributeValue, ProjectBundle } from '../model';

export interface InspectReport {
  name: string;
  sources: {
    label: string; title: string; kind: string; characters: number;
    turns: { speaker: string | null; start: number; end: number }[];
  }[];
  participants: { label: string; role: string; attributes: Record<string, AttributeValue> }[];
  codes: { path: string[]; codings: number }[];
  codings: number;
}

export function inspectBundle(bundle: ProjectBundle): InspectReport {
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
  }
  lines.push('', `Participants: ${report.participants.filter((p) => p.role === 'participant').length}` +
    ` (plus ${report.participants.filter((p) => p.role === 'facilitator').length} facilitator)`);
  for (const p of report.participants) lines.push(`  ${p.label.padEnd(12)} ${p.role}`);
  lines.push('', `Codes: ${report.codes.length}; codings: ${report.codings}`);
  for (const c of report.codes) lines.push(`  ${'  '.repeat(c.path.length - 1)}${c.path.at(-1)} (${c.codings})`);
  return lines.join('\n');
}
