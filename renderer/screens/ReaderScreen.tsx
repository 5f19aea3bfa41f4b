import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { segmentsForMarks, turnIndexAt } from '../../shared/coding/ranges';
import type { Coder, Coding, CodeId, ProjectId, SourceId, Turn } from '../../shared/model';
import { routeHref } from '../app/routes';
import { BlindCodingNotice } from '../coders/BlindCodingNotice';
import { useBlindCoding } from '../coders/useBlindCoding';
import { formatDate, formatNumber, SOURCE_KIND_LABELS } from '../components/format';
import { Loading } from '../components/Loading';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { excerpt, removeCoding, setCodingRange } from '../db/repositories/codings';
import { listCoders, listCodingsOfSource } from '../db/repositories/projectData';
import { setSourceRead } from '../db/repositories/sources';
import { useCodes, useParticipants, useSource, useSourceText } from '../hooks/useProjectData';
import type { ReaderContent } from '../reader/buildReaderState';
import { CodedSpanPanel } from '../reader/CodedSpanPanel';
import { CodePicker, type PickerChoice } from '../reader/CodePicker';
import { MemoButton } from '../memos/MemoButton';
import { CodingToolbar } from '../reader/CodingToolbar';
import { CorrectTextDialog } from '../reader/CorrectTextDialog';
import { correctText } from '../db/repositories/sourceEdits';
import { selectSourceRange, sourceOffsetAt } from '../reader/domOffsets';
import { ShortcutsHelp } from '../reader/ShortcutsHelp';
import { TranscriptReader } from '../reader/TranscriptReader';
import { useCodingActions, type Range } from '../reader/useCodingActions';
import { useReadingPosition } from '../reader/useReadingPosition';

type Props = {
  projectId: ProjectId;
  sourceId: SourceId;
  /** A range to select and scroll to on opening (a search hit, a coding). */
  focus?: { start: number; end: number } | undefined;
};

/**
 * Reading and coding one source: the text with its coded spans, select-and-code, the codes at
 * a clicked spot. Every coding change goes through the repositories and can be undone.
 */
export function ReaderScreen({ projectId, sourceId, focus }: Props) {
  const source = useSource(projectId, sourceId);
  const text = useSourceText(projectId, sourceId);
  const participants = useParticipants(projectId);
  const codes = useCodes(projectId);
  const codings = useLiveQuery(() => listCodingsOfSource(projectId, sourceId), [projectId, sourceId]);
  const coders = useLiveQuery(() => listCoders(projectId), [projectId]);
  // Blind coding shows only the current coder's codings; text corrections still see them all.
  const { shown, blindCoder } = useBlindCoding(projectId, codings, coders);
  if (!source || !text || !participants || !codes || !codings || !coders || !shown) return <Loading what="the source" />;
  return <Reader {...{ projectId, sourceId, focus, source, text, participants, codes, codings: shown, allCodings: codings, blindCoder, coders }} />;
}

type Loaded = Props & {
  source: NonNullable<ReturnType<typeof useSource>>;
  text: NonNullable<ReturnType<typeof useSourceText>>;
  participants: NonNullable<ReturnType<typeof useParticipants>>;
  codes: NonNullable<ReturnType<typeof useCodes>>;
  codings: Coding[];
  /** Every coder's codings, shown or not (blind coding). */
  allCodings: Coding[];
  blindCoder: Coder | null;
  coders: NonNullable<Awaited<ReturnType<typeof listCoders>>>;
};

