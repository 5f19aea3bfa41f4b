/**
 * Making a review pack: the round, and which quotes go in. Quotes the identifier scanner flags
 * start unticked with the reason shown; the researcher may tick them back (or untick others).
 * The pack is built by the shared core and saved through the platform as a web page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { buildReviewPack, screenQuotes, type ScreenedQuote } from '../../shared/review/pack';
import type { ProjectId } from '../../shared/model';
import { errorText } from '../components/Status';
import { loadPackInput } from '../db/repositories/reviews';
import { saveExport } from '../exports/saveExport';
import type { PanelMessage } from './PanelMessage';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Ticked unless flagged or without a theme, until the researcher says otherwise. */
const tickedByDefault = (s: ScreenedQuote) => s.flags.length === 0 && s.theme !== null;

export function ExportPack({ projectId, projectName, defaultRound, onMessage }: {
  projectId: ProjectId;
  projectName: string;
  defaultRound: number;
  onMessage: (message: PanelMessage) => void;
}) {
  const input = useLiveQuery(() => loadPackInput(projectId), [projectId]);
  const screened = useMemo(() => (input ? screenQuotes(input) : undefined), [input]);
  const [roundText, setRoundText] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const [isSaving, setSaving] = useState(false);
  const id = useId();
  if (!input || !screened) return <p className="muted" role="status">Loading the quotes…</p>;

  const roundValue = roundText ?? String(defaultRound);
  const round = /^\d+$/.test(roundValue.trim()) ? Number(roundValue.trim()) : NaN;
  const isRoundValid = Number.isInteger(round) && round >= 1;
  const isTicked = (s: ScreenedQuote) => s.theme !== null && (choices[s.quote.id] ?? tickedByDefault(s));
  const ticked = screened.filter(isTicked);
  const themes = input.codes.filter((c) => c.parentId === null || !input.codes.some((p) => p.id === c.parentId)).length;

  const exportPack = async () => {
    if (!isRoundValid) return;
    setSaving(true);
    try {
      const pack = buildReviewPack(input, {
        round,
        includeFlagged: screened.filter((s) => s.flags.length > 0 && isTicked(s)).map((s) => s.quote.id),
        exclude: screened.filter((s) => !isTicked(s)).map((s) => s.quote.id),
      });
      const where = await saveExport(projectName, `review pack round ${round}`, 'html', pack.html);
      const flaggedIn = pack.overridden.length > 0 ? ` It includes ${plural(pack.overridden.length, 'flagged quote', 'flagged quotes')} you ticked: check ${pack.overridden.length === 1 ? 'it' : 'them'} before sending.` : '';
      onMessage({
        kind: 'info',
        text: `${where} Round ${round}: ${plural(pack.themes.length, 'theme', 'themes')}, ${plural(pack.included.length, 'quote', 'quotes')}${pack.leftOut.length > 0 ? ` (${pack.leftOut.length} left out)` : ''}.${flaggedIn}`,
      });
    } catch (error) {
      onMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel partner-export" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Make a review pack</h3>
      <p className="small muted">
        One web page for co-production partners: the {plural(themes, 'theme', 'themes')} with their definitions and subthemes,
        and the quotes ticked below. It opens in any browser without the internet; partners answer in it and send back the
        small file it saves.
      </p>
      <div className="inline-form pack-controls">
        <label htmlFor={`${id}-round`}>Review round</label>
        <input id={`${id}-round`} className="round-input" type="number" min={1} step={1} inputMode="numeric" value={roundValue}
          aria-invalid={!isRoundValid} aria-describedby={`${id}-round-hint`} onChange={(e) => setRoundText(e.target.value)} />
        <button type="button" className="primary" disabled={!isRoundValid || isSaving} onClick={() => void exportPack()}>Export review pack</button>
      </div>
      <p id={`${id}-round-hint`} className={`small ${isRoundValid ? 'muted' : 'error-text'}`}>
        {isRoundValid ? `Partners' answers come back marked with this round. The next round is ${defaultRound}.` : 'The round must be a whole number from 1.'}
      </p>
      {screened.length === 0 ? (
        <p className="muted">No quotes are chosen yet (choose them in the Report phase): the pack will hold the themes only.</p>
      ) : (
        <fieldset className="pack-quotes">
          <legend>Quotes in the pack ({ticked.length} of {screened.length} ticked)</legend>
          <ul>
            {screened.map((s) => {
              const boxId = `${id}-quote-${s.quote.id}`;
              const noteId = `${boxId}-note`;
              const hasNote = s.flags.length > 0 || s.theme === null;
              return (
                <li key={s.quote.id} className={s.flags.length > 0 ? 'flagged' : undefined}>
                  <input id={boxId} type="checkbox" checked={isTicked(s)} disabled={s.theme === null}
                    aria-describedby={hasNote ? noteId : undefined}
                    onChange={(e) => setChoices((all) => ({ ...all, [s.quote.id]: e.target.checked }))} />
                  <label htmlFor={boxId}>
                    <span className="pack-quote-text">“{s.quote.text}”</span>{' '}
                    <span className="small muted">{s.quote.attribution}{s.theme ? ` · ${s.theme.name}` : ''}</span>
                  </label>
                  {s.theme === null && <p id={noteId} className="small muted pack-quote-note">Its theme is no longer in the project, so it cannot go in the pack.</p>}
                  {s.theme !== null && s.flags.length > 0 && (
                    <p id={noteId} className="small pack-quote-note flag-note">
                      The identifier scanner flags {s.reason}. {isTicked(s) ? 'You have ticked it: it goes in the pack as worded.' : 'Left out unless you tick it.'}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </section>
  );
}
