import { describe, expect, it } from 'vitest';
import { escapeHtml, quoteReportHtml, tablesToHtml } from '../../../shared/export/html';
import { findingsReportTables, findingsTable } from '../../../shared/report/findingsTable';
import { quoteReport } from '../../../shared/report/quoteReport';
import type { QuoteSection } from '../../../shared/report/types';
import { sampleWithoutReportData } from '../../support/sample';

const HOSTILE = '<script>alert("x")</script> & \'quoted\'';

/** A page must be whole, local and inert. */
function expectSelfContained(html: string) {
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">')).toBe(true);
  expect(html.trimEnd().endsWith('</html>')).toBe(true);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|@import|url\(/i);
  expect(html).not.toMatch(/https?:/);
}

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
  });
});

describe('quoteReportHtml', () => {
  const sections: QuoteSection[] = [{
    codeId: 't' as never, heading: 'Theme & co', level: 1, quotes: [], children: [{
      codeId: 's' as never, heading: HOSTILE, level: 2, children: [],
      quotes: [{ quoteId: null, sourceId: 'x' as never, text: `[son] said ${HOSTILE}\nthen left`, attribution: '(FG 1)', fidelity: 'ok' }],
    }],
  }];

  it('writes a self-contained page with headings by level and quotes as blockquotes, everything escaped', () => {
    const html = quoteReportHtml('Quotes <draft>', sections);
    expectSelfContained(html);
    expect(html).toContain('<title>Quotes &lt;draft&gt;</title>');
    expect(html).toContain('<h1>Quotes &lt;draft&gt;</h1>');
    expect(html).toContain('<h2>Theme &amp; co</h2>');
    expect(html).toContain(`<h3>${escapeHtml(HOSTILE)}</h3>`);
    expect(html).toContain(`<blockquote><p>\u201C[son] said ${escapeHtml(HOSTILE)}<br>then left\u201D <span class="attribution">(FG 1)</span></p></blockquote>`);
    expect(html).not.toContain('<script>');
  });

  it('holds every extract of the sample', async () => {
    const html = quoteReportHtml('Sample', quoteReport(await sampleWithoutReportData(), { allExtractsWhenNoQuotes: true }));
    expectSelfContained(html);
    expect(html.match(/<blockquote>/g)).toHaveLength(48);
    expect(html.match(/<h2>/g)).toHaveLength(7);
  });
});

describe('tablesToHtml', () => {
  it('writes real tables: caption, column headings, row headings, list cells as lines, numbers, note', () => {
    const html = tablesToHtml('Findings', [{
      title: 'Table 1: Findings', columns: ['Theme', 'Carers', 'Count'],
      rows: [[HOSTILE, ['Challenges of adjustment', 'Information sharing'], 3]], note: 'Counts are codings.',
    }]);
    expectSelfContained(html);
    expect(html).toContain([
      '<table>',
      '<caption>Table 1: Findings</caption>',
      '<thead><tr><th scope="col">Theme</th><th scope="col">Carers</th><th scope="col">Count</th></tr></thead>',
      '<tbody>',
      `<tr><th scope="row">${escapeHtml(HOSTILE)}</th><td>Challenges of adjustment<br>Information sharing</td><td class="number">3</td></tr>`,
      '</tbody>',
      '</table>',
      '<p class="note">Counts are codings.</p>',
    ].join('\n'));
  });

  it('writes the sample’s findings tables', async () => {
    const html = tablesToHtml('Findings', findingsReportTables(findingsTable(await sampleWithoutReportData(), { kind: 'level', level: 2 })));
    expectSelfContained(html);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<caption>Table 2: Themes and subthemes</caption>');
    expect(html).toContain('<td>Organisational barriers (culture)<br>Organisational barriers (bureaucracy)<br>Organisational barriers (funding)</td>');
    expect(html).toContain('<th scope="row">Carer support</th><td>Being noticed and asked<br>Practical support and breaks</td>');
  });
});
