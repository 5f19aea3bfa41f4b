import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';

test('reading a focus group: turns with speakers, and marking it read updates the dashboard', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await app.nav('Sources').click();
  await page.getByRole('link', { name: 'Focus group 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Focus group 1/ })).toBeVisible();
  const turns = page.locator('.turn');
  await expect(turns.first().locator('.speaker-name')).toHaveText('Facilitator');
  expect(await turns.count()).toBeGreaterThan(20);
  await expect(page.locator('.speaker-name', { hasText: /^P3$/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/reader.png' });

  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('button', { name: /Read ✓/ })).toHaveAttribute('aria-pressed', 'true');
  await app.nav('Overview').click();
  expect(await app.dashboardFigures()).toMatchObject({ Read: '1' });
  await expect(page.getByText('1 of 6 sources read')).toBeVisible();

  await page.reload();
  expect(await app.dashboardFigures()).toMatchObject({ Read: '1' });
});
