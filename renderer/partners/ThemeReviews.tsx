/**
 * Partners' answers per theme: how many said yes, partly or no (per round and over all rounds),
 * their suggested names and comments, and for each answer the researcher's "how we responded"
 * note (saved on leaving the field) and "addressed" box, both undoable, so the co-production is
 * documented for the report.
 */
import type { ProjectId, ReviewVerdict } from '../../shared/model';
import type { ReviewEntry, TargetReviews, VerdictCounts } from '../../shared/review/summary';
import { formatDate } from '../components/format';
import { errorText } from '../components/Status';
import { saveReviewResponse, setReviewAddressed } from '../db/repositories/reviews';
import type { PanelMessage } from './PanelMessage';

const VERDICT_TEXT: Record<ReviewVerdict, string> = { yes: 'Rings true: yes', partly: 'Rings true: partly', no: 'Rings true: no' };

function CountsTable({ target }: { target: TargetReviews }) {
  const row = (label: string, counts: VerdictCounts, className?: string) => (
    <tr key={label} className={className}>
      <th scope="row">{label}</th>
      <td className="num">{counts.yes}</td>
      <td className="num">{counts.partly}</td>
      <td className="num">{counts.no}</td>
      <td className="num">{counts.none}</td>
      <td className="num">{counts.total}</td>
    </tr>
  );
  return (
    <table className="data-table verdict-table">
      <caption className="visually-hidden">How partners answered “{target.name}”, per round</caption>
      <thead>
        <tr>
          <th scope="col">Round</th><th scope="col" className="num">Yes</th><th scope="col" className="num">Partly</th>
          <th scope="col" className="num">No</th><th scope="col" className="num">No verdict</th><th scope="col" className="num">Partners</th>
        </tr>
      </thead>
      <tbody>
        {target.byRound.map(({ round, counts }) => row(`Round ${round}`, counts))}
        {row('All rounds', target.all, 'all-rounds')}
      </tbody>
    </table>
  );
}

/** A bar of yes / partly / no over all rounds: a picture of the table, hidden from screen readers. */
function VerdictBar({ counts }: { counts: VerdictCounts }) {
  if (counts.total === 0) return null;
  const part = (n: number, kind: string) => (n > 0 ? <span className={`bar-${kind}`} style={{ flexGrow: n }} /> : null);
  return (
    <div className="verdict-bar" aria-hidden="true">
      {part(counts.yes, 'yes')}{part(counts.partly, 'partly')}{part(counts.no, 'no')}{part(counts.none, 'none')}
    </div>
  );
}

function Entry({ projectId, entry, about, onMessage }: {
  projectId: ProjectId;
  entry: ReviewEntry;
  about: string;
  onMessage: (message: PanelMessage) => void;
}) {
  const { review } = entry;
  const fieldId = `review-response-${review.id}`;
  const context = ` to ${review.reviewer}, round ${review.round}, ${about}`;
  const run = (work: Promise<void>) => void work.catch((error: unknown) => onMessage({ kind: 'error', text: errorText(error) }));
  return (
    <li className={`review-entry${entry.isReplaced ? ' replaced' : ''}${review.isAddressed ? ' addressed' : ''}`}>
      <p className="review-meta">
        <strong className="reviewer">{review.reviewer}</strong>
        <span className="muted"> · round {review.round} · {formatDate(review.createdAt)}</span>
        {review.verdict && <span className={`verdict-chip verdict-${review.verdict}`}>{VERDICT_TEXT[review.verdict]}</span>}
      </p>
      {entry.isReplaced && <p className="small muted">{review.reviewer} answered again later in this round: this earlier answer is not counted.</p>}
      {review.suggestedName && <p className="suggested-name">Suggested name: <q>{review.suggestedName}</q></p>}
      {review.comment && <blockquote className="review-comment">{review.comment}</blockquote>}
      <div className="review-response">
        <label htmlFor={fieldId}>How we responded<span className="visually-hidden">{context}</span></label>
        {/* keyed by the saved text, so an undo shows in the field */}
        <textarea key={review.response} id={fieldId} rows={2} defaultValue={review.response}
          onBlur={(e) => run(saveReviewResponse(projectId, review.id, e.target.value))} />
        <label className="check addressed-check">
          {/* uncontrolled, so the tick shows at once; keyed by the stored flag, so an undo shows too */}
          <input key={String(review.isAddressed)} type="checkbox" defaultChecked={review.isAddressed}
            onChange={(e) => run(setReviewAddressed(projectId, review.id, e.target.checked))} />
          Addressed<span className="visually-hidden">{context}</span>
        </label>
      </div>
    </li>
  );
}

function entriesIn(target: TargetReviews, round: number | null): ReviewEntry[] {
  return round === null ? target.entries : target.entries.filter((e) => e.review.round === round);
}

export function TargetCard({ projectId, target, kind, round, onMessage }: {
  projectId: ProjectId;
  target: TargetReviews;
  kind: 'theme' | 'other' | 'general';
  round: number | null;
  onMessage: (message: PanelMessage) => void;
}) {
  const entries = entriesIn(target, round);
  const heading = kind === 'general' ? 'General comments' : target.name;
  const about = kind === 'general' ? 'general comments' : `on ${target.name}`;
  const addressed = entries.filter((e) => e.review.isAddressed).length;
  return (
    <section className="panel review-card" aria-label={kind === 'general' ? 'General comments' : `Theme: ${target.name}`}>
      <h4 className="review-card-title">{heading}</h4>
      {kind !== 'general' && target.all.total > 0 && (
        <div className="review-counts">
          <CountsTable target={target} />
          <VerdictBar counts={target.all} />
        </div>
      )}
      {entries.length === 0 ? <p className="muted small">{target.all.total === 0 && kind !== 'general' ? 'No answers yet.' : 'Nothing in this round.'}</p> : (
        <>
          <p className="small muted">{entries.length} {entries.length === 1 ? 'answer' : 'answers'}, {addressed} addressed</p>
          <ul className="review-entries">
            {entries.map((entry) => <Entry key={entry.review.id} projectId={projectId} entry={entry} about={about} onMessage={onMessage} />)}
          </ul>
        </>
      )}
    </section>
  );
}
