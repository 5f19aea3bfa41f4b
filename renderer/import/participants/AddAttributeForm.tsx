import { useState, type FormEvent } from 'react';
import { ATTRIBUTE_TYPES, type AttributeType, type ProjectId } from '../../../shared/model';
import { errorText } from '../../components/Status';
import { addAttribute } from '../../db/repositories/participants';

const TYPE_NAMES: Record<AttributeType, string> = {
  text: 'Text', number: 'Number', boolean: 'Yes or no', date: 'Date', category: 'Category (a fixed list)',
};

/** Adds an attribute: its name, type and, for a category, the values it may take. */
export function AddAttributeForm({ projectId }: { projectId: ProjectId }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const [categories, setCategories] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await addAttribute(projectId, { name, type, categories: categories.split(/[\n,]/) });
      setMessage({ kind: 'info', text: `Added the attribute "${name.trim()}".` });
      setName('');
      setCategories('');
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <section aria-labelledby="add-attribute">
      <h2 id="add-attribute">Add an attribute</h2>
      <form className="form-row" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="attribute-name">Name</label>
          <input id="attribute-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="attribute-type">Type</label>
          <select id="attribute-type" value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
            {ATTRIBUTE_TYPES.map((t) => <option key={t} value={t}>{TYPE_NAMES[t]}</option>)}
          </select>
        </div>
        {type === 'category' && (
          <div className="field">
            <label htmlFor="attribute-categories">Categories, separated by commas</label>
            <input id="attribute-categories" value={categories} onChange={(e) => setCategories(e.target.value)} placeholder="Carer, HSC professional" />
          </div>
        )}
        <button type="submit">Add attribute</button>
      </form>
      <div role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message && <p className={message.kind === 'error' ? 'problems' : 'muted'}>{message.text}</p>}
      </div>
    </section>
  );
}
