import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';

test('the first run opens the sample project on its dashboard, with figures from the data', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await expect(page.getByRole('heading', { level: 1, name: 'Carers integration pilot (sample)' })).toBeVisible();
  expect(await app.dashboardFigures()).toMatchObject({
    Sources: '6', Read: '0', Participants: '11', Codes: '36', Codings: '48', 'Sources with no coding': '0', Memos: '16',
  });
  await expect(page.getByText('2 focus groups, 4 narratives')).toBeVisible();
  for (const phase of ['Familiarise', 'Code', 'Themes', 'Review', 'Define', 'Report']) {
    await expect(app.nav(phase)).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/screens/dashboard.png', fullPage: true });
});

test('the participants list shows each participant with their attributes', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await app.nav('Participants').click();
  await expect(page.getByRole('heading', { name: 'Participants', level: 1 })).toBeVisible();
  await expect(page.getByText('11 participants and 1 facilitator (not counted as participants).')).toBeVisible();
  const table = page.getByRole('table', { name: 'Participants and their attributes' });
  await expect(table.getByRole('columnheader', { name: 'Organisation category' })).toBeVisible();
  const p2 = table.getByRole('row', { name: /^P2 / });
  await expect(p2).toContainText('Carer');
  await expect(p2).toContainText('None (carer)');
  await page.screenshot({ path: 'test-results/screens/participants.png', fullPage: true });
});
