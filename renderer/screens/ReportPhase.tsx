/**
 * Phase 6, producing the report: curate quotes, then export what the board reads: the findings
 * table, the quote report, the participants table, the codebook and the board report in Word.
 */
import { useState } from 'react';
import type { ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { Tabs } from '../components/Tabs';
import { QuotesPanel } from '../quotes/QuotesPanel';
import { BoardReportSection } from '../report/BoardReportSection';
import { CodebookSection } from '../report/CodebookSection';
import { FindingsSection } from '../report/FindingsSection';
import { ParticipantsSection } from '../report/ParticipantsSection';
import { QuoteReportSection } from '../report/QuoteReportSection';
import { useBundle } from '../report/useBundle';
import { PhaseScreen } from './PhaseScreen';

type ReportTab = 'quotes' | 'findings' | 'quoteReport' | 'participants' | 'codebook' | 'board';

export function ReportPhase({ projectId }: { projectId: ProjectId }) {
  const [tab, setTab] = useState<ReportTab>('quotes');
  const bundle = useBundle(projectId);
  const needBundle = (panel: (b: NonNullable<typeof bundle>) => React.ReactNode) => (bundle ? panel(bundle) : <Loading what="the project" />);
  return (
    <PhaseScreen projectId={projectId} phase="report">
      <Tabs className="phase" label="Report tools" selected={tab} onSelect={setTab} tabs={[
        { key: 'quotes', label: 'Quotes', panel: <QuotesPanel projectId={projectId} /> },
        { key: 'findings', label: 'Findings table', panel: needBundle((b) => <FindingsSection bundle={b} />) },
        { key: 'quoteReport', label: 'Quote report', panel: needBundle((b) => <QuoteReportSection bundle={b} />) },
        { key: 'participants', label: 'Participants table', panel: needBundle((b) => <ParticipantsSection bundle={b} />) },
        { key: 'codebook', label: 'Codebook', panel: needBundle((b) => <CodebookSection bundle={b} />) },
        { key: 'board', label: 'Board report', panel: needBundle((b) => <BoardReportSection bundle={b} />) },
      ]} />
    </PhaseScreen>
  );
}
