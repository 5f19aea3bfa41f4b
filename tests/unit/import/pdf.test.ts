/**
 * PDF: the layout of positioned text runs into paragraphs (pure, on synthetic pages), the
 * built-in pdf.js extractor on hand-made PDFs, and injected extractors.
 */
import { describe, expect, it } from 'vitest';
import { ImportError, parseFile, pdfPagesToText, type PdfPageText, type PdfTextItem } from '../../../shared/import';
import { makePdf, type PdfRun } from './support/pdf';

const run = (x: number, y: number, str: string, height = 10): PdfTextItem => ({ x, y, str, height, width: str.length * height * 0.5 });
const page = (...items: PdfTextItem[]): PdfPageText => ({ width: 595, height: 842, items });

describe('pdfPagesToText', () => {
  it('joins the lines of a paragraph and breaks paragraphs at wide gaps and size changes', () => {
    const layout = pdfPagesToText([page(
      run(50, 800, 'Focus group 1', 18),
      run(50, 770, 'Facilitator: Welcome to the first'),
      run(50, 758, 'session, everyone.'),
      run(50, 734, 'P1: Thank you. It is a well-'),
      run(50, 722, 'known problem.'),
    )]);
    expect(layout.text).toBe('Focus group 1\nFacilitator: Welcome to the first session, everyone.\nP1: Thank you. It is a well-known problem.');
  });

  it('puts runs of one baseline in x order, adding a space only where the gap shows one', () => {
    const layout = pdfPagesToText([page(run(120, 700, 'world'), run(50, 700, 'Hello'), run(75, 700, ','))]);
    expect(layout.text).toBe('Hello, world');
  });

  it('starts a paragraph at an indented first line', () => {
    const layout = pdfPagesToText([page(run(50, 700, 'One ends here.'), run(50, 688, 'still one.'), run(70, 676, 'Two starts indented.'), run(50, 664, 'Two goes on.'))]);
    expect(layout.text).toBe('One ends here. still one.\nTwo starts indented. Two goes on.');
  });

  it('leaves out margin line numbers, page numbers and running headers', () => {
    const pages = [1, 2, 3].map((n) => page(
      run(50, 820, 'Transcript FG1 - confidential', 8),
      run(20, 790, String(n * 2 - 1)), run(50, 790, `Speaker 1: Paragraph ${n}a.`),
      run(20, 766, String(n * 2)), run(50, 766, `Speaker 2: Paragraph ${n}b.`),
      run(290, 30, `Page ${n} of 3`, 8),
    ));
    const layout = pdfPagesToText(pages);
    expect(layout.text.split('\n')).toEqual([1, 2, 3].flatMap((n) => [`Speaker 1: Paragraph ${n}a.`, `Speaker 2: Paragraph ${n}b.`]));
    expect(layout.warnings).toHaveLength(2);
  });

  it('continues a paragraph across a page break only when the new page starts in lower case', () => {
    const layout = pdfPagesToText([
      page(run(50, 700, 'Carer: we asked again and'), run(300, 30, '1')),
      page(run(50, 800, 'again for help.'), run(50, 776, 'Next paragraph.'), run(300, 30, '2')),
    ]);
    expect(layout.text).toBe('Carer: we asked again and again for help.\nNext paragraph.');
  });
});

describe('PDF through pdf.js', () => {
  const runs = (lines: Array<[number, string]>, x = 72): PdfRun[] => lines.map(([y, text]) => ({ x, y, size: 11, text }));

  it('imports a hand-made two-page interview with speakers and paragraphs', async () => {
    const pdf = makePdf([
      [...runs([[760, 'Interviewer: How did the pilot (the first one) change'], [747, 'things for you?'], [720, 'Participant: A lot.']]), { x: 290, y: 30, size: 9, text: '1' }],
      [...runs([[760, 'Interviewer: Thank you.'], [733, 'Participant: Thanks.']]), { x: 290, y: 30, size: 9, text: '2' }],
    ]);
    const doc = await parseFile(pdf, 'interview.pdf');
    if (doc.kind !== 'document') throw new Error('not a document');
    expect(doc.text).toBe('Interviewer: How did the pilot (the first one) change things for you?\nParticipant: A lot.\nInterviewer: Thank you.\nParticipant: Thanks.');
    expect(doc.speakers).toEqual([{ name: 'Interviewer', turns: 2 }, { name: 'Participant', turns: 2 }]);
  });

  it('refuses a PDF with no text layer', async () => {
    const error = await parseFile(makePdf([[], []]), 'scan.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ problem: 'no-text', message: 'scan.pdf: no text layer (a scanned image?)' });
  });

  it('leaves the caller\'s bytes intact', async () => {
    const pdf = makePdf([runs([[700, 'Hello.']])]);
    const copy = pdf.slice();
    await parseFile(pdf, 'hello.pdf');
    expect(pdf).toEqual(copy);
  });
});

describe('injected PDF extractors', () => {
  const pdfBytes = new TextEncoder().encode('%PDF-1.7\n(whatever the extractor reads)');

  it('are used instead of pdf.js', async () => {
    const pdfPages = async () => [page(run(50, 700, 'Dan: Hello.'), run(50, 676, 'Participant: Hi.'))];
    const doc = await parseFile(pdfBytes, 'x.pdf', { extractors: { pdfPages } });
    expect(doc.kind === 'document' && doc.speakers).toEqual([{ name: 'Dan', turns: 1 }, { name: 'Participant', turns: 1 }]);
  });

  it('report a password-protected PDF by its PasswordException', async () => {
    const pdfPages = () => Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' }));
    await expect(parseFile(pdfBytes, 'locked.pdf', { extractors: { pdfPages } })).rejects.toMatchObject({
      problem: 'encrypted', message: 'locked.pdf: the PDF is password-protected; remove the password and import it again',
    });
  });
});
