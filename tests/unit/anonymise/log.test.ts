import { describe, expect, it } from 'vitest';
import {
  logCsv, parseLogSummary, REDACTION_ACTION, redactionLogSummaries, WITHDRAWAL_ACTION, withdrawalSummary,
} from '../../../shared/anonymise/log';

const at = '2026-11-23T10:00:00.000Z';

describe('the redaction log', () => {
  it('writes one entry per source and kind, and one per kind for text outside the sources, never the values', () => {
    const summaries = redactionLogSummaries(
      [{ where: 'FG 1', replacements: [{ kind: 'name', substitute: '[wife]' }, { kind: 'name', substitute: '[son]' }, { kind: 'age', substitute: '[age]' }] },
        { where: 'Nar. 6', replacements: [{ kind: 'name', substitute: '[wife]' }] }],
      new Map([['name', 3]]), [{ kind: 'name', substitute: '[wife]' }],
    );
    expect(summaries).toEqual([
      'Redacted 2 personal names in FG 1, replaced with [wife], [son]',
      'Redacted 1 age in FG 1, replaced with [age]',
      'Redacted 1 personal name in Nar. 6, replaced with [wife]',
      'Redacted 3 personal names in quotes, memos and other project text, replaced with [wife]',
    ]);
  });

  it('reads back what it wrote', () => {
    const summary = 'Redacted 2 sums of money in Nar. 6, replaced with [amount]';
    expect(parseLogSummary({ id: 'a', at, coderId: 'c', action: REDACTION_ACTION, summary }))
      .toMatchObject({ what: 'Redaction', kind: 'sums of money', where: 'Nar. 6', count: 2, replacedWith: '[amount]' });
    const withdrawal = withdrawalSummary('P8', 13, ['FG 2', 'FG 3'], 2, 1, 0);
    expect(withdrawal).toBe('Withdrew P8: 13 turns in FG 2, FG 3 replaced with [withdrawn]; 2 codings, 1 quote and 0 memos removed');
    expect(parseLogSummary({ id: 'b', at, coderId: null, action: WITHDRAWAL_ACTION, summary: withdrawal }))
      .toMatchObject({ what: 'Withdrawal', kind: 'participant P8', where: 'FG 2, FG 3', count: 13 });
    expect(parseLogSummary({ id: 'c', at, coderId: null, action: 'coding:add', summary })).toBeNull();
  });

  it('exports CSV that a spreadsheet opens safely', () => {
    const entry = parseLogSummary({ id: 'a', at, coderId: 'c', action: REDACTION_ACTION, summary: 'Redacted 1 place in FG 1, replaced with [Town], [=cmd]' })!;
    const csv = logCsv([entry], () => 'Sample Researcher');
    expect(csv.startsWith('\uFEFFWhen,Who,What,Kind,Where,Count,Replaced with\r\n')).toBe(true);
    expect(csv).toContain(`${at},Sample Researcher,Redaction,place,FG 1,1,"[Town], [=cmd]"\r\n`);
    expect(logCsv([{ ...entry, where: '=HYPERLINK("x")' }], () => '')).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
