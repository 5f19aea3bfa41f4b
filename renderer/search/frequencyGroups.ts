/**
 * Shaping word-frequency groups for the screen: the whole project as one table (the shared core
 * groups by source or by participant only), which groups to show, and what to call them.
 */
import { asId, type Attribute, type AttributeId, type Participant, type ParticipantId } from '../../shared/model';
import {
  NO_VALUE, UNATTRIBUTED, type FrequencyGroup, type FrequencyGrouping, type WordFrequency,
} from '../../shared/search/frequencies';

export const WHOLE_PROJECT_KEY = 'whole-project';

/**
 * Merges per-source groups (each holding every word of one source, untruncated) into one group:
 * counts add up, `sources` is the number of sources holding the word. Sorted as wordFrequencies
 * sorts (count, then word in code-unit order), top N kept. O(w log w) over the w distinct words.
 */
export function wholeProjectFrequencies(perSource: readonly FrequencyGroup[], top: number): FrequencyGroup {
  const merged = new Map<string, WordFrequency>();
  let tokenCount = 0;
  for (const group of perSource) {
    tokenCount += group.tokenCount;
    for (const { word, count } of group.words) {
      const entry = merged.get(word);
      if (entry) {
        entry.count += count;
        entry.sources += 1;
      } else merged.set(word, { word, count, sources: 1 });
    }
  }
  const words = [...merged.values()].sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { key: WHOLE_PROJECT_KEY, label: 'Whole project', tokenCount, words: words.slice(0, Math.max(0, top)) };
}

/** How the researcher chose to group: the whole project, each source, or a participant attribute. */
export type GroupBy = { by: 'project' } | { by: 'source' } | { by: 'attribute'; attributeId: AttributeId };

/** The core's grouping for a choice; a participant's value is its category, or null when it has none. */
export function coreGrouping(groupBy: GroupBy, participants: readonly Participant[]): FrequencyGrouping {
  if (groupBy.by !== 'attribute') return { by: 'source' };
  const groupOf = new Map<ParticipantId, string | null>();
  for (const participant of participants) {
    const value = participant.attributes[groupBy.attributeId];
    groupOf.set(participant.id, value === null || value === undefined ? null : String(value));
  }
  return { by: 'participant', groupOf };
}

/** Attributes worth grouping by: the category ones (Group: Carer / HSC professional). */
export const groupingAttributes = (attributes: readonly Attribute[]) => attributes.filter((a) => a.type === 'category');

/**
 * The groups to show: those with words in them (the core also reports the empty stretches between
 * turns as an Unattributed group of no words), named for a reader rather than by key.
 */
export function visibleGroups(groups: readonly FrequencyGroup[], attributeName: string | null): FrequencyGroup[] {
  return groups.filter((g) => g.tokenCount > 0).map((g) => {
    if (attributeName === null) return g;
    if (g.key === UNATTRIBUTED) return { ...g, label: 'No participant (narratives, unattributed text)' };
    if (g.key === NO_VALUE) return { ...g, label: `No ${attributeName} recorded` };
    return g;
  });
}

export function parseGroupBy(value: string): GroupBy {
  if (value.startsWith('attribute:')) return { by: 'attribute', attributeId: asId<AttributeId>(value.slice('attribute:'.length)) };
  return value === 'source' ? { by: 'source' } : { by: 'project' };
}

export function groupByValue(groupBy: GroupBy): string {
  return groupBy.by === 'attribute' ? `attribute:${groupBy.attributeId}` : groupBy.by;
}
