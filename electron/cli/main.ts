/**
 * Storyloom's command line: the same core as the app, headless, over project files.
 * It never touches the app's database. `--json` prints machine-readable output; bad input
 * exits non-zero with one line saying what is wrong.
 */
import { formatInspectReport, inspectBundle } from '../../shared/project/inspect';
import { writeQdpx } from '../../shared/qdpx/writeQdpx';
import { parseArgs, UsageError } from './args';
import { AGREEMENT_COMMANDS } from './commands/agreement';
import { FINDINGS_COMMANDS } from './commands/findings';
import { IMPORT_USAGE, runImport } from './commands/import';
import { PROJECT_FILE_COMMANDS } from './commands/projectFiles';
import { REVIEW_COMMANDS } from './commands/review';
import { loadSample, readProjectFile, writeFileWhole } from './files';

interface Command {
  usage: string;
  summary: string;
  run(argv: string[]): Promise<string>;
}

const COMMANDS: Record<string, Command> = {
  sample: {
    usage: 'sample --out FILE.qdpx',
    summary: 'Write the sample project (a fictional carers study) as a project file.',
    async run(argv) {
      const { flags, positionals } = parseArgs(argv, { values: ['out'], switches: ['json'] });
      const out = flags.get('out');
      if (typeof out !== 'string') throw new UsageError('sample needs --out FILE.qdpx.');
      if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
      const bundle = await loadSample();
      await writeFileWhole(out, await writeQdpx(bundle));
      return flags.has('json') ? JSON.stringify({ out, sources: bundle.sources.length, codings: bundle.codings.length })
        : `Wrote ${out}: ${bundle.sources.length} sources, ${bundle.participants.length} participants, ${bundle.codings.length} codings.`;
    },
  },
  import: { usage: IMPORT_USAGE, summary: 'Import transcripts and narratives into a project file (created if missing).', run: runImport },
  inspect: {
    usage: 'inspect FILE.qdpx [--json]',
    summary: 'Show a project file\'s sources, turns, participants and codes.',
    async run(argv) {
      const { flags, positionals } = parseArgs(argv, { values: [], switches: ['json'] });
      const [file, extra] = positionals;
      if (!file) throw new UsageError('inspect needs a project file.');
      if (extra) throw new UsageError(`Unexpected argument ${extra}.`);
      const report = inspectBundle(await readProjectFile(file));
      return flags.has('json') ? JSON.stringify(report, null, 2) : formatInspectReport(report);
    },
  },
  ...FINDINGS_COMMANDS,
  ...PROJECT_FILE_COMMANDS,
  ...AGREEMENT_COMMANDS,
  ...REVIEW_COMMANDS,
};

export function helpText(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  return [
    'Storyloom command line: works on project files (.qdpx), never on the app\'s own database.',
    '',
    'Usage: npm run -s cli -- <command> [options]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --json     print machine-readable JSON',
    '  --help     show this help',
  ].join('\n');
}

/** Runs one command line; returns the exit code. Output goes through the given writers. */
export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help' || rest.includes('--help')) {
    out(helpText());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`Unknown command "${name}". Run with --help to see the commands.`);
    return 2;
  }
  try {
    out(await command.run(rest));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    err(`${error instanceof UsageError ? `Usage: ${command.usage}. ` : ''}${message.split('\n')[0]}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
