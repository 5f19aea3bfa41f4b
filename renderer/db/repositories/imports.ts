/**
 * Importing sources: a whole batch (sources, their texts and turns, new participants, new
 * attributes) is one undoable change set in one transaction, so it lands whole or not at all and
 * one Undo takes it all back. The plan is checked and turned into rows by the shared core, the
 * same step the command line uses.
 */
import { planAdditions, type ImportPlan, type ProjectAdditions } from '../../../shared/import/toProject';
import type { ProjectId } from '../../../shared/model';
import { runAction, type RowChange } from '../changes';
import { backupNow } from './backups';
import { listAttributes, listParticipants } from './projectData';
import { listSources } from './sources';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Imported 3 sources (FG 3, Nar. 7, Nar. 8) and 5 new participants"; past four labels, "… and 2 more". */
export function importSummary(additions: ProjectAdditions): string {
  const labels = additions.sources.map((s) => s.source.label);
  const shown = labels.length <= 4 ? labels.join(', ') : `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more`;
  const people = additions.participants.length > 0 ? ` and ${plural(additions.participants.length, 'new participant')}` : '';
  return `Imported ${plural(labels.length, 'source')} (${shown})${people}`;
}

function rowsOf(projectId: ProjectId, additions: ProjectAdditions): RowChange[] {
  return [
    ...additions.attributes.map((a): RowChange => ({ table: 'attributes', key: key(projectId, a.id), before: null, after: a })),
    ...additions.participants.map((p): RowChange => ({ table: 'participants', key: key(projectId, p.id), before: null, after: p })),
    ...additions.sources.flatMap(({ source, text }): RowChange[] => [
      { table: 'sources', key: key(projectId, source.id), before: null, after: source },
      { table: 'sourceTexts', key: key(projectId, source.id), before: null, after: text },
    ]),
  ];
}

/**
 * Stores an import plan. Throws (and stores nothing) when the plan is empty or does not fit the
 * project as it is now: a label taken since the preview, a participant deleted meanwhile.
 */
export async function importDocuments(projectId: ProjectId, plan: ImportPlan): Promise<ProjectAdditions> {
  if (plan.documents.length === 0) throw new Error('Nothing to import: tick at least one document.');
  await backupNow(projectId, 'before import');
  let additions: ProjectAdditions = { sources: [], participants: [], attributes: [] };
  await runAction(projectId, 'sources:import', () => importSummary(additions), async () => {
    const [sources, participants, attributes] = await Promise.all([
      listSources(projectId), listParticipants(projectId), listAttributes(projectId),
    ]);
    additions = planAdditions(plan, { projectId, sources, participants, attributes });
    return rowsOf(projectId, additions);
  });
  return additions;
}
