import type { Attribute, AttributeValue } from '../../../shared/model';

interface Props {
  attribute: Attribute;
  value: AttributeValue | undefined;
  /** Whose value it is, for the accessible name: "Group of P2". */
  owner: string;
  onChange: (value: AttributeValue) => void;
}

/** One attribute value, with the input its type calls for. */
export function ValueInput({ attribute, value, owner, onChange }: Props) {
  const label = `${attribute.name} of ${owner}`;
  switch (attribute.type) {
    case 'boolean':
      return <input type="checkbox" checked={value === true} aria-label={label} onChange={(e) => onChange(e.target.checked)} />;
    case 'category':
      return (
        <select className="value-input" value={typeof value === 'string' ? value : ''} aria-label={label} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">—</option>
          {typeof value === 'string' && value !== '' && !attribute.categories.includes(value) && <option value={value}>{value}</option>}
          {attribute.categories.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      );
    case 'number':
      return (
        <input type="number" className="value-input" value={typeof value === 'number' ? value : ''} aria-label={label} step="any"
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} />
      );
    case 'date':
      return <input type="date" className="value-input" value={typeof value === 'string' ? value : ''} aria-label={label} onChange={(e) => onChange(e.target.value || null)} />;
    case 'text':
      return <input className="value-input" value={value === null || value === undefined ? '' : String(value)} aria-label={label} onChange={(e) => onChange(e.target.value)} />;
  }
}
