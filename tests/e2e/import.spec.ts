import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocx, run } from '../unit/import/support/zip';
import { StoryloomApp } from './pages/app';
import { ImportPage } from './pages/import';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/qualcoder-examples');
const SCREENS = `${process.env.PW_OUTPUT ?? 'test-results'}/screens`;

/** A focus group as a Word file, with a misspelt speaker ("Marry") to merge into Mary. */
async function focusGroupDocx(): Promise<Buffer> {
  return Buffer.from(await makeDocx([
    run('Facilitator: Thank you all for coming. What has been hardest about getting support?'),
    run('Mary: Nobody told us what was available when Dad came home from hospital.'),
    run('Tom: The carers assessment took four months.'),
    run('Marry: And by then I had already given up work.'),
    run('Facilitator: What helped, in the end?'),
    run('Tom: The carers centre, once we found it.'),
  ]));
}

test('import a focus group, a narrative and a survey; fix speakers; see them everywhere', async ({ page }) => {
  const app = new StoryloomApp(page);
  const importer = new ImportPage(page);
  await app.firstRun();
  expect(await app.dashboardFigures()).toMatchObject({ Sources: '6', Participants: '11' });

  await importer.open();
  await importer.choose([
    { name: 'fg_transcript.docx', mimeType: 'application/octet-stream', buffer: await focusGroupDocx() },
    join(FIXTURES, 'ID1.docx'),
    { name: 'noise.bin', mimeType: 'application/octet-stream', buffer: randomBytes(5000) },
    join(FIXTURES, 'survey456.csv'),
  ]);
  await importer.waitUntilRead(4);
  await expect(importer.result('noise.bin')).toContainText('Not imported. noise.bin: not a text file');
  await expect(importer.result('fg_transcript.docx')).toContainText('Ready: focus group, 6 turns, 4 speakers');
  await expect(importer.result('ID1.docx')).toContainText('Ready: narrative, 3 turns');
  await expect(importer.result('survey456.csv')).toContainText('Ready: spreadsheet, 3 rows as narratives');
  await expect(importer.label('fg transcript')).toHaveValue('FG 3');
  await expect(importer.label('ID1')).toHaveValue('Nar. 5');
  await expect(importer.label('survey456: ID6')).toHaveValue('Nar. 8');

  const preview = await importer.openPreview('fg transcript');
  await importer.sameAs('Marry', 'Mary');
  await importer.rename('Mary', 'P12');
  await importer.rename('Tom', 'P13');
  await expect(importer.previewSpeakers(preview)).toHaveText(['Facilitator', 'P12', 'P13', 'P12', 'Facilitator', 'P13']);
  await page.screenshot({ path: `${SCREENS}/import-preview.png`, fullPage: true });
  await app.expectAccessible('import screen with a preview open');
  await page.getByRole('button', { name: 'Preview survey456: ID4' }).click();
  await page.screenshot({ path: `${SCREENS}/import-spreadsheet.png`, fullPage: true });
  await app.expectAccessible('import screen with a spreadsheet');

  await importer.importAll(5);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 sources' })).toContainText('and 5 new participants');
  await page.screenshot({ path: `${SCREENS}/import-done.png`, fullPage: true });

  await app.nav('Overview').click();
  expect(await app.dashboardFigures()).toMatchObject({ Sources: '11', Participants: '16' });

  await app.nav('Sources').click();
  const sources = page.getByRole('table', { name: 'Sources, in project order' });
  for (const title of ['fg transcript', 'ID1', 'survey456: ID4', 'survey456: ID5', 'survey456: ID6']) {
    await expect(sources.getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  await sources.getByRole('link', { name: 'fg transcript', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /fg transcript/ })).toBeVisible();
  await expect(page.locator('.turn .speaker-name')).toHaveText(['Facilitator', 'P12', 'P13', 'P12', 'Facilitator', 'P13']);
  await expect(page.locator('.turn').nth(3).locator('.speech')).toHaveText('And by then I had already given up work.');
  await page.screenshot({ path: `${SCREENS}/import-reader.png`, fullPage: true });
});

test('edit a participant\'s attributes after an import, and import values from a spreadsheet', async ({ page }) => {
  const app = new StoryloomApp(page);
  const importer = new ImportPage(page);
  await app.firstRun();
  await importer.open();
  await importer.choose([join(FIXTURES, 'survey456.csv')]);
  await importer.waitUntilRead(1);
  await page.getByRole('button', { name: 'Import 3 sources' }).click();
  await expect(page.getByText(/^Imported 3 sources/)).toBeVisible();

  await app.nav('Participants').click();
  await expect(page.getByText('14 participants and 1 facilitator (not counted as participants).')).toBeVisible();
  const table = page.getByRole('table', { name: 'Participants and their attributes' });
  await expect(table.getByRole('row', { name: /^ID4 / })).toContainText('24');
  await table.getByRole('button', { name: 'Edit ID4' }).click();
  await page.getByRole('combobox', { name: 'Group of ID4' }).selectOption('Carer');
  await page.getByRole('spinbutton', { name: 'Age of ID4' }).fill('25');
  await page.screenshot({ path: `${SCREENS}/participants-edit.png` });
  await app.expectAccessible('participants screen while editing a row');
  await page.getByRole('button', { name: 'Save ID4' }).click();
  const id4 = table.getByRole('row', { name: /^ID4 / });
  await expect(id4).toContainText('Carer');
  await expect(id4).toContainText('25');
  await expect(page.getByRole('button', { name: 'Undo: Edited participant ID4' })).toBeVisible();

  await page.getByLabel('Spreadsheet of attribute values (.csv or .xlsx)').setInputFiles({
    name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from('Participant,Group,Age\nID5,Carer,52\nID6,Nurse,67\nX1,Carer,30\n'),
  });
  await expect(page.getByText('Row 3, column "Group": "Nurse" is not one of its categories (Carer, HSC professional).')).toBeVisible();
  await expect(page.getByText('X1 (row 4)', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import values' })).toBeDisabled();
  await page.screenshot({ path: `${SCREENS}/participants-import.png`, fullPage: true });
  await app.expectAccessible('participants screen');
});

test('files dropped on another screen open in the import screen', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Facilitator: Hello.\n\nP20: Hello back.\n\nFacilitator: Thanks.\n\nP20: Bye.\n'], 'dropped.txt', { type: 'text/plain' }));
    return data;
  });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { level: 1, name: /Import/ })).toBeVisible();
  await expect(page.getByText('dropped.txt').first()).toBeVisible();
});
