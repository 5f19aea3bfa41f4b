/**
 * Agreement between coders, end to end on the sample project (one coder, "Sample Researcher"):
 * add a second coder, code blind, then compare the two in Review > Agreement: the table, the
 * "undefined" statistics of codes neither used, the disagreements side by side, the export.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { AgreementPage } from './pages/agreement';
import { ReaderPage } from './pages/reader';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '../../samples/carers-pilot');
const FILES = ['fg1.txt', 'fg2.txt', 'nar1-complaint.txt', 'nar2-compliment.txt', 'nar3-case-story.txt', 'nar4-fft.txt'];
/** Every character of every source is a unit: the canonical texts' lengths (UTF-16 units). */
const UNITS = FILES.reduce((n, f) => n + readFileSync(join(SAMPLE, f), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').length, 0);

// The sample codes "Challenges of adjustment" twice (Sample Researcher):
const RESEARCHER_FG1 = "I didn't know I was a carer until the memory nurse used the word, and I remember thinking, well, I'm not, I'm his wife.";
const RESEARCHER_FG2 = 'They showed me once, on the ward, with the hoist, with a physio stood next to me. Once.';
// The second coder codes the start of the first passage, and a passage the researcher did not code:
const SECOND_OVERLAP = "I didn't know I was a carer until the memory nurse used the word";
const SECOND_ONLY = "it'll be four years this summer";
const SECOND = 'Alex Morgan';
const FIRST = 'Sample Researcher';

/** The figures the table should show for a 2x2 table, worked as the unit tests work them. */
function figures(a: number, b: number, both: number, units: number): string[] {
  const disagreed = a + b - 2 * both;
  const chance = a * b + (units - a) * (units - b);
  const kappa = (units * (units - disagreed) - chance) / (units * units - chance);
  const alpha = 1 - ((2 * units - 1) * disagreed) / ((a + b) * (2 * units - a - b));
  const n = new Intl.NumberFormat('en-GB');
  return [((100 * (units - disagreed)) / units).toFixed(2), kappa.toFixed(4), alpha.toFixed(4), n.format(a), n.format(b), n.format(both)];
}

test('a second coder codes blind; Review > Agreement compares the two, lists the disagreements and exports the table', async ({ page }) => {
  const agreement = new AgreementPage(page);
  const reader = new ReaderPage(page);
  await agreement.app.firstRun();

  // One coder with codings: the tab says how to get a second.
  await agreement.openAgreement();
  await expect(agreement.panel).toContainText('So far only Sample Researcher has codings.');
  await expect(agreement.panel.getByRole('listitem').filter({ hasText: 'Create a second coder' })).toBeVisible();
  await expect(agreement.panel.getByRole('link', { name: 'Project files' })).toBeVisible();

  // A second coder, coding blind.
  await expect(agreement.coderButton).toHaveText(`Coder: ${FIRST}`);
  await agreement.addCoder(SECOND);
  await agreement.setBlind(true);
  await agreement.app.expectAccessible('coders dialog');
  await agreement.screenshot('coders-dialog');
  await agreement.closeCoders();
  await expect(agreement.coderButton).toHaveText(`Coder: ${SECOND} (blind)`);
  await expect(agreement.coderButton).toBeFocused();

  await reader.open('Focus group 1');
  await expect(page.getByText('Blind coding: showing only your codings')).toBeVisible();
  await expect(reader.text.locator('mark.coding-mark')).toHaveCount(0); // the researcher's 16 codings are hidden
  await reader.select(SECOND_OVERLAP);
  await reader.codeWith('Challenges of adj');
  await expect(page.getByRole('status').filter({ hasText: 'Coded' })).toContainText('Coded as Challenges of adjustment.');
  await reader.select(SECOND_ONLY);
  await reader.codeWith('Challenges of adj');
  await expect(reader.text.locator('mark.coding-mark')).toHaveCount(2);
  await expect(reader.mark('four years this summer')).toHaveAttribute('title', /Challenges of adjustment/);
  await page.getByRole('heading', { level: 1, name: /Focus group 1/ }).scrollIntoViewIfNeeded();
  await agreement.screenshot('reader-blind');
  await agreement.app.expectAccessible('reader while coding blind');

  // Blind coding off, and back to the first coder.
  const dialog = await agreement.openCoders();
  await agreement.setBlind(false);
  await dialog.getByRole('button', { name: `Code as ${FIRST}` }).click();
  await expect(dialog.getByRole('status')).toContainText(`Now coding as ${FIRST}.`);
  await expect(dialog.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  await agreement.closeCoders();
  await expect(agreement.coderButton).toHaveText(`Coder: ${FIRST}`);
  await expect(page.getByText('Blind coding: showing only your codings')).toBeHidden();
  await expect.poll(() => reader.text.locator('mark.coding-mark').count()).toBeGreaterThan(2);

  await agreement.app.nav('History').click();
  const changes = page.getByRole('table', { name: 'Changes' });
  await expect(changes).toContainText(`Added coder "${SECOND}", now coding`);
  await expect(changes).toContainText('Turned blind coding on');
  await expect(changes).toContainText('Turned blind coding off');
  await expect(changes).toContainText(`Changed the coder from "${SECOND}" to "${FIRST}"`);

  // The comparison, over characters.
  await agreement.openAgreement();
  await agreement.chooseCoder('A', FIRST);
  await agreement.chooseCoder('B', SECOND);
  await expect(agreement.table.locator('caption')).toContainText(`over ${new Intl.NumberFormat('en-GB').format(UNITS)} characters per code`);
  const a = RESEARCHER_FG1.length + RESEARCHER_FG2.length;
  const b = SECOND_OVERLAP.length + SECOND_ONLY.length;
  expect(await agreement.row('Challenges of adjustment')).toEqual(figures(a, b, SECOND_OVERLAP.length, UNITS));
  // A theme has no codings of its own: neither coder used it, so kappa and alpha are undefined.
  expect(await agreement.row('Toughest challenges for integrating carer support services')).toEqual(['100.00', 'undefined', 'undefined', '0', '0', '0']);
  // A code only the researcher used: kappa is 0 (no better than chance), not undefined.
  expect((await agreement.row('Information sharing')).slice(1, 5)).toEqual(['0.0000', expect.stringMatching(/^-0\.\d{4}$/), expect.any(String), '0']);
  const overall = await agreement.overall();
  expect(overall.slice(4)).toEqual([String(b), String(SECOND_OVERLAP.length)]);
  expect(overall[1]).toMatch(/^0\.\d{4}$/);
  await expect(agreement.panel.locator('.agreement-overall')).toContainText(/Overall, over the 2\d codes either coder used/);
  await agreement.screenshot('agreement-table', agreement.panel);

  // The disagreements on Challenges of adjustment, side by side.
  await agreement.showDisagreements('Challenges of adjustment');
  const first = agreement.onlyBy(FIRST);
  const second = agreement.onlyBy(SECOND);
  await expect(first).toContainText("and I remember thinking, well, I'm not, I'm his wife.");
  await expect(first).toContainText(RESEARCHER_FG2);
  await expect(first).toContainText('2 passages');
  await expect(second).toContainText(SECOND_ONLY);
  await expect(second).toContainText(`1 passage, ${SECOND_ONLY.length} characters`);
  await expect(second.locator('.disputed')).toHaveText([SECOND_ONLY]);
  await agreement.app.expectAccessible('agreement');
  await agreement.screenshot('disagreements', agreement.panel.locator('section.disagreements'));

  // Turns: a turn counts when any of it is coded. The researcher coded two turns (FG 1 and FG 2),
  // the second coder two turns of FG 1, one of them the researcher's.
  await agreement.chooseUnit('Speaker turns');
  await expect(agreement.table.locator('caption')).toContainText('turns per code');
  const turns = Number((await agreement.table.locator('caption').innerText()).match(/over ([\d,]+) turns/)?.[1]?.replace(/,/g, ''));
  expect(turns).toBe(189);
  expect(await agreement.row('Challenges of adjustment')).toEqual(figures(2, 2, 1, turns));
  await expect(agreement.onlyBy(SECOND)).toContainText('1 passage, 1 turn');
  await agreement.chooseUnit('Characters');

  // The table exports as CSV (and Excel).
  const csv = await agreement.exportTable('CSV');
  expect(csv.suggestedFilename()).toMatch(/agreement table\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toContain(`Code,% agreement,Cohen's kappa,Krippendorff's alpha,${FIRST}: characters coded,${SECOND}: characters coded,Both: characters coded\r\n`);
  expect(text).toContain('Toughest challenges for integrating carer support services,100,undefined,undefined,0,0,0\r\n');
  expect(text).toContain(`Toughest challenges for integrating carer support services > Carers > Challenges of adjustment,${figures(a, b, SECOND_OVERLAP.length, UNITS).slice(0, 3).map(Number).join(',')},${a},${b},${SECOND_OVERLAP.length}\r\n`);
  expect(text).toMatch(/\r\nAll codes \(pooled\),/);
  const xlsx = await agreement.exportTable('Excel (XLSX)');
  expect(xlsx.suggestedFilename()).toMatch(/agreement table\.xlsx$/);

  // A disagreement opens in the reader with its words selected.
  await agreement.showDisagreements('Challenges of adjustment');
  await agreement.onlyBy(SECOND).getByRole('link', { name: /^Open in the reader: FG 1, “it'll be four years/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Focus group 1/ })).toBeVisible();
  await expect(page.locator('.selection-summary')).toContainText('four years this summer');
});
