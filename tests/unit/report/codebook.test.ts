import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../shared/model';
import { codebook, codebookTable } from '../../../shared/report/codebook';
import { sampleBundle } from '../../support/sample';
import { smallProject } from '../quotes/smallProject';

const QUOTES: Partial<Quote>[] = [
  { id: 'q1' as never, codeId: 'S2a' as never, codingId: 'k3' as never, order: 5, text: 'one [phone] number', attribution: '', fidelity: 'ok' },
  { id: 'q2' as never, codeId: 'S1' as never, codingId: 'k1' as never, order: 7, text: 'every time', attribution: '', fidelity: 'unchecked' },
  { id: 'q3' as never, codeId: 'S2' as never, codingId: 'gone' as never, order: 1, text: 'lost coding', attribution: '(stored)', fidelity: 'failed' },
];

describe('codebook', () => {
  it('lists codes in tree order with rolled-up counts of codings, sources and counted participants', () => {
    // T: k1-k5 in two sources; participants P1 (k2) and P2 (k1, k5); the facilitator (k3) and withdrawn P9 (k4) do not count.
    expect(codebook(smallProject()).map((e) => [e.path.join('/'), e.depth, e.codings, e.sources, e.participants])).toEqual([
      ['T name', 0, 5, 2, 2], ['T name/S1 name', 1, 2, 2, 2], ['T name/S2 name', 1, 2, 1, 0],
      ['T name/S2 name/S2a name', 2, 1, 1, 0], ['U name', 0, 0, 0, 0],
    ]);
    expect(codebook(smallProject())[0]).toMatchObject({ name: 'T name', definition: 'T means', aliases: ['Tee'], status: 'candidate' });
  });

  it('takes the first curated quote by order from the code or beneath it', () => {
    expect(codebook(smallProject(QUOTES)).map((e) => e.exemplar)).toEqual([
      { text: 'lost coding', attribution: '(stored)' },
      { text: 'every time', attribution: '(FG 2)' },
      { text: 'lost coding', attribution: '(stored)' },
      { text: 'one [phone] number', attribution: '(FG 2)' },
      null,
    ]);
  });

  it('breaks a tie of order in tree order', () => {
    const tied = QUOTES.slice(0, 2).map((q) => ({ ...q, order: 1 }));
    expect(codebook(smallProject(tied))[0]!.exemplar).toEqual({ text: 'every time', attribution: '(FG 2)' });
  });

  it('without quotes: the code’s own first extract (source order, then start), else the first beneath it in tree order', () => {
    expect(codebook(smallProject(), 'participant').map((e) => e.exemplar)).toEqual([
      { text: 'Look,', attribution: '(participant 2, focus group 2)' },
      { text: 'my husband', attribution: '(participant 1, focus group 1)' },
      { text: 'late again', attribution: '(FG 2)' },
      { text: 'one number', attribution: '(FG 2)' },
      null,
    ]);
    const beneath = smallProject();
    beneath.codings = beneath.codings.filter((c) => c.codeId !== 'T');
    expect(codebook(beneath)[0]!.exemplar).toEqual({ text: 'my husband', attribution: '(FG 1)' });
  });

  it('gives the sample’s first theme 16 codings in 2 sources from 8 participants', async () => {
    const [first] = codebook(await sampleBundle(), 'participant');
    // Carers: P1, P2, P3, P9, P11; HSC professionals: P1, P4, P6, P7, P9.
    expect(first).toMatchObject({
      path: ['Toughest challenges for integrating carer support services'], codings: 16, sources: 2, participants: 8,
      exemplar: {
        text: "I didn't know I was a carer until the memory nurse used the word, and I remember thinking, well, I'm not, I'm his wife.",
        attribution: '(participant 2, focus group 1)',
      },
    });
  });
});

describe('codebookTable', () => {
  it('lays the entries out with the path, counts and the exemplar in quotation marks', () => {
    const table = codebookTable(codebook(smallProject(QUOTES)));
    expect(table.title).toBe('Codebook');
    expect(table.columns).toEqual(['Code', 'Definition', 'Codings', 'Sources', 'Participants', 'Exemplar']);
    expect(table.rows[3]).toEqual(['T name > S2 name > S2a name', 'S2a means', 1, 1, 0, '\u201Cone [phone] number\u201D (FG 2)']);
    expect(table.rows[4]).toEqual(['U name', 'U means', 0, 0, 0, '']);
  });
});
