import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AnonymisePage } from './pages/anonymise';
import { StoryloomApp } from './pages/app';
import { ReaderPage } from './pages/reader';

const SCREENS = `${process.env.PW_OUTPUT ?? 'test-results'}/screens`;

test('scan, replace, and withdraw a participant: codings keep their words, counts follow, nothing can be undone', async ({ page }) => {
  const app = new StoryloomApp(page);
  const anonymise = new AnonymisePage(page);
  const reader = new ReaderPage(page);
  await app.firstRun();
  const before = await app.dashboardFigures();

  await anonymise.open();
  await app.expectAccessible('anonymise');
  const scan = await anonymise.scanAll();
  await expect(scan.getByRole('heading', { name: /^Ages/ })).toBeVisible();
  await expect(scan.getByRole('checkbox', { name: 'Replace seventies', exact: true })).toBeVisible();
  await anonymise.choose(scan, 'seventies', 'older age');
  await anonymise.choose(scan, 'twenties', '[age]');
  await expect(scan.getByRole('status')).toContainText('2 ticked');
  await page.screenshot({ path: `${SCREENS}/anonymise-scan.png`, fullPage: true });
  await app.expectAccessible('scan results');
  await scan.getByRole('button', { name: 'Replace 2 ticked occurrences…' }).click();
  await expect(anonymise.dialog).toContainText('This cannot be undone');
  await app.expectAccessible('redaction confirmation');
  await anonymise.confirm(/^Replace \d+ time/);
  await expect(anonymise.status('Replaced 2 occurrences in the sources')).toBeVisible();

  // The sample is anonymised: make a name to find by replacing a word inside coded text everywhere.
  const replace = await anonymise.previewReplaceAll('Thursday', 'weekday', 'date');
  // Also in a memo on Nar. 1 ("request to be told on Thursday"): the memo is rewritten too.
  await expect(replace.getByRole('status')).toContainText('2 occurrences in 2 sources (Nar. 1: 1, Nar. 2: 1), and 1 in quotes, memos');
  await replace.getByRole('button', { name: 'Replace 3 occurrences…' }).click();
  await expect(anonymise.dialog).toContainText('every “Thursday” with [weekday]');
  await page.screenshot({ path: `${SCREENS}/anonymise-replace-confirm.png` });
  await anonymise.confirm('Replace 3 times');
  await expect(anonymise.status('Replaced “Thursday” 3 times with [weekday]')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo/ })).not.toHaveAccessibleName(/Thursday|Redact/);

  await reader.open('Compliment letter: community rehabilitation team');
  await expect(reader.mark("every other [weekday] and I go to a group where I have made real friends")).toBeVisible();
  await expect(reader.text).not.toContainText('Thursday');
  await page.screenshot({ path: `${SCREENS}/anonymise-reader-redacted.png` });

  await anonymise.open();
  const withdraw = await anonymise.tab('Withdraw a participant');
  await withdraw.getByLabel('Participant to withdraw').selectOption({ label: 'P8' });
  await withdraw.getByRole('button', { name: 'Withdraw participant…' }).click();
  await expect(anonymise.dialog).toContainText('FG 2: 13 turns replaced with [withdrawn]');
  await expect(anonymise.dialog).toContainText('It\'s carers like me, the ones who are working');
  await page.screenshot({ path: `${SCREENS}/anonymise-withdraw-confirm.png` });
  await app.expectAccessible('withdrawal confirmation');
  await anonymise.confirm('Withdraw P8');
  await expect(anonymise.status('Withdrew P8: 13 turns')).toBeVisible();

  await app.nav('Overview').click();
  const after = await app.dashboardFigures();
  expect(Number(after.Participants)).toBe(Number(before.Participants) - 1);
  expect(Number(after.Codings)).toBeLessThan(Number(before.Codings));
  await page.screenshot({ path: `${SCREENS}/anonymise-dashboard-after.png` });

  await reader.open('Focus group 2');
  const p8 = reader.text.locator('.turn').filter({ has: page.locator('.speaker-name', { hasText: /^P8$/ }) });
  await expect(p8).toHaveCount(13);
  for (const turn of await p8.all()) await expect(turn.locator('.speech')).toHaveText('[withdrawn]');
  await expect(reader.text).not.toContainText('gym membership');
  await page.screenshot({ path: `${SCREENS}/anonymise-reader-withdrawn.png` });

  await anonymise.open();
  const log = await anonymise.tab('Redaction log');
  const table = log.getByRole('table', { name: 'Redaction log' });
  await expect(table).toContainText('participant P8');
  await expect(table).toContainText(/Redaction\s*age/);
  await expect(table).toContainText('[older age]');
  await expect(table).not.toContainText('Thursday');
  await page.screenshot({ path: `${SCREENS}/anonymise-log.png`, fullPage: true });
  await app.expectAccessible('redaction log');
  const download = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Export the log as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('When,Who,What,Kind,Where,Count,Replaced with');
  expect(csv).toContain('Withdrawal,participant P8,FG 2,13,[withdrawn]');
  expect(csv).not.toMatch(/Thursday|seventies|twenties/);
});

test('the screen works from the keyboard', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await new AnonymisePage(page).open();
  const first = page.getByRole('tab', { name: 'Scan for identifiers' });
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Replace all' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Replace all' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Replace all' })).toBeFocused();
  await page.keyboard.type('Parkinson\'s');
  await page.keyboard.press('Tab');
  await page.keyboard.type('condition');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tabpanel', { name: 'Replace all' }).getByRole('status')).toContainText('4 occurrences in 2 sources');
  await page.getByRole('button', { name: /^Replace \d+ occurrences…/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
