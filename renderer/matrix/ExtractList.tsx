/**
 * Coded extracts, read from their sources: the words, who said them and where, a link into the
 * reader at that place, and (for codings) "Use as quote". Used by a matrix cell and by a
 * co-occurrence pair.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CodingId, Participant, ProjectId, Source } from '../../shared/model';
import { codingParticipants } from '../../shared/analysis/codeCounts';
import { routeHref } from '../app/routes';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { createQuote } from '../db/repositories/quotes';
import { getSourceText } from '../db/repositories/sources';

export interface ExtractPlace {
  sourceId: string;
  start: number;
  end: number;
  /** The coding behind it, when it is one coding (it can then become a quote). */
  codingId?: CodingId;
  /** What is coded here ("Information sharing"), when the list mixes codes. */
  codeName?: string;
}

interface Props {
  projectId: ProjectId;
  places: readonly ExtractPlace[];
  sources: readonly Source[];
  participants: readonly Participant[];
  /** Codings already quoted, so their button says so. */
  quotedCodingIds?: ReadonlySet<string>;
  /** At most this many are shown; the rest are counted. */
  limit?: number;
}

export function ExtractList({ projectId, places, sources, participants, quotedCodingIds, limit = 200 }: Props) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const shown = places.slice(0, limit);
  const sourceIds = [...new Set(shown.map((p) => p.sourceId))];
  const texts = useLiveQuery(async () => {
    const loaded = await Promise.all(sourceIds.map((id) => getSourceText(projectId, id as Source['id'])));
    return new Map(loaded.flatMap((t) => (t ? [[t.sourceId as string, t] as const] : [])));
  }, [projectId, sourceIds.join('|')]);
  if (!texts) return <p className="muted">Loading the extracts…</p>;
  const sourceOf = new Map(sources.map((s) => [s.id as string, s]));
  const labelOf = new Map(participants.map((p) => [p.id as string, p.label]));
  const quote = async (codingId: CodingId) => {
    try {
      await createQuote(projectId, codingId);
      setMessage({ kind: 'info', text: 'Added to the quotes for the report (Report phase).' });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <>
      <Status message={message} onDismiss={() => setMessage(null)} />
      <ol className="extract-list">
        {shown.map((place) => {
          const source = sourceOf.get(place.sourceId);
          const text = texts.get(place.sourceId);
          const speakers = text ? codingParticipants(place, text.turns).map((id) => labelOf.get(id) ?? '').filter(Boolean) : [];
          const isQuoted = place.codingId !== undefined && quotedCodingIds?.has(place.codingId);
          return (
            <li key={`${place.sourceId}:${place.start}:${place.end}:${place.codingId ?? ''}`} className="extract">
              <blockquote>{text ? text.text.slice(place.start, place.end) : '(this source no longer exists)'}</blockquote>
              <p className="small extract-meta">
                <span className="label-chip">{source?.label ?? '?'}</span>
                {speakers.length > 0 && <span> {speakers.join(', ')}</span>}
                {place.codeName && <span className="muted"> · {place.codeName}</span>}
                {' · '}
                <a href={routeHref({ name: 'reader', projectId, sourceId: place.sourceId as Source['id'], focus: { start: place.start, end: place.end } })}>
                  Open in the reader<span className="visually-hidden"> at this extract of {source?.label}</span>
                </a>
                {place.codingId !== undefined && (
                  <>
                    {' · '}
                    <button type="button" className="link" disabled={isQuoted} onClick={() => void quote(place.codingId!)}>
                      {isQuoted ? 'Quoted' : 'Use as quote'}
                    </button>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {places.length > shown.length && <p className="small muted">Showing {shown.length} of {places.length} extracts.</p>}
    </>
  );
}