function Reader({ projectId, sourceId, focus, source, text, participants, codes, codings, allCodings, blindCoder, coders }: Loaded) {
  const [selection, setSelection] = useState<Range | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [picked, setPicked] = useState<Range | null>(null);
  const [correcting, setCorrecting] = useState<Range | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [spotIds, setSpotIds] = useState<string[] | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const actions = useCodingActions(projectId, sourceId, text.text, codes);

  const codeById = useMemo(() => new Map(codes.map((c) => [c.id as string, c])), [codes]);
  const coderById = useMemo(() => new Map(coders.map((c) => [c.id as string, c])), [coders]);
  const codingById = useMemo(() => new Map(codings.map((c) => [c.id as string, c])), [codings]);
  const participantById = useMemo(() => new Map(participants.map((p) => [p.id as string, p])), [participants]);
  // Kept apart from the codings, so coding a long source updates only the turns it touches.
  const speakers = useMemo(() => ({
    speakerLabel: (turn: Turn) => (turn.participantId ? participantById.get(turn.participantId)?.label : undefined) ?? turn.speaker,
    isFacilitator: (turn: Turn) => (turn.participantId ? participantById.get(turn.participantId)?.role === 'facilitator' : false),
  }), [participantById]);
  const content: ReaderContent = useMemo(() => ({
    text: text.text, turns: text.turns, segments: segmentsForMarks(text.text.length, codings), ...speakers,
  }), [text, codings, speakers]);
  const lookOf = useCallback((codingId: string) => {
    const code = codeById.get(codingById.get(codingId)?.codeId ?? '');
    return code ? { colour: code.color, codeName: code.name } : undefined;
  }, [codeById, codingById]);

  useReadingPosition(container, projectId, sourceId, source.readingPosition, focus === undefined);
  const focusStart = focus?.start;
  const focusEnd = focus?.end;
  useEffect(() => {
    if (focusStart === undefined || focusEnd === undefined || !container.current) return;
    selectSourceRange(container.current, focusStart, focusEnd);
    window.getSelection()?.getRangeAt(0)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [focusStart, focusEnd]);

  const lastCode = actions.recent.map((id) => codeById.get(id)).find((c) => c !== undefined);
  const run = async (action: () => Promise<string>) => {
    try {
      setStatus({ kind: 'info', text: await action() });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };
  const openPicker = () => { if (selection) setPicked(selection); };
  const choose = (choice: PickerChoice) => {
    const range = picked;
    setPicked(null);
    if (!range) return;
    void run(() => (choice.kind === 'code' ? actions.apply(choice.codeId, range) : actions.createAndApply(choice.name, range)));
  };
  const repeat = () => { if (selection && lastCode) void run(() => actions.apply(lastCode.id as CodeId, selection)); };
  const inVivo = () => { if (selection) void run(() => actions.inVivo(selection)); };
  const caretTurn = (): Turn | undefined => {
    const anchor = window.getSelection();
    if (!anchor?.anchorNode || !container.current?.contains(anchor.anchorNode)) return undefined;
    const offset = sourceOffsetAt(anchor.anchorNode, anchor.anchorOffset);
    const index = offset === null ? -1 : turnIndexAt(text.turns, offset);
    return index >= 0 ? text.turns[index] : undefined;
  };
  const codeTurn = () => {
    const turn = caretTurn();
    if (turn && lastCode) void run(() => actions.apply(lastCode.id as CodeId, { start: turn.start, end: turn.end }));
  };
  const openCorrection = () => {
    if (selection) return setCorrecting(selection);
    const anchor = window.getSelection();
    if (!anchor?.anchorNode || !container.current?.contains(anchor.anchorNode)) {
      setStatus({ kind: 'error', text: 'Select the words to correct, or put the cursor where text is missing.' });
      return;
    }
    const offset = sourceOffsetAt(anchor.anchorNode, anchor.anchorOffset);
    if (offset !== null) setCorrecting({ start: offset, end: offset });
  };
  const saveCorrection = (insert: string) => {
    const range = correcting;
    setCorrecting(null);
    if (!range) return;
    void run(async () => {
      const { removedCodings } = await correctText(projectId, sourceId, { ...range, insert });
      return `Corrected the text${removedCodings > 0 ? ` and removed ${removedCodings} ${removedCodings === 1 ? 'coding' : 'codings'} whose words went` : ''}. Undo with Ctrl+Z.`;
    });
  };
  const keyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || picked || correcting || isHelpOpen) return;
    if ((event.target as HTMLElement).closest('input, textarea, select, button')) return;
    const act: Record<string, () => void> = {
      c: openPicker, v: inVivo, r: repeat, t: codeTurn, e: openCorrection, '?': () => setHelpOpen(true),
    };
    const handler = act[event.key.toLowerCase()];
    if (handler) {
      event.preventDefault();
      handler();
    }
  };
  const toggleRead = () => run(async () => {
    await setSourceRead(projectId, sourceId, !source.isRead);
    return source.isRead ? `Marked ${source.label} as unread.` : `Marked ${source.label} as read.`;
  });
  const spotCodings = (spotIds ?? []).map((id) => codingById.get(id)).filter((c): c is Coding => c !== undefined);

  return (
    <article className="reader" aria-labelledby="source-title" onKeyDown={keyDown}>
      <p className="breadcrumb"><a href={routeHref({ name: 'project', projectId, view: 'sources' })}>Sources</a> › {source.label}</p>
      <h1 id="source-title">{source.title} <span className="label-chip">{source.label}</span></h1>
      <p className="muted">
        {SOURCE_KIND_LABELS[source.kind]} · {formatDate(source.date)}
        {source.facilitator ? ` · facilitated by ${source.facilitator}` : ''} · {formatNumber(source.characters)} characters ·{' '}
        {formatNumber(source.turnCount)} {source.kind === 'narrative' ? 'paragraphs' : 'turns'} · {formatNumber(codings.length)} codings
      </p>
      <p>
        <button type="button" className={source.isRead ? '' : 'primary'} onClick={() => void toggleRead()} aria-pressed={source.isRead}>
          {source.isRead ? 'Read ✓ (mark as unread)' : 'Mark as read'}
        </button>{' '}
        <MemoButton projectId={projectId} anchor={{ type: 'source', id: sourceId }}>Notes on this source</MemoButton>
      </p>
      {blindCoder && <BlindCodingNotice coder={blindCoder} />}
      <CodingToolbar selection={selection ? excerpt(text.text, selection.start, selection.end, 80) : null} lastCode={lastCode}
        isSnapping={actions.isSnapping} canCodeTurn={text.turns.length > 0} onCode={openPicker} onInVivo={inVivo} onRepeat={repeat}
        onCodeTurn={codeTurn} onCorrect={openCorrection} onSnapping={(v) => void actions.setSnapping(v)} onHelp={() => setHelpOpen(true)} />
      <Status message={status} onDismiss={() => setStatus(null)} />
      <div className={`reader-layout${spotIds ? ' with-panel' : ''}`} ref={container}>
        <TranscriptReader content={content} lookOf={lookOf} onSelect={setSelection} onMarkClick={setSpotIds}
          label={`Text of ${source.title}`} />
        {spotIds && (
          <CodedSpanPanel projectId={projectId} codings={spotCodings} codes={codeById} coders={coderById} text={text.text} hasSelection={selection !== null}
            onClose={() => setSpotIds(null)}
            onShow={(c) => container.current && selectSourceRange(container.current, c.start, c.end)}
            onRemove={(c) => void run(async () => { await removeCoding(projectId, c.id); return `Removed ${codeById.get(c.codeId)?.name ?? 'the code'}.`; })}
            onResizeToSelection={(c) => selection && void run(async () => {
              await setCodingRange(projectId, c.id, selection.start, selection.end);
              return 'Changed the boundaries of the coding.';
            })} />
        )}
      </div>
      {picked && (
        <CodePicker codes={codes} recent={actions.recent} excerpt={excerpt(text.text, picked.start, picked.end, 80)}
          onChoose={choose} onClose={() => setPicked(null)} />
      )}
      {correcting && (
        <CorrectTextDialog text={text.text} start={correcting.start} end={correcting.end} codings={allCodings}
          onSave={saveCorrection} onClose={() => setCorrecting(null)} />
      )}
      {isHelpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </article>
  );
}
