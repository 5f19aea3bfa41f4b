import { useId, useState } from 'react';
import { IDENTIFIER_KINDS, KIND_LABELS, type IdentifierKind } from '../../shared/anonymise/kinds';
import { checkSubstitute } from '../../shared/anonymise/rewrite';
import type { ProjectId, Source, SourceId } from '../../shared/model';
import { errorText } from '../components/Status';
import {
  applyRedaction, previewRedaction, replaceAllJob, type RedactionJob, type RedactionPreview,
} from '../db/repositories/redaction';
import { plural } from './plural';
import { RedactionConfirm } from './RedactionConfirm';
import { SourceChoice } from './SourceChoice';

interface Props {
  projectId: ProjectId;
  sources: readonly Source[];
  report: (kind: 'info' | 'error', text: string) => void;
}

interface Form {
  find: string;
  substitute: string;
  kind: IdentifierKind;
  isWholeWord: boolean;
  isCaseSensitive: boolean;
  sourceId: SourceId | null;
}

const EMPTY: Form = { find: '', substitute: '', kind: 'name', isWholeWord: true, isCaseSensitive: true, sourceId: null };

/** "Replace all: [find] with [substitute]" in one source or all, after a preview count. */
export function ReplaceAllPanel({ projectId, sources, report }: Props) {
  const id = useId();
  const [form, setForm] = useState<Form>(EMPTY);
  const [preview, setPreview] = useState<{ job: RedactionJob; preview: RedactionPreview; substitute: string } | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setPreview(null);
    setProblem(null);
  };

  const count = async () => {
    const check = checkSubstitute(form.substitute, [form.find]);
    if (form.find.trim() === '') return setProblem('Type the words to find.');
    if (check.problem) return setProblem(check.problem);
    try {
      const job = await replaceAllJob(projectId, { ...form, find: form.find.trim(), substitute: check.substitute, sourceIds: form.sourceId ? [form.sourceId] : null });
      setPreview({ job, preview: await previewRedaction(projectId, job), substitute: check.substitute });
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  const apply = async () => {
    if (!preview) return;
    setConfirming(false);
    try {
      const outcome = await applyRedaction(projectId, preview.job);
      report('info', `Replaced “${form.find.trim()}” ${plural(outcome.inSources + outcome.elsewhere, 'time')} with ${preview.substitute}.`);
      setForm(EMPTY);
      setPreview(null);
    } catch (error) {
      report('error', errorText(error));
    }
  };
  const total = preview ? preview.preview.inSources + preview.preview.elsewhere : 0;

  return (
    <form className="replace-all" onSubmit={(e) => { e.preventDefault(); void count(); }}>
      <p>Replace every occurrence of some words, for example a name the scanner missed, with a bracketed substitute.</p>
      <div className="anon-row">
        <div className="anon-field">
          <label htmlFor={`${id}-find`}>Replace all</label>
          <input id={`${id}-find`} value={form.find} onChange={(e) => change({ find: e.target.value })} autoComplete="off" spellCheck={false} />
        </div>
        <div className="anon-field">
          <label htmlFor={`${id}-sub`}>with</label>
          <input id={`${id}-sub`} value={form.substitute} onChange={(e) => change({ substitute: e.target.value })} placeholder="[wife]" autoComplete="off" />
        </div>
        <div className="anon-field">
          <label htmlFor={`${id}-kind`}>Kind of identifier (for the log)</label>
          <select id={`${id}-kind`} value={form.kind} onChange={(e) => change({ kind: e.target.value as IdentifierKind })}>
            {IDENTIFIER_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k].one}</option>)}
          </select>
        </div>
      </div>
      <div className="anon-row">
        <SourceChoice label="In" sources={sources} value={form.sourceId} onChange={(sourceId) => change({ sourceId })} />
        <label className="check"><input type="checkbox" checked={form.isWholeWord} onChange={(e) => change({ isWholeWord: e.target.checked })} /> Whole words only</label>
        <label className="check"><input type="checkbox" checked={form.isCaseSensitive} onChange={(e) => change({ isCaseSensitive: e.target.checked })} /> Match case</label>
        <button type="submit">Preview</button>
      </div>
      <p className="error-text" role="alert">{problem}</p>
      <div role="status" className="anon-summary">
        {preview && (total === 0 ? `“${form.find.trim()}” is not in ${form.sourceId ? 'that source' : 'any source'}.` : (
          <>
            <p>{plural(preview.preview.inSources, 'occurrence')} in {plural(preview.preview.sources.length, 'source')}
              {preview.preview.sources.length > 0 && ` (${preview.preview.sources.map((s) => `${s.label}: ${s.count}`).join(', ')})`},
              and {preview.preview.elsewhere} in quotes, memos and other project text.</p>
          </>
        ))}
      </div>
      {preview && total > 0 && (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>Replace {plural(total, 'occurrence')}…</button>
      )}
      {preview && isConfirming && (
        <RedactionConfirm what={`every “${form.find.trim()}” with ${preview.substitute}`} preview={preview.preview}
          onConfirm={() => void apply()} onCancel={() => setConfirming(false)} />
      )}
    </form>
  );
}
