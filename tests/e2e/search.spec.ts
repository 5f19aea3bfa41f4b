import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';
import { SearchPage } from './pages/search';

// "nobody asked" occurs three times in the sample: P2 in FG 1, the complaint letter and the FFT comment.
const PHRASE = 'nobody asked';

test('a phrase is found in keyword-in-context form with sources and speakers; a hit opens the reader there', async ({ page }) => {
  const app = new StoryloomApp(page);
  const search = new SearchPage(page);
  await app.firstRun();
  await search.open();
  await expect(search.results.getByRole('status')).toBeEmpty();

  await search.search(PHRASE, 'Exact phrase');
  await expect(search.summary).toHaveText(`3 hits in 3 sources for “${PHRASE}”.`);
  expect(await search.hits()).toEqual([
    { source: 'FG 1', speaker: 'P2', match: 'Nobody asked' },
    { source: 'Nar. 1', speaker: '', match: 'nobody asked' },
    { source: 'Nar. 4', speaker: '', match: 'nobody asked' },
  ]);
  await expect(search.group('FG 1').getByRole('heading')).toContainText('Focus group 1');
  await expect(search.group('Nar. 4').getByRole('heading')).toContainText('1 hit');
  await expect(search.results).toContainText('No hits in FG 2, Nar. 2, Nar. 3.');
  await search.screenshot('search-results');
  await app.expectAccessible('search results');

  await search.hitLink('FG 1', 'Nobody asked me that').click();
  await expect(page.getByRole('heading', { level: 1, name: /Focus group 1/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Nobody asked');
  await page.screenshot({ path: 'test-results/screens/search-hit-in-reader.png' });

  await page.goBack();
  await expect(search.summary).toHaveText(`3 hits in 3 sources for “${PHRASE}”.`);
  await expect(search.form.getByRole('searchbox', { name: 'Search for' })).toHaveValue(PHRASE);
});

test('code all hits with a chosen code, in one step that Undo takes back', async ({ page }) => {
  const app = new StoryloomApp(page);
  const search = new SearchPage(page);
  await app.firstRun();
  const before = Number((await app.dashboardFigures()).Codings);
  await search.open();
  await search.search(PHRASE, 'Exact phrase');
  await expect(search.summary).toHaveText(/^3 hits/);

  await search.codeAllHits('Information sharing');
  await expect(search.results.getByRole('status').filter({ hasText: 'Coded' }))
    .toContainText('Coded 3 hits as “Information sharing”. Undo with Ctrl+Z or the Undo button at the top.');
  await search.screenshot('search-coded');
  await app.nav('Overview').click();
  expect((await app.dashboardFigures()).Codings).toBe(String(before + 3));

  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toContainText('Undid: Coded 3 passages as Information sharing');
  expect((await app.dashboardFigures()).Codings).toBe(String(before));
});

test('a bad regular expression is reported in an alert that names the problem; past 500 hits it says how many it shows', async ({ page }) => {
  const app = new StoryloomApp(page);
  const search = new SearchPage(page);
  await app.firstRun();
  await search.open();
  await search.search('(carers', 'Regular expression');
  const alert = page.getByRole('alert').filter({ hasText: 'regular expression' });
  await expect(alert).toContainText('Not a valid regular expression');
  await expect(alert).toContainText(/unterminated group/i);
  await expect(search.form.getByRole('searchbox', { name: 'Search for' })).toHaveAttribute('aria-invalid', 'true');
  await search.screenshot('search-bad-regex');

  await search.search('\\bcarers?\\b', 'Regular expression');
  await expect(alert).toHaveCount(0);
  await expect(search.summary).toHaveText(/^\d+ hits in \d sources/);

  await search.search('\\p{L}+', 'Regular expression');
  await expect(search.summary).toHaveText(/^Showing the first 500 of [\d,]+ hits in 6 sources for/);
  await expect(search.results.locator('.hit')).toHaveCount(500);
  await search.screenshot('search-truncated', false);
});

test('word frequencies by participant Group compare carers and professionals; a word runs a whole-word search', async ({ page }) => {
  const app = new StoryloomApp(page);
  const search = new SearchPage(page);
  await app.firstRun();
  await search.open();
  await search.tab('Word frequencies').click();
  await search.chooseSources('Word frequencies', ['FG 1', 'FG 2']);
  await search.countWords({ groupBy: 'Participant Group' });

  await expect(search.frequencyTables()).toHaveCount(2);
  const carers = search.frequencyTables().filter({ has: page.locator('caption', { hasText: /^Carer\b/ }) });
  const professionals = search.frequencyTables().filter({ has: page.locator('caption', { hasText: /^HSC professional\b/ }) });
  await expect(carers).toBeVisible();
  await expect(professionals).toBeVisible();
  await expect(professionals.getByRole('columnheader')).toHaveText(['Word', 'Count', 'Sources']);
  await expect(professionals.getByRole('rowheader').first()).toHaveText('carers');
  await expect(carers.getByRole('rowheader', { name: 'erm' })).toHaveCount(0); // fillers left out by default
  await search.screenshot('search-frequencies');
  await app.expectAccessible('word frequencies');

  await professionals.getByRole('button', { name: 'carers', exact: true }).click();
  await expect(search.tab('Search')).toHaveAttribute('aria-selected', 'true');
  await expect(search.form.getByRole('searchbox', { name: 'Search for' })).toBeFocused();
  await expect(search.form.getByRole('checkbox', { name: 'Whole words' })).toBeChecked();
  await expect(search.summary).toHaveText(/^\d+ hits in 2 sources for “carers”\.$/);
  const hits = await search.hits();
  expect(hits.every((h) => h.match.toLowerCase() === 'carers')).toBe(true);
  await expect(search.form.getByRole('group', { name: 'Sources' }).getByRole('checkbox', { checked: true })).toHaveCount(2);
});

test('grouped by source there is a table per source; the tabs work from the keyboard', async ({ page }) => {
  const app = new StoryloomApp(page);
  const search = new SearchPage(page);
  await app.firstRun();
  await search.open();
  await search.tab('Search').focus();
  await page.keyboard.press('ArrowRight');
  await expect(search.tab('Word frequencies')).toBeFocused();
  await expect(search.tab('Word frequencies')).toHaveAttribute('aria-selected', 'true');
  await search.countWords({ groupBy: 'Source' });
  await expect(search.frequencyTables()).toHaveCount(6);
  await search.countWords({ groupBy: 'Whole project (one table)' });
  await expect(search.frequencyTables()).toHaveCount(1);
  await expect(search.frequencyTables().locator('caption')).toContainText('Whole project');
  await search.screenshot('search-frequencies-project');
});
