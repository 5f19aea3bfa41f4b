/**
 * Importing documents in the page (issue 3): parseFile of one long .docx and of a batch of 200,
 * as the import preview calls it; then storing the batch as sources the way the import screen
 * does (drafts -> buildPlan -> importDocuments, one undoable transaction) into an empty project.
 */
import { contentHash, parseFile, proposeLabel, type ParsedDocument } from '../../../shared/import';
import { importDocuments } from '../../../renderer/db/repositories/imports';
import { listParticipants } from '../../../renderer/db/repositories/projectData';
import { createProject } from '../../../renderer/db/repositories/projects';
import { documentDraft } from '../../../renderer/import/batch';
import { buildPlan } from '../../../renderer/import/buildPlan';
import type { ProjectId } from '../../../shared/model';
import { sample, type Outcome } from '../stats';
import type { ScenarioParams } from './api';
import { connect, dropDatabase, filesOf } from './session';

const STORE_DB = 'storyloom-bench-store';

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
  let parsedBatch: ParsedDocument[] = [];
  const all = await sample(async () => {
    total = 0;
    parsedBatch = [];
    for (const [i, bytes] of batch.entries()) {
      const parsed = await parseFile(bytes, `narrative-${i + 1}.docx`);
      if (parsed.kind === 'document') {
        total += parsed.text.length;
        parsedBatch.push(parsed);
      }
    }
  }, { runs: Math.min(3, Math.max(1, Math.floor(runs / 2))), warmup: 0 });
  const stored = await storeDocuments(parsedBatch, runs);
  return {
    'cr.docx600k': { samples: one, note: `${characters.toLocaleString('en-GB')} characters` },
    'cr.docxBatch': { samples: all, note: `${batch.length} files, ${total.toLocaleString('en-GB')} characters in all; one after another` },
    'cr.storeImport': { samples: stored, note: `${parsedBatch.length} parsed documents: hashes, drafts, plan and one transaction, into an empty project` },
  };
}

/** What the import screen does after the preview: hash, draft, plan, store (importDocuments). */
async function storeDocuments(parsed: readonly ParsedDocument[], runs: number): Promise<number[]> {
  let projectId = '' as ProjectId;
  return sample(async () => {
    const participants = await listParticipants(projectId);
    const drafts = await Promise.all(parsed.map(async (doc, i) => documentDraft(i, `narrative-${i + 1}.docx`, doc, await contentHash(doc.text), participants)));
    const taken: string[] = [];
    for (const draft of drafts) { // as the screen's reducer proposes them
      draft.label = proposeLabel(draft.kind, taken);
      taken.push(draft.label);
    }
    await importDocuments(projectId, buildPlan(drafts, participants));
  }, {
    runs: Math.min(3, Math.max(1, Math.floor(runs / 2))), warmup: 0,
    before: async () => { await dropDatabase(STORE_DB); await connect(STORE_DB); projectId = await createProject('Benchmark import'); },
    after: () => dropDatabase(STORE_DB),
  });
}

export const IMPORT_SCENARIOS = { documents: parseDocuments };
