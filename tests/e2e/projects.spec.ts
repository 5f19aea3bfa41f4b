import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';

test('create a project, find it after a reload, rename it, delete it', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await app.goToProjects();
  await page.getByLabel('New project name').fill('Test');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test' })).toBeVisible();
  expect(await app.dashboardFigures()).toMatchObject({ Sources: '0', Participants: '0', Codings: '0' });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Test' })).toBeVisible();
  await app.goToProjects();
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Test' }) });
  await expect(list.getByRole('link', { name: 'Test', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Rename Test' }).click();
  await page.getByLabel('New name for “Test”').fill('Test renamed');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('link', { name: 'Test renamed', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Test renamed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete "Test renamed"?' });
  await expect(dialog).toContainText('0 sources and their texts');
  await page.screenshot({ path: 'test-results/screens/delete-dialog.png' });
  await dialog.getByRole('button', { name: 'Delete project' }).click();
  await expect(page.getByRole('link', { name: 'Test renamed', exact: true })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Deleted "Test renamed".');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Carers integration pilot (sample)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Test renamed', exact: true })).toHaveCount(0);
});

test('deleting the sample says what will be lost, and cancelling keeps it', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await app.goToProjects();
  await page.getByRole('button', { name: 'Delete Carers integration pilot (sample)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('6 sources and their texts');
  await expect(dialog).toContainText('36 codes and 48 codings');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Carers integration pilot (sample)' })).toBeVisible();
});

test('an empty project name is refused with a message', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await app.goToProjects();
  await page.getByLabel('New project name').fill('   ');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('alert')).toContainText('A project needs a name.');
});
