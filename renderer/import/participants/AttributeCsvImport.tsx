import { useMemo, useState } from 'react';
import { parseTable, type ParsedTable } from '../../../shared/import';
import type { Attribute, Participant, ProjectId } from '../../../shared/model';
import { errorText } from '../../components/Status';
import { AttributeImportError, importAttributeValues } from '../../db/repositories/participants';
import { guessKeyColumn, planAttributeImport } from '../attributeTable';
import { AttributeImportSummary } from './AttributeImportSummary';

interface Props {
  projectId: ProjectId;
  participants: readonly Participant[];
  attributes: readonly Attribute[];
}

interface Loaded {
  name: string;
  table: ParsedTable;
  keyColumn: string;
}

/**
 * Attribute values from a spreadsheet (.csv or .xlsx) with a row per participant, keyed by
 * label: a preview of what will change, unknown labels and values that do not fit, then one
 * undoable import.
 */
export function AttributeCsvImport({ projectId, participants, attributes }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const plan = useMemo(() => {
    if (!loaded) return null;
    try {
      return planAttributeImport(loaded.table, loaded.keyColumn, participants, attributes);
    } catch {
      return null;
    }
  }, [loaded, participants, attributes]);

  const choose = async (file: File | undefined) => {
    setMessage(null);
    setLoaded(null);
    if (!file) return;
    try {
      const table = await parseTable(new Uint8Array(await file.arrayBuffer()), file.name);
      setLoaded({ name: file.name, table, keyColumn: guessKeyColumn(table, participants) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  const apply = async () => {
    if (!loaded) return;
    try {
      const done = await importAttributeValues(projectId, loaded.table, loaded.keyColumn);
      const skipped = done.unknownLabels.length > 0 ? ` ${done.unknownLabels.length} rows with unknown labels were left out.` : '';
      setMessage({ kind: 'info', text: `Imported attribute values for ${done.updates.length} participants from ${loaded.name}.${skipped}` });
      setLoaded(null);
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof AttributeImportError ? error.problems.join(' ') : errorText(error) });
    }
  };

  return (
    <section aria-labelledby="attribute-import">
      <h2 id="attribute-import">Import attribute values</h2>
      <p className="muted">A spreadsheet with a row per participant: one column holds their label (P1, P2 …), the others hold attribute values. Blank cells change nothing.</p>
      <div className="field">
        <label htmlFor="attribute-file">Spreadsheet of attribute values (.csv or .xlsx)</label>
        <input id="attribute-file" type="file" accept=".csv,.tsv,.txt,.xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {loaded && (
        <div className="panel">
          <div className="field">
            <label htmlFor="attribute-key">Column with the participant labels</label>
            <select id="attribute-key" value={loaded.keyColumn} onChange={(e) => setLoaded({ ...loaded, keyColumn: e.target.value })}>
              {loaded.table.columns.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </div>
          {plan && <AttributeImportSummary plan={plan} />}
          <div className="row-actions">
            <button type="button" className="primary" onClick={() => void apply()} disabled={!plan || plan.problems.length > 0 || plan.updates.length === 0}>Import values</button>
            <button type="button" onClick={() => setLoaded(null)}>Cancel</button>
          </div>
        </div>
      )}
      <div role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message && <p className={message.kind === 'error' ? 'problems' : 'muted'}>{message.text}</p>}
      </div>
    </section>
  );
}
