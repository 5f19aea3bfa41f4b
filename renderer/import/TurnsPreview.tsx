import type { Participant } from '../../shared/model';
import type { DocumentDraft } from './batch';
import { resolveSpeaker } from './speakerTargets';

const SHOWN = 6;
const LONGEST = 400;

/** The first turns as the reader will show them, with the speakers as the user has set them. */
export function TurnsPreview({ doc, participants }: { doc: DocumentDraft; participants: readonly Participant[] }) {
  const turns = doc.parsed.turns.slice(0, SHOWN);
  return (
    <section aria-labelledby={`turns-${doc.key}`}>
      <h3 id={`turns-${doc.key}`}>First turns, as they will appear</h3>
      <div className="turns preview-turns">
        {turns.map((turn) => {
          const resolved = turn.speaker === null ? null : resolveSpeaker(doc.speakers, turn.speaker, participants);
          const label = turn.speaker === null ? null : resolved?.label ?? turn.speaker;
          const speech = doc.parsed.text.slice(turn.start, turn.end);
          return (
            <div key={turn.start} className={`turn${label === null ? ' unattributed' : ''}${resolved?.isFacilitator ? ' facilitator' : ''}`}>
              {label !== null && (
                <div className="speaker">
                  <span className="speaker-name">{label}</span>
                  {turn.timestamp && <span className="timestamp">{turn.timestamp}</span>}
                </div>
              )}
              <p className="speech">{speech.length > LONGEST ? `${speech.slice(0, LONGEST)}…` : speech}</p>
            </div>
          );
        })}
      </div>
      {doc.parsed.turns.length > SHOWN && <p className="muted small">and {doc.parsed.turns.length - SHOWN} more turns.</p>}
    </section>
  );
}
