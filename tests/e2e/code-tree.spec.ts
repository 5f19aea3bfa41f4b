import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';
import { CodeTreeEditor } from './pages/codeTree';

test.beforeEach(async ({ page }) => {
  await new StoryloomApp(page).firstRun();
});

test('create a code, rename and define it, and move it under a theme by keyboard', async ({ page }) => {
  const codes = new CodeTreeEditor(page);
  await codes.open();
  await codes.createCode('Respite');
  await expect(codes.item('Respite')).toHaveAttribute('aria-level', '1');
  await expect(codes.status).toContainText('Created "Respite"');

  await codes.editDetails({
    name: 'Respite and breaks', definition: 'Time away from caring, planned or in an emergency.',
    colour: '#2a6f97', status: 'Reviewed', aliases: 'Short breaks, Time off',
  });
  await expect(codes.item('Respite and breaks')).toBeVisible();
  await expect(codes.status).toContainText('Saved "Respite and breaks"');
  await expect(codes.item('Respite and breaks')).toHaveAccessibleDescription(/reviewed/);

  // A new code goes last; Alt+Up passes the last theme, Alt+Right puts it under "Carer support".
  await codes.pressOn('Respite and breaks', 'Alt+ArrowUp');
  await expect(codes.status).toContainText('Moved "Respite and breaks" up');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(codes.status).toContainText('Moved "Respite and breaks" under "Carer support"');
  const moved = codes.item('Respite and breaks');
  await expect(moved).toHaveAttribute('aria-level', '2');
  await expect(moved).toBeFocused();
  const names = await codes.visibleNames();
  expect(names.slice(names.indexOf('Carer support'), names.indexOf('Carer support') + 4))
    .toEqual(['Carer support', 'Being noticed and asked', 'Practical support and breaks', 'Respite and breaks']);

  // Outdent and indent again, then check it all survived a reload.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(moved).toHaveAttribute('aria-level', '1');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(moved).toHaveAttribute('aria-level', '2');
  await expect(moved).toBeFocused();
  await codes.screenshot('code-tree-moved');

  await page.reload();
  await expect(codes.item('Respite and breaks')).toHaveAttribute('aria-level', '2');
  await codes.select('Respite and breaks');
  await expect(codes.panel.getByLabel('Definition')).toHaveValue('Time away from caring, planned or in an emergency.');
  await expect(codes.panel.getByLabel('Colour as hex')).toHaveValue('#2a6f97');
  await expect(codes.panel.getByLabel(/^Aliases/)).toHaveValue('Short breaks, Time off');
  await expect(codes.panel).toContainText('Carer support');
  await codes.screenshot('code-tree-selected');
});

test('create several codes under one parent, and a code under the selected one from the panel', async ({ page }) => {
  const codes = new CodeTreeEditor(page);
  await codes.open();
  await codes.select('Carer support');
  await codes.createCode('Peer support groups', 'Carer support');
  await expect(codes.item('Peer support groups')).toHaveAttribute('aria-level', '2');
  await expect(codes.item('Peer support groups')).toHaveAttribute('aria-selected', 'true');
  // The parent stays chosen after a create, though the new code is now the selected one.
  await codes.createCode("Carers' cafés", 'Carer support');
  await expect(codes.item("Carers' cafés")).toHaveAttribute('aria-level', '2');

  await codes.select('Peer support groups');
  await codes.panel.getByRole('button', { name: 'Add a code under this one…' }).click();
  const name = page.getByLabel('New code', { exact: true });
  await expect(name).toBeFocused();
  await expect(page.getByLabel('Where the new code goes')).toHaveValue(/.+/);
  await name.fill('Online groups');
  await name.press('Enter');
  await expect(codes.item('Online groups')).toHaveAttribute('aria-level', '3');
  await expect(codes.status).toContainText('Created "Online groups" under "Peer support groups"');
});

test('a name clash is refused with a message, and nothing changes', async ({ page }) => {
  const codes = new CodeTreeEditor(page);
  await codes.open();
  await codes.select('Exhaustion and strain');
  await codes.editDetails({ name: "Carer's own health put last" });
  await expect(codes.panel.getByRole('alert')).toHaveText('There is already a code named "Carer\'s own health put last" here.');
  await expect(codes.item('Exhaustion and strain')).toBeVisible();
});

test('merge two codes: the target holds the codings of both', async ({ page }) => {
  const codes = new CodeTreeEditor(page);
  await codes.open();
  const from = await codes.counts('Exhaustion and strain');
  const into = await codes.counts("Carer's own health put last");
  const theme = await codes.counts('Carer health and well-being');

  const dialog = await codes.startMerge('Exhaustion and strain', ['Carer health and well-being', "Carer's own health put last"]);
  await expect(dialog.getByRole('heading')).toHaveText('Merge "Exhaustion and strain" into "Carer\'s own health put last"?');
  await expect(dialog).toContainText(`${from.codings} codings move to "Carer's own health put last"`);
  await codes.screenshot('code-tree-merge-dialog');
  await dialog.getByRole('button', { name: 'Merge' }).click();

  await expect(codes.item('Exhaustion and strain')).toHaveCount(0);
  await expect(codes.status).toContainText('Merged "Exhaustion and strain" into "Carer\'s own health put last"');
  await expect.poll(() => codes.counts("Carer's own health put last").then((c) => c.codings)).toBe(from.codings + into.codings);
  expect((await codes.counts('Carer health and well-being')).codings).toBe(theme.codings);
  await expect(codes.panel.getByLabel(/^Aliases/)).toHaveValue('Exhaustion and strain');
});

