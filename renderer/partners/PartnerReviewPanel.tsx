/**
 * Partner review (issue 7, items 1 and 2), the "Partner review" tab of the Review phase: make a
 * review pack for co-production partners, import the response files they send back, and see,
 * per theme, what they said and how the team responded.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ProjectId } from '../../shared/model';
import { nextRound, reviewOverview } from '../../shared/review/summary';
import { Loading } from '../components/Loading';
import { listReviews } from '../db/repositories/reviews';
import { useCodes, useProject } from '../hooks/useProjectData';
import { ExportPack } from './ExportPack';
import { ImportResponses } from './ImportResponses';
import { PanelMessageView, type PanelMessage } from './PanelMessage';
import { TargetCard } from './ThemeReviews';
import './partners.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function PartnerReviewPanel({ projectId }: { projectId: ProjectId }) {
  const project = useProject(projectId);
  const codes = useCodes(projectId);
  const reviews = useLiveQuery(() => listReviews(projectId), [projectId]);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [roundChoice, setRoundChoice] = useState<string>('all');
  if (!project || !codes || !reviews) return <Loading what="partner review" />;

  const overview = reviewOverview(codes, reviews);
  const round = roundChoice === 'all' || !overview.rounds.includes(Number(roundChoice)) ? null : Number(roundChoice);
  const cards = { projectId, round, onMessage: setMessage };

  return (
    <section className="partner-review" aria-labelledby="partner-review-heading">
      <h2 id="partner-review-heading">Partner review</h2>
      <p className="small muted">
        Co-production partners check the themes: do they ring true, what would they call them, what is missing?
        Send them a review pack, import what they send back, and record how you responded.
      </p>
      <PanelMessageView message={message} onDismiss={() => setMessage(null)} />
      <div className="partner-tools">
        <ExportPack projectId={projectId} projectName={project.name} defaultRound={nextRound(reviews)} onMessage={setMessage} />
        <ImportResponses projectId={projectId} onMessage={setMessage} />
      </div>

      <section className="partner-answers" aria-labelledby="partner-answers-heading">
        <h3 id="partner-answers-heading">What partners said</h3>
        {overview.total === 0 ? <p className="muted">No responses imported yet.</p> : (
          <>
            <div className="inline-form answers-summary">
              <p className="small">
                {plural(overview.total, 'answer', 'answers')} from {plural(overview.reviewers, 'partner', 'partners')} in
                {overview.rounds.length === 1 ? ' round ' : ' rounds '}{overview.rounds.join(', ')}; {overview.addressed} addressed.
              </p>
              <label>Show <select value={round === null ? 'all' : String(round)} onChange={(e) => setRoundChoice(e.target.value)}>
                <option value="all">all rounds</option>
                {overview.rounds.map((r) => <option key={r} value={r}>round {r}</option>)}
              </select></label>
            </div>
            {overview.themes.map((t) => <TargetCard key={t.targetId} target={t} kind="theme" {...cards} />)}
            {overview.others.length > 0 && (
              <>
                <h4 className="others-heading">Answers about codes that are no longer themes</h4>
                {overview.others.map((t) => <TargetCard key={t.targetId} target={t} kind="other" {...cards} />)}
              </>
            )}
            {overview.general.entries.length > 0 && <TargetCard target={overview.general} kind="general" {...cards} />}
          </>
        )}
      </section>
    </section>
  );
}
