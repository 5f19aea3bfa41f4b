import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { StoryloomApp } from './pages/app';
import { BackupsPanelPage } from './pages/backups';
import { CodeTreeEditor } from './pages/codeTree';

const SHOTS = process.env.PW_OUTPUT ?? 'test-results';
const SAMPLE = 'Carers integration pilot (sample)';
const NEW_CODE = 'Made after the backup';

test('back up now, change the project, restore the backup as a new project without the change, and download one', async ({ page }) => {
  const app = new StoryloomApp(page);
  const backups = new BackupsPanelPage(page);
  const codes = new CodeTreeEditor(page);
  await app.firstRun();

  await backups.open();
  await expect(backups.panel).toContainText('No backups of this project yet.');
  await expect(backups.panel).toContainText("Backups in the browser live in this browser's storage: download one now and then");
  await expect(backups.downloadPrompt).toHaveCount(0);

  await backups.backUpNow();
  await expect(backups.status).toContainText(/Backed up at \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}\./);
  const listed = await backups.listed();
  expect(listed).toHaveLength(1);
  expect(listed[0]![1]).toBe('Backed up by hand');
  expect(listed[0]![2]).toMatch(/^\d+ KB$/);
  await expect(backups.downloadPrompt).toContainText('You have not downloaded a backup of this project yet.');
  await backups.panel.screenshot({ path: `${SHOTS}/backups-panel.png` });
  await app.expectAccessible('Backups');

  // Unchanged: no second backup.
  await backups.backUpNow();
  await expect(backups.status).toContainText('Nothing has changed since the backup of');
  await expect(backups.rows).toHaveCount(1);

  // A change after the backup.
  await codes.open();
  await codes.createCode(NEW_CODE);

  await backups.open();
  await backups.restoreByKeyboard(0);
  await expect(backups.panel.getByRole('status').filter({ hasText: 'Restored the backup as the new project' })).toContainText('This project is unchanged.');
  await expect(backups.openRestored).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/backups-restored.png`, fullPage: true });
  await app.expectAccessible('Backup restored');

  // The download: a project file, i.e. a zip.
  const download = await backups.download(0);
  expect(download.suggestedFilename()).toMatch(/^Carers integration pilot \(sample\) - backup \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2}\.qdpx$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(backups.status).toContainText('to your downloads.');
  await expect(backups.downloadPrompt).toHaveCount(0);

  // The restored project is in the list, without the code made after the backup; this one keeps it.
  await app.goToProjects();
  const restored = page.getByRole('link', { name: new RegExp(`^${SAMPLE.replace(/[()]/g, '\\$&')} \\(restored from \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}\\)$`) });
  await expect(restored).toBeVisible();
  await expect(page.getByRole('link', { name: SAMPLE, exact: true })).toBeVisible();
  await restored.click();
  await expect(page.getByRole('heading', { level: 1, name: /\(restored from / })).toBeVisible();
  expect(await app.dashboardFigures()).toMatchObject({ Codes: '36', Codings: '48' });
  await codes.open();
  await expect(codes.item(NEW_CODE)).toHaveCount(0);
  // Its own backups start empty.
  await backups.open();
  await expect(backups.panel).toContainText('No backups of this project yet.');

  await app.goToProjects();
  await page.getByRole('link', { name: SAMPLE, exact: true }).click();
  await codes.open();
  await expect(codes.item(NEW_CODE)).toBeVisible();
});

test('delete a backup after confirming', async ({ page }) => {
  const app = new StoryloomApp(page);
  const backups = new BackupsPanelPage(page);
  await app.firstRun();
  await backups.open();
  await backups.backUpNow();
  await expect(backups.rows).toHaveCount(1);
  await backups.rows.first().getByRole('button', { name: /^Delete the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: /^Delete the backup of / });
  await expect(dialog).toContainText('A deleted backup cannot be brought back.');
  await dialog.getByRole('button', { name: 'Delete backup' }).click();
  await expect(backups.status).toContainText('Deleted the backup of');
  await expect(backups.panel).toContainText('No backups of this project yet.');
  await expect(backups.panel.getByRole('button', { name: 'Back up now' })).toBeFocused();
});
