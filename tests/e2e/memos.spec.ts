import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';
import { MemosPage } from './pages/memos';

const TITLE = 'Who tells the carer';

test.beforeEach(async ({ page }) => {
  await new StoryloomApp(page).firstRun();
});

test('write a formatted memo on a code, find it again after a reload and through the palette', async ({ page }) => {
  const app = new StoryloomApp(page);
  const memos = new MemosPage(page);
  await memos.open();
  await memos.create({ kind: 'Memo', attachTo: 'A code', target: 'Information sharing', title: TITLE });
  await expect(memos.pane).toContainText('on code Information sharing');

  await memos.text.click();
  await memos.tool('Heading').click();
  await expect(memos.tool('Heading')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Discharge');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Carers are ');
  await page.keyboard.press('Control+b');
  await expect(memos.tool('Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('never');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' told in time.');
  await page.keyboard.press('Enter');
  await memos.tool('Bulleted list').click();
  await page.keyboard.type('Check FG 2');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ask the partners');
  await expect(memos.tool('Bulleted list')).toHaveAttribute('aria-pressed', 'true');
  // Typing undo belongs to the editor: Ctrl+Z takes back the last words, not an app action.
  await page.keyboard.press('Control+z');
  await expect(memos.text.locator('li')).toHaveText(['Check FG 2', '']);
  await page.keyboard.type('Ask the partners');
  await memos.save();
  await memos.screenshot('memos-editor');

  await page.reload();
  await memos.open();
  await memos.openMemo(TITLE);
  await expect(memos.text.locator('h2')).toHaveText('Discharge');
  await expect(memos.text.locator('strong')).toHaveText('never');
  await expect(memos.text.locator('ul > li')).toHaveText(['Check FG 2', 'Ask the partners']);
  await expect(memos.list.getByRole('listitem').first()).toContainText('on code Information sharing');

  await app.nav('Overview').click();
  await memos.openPalette();
  await memos.paletteFind('tells', TITLE);
  await memos.screenshot('palette');
  await app.expectAccessible('palette');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Memos' })).toBeVisible();
  await expect(memos.titleField).toHaveValue(TITLE);
  await expect(memos.text.locator('strong')).toHaveText('never');
});

/** The sample's framework summaries and recommendations (the Report phase's memos), newest first. */
const RECOMMENDATIONS = [
  'Recommendation: co-production that pays carers back', 'Recommendation: one assessment that counts',
  'Recommendation: keep the named contact', 'Recommendation: information governance guidance',
  'Recommendation: one shared record of the carer',
];
const REPORT_MEMOS = [
  'Summary: Integration of services in Nar. 1', 'Summary: Examples of integrated changes in FG 2',
  'Summary: Toughest challenges for integrating carer support services in FG 2',
  'Summary: Experience of co-production and story-telling in FG 1', 'Summary: Examples of integrated changes in FG 1',
  'Summary: Toughest challenges for integrating carer support services in FG 1',
  ...RECOMMENDATIONS,
];

test('the sample memos are listed newest first and filter by kind, anchor and words', async ({ page }) => {
  const app = new StoryloomApp(page);
  const memos = new MemosPage(page);
  await memos.open();
  expect(await memos.titles()).toEqual([
    ...REPORT_MEMOS,
    'Culture vs bureaucracy: where is the line?', 'Reflexive journal: my position', 'First read of Nar. 1 (complaint)',
    'First read of FG 1', 'Research question and scope',
  ]);
  await expect(memos.list).toContainText('on source FG 1');
  await expect(memos.list).toContainText('on code Organisational barriers (culture)');
  await app.expectAccessible('memos');
  await memos.screenshot('memos-list');

  await memos.filterKind('Familiarisation notes');
  expect(await memos.titles()).toEqual(['First read of Nar. 1 (complaint)', 'First read of FG 1']);
  await expect(memos.list.getByRole('status')).toHaveText('Showing 2 of 16 memos, newest first');

  await memos.filterKind('Reflexive journal');
  await expect(memos.list.getByRole('heading', { name: '21 March 2025' })).toBeVisible();
  expect(await memos.titles()).toEqual(['Reflexive journal: my position']);
  await memos.create({ kind: 'Reflexive journal entry', title: 'After the second group' });
  await expect(memos.list.getByRole('heading')).toHaveCount(2);
  expect(await memos.titles()).toEqual(['After the second group', 'Reflexive journal: my position']);
  await memos.screenshot('memos-journal');

  await memos.filterKind('All kinds');
  await memos.search('');
  await page.getByLabel('Attached to').selectOption({ label: 'Codes' });
  expect(await memos.titles()).toEqual([...RECOMMENDATIONS, 'Culture vs bureaucracy: where is the line?']);
  await page.getByLabel('Attached to').selectOption({ label: 'Anything' });
  await memos.search('laughter');
  expect(await memos.titles()).toEqual(['First read of FG 1']);

  // A sample memo has plain text only: it opens in the editor a paragraph per block.
  await memos.openMemo('First read of FG 1');
  await expect(memos.text.locator('p').first()).toContainText('Read twice, once listening to the recording.');
  await expect(memos.text.locator('p')).toHaveCount(4);
  await memos.screenshot('memos-open');
  await app.expectAccessible('memos with an open memo');
});

test('delete a memo after confirming; Undo brings it back', async ({ page }) => {
  const app = new StoryloomApp(page);
  const memos = new MemosPage(page);
  await memos.open();
  await memos.openMemo('Reflexive journal: my position');
  await memos.pane.getByRole('button', { name: 'Delete memo…' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete “Reflexive journal: my position”?' })).toBeVisible();
  await app.expectAccessible('delete memo dialog');
  await page.keyboard.press('Escape');
  await expect(memos.item('Reflexive journal: my position')).toBeVisible();

  await memos.delete('Reflexive journal: my position');
  await expect(page.getByText('Deleted “Reflexive journal: my position”.')).toBeVisible();
  expect(await memos.titles()).toHaveLength(15);
  await page.getByRole('button', { name: 'Undo: Deleted memo "Reflexive journal: my position"' }).click();
  await expect(memos.item('Reflexive journal: my position')).toBeVisible();
});

test('typing is saved on leaving the screen, and Undo of that save reverts the open memo', async ({ page }) => {
  const app = new StoryloomApp(page);
  const memos = new MemosPage(page);
  await memos.open();
  await memos.openMemo('Research question and scope');
  await memos.text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Added on the way out.');
  await app.nav('Sources').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();

  await memos.open();
  await memos.openMemo('Research question and scope');
  await expect(memos.text).toContainText('the board. Added on the way out.');
  await page.getByRole('button', { name: 'Undo: Edited memo "Research question and scope"' }).click();
  await expect(memos.text).not.toContainText('Added on the way out.');
  await expect(memos.text).toContainText('before anything goes to the board.');
  await expect(memos.pane.getByText('All changes saved')).toBeVisible();
});

test('the palette opens with "/" outside text fields, goes to sources, codes and screens, and Escape gives focus back', async ({ page }) => {
  const app = new StoryloomApp(page);
  const memos = new MemosPage(page);
  const sourcesLink = app.nav('Sources');
  await sourcesLink.focus();
  await memos.openPalette('/');
  await page.keyboard.press('Escape');
  await expect(memos.palette).toBeHidden();
  await expect(sourcesLink).toBeFocused();

  await memos.openPalette();
  await memos.paletteFind('Nar. 1', 'Complaint letter: hospital discharge');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Complaint letter/ })).toBeVisible();

  await memos.openPalette();
  await memos.paletteFind('Information sharing', 'Information sharing');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/project\/[^/]+\/code$/);

  await memos.openPalette();
  await memos.paletteFind('dementia training', 'P');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();

  await memos.openPalette();
  await memos.paletteFind('history', 'History');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();

  // "/" typed in a text field is just a character.
  await memos.open();
  await page.getByLabel('Search memos').fill('');
  await page.getByLabel('Search memos').press('/');
  await expect(page.getByLabel('Search memos')).toHaveValue('/');
  await expect(memos.palette).toBeHidden();
});
