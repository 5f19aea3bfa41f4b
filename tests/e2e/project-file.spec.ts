import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { StoryloomApp } from './pages/app';

async function openFile(page: Page, file: { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project file…' }).first().click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
}

test('save the sample as .qdpx, open it as a new project: every figure is the same', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  const before = await app.dashboardFigures();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save project file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Carers integration pilot (sample).qdpx');
  const buffer = await readFile((await file.path())!);
  await expect(page.getByRole('status')).toContainText('Saved "Carers integration pilot (sample).qdpx"');

  await openFile(page, { name: 'copy.qdpx', buffer });
  await expect(page.getByRole('heading', { level: 1, name: 'Carers integration pilot (sample) (2)' })).toBeVisible();
  expect(await app.dashboardFigures()).toEqual(before);

  await app.goToProjects();
  await expect(page.getByRole('link', { name: /Carers integration pilot \(sample\)/ })).toHaveCount(2);
});

const emptyZip = async () => {
  const zip = new JSZip();
  zip.file('readme.txt', 'not a project');
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
};

for (const bad of [
  { what: 'a text file renamed .qdpx', name: 'notes.qdpx', buffer: async () => Buffer.from('Just some notes, not a project.'), message: /notes\.qdpx.*not a zip/i },
  { what: 'a zip without project.qde', name: 'other.qdpx', buffer: emptyZip, message: /other\.qdpx.*no project\.qde/i },
  { what: 'an empty file', name: 'empty.qdpx', buffer: async () => Buffer.alloc(0), message: /empty\.qdpx.*empty/i },
]) {
  test(`opening ${bad.what} names the problem and creates nothing`, async ({ page }) => {
    const app = new StoryloomApp(page);
    await app.firstRun();
    await app.goToProjects();
    await openFile(page, { name: bad.name, buffer: await bad.buffer() });
    await expect(page.getByRole('alert')).toContainText(bad.message);
    await expect(page.locator('.project-item')).toHaveCount(1);
    await page.reload();
    await expect(page.locator('.project-item')).toHaveCount(1);
  });
}

test('a project file from NVivo opens as a new project with its sources, codes and codings', async ({ page }) => {
  const app = new StoryloomApp(page);
  await app.firstRun();
  await app.goToProjects();
  const buffer = await readFile(new URL('../../../shared/fixtures/refi/projects/nvivo12.6-win_oltas_teszt.qdpx', import.meta.url));
  await openFile(page, { name: 'nvivo12.6-win_oltas_teszt.qdpx', buffer });
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText('Opened "nvivo12.6-win_oltas_teszt.qdpx" as a new project.');
  expect(await app.dashboardFigures()).toMatchObject({ Sources: '2', Codes: '152', Codings: '330' });
  await app.nav('Code').click();
  await expect(page.getByText('1. Oltás típusa', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/nvivo-codes.png' });
});
