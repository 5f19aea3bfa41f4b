/**
 * The participants table of the board report (DOMAIN.md "The study": "Participants by
 * organisation: Local authority 14, NHS 4, Charities 3, Dementia training 1").
 */
import type { ProjectBundle } from '../model';
import { isCountedParticipant } from '../quotes/attribution';
import { orderedValues, participantValue } from './attributeValues';
import type { ReportTable } from './types';

export const NOT_RECORDED = 'Not recorded';

/**
 * columns [attribute.name, 'Number of participants']; a row per value held (category order, then
 * other values sorted; a category nobody holds is left out), 'Not recorded' for participants with
 * no value (only when there are any), and a final 'Total' row. Only role 'participant', not
 * withdrawn. Title "Participants by <attribute name lower-cased>". Throws for an unknown attribute.
 */
export function participantsTable(bundle: ProjectBundle, attributeId: string): ReportTable {
  const attribute = bundle.attributes.find((a) => a.id === attributeId);
  if (!attribute) throw new Error(`Participants table: the project has no attribute with id ${attributeId}.`);
  const counted = bundle.participants.filter(isCountedParticipant);
  const tally = new Map<string, number>();
  let missing = 0;
  for (const participant of counted) {
    const value = participantValue(participant, attribute.id);
    if (value === null) missing += 1;
    else tally.set(value, (tally.get(value) ?? 0) + 1);
  }
  const rows: (readonly [string, number])[] = orderedValues(attribute, counted, attribute.id).map((v) => [v, tally.get(v) ?? 0]);
  if (missing > 0) rows.push([NOT_RECORDED, missing]);
  rows.push(['Total', counted.length]);
  return {
    title: `Participants by ${attribute.name.trim().toLowerCase()}`,
    columns: [attribute.name, 'Number of participants'],
    rows,
    note: '',
  };
}
