import { useState } from 'react';
import type { Participant, ProjectId, SourceId, Turn } from '../../shared/model';
import { routeHref } from '../app/routes';
import { formatDate, formatNumber, SOURCE_KIND_LABELS } from '../components/format';
import { Loading } from '../components/Loading';
import { errorText } from '../components/Status';
import { setSourceRead } from '../db/repositories/sources';
import { useParticipants, useSource, useSourceText } from '../hooks/useProjectData';

/**
 * A plain reader: the source's turns with their speakers. Text is rendered as React text
 * nodes, so markup inside a transcript shows as characters and never runs.
 */
export function ReaderScreen({ projectId, sourceId }: { projectId: ProjectId; sourceId: SourceId }) {
  const source = useSource(projectId, sourceId);
  const text = useSourceText(projectId, sourceId);
  const participants = useParticipants(projectId);
  const [error, setError] = useState<string | null>(null);
  if (source === undefined || text === undefined || participants === undefined) return <Loading what="the source" />;
  const byId = new Map(participants.map((p) => [p.id as string, p]));
  const toggleRead = () => setSourceRead(projectId, sourceId, !source.isRead).then(() => setError(null), (e) => setError(errorText(e)));
  return (
    <article className="reader" aria-labelledby="source-title">
      <p className="breadcrumb"><a href={routeHref({ name: 'project', projectId, view: 'sources' })}>Sources</a> › {source.label}</p>
      <h1 id="source-title">{source.title} <span className="label-chip">{source.label}</span></h1>
      <p className="muted">
        {SOURCE_KIND_LABELS[source.kind]} · {formatDate(source.date)}
        {source.facilitator ? ` · facilitated by ${source.facilitator}` : ''} · {formatNumber(source.characters)} characters ·{' '}
        {formatNumber(source.turnCount)} {source.kind === 'narrative' ? 'paragraphs' : 'turns'}
      </p>
      <p>
        <button type="button" className={source.isRead ? '' : 'primary'} onClick={() => void toggleRead()} aria-pressed={source.isRead}>
          {source.isRead ? 'Read ✓ (mark as unread)' : 'Mark as read'}
        </button>
        {error && <span role="alert" className="error-text"> {error}</span>}
      </p>
      <div className="turns">
        {text.turns.map((turn, index) => (
          <TurnView key={index} turn={turn} text={text.text} participant={turn.participantId ? byId.get(turn.participantId) : undefined} />
        ))}
      </div>
    </article>
  );
}

function TurnView({ turn, text, participant }: { turn: Turn; text: string; participant: Participant | undefined }) {
  const speech = text.slice(turn.start, turn.end);
  if (turn.speaker === null) return <p className="turn unattributed">{speech}</p>;
  const isFacilitator = participant?.role === 'facilitator';
  return (
    <div className={`turn${isFacilitator ? ' facilitator' : ''}`}>
      <div className="speaker">
        <span className="speaker-name">{participant?.label ?? turn.speaker}</span>
        {turn.timestamp && <span className="timestamp">{turn.timestamp}</span>}
      </div>
      <p className="speech">{speech}</p>
    </div>
  );
}
