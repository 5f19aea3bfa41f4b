/**
 * The findings commands (issue 5, item 8): matrix, findings, quotes, codebook, report. Each reads
 * a project file and runs the same core functions as the app's Review and Report screens. Text
 * formats print to standard output unless --out is given; Word and Excel need --out.
 */
import { themeMatrix, matrixGrid, MATRIX_MEASURES, parseMatrixColumns, parseMatrixRows, type MatrixMeasure } from '../../../shared/analysis/matrix';
import { gridToCsv, tableToCsv } from '../../../shared/export/csv';
import { boardReportDocx, codebookDocx, quoteReportDocx, tablesToDocx } from '../../../shared/export/docx';
import { quoteReportHtml } from '../../../shared/export/html';
import { gridToMarkdown, quoteReportMarkdown, tableToMarkdown } from '../../../shared/export/markdown';
import { tablesToXlsx } from '../../../shared/export/xlsx';
import type { ProjectBundle } from '../../../shared/model';
import { writeQdc } from '../../../shared/qdpx/writeQdc';
import { boardReport } from '../../../shared/report/boardReport';
import { codebook, codebookTable } from '../../../shared/report/codebook';
import { findingsReportTables, findingsTable, parseFindingsColumns } from '../../../shared/report/findingsTable';
import { quoteReport } from '../../../shared/report/quoteReport';
import { BOARD_TEMPLATES, type BoardTemplate } from '../../../shared/report/types';
import { parseArgs, UsageError, type ParsedArgs } from '../args';
import { readProjectFile, writeFileWhole } from '../files';

export interface CliCommand {
  usage: string;
  summary: string;
  run(argv: string[]): Promise<string>;
}

const encoder = new TextEncoder();

/** The one project file a command works on. */
async function projectOf({ positionals }: ParsedArgs, command: string): Promise<ProjectBundle> {
  const [file, extra] = positionals;
  if (!file) throw new UsageError(`${command} needs a project file.`);
  if (extra) throw new UsageError(`Unexpected argument ${extra}.`);
  return readProjectFile(file);
}

function choice<T extends string>(args: ParsedArgs, flag: string, allowed: readonly T[], fallback?: T): T {
  const value = args.flags.get(flag) ?? fallback;
  if (value === undefined) throw new UsageError(`--${flag} is needed (${allowed.join(', ')}).`);
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
  }
  return value as T;
}

/** Writes binary or text output to --out, or returns text for standard output. */
async function deliver(args: ParsedArgs, content: string | Uint8Array, what: string): Promise<string> {
  const out = args.flags.get('out');
  if (typeof out === 'string') {
    await writeFileWhole(out, typeof content === 'string' ? encoder.encode(content) : content);
    return `Wrote ${what} to ${out}.`;
  }
  if (typeof content !== 'string') throw new UsageError(`Word and Excel output needs --out FILE.`);
  return content.replace(/\n$/, '');
}

/** A parse error from the core is a usage error: it names the option and the reason. */
function usage<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const MATRIX_USAGE = 'matrix FILE.qdpx --rows depth:N|codes --cols sources|kinds|participants|attribute:NAME|level:N --measure codings|sources|participants|characters|share --format csv|md|json [--out F]';

