import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';

test('no serious or critical accessibility violation on any screen', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await app.expectAccessible('dashboard');
  for (const view of ['Familiarise', 'Code', 'Themes', 'Review', 'Define', 'Report', 'Sources', 'Participants', 'History']) {
    await app.nav(view).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${view.toLowerCase()}.png`, fullPage: true });
    await app.expectAccessible(view);
  }
  await app.nav('Sources').click();
  await page.getByRole('link', { name: 'Complaint letter: hospital discharge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Complaint letter/ })).toBeVisible();
  await app.expectAccessible('reader');
  await app.goToProjects();
  await app.expectAccessible('projects');
  await page.getByRole('button', { name: /^Delete / }).first().click();
  await app.expectAccessible('delete dialog');
});

test('the app works from the keyboard: skip link, navigation, opening a source', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  const sources = app.nav('Sources');
  await sources.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(page.locator('#main')).toBeFocused();
  const link = page.getByRole('link', { name: 'Focus group 2' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Focus group 2/ })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as read' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Read ✓/ })).toBeVisible();
});
