/**
 * Partner review end to end (issue 7, "Done when"): export a pack from the Partner review tab,
 * open it as a partner would (from a file, no server), answer, save the response, import it in
 * the app, see it on the review screen, record how we responded, and find it all after a reload.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PartnersPage, ReviewPackPage } from './pages/partners';
import { ReportPage } from './pages/report';

const OUT = process.env.PW_OUTPUT ?? 'test-results';
const FILES = join(OUT, 'partner-review');
const TOUGHEST = 'Toughest challenges for integrating carer support services';
const CHANGES = 'Examples of integrated changes';
const FIRST_QUOTE = 'I didn\'t know I was a carer until the memory nurse used the word';

test.beforeEach(async ({ page }) => {
  await new PartnersPage(page).app.firstRun();
});

test('a partner answers a review pack; the response comes back onto the review screen', async ({ page, context }) => {
  const partners = new PartnersPage(page);

  // A quote reworded to name someone is flagged: unticked, with the reason, until ticked back.
  const report = new ReportPage(page);
  await report.openReport();
  const wording = report.quoteCard(1).getByLabel('Wording');
  await wording.fill(`${FIRST_QUOTE}, and Margaret Thompson said I'm not, I'm his wife.`);
  await wording.blur();
  await expect(report.quoteCard(1)).toContainText('Check the wording');

  await partners.open();
  await expect(partners.round).toHaveValue('1');
  await expect(partners.quotesLegend).toHaveText('Quotes in the pack (6 of 7 ticked)');
  const flagged = partners.quote(FIRST_QUOTE);
  await expect(flagged).not.toBeChecked();
  await expect(flagged).toHaveAccessibleDescription(/The identifier scanner flags personal name "Margaret Thompson"\. Left out unless you tick it\./);
  await flagged.check();
  await expect(flagged).toHaveAccessibleDescription(/You have ticked it/);
  await expect(partners.quotesLegend).toHaveText('Quotes in the pack (7 of 7 ticked)');
  await flagged.uncheck();
  await partners.screenshot(OUT, 'partners-export');
  await partners.app.expectAccessible('partner review, before any response');

  const pack = await partners.exportPack(FILES);
  expect(pack.suggested).toBe('Carers integration pilot (sample) - review pack round 1.html');
  await expect(partners.message).toContainText('Round 1: 7 themes, 6 quotes (1 left out).');
  const html = readFileSync(pack.path, 'utf8');
  expect(html).not.toContain('Margaret');
  expect(html).not.toMatch(/https?:/);

  // The partner opens the attachment: no server, no network.
  const partnerPage = await context.newPage();
  const partner = new ReviewPackPage(partnerPage);
  await partner.open(pack.path);
  await expect(partnerPage.getByRole('heading', { level: 2, name: TOUGHEST })).toBeVisible();
  await expect(partner.theme('Carer support')).toContainText('I burst into tears.');
  await expect(partner.theme('Carer support')).toContainText('(Nar. 2)');
  await partner.expectAccessible();
  const fontSize = await partnerPage.locator('p.definition').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(18);

  // Saving without a name is refused, politely.
  await partner.answer(TOUGHEST, { verdict: 'Yes', comment: 'This is exactly what happened to us with the hospital.' });
  await partner.saveButton.click();
  await expect(partner.status).toContainText('please write your name or initials first');
  await expect(partnerPage.getByLabel('Your name or initials')).toBeFocused();

  await partner.answer(CHANGES, { verdict: 'Partly', name: 'Changes that joined things up' });
  await partner.generalComment('Young carers are missing from these themes.');
  await partner.reviewer('A. B.');
  const saved = await partner.save(FILES);
  expect(saved.suggested).toMatch(/^review-response-a-b-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(partner.status).toContainText(`Your answers are saved in the file \u201C${saved.suggested}\u201D`);
  // The answers stay in the page.
  await expect(partner.theme(TOUGHEST).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await partner.screenshot(OUT, 'partners-pack');
  await partnerPage.emulateMedia({ media: 'print' });
  await partner.screenshot(OUT, 'partners-pack-print');
  expect(partner.requests).toEqual([]);
  const response = JSON.parse(readFileSync(saved.path, 'utf8')) as { reviewer: string; pack: { round: number } };
  expect(response).toMatchObject({ format: 'storyloom-review-response', reviewer: 'A. B.', pack: { round: 1 } });
  await partnerPage.close();

  // Back in the app: a wrong file is refused whole; the response imports; again adds nothing.
  await page.bringToFront();
  const letter = join(FILES, 'letter.json');
  writeFileSync(letter, 'Dear researcher, it all rings true.');
  await partners.importResponses(saved.path, letter);
  await expect(partners.message).toContainText('Nothing was imported');
  await expect(partners.message).toContainText('letter.json: is not a review response (it is not JSON)');
  await expect(page.getByText('No responses imported yet.')).toBeVisible();

  await partners.importResponses(saved.path);
  await expect(partners.message).toContainText('Imported 3 answers from 1 response');
  const toughest = partners.theme(TOUGHEST);
  expect(await partners.counts(TOUGHEST)).toEqual([
    ['Round', 'Yes', 'Partly', 'No', 'No verdict', 'Partners'],
    ['Round 1', '1', '0', '0', '0', '1'],
    ['All rounds', '1', '0', '0', '0', '1'],
  ]);
  await expect(toughest).toContainText('This is exactly what happened to us with the hospital.');
  await expect(toughest).toContainText('Rings true: yes');
  await expect(partners.theme(CHANGES)).toContainText('Suggested name: Changes that joined things up');
  await expect(partners.theme(CHANGES)).toContainText('Rings true: partly');
  await expect(partners.theme('Carer support')).toContainText('No answers yet.');
  await expect(partners.general).toContainText('Young carers are missing from these themes.');

  await partners.importResponses(saved.path);
  await expect(partners.message).toContainText('Nothing new to import');
  await expect(partners.entry(toughest, 'A. B.')).toHaveCount(1);

  // How we responded, and addressed: both kept.
  const note = partners.response(toughest, 'A. B.');
  await note.fill('Added the hospital example to the definition; kept the name.');
  await note.blur();
  await partners.addressed(toughest, 'A. B.').check();
  await expect(partners.addressed(toughest, 'A. B.')).toBeChecked();
  await expect(page.getByText('3 answers from 1 partner in round 1; 1 addressed.')).toBeVisible();
  await partners.screenshot(OUT, 'partners-review');
  await partners.screenshotAnswers(OUT, 'partners-answers');
  await partners.app.expectAccessible('partner review, with responses');

  await page.reload();
  await partners.open();
  await expect(partners.response(partners.theme(TOUGHEST), 'A. B.')).toHaveValue('Added the hospital example to the definition; kept the name.');
  await expect(partners.addressed(partners.theme(TOUGHEST), 'A. B.')).toBeChecked();
  await expect(partners.general).toContainText('Young carers are missing from these themes.');
  await expect(partners.round).toHaveValue('2');
});