export const FINDINGS_COMMANDS: Record<string, CliCommand> = {
  matrix: {
    usage: MATRIX_USAGE,
    summary: 'The theme matrix: codings (or sources, participants...) per code and column.',
    async run(argv) {
      const args = parseArgs(argv, { values: ['rows', 'cols', 'measure', 'format', 'out'], switches: ['json'] });
      const bundle = await projectOf(args, 'matrix');
      const rows = usage(() => parseMatrixRows(String(args.flags.get('rows') ?? 'depth:1')));
      const columns = usage(() => parseMatrixColumns(String(args.flags.get('cols') ?? 'sources'), bundle.attributes));
      const measure = choice<MatrixMeasure>(args, 'measure', MATRIX_MEASURES, 'codings');
      const format = args.flags.has('json') ? 'json' : choice(args, 'format', ['csv', 'md', 'json'] as const, 'csv');
      const matrix = themeMatrix({
        codes: bundle.codes, codings: bundle.codings, sources: bundle.sources.map((s) => s.source),
        turnsBySource: new Map(bundle.sources.map((s) => [s.source.id, s.text.turns])),
        participants: bundle.participants, attributes: bundle.attributes,
      }, rows, columns);
      const grid = matrixGrid(matrix, measure);
      if (format === 'json') {
        const [head = [], ...body] = grid;
        const labels = head.slice(1).map(String);
        const json = {
          measure, columns: labels,
          rows: body.map((row) => ({ code: String(row[0]), values: Object.fromEntries(labels.map((l, i) => [l, row[i + 1] ?? null])) })),
          outside: matrix.outside,
        };
        return deliver(args, `${JSON.stringify(json, null, 2)}\n`, 'the matrix');
      }
      return deliver(args, format === 'csv' ? gridToCsv(grid) : gridToMarkdown(grid), 'the matrix');
    },
  },
  findings: {
    usage: 'findings FILE.qdpx --columns level:N|attribute:NAME --format md|csv|docx|xlsx [--counts] [--out F]',
    summary: 'The findings table: a row per theme, its subthemes under each perspective or group.',
    async run(argv) {
      const args = parseArgs(argv, { values: ['columns', 'format', 'out'], switches: ['counts', 'json'] });
      const bundle = await projectOf(args, 'findings');
      const columns = usage(() => parseFindingsColumns(String(args.flags.get('columns') ?? 'level:2'), bundle.attributes));
      const format = choice(args, 'format', ['md', 'csv', 'docx', 'xlsx'] as const, 'md');
      const withCounts = args.flags.has('counts');
      const tables = findingsReportTables(findingsTable(bundle, columns, { withCounts }), { withCounts });
      // Each table's Markdown ends in a line break: one more puts a blank line between tables.
      const content = format === 'md' ? tables.map((t) => tableToMarkdown(t)).join('\n')
        : format === 'csv' ? tables.map((t, i) => (i === 0 ? tableToCsv(t) : tableToCsv(t).replace(/^\uFEFF/, ''))).join('\r\n')
          : format === 'docx' ? await tablesToDocx(`${bundle.project.name}: findings`, tables) : await tablesToXlsx(tables);
      return deliver(args, content, 'the findings table');
    },
  },
  quotes: {
    usage: 'quotes FILE.qdpx --format md|html|docx [--out F]',
    summary: 'The quote report: quotes under theme and subtheme headings (every coded extract when none were chosen).',
    async run(argv) {
      const args = parseArgs(argv, { values: ['format', 'out'], switches: ['json'] });
      const bundle = await projectOf(args, 'quotes');
      const format = choice(args, 'format', ['md', 'html', 'docx'] as const, 'md');
      const sections = quoteReport(bundle, { allExtractsWhenNoQuotes: true });
      const title = `${bundle.project.name}: quotes`;
      const content = format === 'md' ? quoteReportMarkdown(title, sections)
        : format === 'html' ? quoteReportHtml(title, sections) : await quoteReportDocx(title, sections);
      return deliver(args, content, 'the quote report');
    },
  },
  codebook: {
    usage: 'codebook FILE.qdpx --format csv|docx|qdc [--out F]',
    summary: 'The codebook: names, definitions, counts and an exemplar; or the code system as REFI-QDA .qdc.',
    async run(argv) {
      const args = parseArgs(argv, { values: ['format', 'out'], switches: ['json'] });
      const bundle = await projectOf(args, 'codebook');
      const format = choice(args, 'format', ['csv', 'docx', 'qdc'] as const, 'csv');
      if (bundle.codes.length === 0) throw new Error(`${args.positionals[0]}: the project has no codes.`);
      const entries = codebook(bundle);
      const content = format === 'csv' ? tableToCsv(codebookTable(entries))
        : format === 'qdc' ? writeQdc(bundle.codes) : await codebookDocx(`${bundle.project.name}: codebook`, entries);
      return deliver(args, content, 'the codebook');
    },
  },
  report: {
    usage: 'report FILE.qdpx --template hwb|ppb --out F.docx [--columns level:N|attribute:NAME] [--participants-by NAME]',
    summary: 'The board report in Word, on the Health and Wellbeing Board (hwb) or Policy and Performance Board (ppb) template.',
    async run(argv) {
      const args = parseArgs(argv, { values: ['template', 'out', 'columns', 'participants-by'], switches: ['json'] });
      if (typeof args.flags.get('out') !== 'string') throw new UsageError('report needs --out FILE.docx.');
      const bundle = await projectOf(args, 'report');
      const template = choice<BoardTemplate>(args, 'template', BOARD_TEMPLATES);
      const columns = usage(() => parseFindingsColumns(String(args.flags.get('columns') ?? 'level:2'), bundle.attributes));
      const by = args.flags.get('participants-by');
      const attribute = typeof by === 'string'
        ? bundle.attributes.find((a) => a.name.toLowerCase() === by.toLowerCase())
        : bundle.attributes.find((a) => /organi[sz]ation/i.test(a.name)) ?? bundle.attributes.find((a) => a.type === 'category');
      if (typeof by === 'string' && !attribute) {
        throw new UsageError(`--participants-by: no attribute "${by}" (the project has ${bundle.attributes.map((a) => a.name).join(', ') || 'none'}).`);
      }
      const report = boardReport(bundle, template, {
        meeting: '', date: '', title: bundle.project.name, officer: '', contact: '', portfolio: '', wards: '',
      }, { findingsColumns: columns, participantsAttributeId: attribute?.id ?? null });
      return deliver(args, await boardReportDocx(report), `the ${template === 'hwb' ? 'Health and Wellbeing Board' : 'Policy and Performance Board'} report`);
    },
  },
};
