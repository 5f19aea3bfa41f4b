import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectBundle } from '../../shared/model';
import { writeQdpx } from '../../shared/qdpx/writeQdpx';
import { buildSample } from '../../shared/sample/buildSample';
import type { SampleSpec } from '../../shared/sample/spec';
import { NEW_CODE, SECOND_CODER, secondCoderCopy } from '../unit/merge/secondCoder';
import { StoryloomApp } from './pages/app';
import { ProjectFilesPage } from './pages/projectFiles';

const SHOTS = process.env.PW_OUTPUT ?? 'test-results';

/** The sample project, built on the Node side exactly as the app builds it (tests/support/sample.ts needs CommonJS's __dirname). */
function sampleBundle(): Promise<ProjectBundle> {
  const file = (name: string) => readFileSync(new URL(`../../samples/carers-pilot/${name}`, import.meta.url), 'utf8');
  const spec = JSON.parse(file('sample.json')) as SampleSpec;
  return buildSample(spec, Object.fromEntries(spec.sources.map((s) => [s.file, file(s.file)])));
}

/** A second coder's copy of the sample as a .qdpx file on disk: the same sources, one of them since changed. */
async function secondCoderFile(): Promise<{ path: string; placeable: number }> {
  const copy = await secondCoderCopy(await sampleBundle(), { changeText: '\nP3: One more thing I forgot to say.' });
  const path = join(mkdtempSync(join(tmpdir(), 'merge-e2e-')), 'second-coder.qdpx');
  writeFileSync(path, await writeQdpx(copy.bundle));
  return { path, placeable: copy.placeable.length };
}

test('merge a second coder\'s project file: preview, merge, see the codings grow, undo it all, check the project', async ({ page }) => {
  const app = new StoryloomApp(page);
  const files = new ProjectFilesPage(page);
  const { path, placeable } = await secondCoderFile();
  await app.firstRun();
  const before = await app.dashboardFigures();
  expect(before.Codings).toBe('48');

  await files.open();
  await app.expectAccessible('Project files');
  await files.chooseMergeFile(path);
  await expect(files.preview.getByRole('heading', { name: 'Preview of “second-coder.qdpx”' })).toBeFocused();
  expect(await files.previewCounts('Codings')).toEqual([String(placeable), '32']);
  expect(await files.previewCounts('Coders')).toEqual(['1', '1']);
  expect(await files.previewCounts('Codes')).toEqual(['1', '36']);
  expect(await files.previewCounts('Sources')).toEqual(['0', '5']);
  await expect(files.codingsByCoder().getByRole('row', { name: new RegExp(`^${SECOND_CODER} `) })).toContainText(`${placeable}`);
  await expect(files.preview.getByRole('listitem').filter({ hasText: NEW_CODE })).toHaveText(`Toughest challenges for integrating carer support services > Carers > ${NEW_CODE}`);
  await expect(files.conflicts().getByRole('row', { name: /^Source “FG 2/ })).toContainText('Its text in the file differs from the text here');
  await page.screenshot({ path: `${SHOTS}/merge-preview.png`, fullPage: true });
  await app.expectAccessible('Merge preview');

  await files.confirmMerge();
  const summary = `Merged “second-coder.qdpx”: 1 code, ${placeable} codings, 1 memo, 1 coder added`;
  await expect(files.merge.getByRole('status')).toContainText(`${summary}. Undo takes the whole merge back.`);
  await expect(files.merge.getByRole('button', { name: 'Choose a project file to merge…' })).toBeFocused();

  await app.nav('Overview').click();
  expect(await app.dashboardFigures()).toMatchObject({ Codings: String(48 + placeable), Codes: '37' });

  const undo = page.getByRole('button', { name: `Undo: ${summary}` });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(page.getByRole('status').first()).toContainText(`Undid: ${summary}`);
  expect(await app.dashboardFigures()).toMatchObject({ Codings: '48', Codes: '36', Memos: before.Memos });

  await files.open();
  await files.checkProject();
  await expect(files.integrity).toContainText('No problems found.');
  await page.screenshot({ path: `${SHOTS}/integrity.png`, fullPage: true });
  await app.expectAccessible('Integrity check');

  // Merging the same file again after Redo adds nothing.
  await page.getByRole('button', { name: `Redo: ${summary}` }).click();
  await files.chooseMergeFile(path);
  await expect(files.preview).toContainText('Nothing to add: everything in “second-coder.qdpx” is already in this project.');
  expect(await files.previewCounts('Codings')).toEqual(['0', String(32 + placeable)]);
  await expect(files.preview.getByRole('button', { name: 'Merge', exact: true })).toBeDisabled();
});

test('a file that is not a project is named with the reason, and nothing is merged', async ({ page }) => {
  const app = new StoryloomApp(page);
  const files = new ProjectFilesPage(page);
  await app.firstRun();
  await files.open();
  const path = join(mkdtempSync(join(tmpdir(), 'merge-e2e-')), 'notes.qdpx');
  writeFileSync(path, 'Just some notes, not a project.');
  await files.chooseMergeFile(path);
  await expect(files.merge.getByRole('alert')).toContainText(/notes\.qdpx.*not a zip/i);
  await expect(files.preview).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/merge-bad-file.png`, fullPage: true });
  await app.nav('Overview').click();
  expect((await app.dashboardFigures()).Codings).toBe('48');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('the integrity check lists what is wrong and explains it', async ({ page }) => {
  const app = new StoryloomApp(page);
  const files = new ProjectFilesPage(page);
  await app.firstRun();
  // A project whose first memo has the GUID of a code: opening keeps both, so the check must find it.
  const damaged = await sampleBundle();
  const code = damaged.codes[3]!;
  damaged.memos[0] = { ...damaged.memos[0]!, id: code.id as string as typeof damaged.memos[0]['id'] };
  const path = join(mkdtempSync(join(tmpdir(), 'merge-e2e-')), 'damaged.qdpx');
  writeFileSync(path, await writeQdpx(damaged));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project file…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Carers integration pilot (sample) (2)' })).toBeVisible();

  await files.open();
  await files.checkProject();
  await expect(files.integrity).toContainText('1 problem found.');
  const finding = files.integrity.getByRole('region', { name: 'Two records with one GUID (1)' });
  await expect(finding).toContainText('Every record needs its own GUID');
  await expect(finding.getByRole('listitem')).toHaveText(`2 records share the GUID ${code.id}: the code “${code.name}” and the memo “${damaged.memos[0]!.title}”.`);
  await page.screenshot({ path: `${SHOTS}/integrity-findings.png`, fullPage: true });
  await app.expectAccessible('Integrity findings');
});
