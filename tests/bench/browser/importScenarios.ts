/**
 * Importing documents in the page (issue 3): parseFile of one long .docx and of a batch of 200,
 * as the import preview will call it. Storing the parsed sources is not timed: the import screen
 * that stores them is not built yet (figure cr.storeImport).
 */
import { parseFile } from '../../../shared/import';
import { sample, type Outcome } from '../stats';
import type { ScenarioParams } from './api';
import { filesOf } from './session';

/** Files loaded under "import": the long document first, then the batch. */
async function parseDocuments({ key, runs }: ScenarioParams): Promise<Outcome> {
  const [long, ...batch] = filesOf(key);
  if (!long) throw new Error('No documents loaded.');
  let characters = 0;
  const one = await sample(async () => {
    const parsed = await parseFile(long, 'focus-group-600k.docx');
    characters = parsed.kind === 'document' ? parsed.text.length : 0;
  }, { runs });
  let total = 0;
  const all = await sample(async () => {
    total = 0;
    for (const [i, bytes] of batch.entries()) {
      const parsed = await parseFile(bytes, `narrative-${i + 1}.docx`);
      total += parsed.kind === 'document' ? parsed.text.length : 0;
    }
  }, { runs: Math.min(3, Math.max(1, Math.floor(runs / 2))), warmup: 0 });
  return {
    'cr.docx600k': { samples: one, note: `${characters.toLocaleString('en-GB')} characters` },
    'cr.docxBatch': { samples: all, note: `${batch.length} files, ${total.toLocaleString('en-GB')} characters in all; one after another` },
  };
}

export const IMPORT_SCENARIOS = { documents: parseDocuments };
