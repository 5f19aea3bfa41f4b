/**
 * The integrity check in the app (issue 6, item 4): reads the whole project, lists what is
 * damaged, grouped by kind, and explains each kind. It changes nothing.
 */
import { useState } from 'react';
import {
  checkIntegrity, integritySummary, INTEGRITY_EXPLANATIONS, INTEGRITY_KINDS, type IntegrityFinding,
} from '../../shared/integrity';
import type { ProjectId } from '../../shared/model';
import { formatDateTime, formatNumber } from '../components/format';
import { errorText } from '../components/Status';
import { loadBundle } from '../db/repositories/bundles';

interface CheckResult {
  at: string;
  findings: IntegrityFinding[];
}

function Findings({ result }: { result: CheckResult }) {
  const { findings } = result;
  if (findings.length === 0) {
    return <p><strong>No problems found.</strong> <span className="muted">Checked {formatDateTime(result.at)}.</span></p>;
  }
  const kinds = INTEGRITY_KINDS.filter((kind) => findings.some((f) => f.kind === kind));
  return (
    <>
      <p><strong>{integritySummary(findings)}</strong> <span className="muted">Checked {formatDateTime(result.at)}. Nothing was changed.</span></p>
      {kinds.map((kind) => {
        const ofKind = findings.filter((f) => f.kind === kind);
        const { title, explanation } = INTEGRITY_EXPLANATIONS[kind];
        return (
          <section key={kind} aria-labelledby={`integrity-${kind}`}>
            <h3 id={`integrity-${kind}`}>{title} ({formatNumber(ofKind.length)})</h3>
            <p className="muted">{explanation}</p>
            <ul>{ofKind.map((f, index) => <li key={`${f.id}-${index}`}>{f.message}</li>)}</ul>
          </section>
        );
      })}
    </>
  );
}

export function IntegrityPanel({ projectId }: { projectId: ProjectId }) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      const bundle = await loadBundle(projectId);
      setResult({ at: new Date().toISOString(), findings: checkIntegrity(bundle) });
    } catch (e) {
      setResult(null);
      setError(`The project could not be checked: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="integrity-heading">
      <h2 id="integrity-heading">Check the project</h2>
      <p>
        Looks for damage a crash, a hand-edited file or another tool can leave behind: codings whose code or source is
        missing, codings or speaker turns outside their text, codes that are each other's parents, two records sharing one
        GUID, quotes whose coding is gone and memos attached to something missing. It changes nothing.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void check()} disabled={isBusy}>Check the project</button>
      </div>
      <div aria-live="polite">
        {isBusy && <p>Checking…</p>}
        {error && <p className="error-text" role="alert">{error}</p>}
        {result && !isBusy && <Findings result={result} />}
      </div>
    </section>
  );
}
