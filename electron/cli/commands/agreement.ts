/**
 * `cli agreement` (issue 7, item 5): agreement between two coders of a project file, per code
 * and overall, by the same core as the Review phase's Agreement tab.
 */
import {
  AGREEMENT_UNITS, agreementInputOf, codingAgreement, type AgreementResult, type AgreementStatistics, type AgreementUnit,
} from '../../../shared/agreement/agreement';
import type { AgreementCounts } from '../../../shared/agreement/statistics';
import { agreementColumns, agreementNote, formatStatistic, OVERALL_LABEL, roundStatistic } from '../../../shared/agreement/table';
import type { Coder, ProjectBundle } from '../../../shared/model';
import { parseArgs, UsageError } from '../args';
import { readProjectFile } from '../files';
import type { CliCommand } from './findings';

const USAGE = 'agreement FILE.qdpx --coders "NAME A,NAME B" [--unit character|turn] [--json]';

/** One row of `--json`: the code's path joined with " > " ("*" overall), statistics rounded. */
export interface AgreementJsonRow {
  code: string;
  percent: number | null;
  kappa: number | null;
  alpha: number | null;
  a: number;
  b: number;
  both: number;
}

function coderNamed(bundle: ProjectBundle, name: string, file: string): Coder {
  const wanted = name.trim();
  const found = bundle.coders.find((c) => c.name === wanted)
    ?? bundle.coders.find((c) => c.name.trim().toLocaleLowerCase('en-GB') === wanted.toLocaleLowerCase('en-GB'));
  if (found) return found;
  const names = bundle.coders.map((c) => `"${c.name}"`).join(', ');
  throw new UsageError(`${file} has no coder "${wanted}" (the project's coders: ${names || 'none'}).`);
}

type Figures = AgreementCounts & AgreementStatistics;

function jsonRows(result: AgreementResult): AgreementJsonRow[] {
  const stat = (value: number | null, kind: 'percent' | 'coefficient') => (value === null ? null : roundStatistic(value, kind));
  const row = (code: string, r: Figures): AgreementJsonRow => ({
    code, percent: stat(r.percent, 'percent'), kappa: stat(r.kappa, 'coefficient'), alpha: stat(r.alpha, 'coefficient'), a: r.a, b: r.b, both: r.both,
  });
  return [...result.rows.map((r) => row(r.path.join(' > '), r)), row('*', result.overall)];
}

/** A plain-text table: names left-aligned, figures right-aligned, a rule under the header. */
function textTable(result: AgreementResult, names: { a: string; b: string }): string {
  const header = agreementColumns(names, result.unit);
  const line = (label: string, r: Figures) => [
    label, formatStatistic(r.percent, 'percent'), formatStatistic(r.kappa, 'coefficient'), formatStatistic(r.alpha, 'coefficient'),
    String(r.a), String(r.b), String(r.both),
  ];
  const body = [...result.rows.map((r) => line(`${'  '.repeat(r.depth)}${r.path.at(-1) ?? ''}`, r)), line(OVERALL_LABEL, result.overall)];
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const format = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [
    `Agreement between ${names.a} and ${names.b}`,
    '',
    format(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.slice(0, -1).map(format),
    widths.map((w) => '-'.repeat(w)).join('  '),
    format(body.at(-1)!),
    '',
    agreementNote(result),
  ].join('\n');
}

export const AGREEMENT_COMMANDS: Record<string, CliCommand> = {
  agreement: {
    usage: USAGE,
    summary: "Agreement between two coders per code and overall: % agreement, Cohen's kappa, Krippendorff's alpha.",
    async run(argv) {
      const args = parseArgs(argv, { values: ['coders', 'unit'], switches: ['json'] });
      const [file, extra] = args.positionals;
      if (!file) throw new UsageError('agreement needs a project file.');
      if (extra) throw new UsageError(`Unexpected argument ${extra}.`);
      const coders = args.flags.get('coders');
      if (typeof coders !== 'string') throw new UsageError('--coders is needed: two coder names separated by a comma.');
      const names = coders.split(',').map((n) => n.trim()).filter((n) => n.length > 0);
      if (names.length !== 2) throw new UsageError(`--coders needs exactly two coder names separated by a comma, not "${coders}".`);
      const unit = args.flags.get('unit') ?? 'character';
      if (typeof unit !== 'string' || !(AGREEMENT_UNITS as readonly string[]).includes(unit)) {
        throw new UsageError(`--unit must be one of ${AGREEMENT_UNITS.join(', ')}, not "${String(unit)}".`);
      }
      const bundle = await readProjectFile(file);
      const first = coderNamed(bundle, names[0]!, file);
      const second = coderNamed(bundle, names[1]!, file);
      if (first.id === second.id) throw new UsageError(`--coders names the same coder twice ("${first.name}"); agreement needs two coders.`);
      const result = codingAgreement(agreementInputOf(bundle), first.id, second.id, unit as AgreementUnit);
      if (args.flags.has('json')) return JSON.stringify(jsonRows(result), null, 2);
      return textTable(result, { a: first.name, b: second.name });
    },
  },
};