test('delete a theme after a confirmation that says how many codes and codings go', async ({ page }) => {
  const codes = new CodeTreeEditor(page);
  await codes.open();
  const dialog = await codes.startDelete('Carer support');
  await expect(dialog.getByRole('heading')).toHaveText('Delete "Carer support"?');
  await expect(dialog).toContainText('This removes 3 codes and 5 codings. You can undo it.');
  await codes.screenshot('code-tree-delete-dialog');
  await new StoryloomApp(page).expectAccessible('code tree delete dialog');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(codes.item('Carer support')).toBeVisible();
  await codes.startDelete('Carer support');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(codes.item('Carer support')).toHaveCount(0);
  await expect(codes.item('Practical support and breaks')).toHaveCount(0);
  await expect(codes.status).toContainText('Deleted "Carer support" with 5 codings');
});

test('filter the tree by name, alias and definition; matches show with their ancestors', async ({ page }) => {
  const codes = new CodeTreeEditor(page);
  await codes.open();
  await codes.filter('Organisation barriers: Culture');
  await expect(codes.tree.getByRole('treeitem')).toHaveCount(3);
  expect(await codes.visibleNames()).toEqual([
    'Toughest challenges for integrating carer support services', 'HSC professionals', 'Organisational barriers (culture)',
  ]);
  await expect(page.getByText('1 of 36 codes match')).toBeVisible();

  await codes.filter('sitting services');
  expect(await codes.visibleNames()).toEqual(['Carer support', 'Practical support and breaks']);
  await codes.screenshot('code-tree-filtered');

  await codes.filter('no such thing anywhere');
  await expect(page.getByText('No code matches "no such thing anywhere".')).toBeVisible();
  await page.getByLabel('Filter codes').press('Escape');
  await expect(codes.tree.getByRole('treeitem')).toHaveCount(36);
});

test('split chosen codings into a new code, and drag a code onto a theme', async ({ page }) => {
  const codes = new CodeTreeEditor(page);
  await codes.open();
  const before = await codes.counts('Information sharing');
  await codes.split('Information sharing', 1, 'Repeating the story');
  expect((await codes.counts('Repeating the story')).codings).toBe(1);
  expect((await codes.counts('Information sharing')).codings).toBe(before.codings - 1);
  await expect(codes.status).toContainText('Moved 1 coding from "Information sharing" to the new code "Repeating the story"');

  // Drop onto a code: it goes beneath. Drop on a row's top edge: it goes before. (A tall window
  // keeps source and target on screen: Playwright scrolling between press and move drags another row.)
  await page.setViewportSize({ width: 1280, height: 2200 });
  await codes.item('Dignity and being treated as a person').dragTo(codes.item('Carer support'));
  await expect(codes.status).toContainText('Moved "Dignity and being treated as a person" under "Carer support"');
  await expect(codes.item('Dignity and being treated as a person')).toHaveAttribute('aria-level', '2');
  let names = await codes.visibleNames();
  expect(names[names.indexOf('Carer support') + 3]).toBe('Dignity and being treated as a person');

  await codes.item('Carer support').dragTo(codes.item('Integration of services'), { targetPosition: { x: 60, y: 3 } });
  await expect(codes.status).toContainText('Moved "Carer support" before "Integration of services"');
  names = await codes.visibleNames();
  expect(names.indexOf('Integration of services') - names.indexOf('Carer support')).toBe(4);
  await expect(codes.item('Carer support')).toHaveAttribute('aria-level', '1');
});

test('the tree works by keyboard (APG tree keys) and has no serious accessibility violation', async ({ page }) => {
  const app = new StoryloomApp(page);
  const codes = new CodeTreeEditor(page);
  await codes.open();
  const first = codes.item('Toughest challenges for integrating carer support services');
  await page.getByLabel('Where the new code goes').focus();
  await page.keyboard.press('Tab'); // Create code
  await page.keyboard.press('Tab'); // into the tree: its one tabbable row
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  const second = codes.item('Examples of integrated changes');
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight'); // open already: into the first child
  const perspective = second.locator('xpath=following-sibling::*[1]');
  await expect(perspective).toBeFocused();
  await expect(perspective).toHaveAttribute('aria-level', '2');
  await page.keyboard.press('ArrowLeft'); // an open child closes first
  await expect(perspective).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowLeft'); // then Left goes to the parent
  await expect(second).toBeFocused();
  await page.keyboard.press('End');
  await expect(codes.item('Dignity and being treated as a person')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(codes.panel.getByLabel('Name', { exact: true })).toBeFocused();

  // Every part of the panel open, on a code with codings to split, for the accessibility check.
  await codes.select('Information sharing');
  await codes.panel.getByRole('button', { name: 'Merge into…' }).click();
  await codes.panel.getByRole('button', { name: 'Split…' }).click();
  await expect(codes.panel.getByRole('checkbox')).toHaveCount(3);
  await codes.screenshot('code-tree-keyboard');
  await app.expectAccessible('code tree');
  const themes = new CodeTreeEditor(page, 'Themes and their codes');
  await themes.open('Themes');
  await expect(themes.item('Carers').first()).toHaveAttribute('aria-expanded', 'false');
  await codes.screenshot('code-tree-themes');
  await app.expectAccessible('themes');
});
