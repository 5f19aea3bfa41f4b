/**
 * Working with other tools (issue 6): an NVivo project opened through the UI, with its import
 * report, its code tree and a coded passage in the reader; a QualCoder codebook imported on the
 * Project files screen; a hostile file refused. (project-file.spec.ts covers saving and reopening
 * Storyloom's own file, and files that are not projects.)
 */
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { CodeTreeEditor } from './pages/codeTree';
import { ReaderPage } from './pages/reader';
import { QUALCODER_CODEBOOK, RefiPage } from './pages/refi';

// No trace here: the NVivo reader holds two 600,000-character sources, and the trace's DOM
// snapshot of such a page after every step takes minutes (the page itself opens in seconds).
test.use({ trace: 'off' });

test('an NVivo project opens with a report of what came in, its code tree, and its codings on the words NVivo coded', async ({ page }) => {
  test.setTimeout(120_000);
  const refi = new RefiPage(page);
  await refi.app.firstRun();
  await refi.app.goToProjects();
  await refi.openNvivoProject();

  const report = refi.importReport;
  await expect(report).toContainText('Opened "nvivo12.6-win_oltas_teszt.qdpx" as a new project.');
  await expect(report).toContainText('Came in (written by NVivo for Windows 12.6): 2 sources, 152 codes, 330 codings, 0 memos, 3 coders.');
  await expect(report).toContainText('Positions: UTF-16 units in source "videos_10_selected" (657 of 660 selection edges fall between words that way; '
    + '292 as the standard\'s code points); code points, as the standard says, in the other source.');
  expect(await refi.app.dashboardFigures()).toMatchObject({ Sources: '2', Codes: '152', Codings: '330' });
  await refi.screenshot('nvivo-report');
  await refi.screenshot('nvivo-report-status', report);
  await refi.app.expectAccessible('Dashboard after opening an NVivo project');

  const codes = new CodeTreeEditor(page);
  await codes.open();
  await expect(codes.item('1. Oltás típusa')).toHaveAttribute('aria-level', '1');
  await expect(codes.item('2. Attitűd szint az oltáshoz')).toBeVisible();
  await expect(codes.item('piros')).toHaveAttribute('aria-level', '2');
  expect((await codes.counts('piros')).codings).toBe(2);
  await refi.screenshot('nvivo-code-tree');
  await refi.app.expectAccessible('Code tree of the NVivo project');

  const reader = new ReaderPage(page);
  await reader.open('videos_10_selected');
  const passage = reader.mark('Senkit nem lehet kötelezni oltásra').first();
  await passage.scrollIntoViewIfNeeded();
  await expect(passage).toBeVisible();
  await expect(passage).toHaveAttribute('title', /piros/);
  await expect(passage).toHaveAttribute('title', /kötelezőség hatása/);
  await expect(reader.mark('@@szilagyitamas2823 És milyen igazad lett!').first()).toHaveAttribute('title', /kevés kockázat, bagatellizálás/);
  await refi.centre(passage);
  await refi.screenshot('nvivo-reader');
});

test('a QualCoder codebook is previewed and imported on the Project files screen, as one undoable action', async ({ page }) => {
  const refi = new RefiPage(page);
  await refi.app.firstRun();
  await refi.openFilesScreen();
  await refi.app.expectAccessible('Project files');

  await refi.chooseCodebook(QUALCODER_CODEBOOK);
  await expect(refi.preview).toContainText('Preview: QualCoder code list “plain_codes_categories_for_import.txt”');
  await expect(refi.preview).toContainText('9 codes to add, 0 codes already in the project, 0 problems.');
  await expect(refi.previewList(/^Codes to add/).getByRole('listitem')).toHaveText([
    /^code1 — A memo for code 1$/, /^cat1 \(new, to hold the codes beneath it\)$/, /^cat1 > code2$/, /^cat1 > code3$/,
    /^cat3 \(new/, /^cat3 > cat2 \(new/, /^cat3 > cat2 > code4 — another memo$/, /^cat3 > code5$/, /^code6$/,
  ]);
  await refi.screenshot('codebook-preview', refi.codebookPanel);
  await refi.app.expectAccessible('Codebook preview');

  await refi.preview.getByRole('button', { name: 'Import 9 codes' }).click();
  await expect(refi.codebookOutcome).toHaveText('Imported 9 codes from "plain_codes_categories_for_import.txt" into the code tree. Undo removes them again.');
  await expect(refi.codebookFile).toBeFocused();

  // Choosing it again: everything is there already, nothing to import.
  await refi.chooseCodebook(QUALCODER_CODEBOOK);
  await expect(refi.preview).toContainText('0 codes to add, 6 codes already in the project, 0 problems.');
  await expect(refi.preview.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await refi.preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(refi.preview).toBeHidden();

  const codes = new CodeTreeEditor(page);
  await codes.open();
  await expect(codes.item('code1')).toHaveAttribute('aria-level', '1');
  await expect(codes.item('cat3')).toHaveAttribute('aria-level', '1');
  await expect(codes.item('code4')).toHaveAttribute('aria-level', '3');
  await codes.select('code1');
  await expect(codes.panel.getByLabel('Definition')).toHaveValue('A memo for code 1');
  await codes.item('code4').scrollIntoViewIfNeeded();
  await refi.screenshot('codebook-in-tree');

  // One action: one undo takes all nine away.
  await page.getByRole('button', { name: 'Undo: Imported 9 codes from "plain_codes_categories_for_import.txt"' }).click();
  await expect(codes.item('code1')).toHaveCount(0);
  await expect(codes.item('cat3')).toHaveCount(0);
});

test('a file that is not a codebook is refused on the spot, naming the file', async ({ page }) => {
  const refi = new RefiPage(page);
  await refi.app.firstRun();
  await refi.openFilesScreen();
  await refi.codebookFile.setInputFiles({ name: 'laughs.qdc', mimeType: 'application/xml', buffer: Buffer.from(
    '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY lol "lol">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>') });
  await expect(refi.codebookPanel.getByRole('alert')).toHaveText('"laughs.qdc" was refused: it declares a DOCTYPE, which codebooks never need and Storyloom refuses for safety.');
  await expect(refi.preview).toBeHidden();
});

test('a hostile project file ("billion laughs") is refused with the reason, and no project is created', async ({ page }) => {
  const refi = new RefiPage(page);
  await refi.app.firstRun();
  await refi.app.goToProjects();
  const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)];
  const zip = new JSZip();
  zip.file('project.qde', `<?xml version="1.0"?><!DOCTYPE Project [${entities.join('')}]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>`);
  await refi.openProjectFile('laughs.qdpx', Buffer.from(await zip.generateAsync({ type: 'uint8array' })));
  await expect(page.getByRole('alert')).toHaveText(/"laughs\.qdpx" was refused: project\.qde declares a DOCTYPE, which project files never need and Storyloom refuses for safety\./);
  await expect(page.locator('.project-item')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.project-item')).toHaveCount(1);
});
