import type { AttributeImportPlan } from '../attributeTable';

const TYPE_WORDS = { text: 'text', number: 'number', boolean: 'yes or no', date: 'date', category: 'category' } as const;

/** What an attribute import would do: who is updated, which columns are new, what does not fit. */
export function AttributeImportSummary({ plan }: { plan: AttributeImportPlan }) {
  const added = plan.columns.filter((c) => !c.attribute);
  return (
    <div className="attribute-import-summary">
      <p>
        {plan.updates.length} {plan.updates.length === 1 ? 'participant matches' : 'participants match'}
        {plan.updates.length > 0 && `: ${plan.updates.map((u) => u.participant.label).join(', ')}`}.
      </p>
      {added.length > 0 && (
        <p>New attributes: {added.map((c) => `${c.column} (${TYPE_WORDS[c.type]}${c.categories.length > 0 ? `: ${c.categories.join(', ')}` : ''})`).join('; ')}.</p>
      )}
      {plan.unknownLabels.length > 0 && (
        <p className="result-duplicate">
          No participant has these labels, so their rows will be left out (add the participants first if they belong here):{' '}
          {plan.unknownLabels.map((u) => `${u.label} (row ${u.row})`).join(', ')}.
        </p>
      )}
      {plan.problems.length > 0 && (
        <div className="problems" role="alert">
          <p>Nothing can be imported until these values are corrected in the file:</p>
          <ul>{plan.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
