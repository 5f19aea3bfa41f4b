/**
 * Importing a codebook: its new codes are added to the project's tree in one undoable action
 * (one history event; undo removes them all). The plan is made again inside the transaction,
 * against the codes as they are then, so a tree edited since the preview is never overwritten:
 * codes matched by path are kept as they are, only the missing ones are added.
 */
import { planCodebookImport, type CodebookPlan, type ParsedCodebook } from '../../../shared/codebook';
import type { ProjectId } from '../../../shared/model';
import { runAction, type RowChange } from '../changes';
import { db } from '../database';

export interface CodebookImportResult {
  /** What was done: the plan made inside the transaction. */
  plan: CodebookPlan;
  /** False when every code was already in the project (nothing was written, nothing to undo). */
  isRecorded: boolean;
}

function shownName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

export async function importCodebook(projectId: ProjectId, parsed: ParsedCodebook): Promise<CodebookImportResult> {
  const planned: { plan?: CodebookPlan } = {};
  const summary = (changes: RowChange[]) =>
    `Imported ${changes.length} code${changes.length === 1 ? '' : 's'} from "${shownName(parsed.fileName)}"`;
  const event = await runAction(projectId, 'codebook:import', summary, async () => {
    const codes = await db().codes.where('projectId').equals(projectId).toArray();
    const made = planCodebookImport(codes, parsed, { projectId, now: new Date().toISOString() });
    planned.plan = made;
    return made.toAdd.map(({ code }): RowChange => ({ table: 'codes', key: [projectId, code.id], before: null, after: code }));
  });
  if (!planned.plan) throw new Error('The codebook could not be planned.');
  return { plan: planned.plan, isRecorded: event !== null };
}
