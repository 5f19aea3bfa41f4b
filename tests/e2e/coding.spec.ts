import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';
import { ReaderPage } from './pages/reader';

test('code words with an existing code and in vivo; reload keeps both; undo and redo', async ({ page }) => {
  const app = new StoryloomApp(page);
  const reader = new ReaderPage(page);
  await app.firstRun();
  await reader.open('Focus group 1');

  await reader.select("it'll be four years this summer");
  await reader.codeWith('Challenges of adj');
  await expect(page.getByRole('status').filter({ hasText: 'Coded' })).toContainText('Coded as Challenges of adjustment.');
  await expect(reader.mark('four years this summer')).toHaveAttribute('title', /Challenges of adjustment/);

  await reader.select("just couldn't, I couldn't do both");
  await page.getByRole('button', { name: /^In vivo/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Created' })).toContainText("Created code “just couldn't, I couldn't do both”");
  await expect(reader.mark("just couldn't, I couldn't do both")).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/coding.png' });

  await page.reload();
  await expect(reader.mark('four years this summer')).toHaveAttribute('title', /Challenges of adjustment/);
  await expect(reader.mark("just couldn't, I couldn't do both")).toHaveAttribute('title', /just couldn't, I couldn't do both/);
  await app.nav('Overview').click();
  expect(await app.dashboardFigures()).toMatchObject({ Codes: '37', Codings: '50' });

  await page.getByRole('button', { name: /^Undo: Coded/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toContainText("Undid: Coded \"just couldn't, I couldn't do both\"");
  expect(await app.dashboardFigures()).toMatchObject({ Codes: '37', Codings: '49' });
  await page.keyboard.press('Control+Shift+Z');
  expect(await app.dashboardFigures()).toMatchObject({ Codings: '50' });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await app.dashboardFigures()).toMatchObject({ Codes: '36', Codings: '49' });
  await app.nav('History').click();
  await expect(page.getByRole('table', { name: 'Changes' })).toContainText('Coded "it\'ll be four years this summer" as Challenges of adjustment');
});

test('coding from the keyboard: caret into the text, Shift+arrows to select, C to code, the codes at a spot', async ({ page }) => {
  const app = new StoryloomApp(page);
  const reader = new ReaderPage(page);
  await app.firstRun();
  await reader.open('Focus group 2');
  await reader.text.focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.locator('.selection-summary')).toContainText('Selected:');
  const textBefore = await reader.text.textContent();
  await page.keyboard.press('c');
  const picker = page.getByRole('dialog', { name: 'Code the selection' });
  await expect(picker.getByRole('combobox', { name: 'Code name' })).toBeFocused();
  await page.keyboard.type('Information sharing');
  await expect(picker.getByRole('option').first()).toContainText('Information sharing');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Coded' })).toContainText('Coded as Information sharing.');
  expect(await reader.text.textContent()).toBe(textBefore);

  await reader.text.locator('mark.coding-mark').first().click();
  const panel = page.getByRole('complementary', { name: 'Codes here' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  const before = await page.locator('mark.coding-mark').count();
  await panel.getByRole('button', { name: /^Remove / }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toBeVisible();
  expect(await page.locator('mark.coding-mark').count()).toBeLessThan(before);
  await app.expectAccessible('reader with panel');
});

test('typing in the reader never changes the source text', async ({ page }) => {
  const app = new StoryloomApp(page);
  const reader = new ReaderPage(page);
  await app.firstRun();
  await reader.open('Friends and Family Test comment');
  const before = await reader.text.textContent();
  await reader.text.click();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  expect(await reader.text.textContent()).toBe(before);
});

test('correct a transcription error: codings stay on their words, undo restores the text', async ({ page }) => {
  const app = new StoryloomApp(page);
  const reader = new ReaderPage(page);
  await app.firstRun();
  await reader.open('Focus group 1');
  const coded = reader.text.locator('mark.coding-mark', { hasText: 'written down four times' });
  await expect(coded).toHaveCount(1);
  await reader.select('written down four times');
  await page.getByRole('button', { name: /^Correct text…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct the text' });
  await expect(dialog).toContainText('1 coding covers these words and will follow the change.');
  await dialog.getByLabel('Replace with').fill('written down three times');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Corrected' })).toContainText('Corrected the text.');
  await expect(reader.text.locator('mark.coding-mark', { hasText: 'written down three times' })).toHaveCount(1);
  await expect(reader.text).not.toContainText('written down four times');
  await page.getByRole('button', { name: /^Undo: Corrected/ }).click();
  await expect(reader.text.locator('mark.coding-mark', { hasText: 'written down four times' })).toHaveCount(1);
});

test('coding stripes: one per coding in the margin, named on hover, a click shows the coding', async ({ page }) => {
  const app = new StoryloomApp(page);
  const reader = new ReaderPage(page);
  await app.firstRun();
  await reader.open('Complaint letter: hospital discharge');
  const stripes = page.locator('.coding-stripes .stripe');
  await expect(stripes).toHaveCount(6);
  await expect(stripes.first()).toHaveAttribute('title', /./);
  const name = await stripes.first().getAttribute('title');
  await stripes.first().click();
  await expect(page.getByRole('complementary', { name: 'Codes here' })).toContainText(name!);
  await page.screenshot({ path: 'test-results/screens/stripes.png' });
});

test('the reader reopens where the researcher stopped reading', async ({ page }) => {
  const app = new StoryloomApp(page);
  const reader = new ReaderPage(page);
  await app.firstRun();
  await reader.open('Focus group 2');
  await reader.text.locator('.turn').nth(30).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(1500);
  await app.nav('Overview').click();
  await reader.open('Focus group 2');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
});
