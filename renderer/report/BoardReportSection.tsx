/**
 * The board report (issue 5, item 7): a Word document on the Health and Wellbeing Board or the
 * Policy and Performance Board template, with its numbered summary, recommendations (from
 * recommendation memos on themes), generated methods paragraph, participants and findings
 * tables, the chosen quotes and the framework summaries as an appendix. The header fields are
 * kept per project (settings), so the officer types them once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { boardReportDocx } from '../../shared/export/docx';
import { boardReport } from '../../shared/report/boardReport';
import { methodsParagraph } from '../../shared/report/methods';
import { BOARD_TEMPLATES, type BoardReportDetails, type BoardTemplate } from '../../shared/report/types';
import type { ProjectBundle } from '../../shared/model';
import { getSetting, setSetting } from '../db/repositories/settings';
import { ExportControls } from './ExportControls';
import { findingsColumnChoices } from './FindingsSection';

const TEMPLATE_LABELS: Record<BoardTemplate, string> = {
  hwb: 'Health and Wellbeing Board',
  ppb: 'Policy and Performance Board',
};

const EMPTY: BoardReportDetails = { meeting: '', date: '', title: '', officer: '', contact: '', portfolio: '', wards: '' };

const FIELDS: { key: keyof BoardReportDetails; label: string; type?: string; only?: BoardTemplate }[] = [
  { key: 'meeting', label: 'Meeting (committee)' },
  { key: 'date', label: 'Date of the meeting', type: 'date' },
  { key: 'title', label: 'Title of the report' },
  { key: 'officer', label: 'Responsible or reporting officer' },
  { key: 'contact', label: 'Contact (e-mail or telephone)', only: 'hwb' },
  { key: 'portfolio', label: 'Portfolio (Cabinet Member)' },
  { key: 'wards', label: 'Ward(s)', only: 'ppb' },
];

interface Saved {
  template: BoardTemplate;
  details: BoardReportDetails;
}

const settingKey = (projectId: string) => `boardReport:${projectId}`;

export function BoardReportSection({ bundle }: { bundle: ProjectBundle }) {
  const projectId = bundle.project.id;
  const saved = useLiveQuery(async () => (await getSetting<Saved>(settingKey(projectId))) ?? null, [projectId]);
  if (saved === undefined) return null;
  return <BoardReportForm key={projectId} bundle={bundle} saved={saved} />;
}

function BoardReportForm({ bundle, saved }: { bundle: ProjectBundle; saved: Saved | null }) {
  const [template, setTemplate] = useState<BoardTemplate>(saved?.template ?? 'hwb');
  const [details, setDetails] = useState<BoardReportDetails>({ ...EMPTY, title: bundle.project.name, ...saved?.details });
  const columnChoices = useMemo(() => findingsColumnChoices(bundle), [bundle]);
  const [columnsValue, setColumnsValue] = useState('');
  const attributes = bundle.attributes.filter((a) => a.type === 'category');
  const [attributeId, setAttributeId] = useState<string>(
    attributes.find((a) => /organi[sz]ation/i.test(a.name))?.id ?? attributes[0]?.id ?? '');
  const columns = columnChoices.find((c) => c.value === columnsValue) ?? columnChoices[0];
  const remember = (next: Saved) => void setSetting(settingKey(bundle.project.id), next);
  const change = (key: keyof BoardReportDetails, value: string) => {
    const next = { ...details, [key]: value };
    setDetails(next);
    remember({ template, details: next });
  };
  const make = async () => {
    const report = boardReport(bundle, template, details, {
      findingsColumns: columns?.columns ?? { kind: 'level', level: 2 },
      participantsAttributeId: attributeId || null,
    });
    return boardReportDocx(report);
  };
  const recommendations = bundle.memos.filter((m) => m.kind === 'recommendation').length;
  const summaries = bundle.memos.filter((m) => m.kind === 'summary').length;

  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">Board report</h2>
      <p className="small muted">A Word document in the council's committee template, ready to edit: real headings and tables.</p>
      <fieldset className="template-choice">
        <legend>Template</legend>
        {BOARD_TEMPLATES.map((t) => (
          <label key={t}><input type="radio" name="board-template" value={t} checked={template === t}
            onChange={() => { setTemplate(t); remember({ template: t, details }); }} /> {TEMPLATE_LABELS[t]}</label>
        ))}
      </fieldset>
      <div className="form-grid">
        {FIELDS.filter((f) => !f.only || f.only === template).map((f) => (
          <label key={f.key}>{f.label}
            <input type={f.type ?? 'text'} value={details[f.key]} onChange={(e) => change(f.key, e.target.value)} />
          </label>
        ))}
        <label>Findings table columns <select value={columns?.value ?? ''} onChange={(e) => setColumnsValue(e.target.value)}>
          {columnChoices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select></label>
        <label>Participants table by <select value={attributeId} onChange={(e) => setAttributeId(e.target.value)}>
          <option value="">No participants table</option>
          {attributes.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select></label>
      </div>
      <h3>What goes in</h3>
      <ul className="small">
        <li>Methods: {methodsParagraph(bundle)}</li>
        <li>{recommendations} {recommendations === 1 ? 'recommendation' : 'recommendations'} (memos of kind “Recommendation” on themes)</li>
        <li>{bundle.quotes.length} chosen {bundle.quotes.length === 1 ? 'quote' : 'quotes'}</li>
        <li>{summaries} framework {summaries === 1 ? 'summary' : 'summaries'} for the appendix</li>
      </ul>
      <ExportControls projectName={bundle.project.name} what="board report" formats={['docx'] as const} make={make} />
    </section>
  );
}
