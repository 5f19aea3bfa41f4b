/**
 * The agreement table as the screen, the exports and the command line show it: one row per
 * code, then the pooled overall row. Percentages to 2 decimal places, kappa and alpha to 4 (as
 * NVivo reports them); a statistic that is undefined for the data is the word "undefined".
 */
import type { ReportTable } from '../report/types';
import type { AgreementResult, AgreementUnit } from './agreement';

export const UNDEFINED_TEXT = 'undefined';
export const OVERALL_LABEL = 'All codes (pooled)';

export const UNIT_LABELS: Record<AgreementUnit, { plural: string; singular: string }> = {
  character: { plural: 'characters', singular: 'character' },
  turn: { plural: 'turns', singular: 'turn' },
};

/** Rounded for output: 2 decimal places for a percentage, 4 for kappa and alpha. */
export function roundStatistic(value: number, kind: 'percent' | 'coefficient'): number {
  const scale = kind === 'percent' ? 100 : 10_000;
  const rounded = Math.round(value * scale) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A statistic as text: fixed decimals, or "undefined". */
export function formatStatistic(value: number | null, kind: 'percent' | 'coefficient'): string {
  if (value === null) return UNDEFINED_TEXT;
  return roundStatistic(value, kind).toFixed(kind === 'percent' ? 2 : 4);
}

export interface CoderNames {
  a: string;
  b: string;
}

export function agreementColumns(names: CoderNames, unit: AgreementUnit): string[] {
  const units = UNIT_LABELS[unit].plural;
  return ['Code', '% agreement', "Cohen's kappa", "Krippendorff's alpha", `${names.a}: ${units} coded`, `${names.b}: ${units} coded`, `Both: ${units} coded`];
}

/** The note under the table: what a unit is and how the overall row is made. */
export function agreementNote(result: AgreementResult): string {
  const { plural } = UNIT_LABELS[result.unit];
  const what = result.unit === 'character'
    ? `Each character of every source is a unit (${result.units} per code); a coder coded it when any of their codings of the code covers it.`
    : `Each speaker turn of every source is a unit (${result.units} per code); a coder coded it when any of the turn is coded with the code.`;
  const codes = result.overall.codes === 1 ? 'the 1 code' : `the ${result.overall.codes} codes`;
  return `${what} The overall row adds up the ${plural} of ${codes} either coder used and computes the statistics on the totals. `
    + `Kappa and alpha are undefined for a code neither coder used.`;
}

/** The table for export (CSV, XLSX): numbers as numbers, "undefined" as text. */
export function agreementTable(result: AgreementResult, names: CoderNames): ReportTable {
  const stat = (value: number | null, kind: 'percent' | 'coefficient') => (value === null ? UNDEFINED_TEXT : roundStatistic(value, kind));
  const row = (label: string, r: AgreementResult['overall'] | AgreementResult['rows'][number]) => [
    label, stat(r.percent, 'percent'), stat(r.kappa, 'coefficient'), stat(r.alpha, 'coefficient'), r.a, r.b, r.both,
  ];
  return {
    title: `Agreement between ${names.a} and ${names.b} (${UNIT_LABELS[result.unit].plural})`,
    columns: agreementColumns(names, result.unit),
    rows: [...result.rows.map((r) => row(r.path.join(' > '), r)), row(OVERALL_LABEL, result.overall)],
    note: agreementNote(result),
  };
}
