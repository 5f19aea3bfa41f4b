import { useState } from 'react';
import { checkSubstitute } from '../../shared/anonymise/rewrite';
import type { ProjectId, Source, SourceId } from '../../shared/model';
import { errorText } from '../components/Status';
import {
  applyRedaction, candidatesJob, previewRedaction, type RedactionJob, type RedactionPreview,
} from '../db/repositories/redaction';
import { CandidateGroups } from './CandidateGroups';
import { plural } from './plural';
import { RedactionConfirm } from './RedactionConfirm';
import { SourceChoice } from './SourceChoice';
import { useScan } from './useScan';

interface Props {
  projectId: ProjectId;
  sources: readonly Source[];
  report: (kind: 'info' | 'error', text: string) => void;
}

/** Scan one source or all for likely identifiers, tick what to replace, and replace it. */
export function ScanPanel({ projectId, sources, report }: Props) {
  const [sourceId, setSourceId] = useState<SourceId | null>(null);
  const [pending, setPending] = useState<{ job: RedactionJob; preview: RedactionPreview } | null>(null);
  const state = useScan(projectId);
  const { scan, replacements } = state;

  const review = async () => {
    if (!scan) return;
    try {
      const checked = replacements.map((r) => {
        const value = scan.texts.get(r.sourceId)?.slice(r.start, r.end) ?? '';
        const check = checkSubstitute(r.substitute, [value]);
        if (check.problem) throw new Error(`“${value}”: ${check.problem}`);
        return { ...r, substitute: check.substitute };
      });
      const job = candidatesJob(checked, scan.texts);
      setPending({ job, preview: await previewRedaction(projectId, job) });
    } catch (error) {
      report('error', errorText(error));
    }
  };
  const apply = async () => {
    if (!pending) return;
    setPending(null);
    try {
      const outcome = await applyRedaction(projectId, pending.job);
      state.clear();
      report('info', `Replaced ${plural(outcome.inSources, 'occurrence')} in the sources and ${outcome.elsewhere} in other project text. `
        + 'Scan again to check what is left.');
    } catch (error) {
      report('error', errorText(error));
    }
  };

  return (
    <div className="scan-panel">
      <p>The scanner flags likely names, places, organisations, ages, sums of money, dates, phone numbers, e-mail addresses,
        postcodes and NHS numbers. Text already in square brackets is never flagged. Nothing changes until you replace it.</p>
      <div className="anon-row">
        <SourceChoice label="Sources to scan" sources={sources} value={sourceId} onChange={setSourceId} />
        <button type="button" className="primary" onClick={() => void state.run(sourceId)} disabled={state.isScanning}>
          {state.isScanning ? 'Scanning…' : 'Scan'}
        </button>
      </div>
      <p role="status" className="anon-summary">
        {scan && (scan.candidates.length === 0 ? `Nothing flagged in ${plural(scan.sources, 'source')}.`
          : `${plural(scan.candidates.length, 'possible identifier')} in ${plural(scan.sources, 'source')}; ${replacements.length} ticked.`)}
      </p>
      {scan && scan.candidates.length > 0 && (
        <>
          <CandidateGroups groups={scan.groups} texts={scan.texts} valueChoice={state.valueChoice} setValue={state.setValue}
            occurrences={state.occurrences} setOccurrence={state.setOccurrence} />
          <div className="anon-actions">
            <button type="button" className="primary" disabled={replacements.length === 0} onClick={() => void review()}>
              Replace {plural(replacements.length, 'ticked occurrence')}…
            </button>
          </div>
        </>
      )}
      {pending && (
        <RedactionConfirm what="the ticked words with their substitutes" preview={pending.preview}
          onConfirm={() => void apply()} onCancel={() => setPending(null)} />
      )}
    </div>
  );
}
