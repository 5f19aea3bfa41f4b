import { describe, expect, it } from 'vitest';
import { eventScrubber, quotesSpeech, scrubQuotedSpeech, speechIndex } from '../../../shared/anonymise/scrub';
import type { HistoryEvent, ProjectId } from '../../../shared/model';

const event = (summary: string, rows: unknown): HistoryEvent => ({
  id: 'e1', projectId: 'p' as ProjectId, at: '2026-01-01T00:00:00.000Z', coderId: null, action: 'coding:add', summary,
  undo: rows, redo: rows, isUndone: false,
});

const speech = speechIndex(["I used it for a gym membership, which sounds silly, but it was the one hour a week I was on my own."]);

describe('finding copies of removed speech', () => {
  it('recognises a quoted piece of the speech, white space aside, and a shortened excerpt', () => {
    expect(quotesSpeech('a gym membership, which   sounds silly', speech)).toBe(true);
    expect(quotesSpeech('I used it for a gym membership, which sounds silly, but it was the…', speech)).toBe(true);
    expect(quotesSpeech('the carers centre was brilliant to me', speech)).toBe(false);
  });

  it('replaces quoted speech in a history summary', () => {
    expect(scrubQuotedSpeech('Coded "I used it for a gym membership, which…" as Carer support', speech))
      .toBe('Coded "[withdrawn]" as Carer support');
    expect(scrubQuotedSpeech('Renamed memo "Gym" to "Notes"', speech)).toBe('Renamed memo "Gym" to "Notes"');
  });
});

describe('scrubbing history events', () => {
  const ids = new Set(['source-1']);
  const rules = [{ find: 'Margaret', substitute: '[wife]', kind: 'name' as const, isWholeWord: true, isCaseSensitive: true }];

  it('drops the rows of an event that touched an affected source, and rewrites its summary', () => {
    const scrubbed = eventScrubber({ ids, rules })(event('Corrected "Margaret" in FG 1', [{ table: 'sourceTexts', key: ['p', 'source-1'], row: { sourceId: 'source-1', text: 'x' } }]));
    expect(scrubbed).toMatchObject({ summary: 'Corrected "[wife]" in FG 1', undo: null, redo: null });
  });

  it('drops the rows of an event holding the value anywhere, and those holding removed speech', () => {
    const memo = event('Edited memo "Notes"', [{ table: 'memos', key: ['p', 'm'], row: { plainText: 'Margaret rang' } }]);
    expect(eventScrubber({ ids, rules })(memo)).toMatchObject({ undo: null, redo: null, summary: 'Edited memo "Notes"' });
    const quote = event('Added a quote', [{ table: 'quotes', key: ['p', 'q'], row: { text: 'a gym membership, which sounds silly' } }]);
    expect(eventScrubber({ ids: new Set(), rules: [], speech })(quote)).toMatchObject({ undo: null, redo: null });
  });

  it('leaves an event that holds nothing removed untouched (null)', () => {
    const other = event('Coded "the forms" as Bureaucracy', [{ table: 'codings', key: ['p', 'c'], row: { sourceId: 'source-2', start: 1, end: 5 } }]);
    expect(eventScrubber({ ids, rules, speech })(other)).toBeNull();
  });
});
