/**
 * Partner review from the command line (issue 7, item 5): `review-pack` writes the review pack
 * of a project file (the same core as the Partner review tab), `review-import` reads partners'
 * response files into a copy of the project. Every response is checked before anything is
 * written: one that cannot be imported stops the command with `FILE: reason`, and --out is not
 * touched.
 */
import { readFile } from 'node:fs/promises';
import { asId, newGuid, type HistoryEvent, type ProjectBundle, type QuoteId } from '../../../shared/model';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import { buildReviewPack } from '../../../shared/review/pack';
import { describeOutcome, planReviewImport, type ResponseFile } from '../../../shared/review/response';
import { nextRound } from '../../../shared/review/summary';
import { parseArgs, UsageError, type ParsedArgs } from '../args';
import { readProjectFile, writeFileWhole } from '../files';
import type { CliCommand } from './findings';

const PACK_USAGE = 'review-pack FILE.qdpx --out PACK.html [--round N] [--include-flagged QUOTE_ID,...] [--json]';
const IMPORT_USAGE = 'review-import FILE.qdpx RESPONSE.json... --out OUT.qdpx [--json]';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function outOf(args: ParsedArgs, command: string, what: string): string {
  const out = args.flags.get('out');
  if (typeof out !== 'string') throw new UsageError(`${command} needs --out ${what}.`);
  return out;
}

function roundOf(args: ParsedArgs, bundle: ProjectBundle): number {
  const value = args.flags.get('round');
  if (value === undefined) return nextRound(bundle.reviews);
  const round = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(round) || round < 1) {
    throw new UsageError(`--round must be a whole number from 1, not "${String(value)}".`);
  }
  return round;
}

async function readResponse(path: string): Promise<ResponseFile> {
  try {
    return { name: path, content: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw new Error(`${path}: ${reason}.`, { cause: error });
  }
}

export const REVIEW_COMMANDS: Record<string, CliCommand> = {
  'review-pack': {
    usage: PACK_USAGE,
    summary: 'The review pack for co-production partners: one self-contained web page to answer and send back.',
    async run(argv) {
      const args = parseArgs(argv, { values: ['out', 'round', 'include-flagged'], switches: ['json'] });
      const [file, extra] = args.positionals;
      if (!file) throw new UsageError('review-pack needs a project file.');
      if (extra) throw new UsageError(`Unexpected argument ${extra}.`);
      const out = outOf(args, 'review-pack', 'PACK.html');
      const bundle = await readProjectFile(file);
      const round = roundOf(args, bundle);
      const flag = args.flags.get('include-flagged');
      const includeFlagged = typeof flag === 'string' ? flag.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) : [];
      const quoteIds = new Set<string>(bundle.quotes.map((q) => q.id));
      const unknown = includeFlagged.find((id) => !quoteIds.has(id));
      if (unknown) throw new UsageError(`--include-flagged: the project has no quote ${unknown}.`);
      const pack = buildReviewPack(bundle, { round, includeFlagged: includeFlagged.map((id) => asId<QuoteId>(id)) });
      await writeFileWhole(out, new TextEncoder().encode(pack.html));
      if (args.flags.has('json')) {
        return JSON.stringify({
          out, round, packId: pack.packId, themes: pack.themes.length, quotes: pack.included.length,
          leftOut: pack.leftOut.map((q) => ({ quoteId: q.quoteId, attribution: q.attribution, reason: q.reason })),
        }, null, 2);
      }
      const lines = [`Wrote the review pack (round ${round}: ${plural(pack.themes.length, 'theme', 'themes')}, ${plural(pack.included.length, 'quote', 'quotes')}) to ${out}.`];
      if (pack.leftOut.length > 0) {
        lines.push(`Left out ${plural(pack.leftOut.length, 'quote', 'quotes')} (keep a flagged one with --include-flagged ID):`);
        lines.push(...pack.leftOut.map((q) => `  ${q.quoteId} ${q.attribution} "${short(q.text)}": ${q.reason}`));
      }
      return lines.join('\n');
    },
  },
  'review-import': {
    usage: IMPORT_USAGE,
    summary: 'Add partners\' review responses to a project file, written as a new project file.',
    async run(argv) {
      const args = parseArgs(argv, { values: ['out'], switches: ['json'] });
      const [file, ...responses] = args.positionals;
      if (!file) throw new UsageError('review-import needs a project file.');
      if (responses.length === 0) throw new UsageError('review-import needs at least one response file.');
      const out = outOf(args, 'review-import', 'OUT.qdpx');
      const bundle = await readProjectFile(file);
      const files: ResponseFile[] = [];
      for (const path of responses) files.push(await readResponse(path));
      const plan = planReviewImport(files, { project: bundle.project, codes: bundle.codes, reviews: bundle.reviews });
      if (!plan.ok) throw new Error(plan.errors.map((e) => e.message).join('\n'));
      const partners = [...new Set(plan.files.filter((f) => f.added > 0).map((f) => f.reviewer))];
      const history: HistoryEvent[] = plan.reviews.length === 0 ? [] : [{
        id: newGuid(), projectId: bundle.project.id, at: new Date().toISOString(), coderId: bundle.project.currentCoderId,
        action: 'reviews:import', summary: `Imported partner review from ${partners.join(', ')} on the command line`,
        undo: null, redo: null, isUndone: false,
      }];
      const next: ProjectBundle = { ...bundle, reviews: [...bundle.reviews, ...plan.reviews], history: [...bundle.history, ...history] };
      await writeFileWhole(out, await writeQdpx(next));
      if (args.flags.has('json')) return JSON.stringify({ out, added: plan.reviews.length, files: plan.files }, null, 2);
      return [
        `Wrote ${out}: ${plural(plan.reviews.length, 'answer', 'answers')} added from ${plural(files.length, 'response', 'responses')}.`,
        ...plan.files.map((f) => `  ${describeOutcome(f)}`),
      ].join('\n');
    },
  },
};
