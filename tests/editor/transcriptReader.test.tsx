import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { segmentsForMarks } from '../../shared/coding/ranges';
import type { Turn } from '../../shared/model';
import type { ReaderContent } from '../../renderer/reader/buildReaderState';
import { selectedSourceRange, selectSourceRange, sourceOffsetAt } from '../../renderer/reader/domOffsets';
import { TranscriptReader } from '../../renderer/reader/TranscriptReader';

afterEach(cleanup);

const TEXT = 'Facilitator: How was it?\n\nP1: Hard, honestly. Nobody told us anything.\n\nP2: Same here.';
const turn = (speaker: string, speech: string): Turn => {
  const start = TEXT.indexOf(`${speaker}: ${speech}`) + speaker.length + 2;
  return { start, end: start + speech.length, speaker, participantId: null, timestamp: null };
};
const TURNS = [turn('Facilitator', 'How was it?'), turn('P1', 'Hard, honestly. Nobody told us anything.'), turn('P2', 'Same here.')];
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const CODINGS = [
  { id: 'a', ...at('Hard, honestly') },
  { id: 'b', ...at('honestly. Nobody told us') },
];

function content(): ReaderContent {
  return {
    text: TEXT, turns: TURNS, segments: segmentsForMarks(TEXT.length, CODINGS),
    speakerLabel: (t) => t.speaker, isFacilitator: (t) => t.speaker === 'Facilitator',
  };
}

async function renderReader() {
  const view = render(<TranscriptReader content={content()} lookOf={(id) => ({ colour: id === 'a' ? '#ff0000' : '#0000ff', codeName: `Code ${id}` })}
    onSelect={() => undefined} onMarkClick={() => undefined} label="Text of test" />);
  await waitFor(() => expect(view.container.querySelectorAll('.turn')).toHaveLength(3));
  return view;
}

describe('the transcript reader', () => {
  it('shows each turn with its speaker, the speech exactly as in the source', async () => {
    const { container } = await renderReader();
    expect([...container.querySelectorAll('.speaker-name')].map((e) => e.textContent)).toEqual(['Facilitator', 'P1', 'P2']);
    expect([...container.querySelectorAll('.speech')].map((e) => e.textContent)).toEqual(TURNS.map((t) => TEXT.slice(t.start, t.end)));
    expect(container.querySelector('.turn.facilitator')).not.toBeNull();
  });

  it('wraps coded text in marks carrying the ids of every coding there, overlaps included', async () => {
    const { container } = await renderReader();
    const marks = [...container.querySelectorAll<HTMLElement>('mark')];
    expect(marks.map((m) => [m.textContent, m.dataset.codings])).toEqual([
      ['Hard, ', 'a'], ['honestly', 'a b'], ['. Nobody told us', 'b'],
    ]);
    expect(marks[1]!.classList.contains('overlap')).toBe(true);
    expect(marks[1]!.title).toBe('Code a, Code b');
  });

  it('maps a selection in the page to offsets in the source, across marks and turns', async () => {
    const { container } = await renderReader();
    const root = container.querySelector<HTMLElement>('.reader-text')!;
    const words = 'honestly. Nobody';
    selectSourceRange(root, at(words).start, at(words).end);
    expect(selectedSourceRange(root)).toEqual(at(words));
    expect(window.getSelection()!.toString()).toBe(words);
    const across = { start: at('anything.').start, end: at('Same').end };
    selectSourceRange(root, across.start, across.end);
    expect(selectedSourceRange(root)).toEqual(across);
  });

  it('maps a caret given as (element, child index) and a point on a speaker label', async () => {
    const { container } = await renderReader();
    const speech = container.querySelectorAll('.speech')[2]!;
    expect(sourceOffsetAt(speech, 0)).toBe(TURNS[2]!.start);
    const label = container.querySelectorAll('.speaker-name')[1]!;
    expect(sourceOffsetAt(label.firstChild!, 1)).toBe(TURNS[1]!.start);
  });
});

describe('updating the reader when codings change', () => {
  it('rebuilds only the turns whose marks changed', async () => {
    const look = () => ({ colour: '#ff0000', codeName: 'Code' });
    const props = { lookOf: look, onSelect: () => undefined, onMarkClick: () => undefined, label: 'Text of test' };
    const view = render(<TranscriptReader content={content()} {...props} />);
    await waitFor(() => expect(view.container.querySelectorAll('mark')).toHaveLength(3));
    const before = [...view.container.querySelectorAll('.turn')];
    const added = { id: 'c', ...at('Same here') };
    const next: ReaderContent = { ...content(), segments: segmentsForMarks(TEXT.length, [...CODINGS, added]) };
    view.rerender(<TranscriptReader content={next} {...props} />);
    await waitFor(() => expect(view.container.querySelectorAll('mark')).toHaveLength(4));
    const after = [...view.container.querySelectorAll('.turn')];
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]!.querySelector('mark')!.textContent).toBe('Same here');
    expect([...view.container.querySelectorAll('.speech')].map((e) => e.textContent)).toEqual(TURNS.map((t) => TEXT.slice(t.start, t.end)));
  });

  it('draws a new coding in a new look, recolours marks when a code changes, and leaves other marks alone', async () => {
    const colours: Record<string, string> = { a: '#ff0000', b: '#0000ff' };
    const lookOf = (table: Record<string, string>) => (id: string) => (table[id] ? { colour: table[id]!, codeName: `Code ${id}` } : undefined);
    const props = { onSelect: () => undefined, onMarkClick: () => undefined, label: 'Text of test' };
    const view = render(<TranscriptReader content={content()} lookOf={lookOf(colours)} {...props} />);
    await waitFor(() => expect(view.container.querySelectorAll('mark')).toHaveLength(3));
    const colourOf = (words: string) => [...view.container.querySelectorAll<HTMLElement>('mark')]
      .find((m) => m.textContent === words)?.style.getPropertyValue('--mark-colour');
    expect(colourOf('Hard, ')).toBe('#ff0000');
    expect(colourOf('. Nobody told us')).toBe('#0000ff');

    // A new coding: its mark takes its code's colour.
    const added = { id: 'c', ...at('Same here') };
    const withC = { ...colours, c: '#00aa00' };
    const next: ReaderContent = { ...content(), segments: segmentsForMarks(TEXT.length, [...CODINGS, added]) };
    view.rerender(<TranscriptReader content={next} lookOf={lookOf(withC)} {...props} />);
    await waitFor(() => expect(colourOf('Same here')).toBe('#00aa00'));
    expect(colourOf('Hard, ')).toBe('#ff0000');

    // Code a recoloured (or coding a moved to another code): every mark of a follows, the others stay.
    view.rerender(<TranscriptReader content={next} lookOf={lookOf({ ...withC, a: '#123456' })} {...props} />);
    await waitFor(() => expect(colourOf('Hard, ')).toBe('#123456'));
    expect(colourOf('. Nobody told us')).toBe('#0000ff');
    expect(colourOf('Same here')).toBe('#00aa00');
  });
});
