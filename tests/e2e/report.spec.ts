import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { ReportPage } from './pages/report';

const THEME = 'Toughest challenges for integrating carer support services';
const OUT = join(process.env.PW_OUTPUT ?? 'test-results', 'exports');

test.beforeEach(async ({ page }) => {
  await new ReportPage(page).app.firstRun();
});

async function saved(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, name);
  await download.saveAs(path);
  return path;
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

test('the theme matrix by participant group opens the extracts behind a cell', async ({ page }) => {
  const report = new ReportPage(page);
  await report.openReview();
  await page.getByLabel('Columns').selectOption({ label: 'Participant group' });
  await expect(report.matrix.locator('thead th')).toHaveText(['Code', 'Carer', 'HSC professional']);
  await expect(report.cell(THEME, 'Carer')).toHaveText('6');
  await expect(report.cell(THEME, 'HSC professional')).toHaveText('10');
  await report.cell(THEME, 'Carer').click();
  await expect(report.cellExtracts.getByRole('heading', { level: 3 })).toHaveText(`${THEME} · Carer: 6 extracts`);
  await expect(report.cellExtracts.locator('.extract')).toHaveCount(6);
  await expect(report.cellExtracts).toContainText('I have to start again from the beginning.');

  await page.getByLabel('Measure').selectOption({ label: 'Share of the column\'s participants' });
  await expect(report.cell(THEME, 'Carer')).toHaveText(/%$/);
  await report.screenshot('review-matrix');
  await report.app.expectAccessible('theme matrix');

  // Collapse and expand rows of a deeper tree.
  await page.getByLabel('Rows').selectOption({ index: 1 });
  await page.getByRole('button', { name: `Collapse ${THEME}` }).click();
  await expect(report.matrix.getByRole('rowheader', { name: 'Carers' })).toHaveCount(2);
  await page.getByRole('button', { name: `Expand ${THEME}` }).click();
  await expect(report.matrix.getByRole('rowheader', { name: 'Carers' })).toHaveCount(3);

  await report.tab('Co-occurrence').click();
  const pair = page.getByRole('button', { name: /Providing person-centred care and Organisational barriers \(culture\)|Organisational barriers \(culture\) and Providing person-centred care/ });
  await pair.click();
  await expect(page.locator('.extract').first()).toContainText('It\'s not that people don\'t care.');
  await report.screenshot('review-cooccurrence');
  await report.app.expectAccessible('co-occurrence');
  await page.getByRole('radio', { name: 'matrix' }).check();
  await page.getByRole('button', { name: 'Being noticed and asked with Communication at discharge: 1' }).click();
  await expect(page.locator('.extract').first()).toContainText('nobody asked me a single question');
  await report.screenshot('review-cooccurrence-matrix');
  await report.app.expectAccessible('co-occurrence matrix');

  await report.tab('Coverage').click();
  await expect(page.getByRole('heading', { name: /Sources with no coding/ })).toBeVisible();

  await report.tab('Framework summaries').click();
  await page.getByRole('combobox', { name: 'Source', exact: true }).selectOption({ label: 'FG 2: Focus group 2' });
  const field = page.getByRole('textbox', { name: /Experience of co-production and story-telling/ });
  await field.fill('Working carers could not attend; professionals felt exposed.');
  await field.blur();
  const cell = page.locator('.framework-overview tr', { has: page.getByRole('rowheader', { name: 'Experience of co-production and story-telling' }) }).locator('td').nth(1);
  await expect(cell).toHaveText('✓ written');
  await page.reload();
  await report.tab('Framework summaries').click();
  await page.getByRole('combobox', { name: 'Source', exact: true }).selectOption({ label: 'FG 2: Focus group 2' });
  await expect(page.getByRole('textbox', { name: /Experience of co-production and story-telling/ })).toHaveValue('Working carers could not attend; professionals felt exposed.');
});

test('curate a quote with an omission; a misquote is flagged', async ({ page }) => {
  const report = new ReportPage(page);
  await report.openReport();
  await expect(page.locator('.quote-card')).toHaveCount(7);
  await report.chooseOption(page.getByLabel('Extracts coded with'), 'Information sharing');
  const extract = page.locator('.extract').filter({ hasText: 'sat at my kitchen table' });
  await extract.getByRole('button', { name: 'Use as quote' }).click();
  await expect(page.locator('.quote-card')).toHaveCount(8);
  const quote = report.quoteCard(8);
  const wording = quote.getByLabel('Wording');
  await expect(wording).toHaveValue('And every single one of them sat at my kitchen table and asked me the same questions.');

  await wording.fill('And every single one of them ... asked me the same questions.');
  await wording.blur();
  await expect(report.quoteCard(8)).toContainText('Every word is in the source, in order.');

  await report.quoteCard(8).getByLabel('Wording').fill('And every one of them asked me the same question.');
  await report.quoteCard(8).getByLabel('Wording').blur();
  await expect(report.quoteCard(8)).toContainText('Check the wording');
  await expect(page.getByText(/1 needs checking/)).toBeVisible();
  await report.screenshot('report-quotes');
  await report.app.expectAccessible('quotes');

  await report.quoteCard(8).getByLabel('Wording').fill('And every single one of them [the professionals] ... asked me the same questions.');
  await report.quoteCard(8).getByLabel('Wording').blur();
  await expect(report.quoteCard(8)).toContainText('Every word is in the source, in order.');
  await report.quoteCard(8).getByRole('button', { name: 'Participant style' }).click();
  await expect(report.quoteCard(8).getByLabel('Attribution')).toHaveValue(/^\(participant \d+, focus group 2\)$/);

  await page.reload();
  await expect(report.quoteCard(8).getByLabel('Wording')).toHaveValue('And every single one of them [the professionals] ... asked me the same questions.');
});

test('export the findings table and the board report as Word documents that open', async ({ page }) => {
  const report = new ReportPage(page);
  await report.openReport();
  await report.tab('Findings table').click();
  await expect(page.locator('table.report-table').first().locator('thead th')).toHaveText(['Theme', 'Carers', 'HSC professionals']);
  await expect(page.locator('table.report-table').nth(1).locator('thead th')).toHaveText(['Theme', 'Subthemes']);
  const findings = await saved(page, () => page.getByRole('button', { name: 'Export findings table' }).click(), 'findings.docx');
  expect(await documentXml(findings)).toContain('Organisational barriers (bureaucracy)');

  await report.tab('Board report').click();
  await page.getByLabel('Meeting (committee)').fill('Health and Wellbeing Board');
  await page.getByLabel('Date of the meeting').fill('2026-01-15');
  await page.getByLabel('Responsible or reporting officer').fill('Director of Adult Social Care');
  await report.screenshot('report-board');
  await report.app.expectAccessible('board report');
  const board = await saved(page, () => page.getByRole('button', { name: /^Export board report/ }).click(), 'board-report.docx');
  const xml = await documentXml(board);
  for (const text of ['Summary', 'Recommendations', 'Background', 'Director of Adult Social Care', 'Information sharing', '(FG 1)']) {
    expect(xml).toContain(text);
  }
  // The header fields are kept for next time.
  await page.reload();
  await report.tab('Board report').click();
  await expect(page.getByLabel('Responsible or reporting officer')).toHaveValue('Director of Adult Social Care');

  // Word opens it: LibreOffice, where installed, converts it to a PDF.
  const office = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
  if (office) {
    execFileSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', OUT, board], { timeout: 120_000, stdio: 'ignore' });
    const pdf = readFileSync(join(OUT, 'board-report.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  }
});
