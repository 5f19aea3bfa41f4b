/**
 * Phase 4, reviewing themes: do the extracts form a pattern, does the theme work across the
 * data? Themes with their evidence, the theme matrix, co-occurrence, coverage and the framework
 * summaries, as tabs that keep their state.
 */
import { useState } from 'react';
import type { ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { Tabs } from '../components/Tabs';
import { CooccurrencePanel } from '../cooccurrence/CooccurrencePanel';
import { AgreementPanel } from '../agreement/AgreementPanel';
import { CoveragePanel } from '../coverage/CoveragePanel';
import { FrameworkPanel } from '../framework/FrameworkPanel';
import { MatrixPanel } from '../matrix/MatrixPanel';
import { PartnerReviewPanel } from '../partners/PartnerReviewPanel';
import { PhaseScreen } from './PhaseScreen';
import { useTree } from './useTree';

type ReviewTab = 'themes' | 'matrix' | 'cooccurrence' | 'coverage' | 'framework' | 'partners' | 'agreement';

function ThemesTable({ projectId }: { projectId: ProjectId }) {
  const data = useTree(projectId);
  if (!data) return <Loading what="themes" />;
  return (
    <table className="data-table">
      <caption>Themes, their status and how widely they are evidenced</caption>
      <thead><tr><th scope="col">Theme</th><th scope="col">Status</th><th scope="col" className="num">Codings</th><th scope="col" className="num">Sources</th></tr></thead>
      <tbody>
        {data.tree.map((n) => (
          <tr key={n.code.id}><th scope="row">{n.code.name}</th><td>{n.code.status}</td><td className="num">{n.totalCodings}</td><td className="num">{n.sources}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewPhase({ projectId }: { projectId: ProjectId }) {
  const [tab, setTab] = useState<ReviewTab>('matrix');
  return (
    <PhaseScreen projectId={projectId} phase="review">
      <Tabs className="phase" label="Review tools" selected={tab} onSelect={setTab} tabs={[
        { key: 'matrix', label: 'Theme matrix', panel: <MatrixPanel projectId={projectId} /> },
        { key: 'themes', label: 'Themes', panel: <ThemesTable projectId={projectId} /> },
        { key: 'cooccurrence', label: 'Co-occurrence', panel: <CooccurrencePanel projectId={projectId} /> },
        { key: 'coverage', label: 'Coverage', panel: <CoveragePanel projectId={projectId} /> },
        { key: 'framework', label: 'Framework summaries', panel: <FrameworkPanel projectId={projectId} /> },
        { key: 'partners', label: 'Partner review', panel: <PartnerReviewPanel projectId={projectId} /> },
        { key: 'agreement', label: 'Agreement', panel: <AgreementPanel projectId={projectId} /> },
      ]} />
    </PhaseScreen>
  );
}
