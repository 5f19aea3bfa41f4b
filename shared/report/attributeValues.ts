/**
 * The values of one attribute among the participants a report counts, as labels in display
 * order: a category attribute's categories in their order, then anything else sorted.
 */
import type { Attribute, AttributeValue, Participant } from '../model';

/** A value as printed: text trimmed, numbers in digits, booleans "Yes"/"No"; null for no value. */
export function attributeValueLabel(value: AttributeValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** The participant's value of the attribute as a label, or null when none is recorded. */
export function participantValue(participant: Pick<Participant, 'attributes'>, attributeId: string): string | null {
  return attributeValueLabel(participant.attributes[attributeId]);
}

/**
 * The labels the participants hold, in display order: the attribute's categories (those held),
 * then other values sorted naturally ("2" before "10"). With `allCategories`, every category
 * is listed whether or not anyone holds it.
 */
export function orderedValues(
  attribute: Pick<Attribute, 'categories'>, participants: readonly Pick<Participant, 'attributes'>[], attributeId: string,
  allCategories = false,
): string[] {
  const held = new Set<string>();
  for (const p of participants) {
    const label = participantValue(p, attributeId);
    if (label !== null) held.add(label);
  }
  const categories = attribute.categories.filter((c) => allCategories || held.has(c));
  const others = [...held].filter((v) => !attribute.categories.includes(v))
    .sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
  return [...categories, ...others];
}
