import { expect, test } from '@playwright/test';
import { StoryloomApp } from './pages/app';
import { CodeTreeEditor } from './pages/codeTree';
import { ThematicMapPage } from './pages/map';

const THEMES = [
  'Toughest challenges for integrating carer support services', 'Examples of integrated changes',
  'Experience of co-production and story-telling', 'Integration of services', 'Carer health and well-being',
  'Carer support', 'Cared-for (patient) health and well-being',
];

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await new StoryloomApp(page).firstRun();
});

test('the map shows every code as a tree, fitted to view, with readable cards that never overlap', async ({ page }) => {
  const map = new ThematicMapPage(page);
  await map.open();
  await expect(map.map.getByRole('treeitem')).toHaveCount(36);
  expect(await map.label('Information sharing')).toMatch(/^Information sharing, subtheme, \d+ codings, under Carers$/);
  expect(await map.node('Carers').first().getAttribute('aria-label')).toMatch(/^Carers, perspective, \d+ codings, under Toughest challenges for integrating carer support services$/);
  expect(await map.label('Carer support')).toMatch(/^Carer support, theme, \d+ codings, top level$/);
  for (const theme of THEMES) await expect(map.node(theme)).toHaveAttribute('aria-level', '1');
  await expect(map.node('Information sharing')).toHaveAttribute('aria-level', '3');
  await expect(map.section.getByText('Perspective', { exact: true })).toBeVisible();

  // Every card is inside the map's frame (fitted), none overlaps another, and text is not tiny.
  const geometry = await map.map.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const cards = [...svg.querySelectorAll('[role="treeitem"] .map-card')].map((c) => c.getBoundingClientRect());
    const scale = (svg.querySelector('.map-name') as SVGGraphicsElement).getScreenCTM()?.a ?? 0;
    return { frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom }, cards: cards.map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })), scale };
  });
  const { frame, cards } = geometry;
  for (const card of cards) {
    expect(card.left).toBeGreaterThanOrEqual(frame.left);
    expect(card.right).toBeLessThanOrEqual(frame.right);
    expect(card.top).toBeGreaterThanOrEqual(frame.top);
    expect(card.bottom).toBeLessThanOrEqual(frame.bottom);
  }
  cards.forEach((a, i) => cards.slice(i + 1).forEach((b) => {
    const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlaps).toBe(false);
  }));
  expect(geometry.scale).toBeGreaterThan(0.8);
  await map.screenshot('map-sample');
});

test('drag a code under another theme: the map and the tree editor show it there; Ctrl+Z puts it back', async ({ page }) => {
  const map = new ThematicMapPage(page);
  const editor = new CodeTreeEditor(page, 'Themes and their codes');
  await map.open();
  expect(await map.placeOf('Communication at discharge')).toBe('under Integration of services');

  await map.drag('Communication at discharge', 'Carer support', () => map.screenshot('map-dragging'));
  await expect(map.status).toContainText('Moved "Communication at discharge" under "Carer support".');
  await expect.poll(() => map.placeOf('Communication at discharge')).toBe('under Carer support');
  await expect(map.node('Communication at discharge')).toHaveAttribute('aria-posinset', '3');
  await expect(map.node('Communication at discharge')).toBeFocused();
  await map.screenshot('map-after-drag', true);

  // The tree editor on the same screen shows it under "Carer support" (last).
  await expect(editor.item('Communication at discharge')).toHaveAttribute('aria-level', '2');
  const names = await editor.visibleNames();
  expect(names.slice(names.indexOf('Carer support'), names.indexOf('Carer support') + 4))
    .toEqual(['Carer support', 'Being noticed and asked', 'Practical support and breaks', 'Communication at discharge']);

  // Undo, app-wide, with the focus back on the map.
  await map.node('Communication at discharge').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => map.placeOf('Communication at discharge')).toBe('under Integration of services');
  await expect.poll(async () => {
    const now = await editor.visibleNames();
    return now[now.indexOf('Integration of services') + 1];
  }).toBe('Communication at discharge');

  // Drop on the project's bar: the code becomes top-level; the drop target lights up while dragging.
  await map.drag('Exhaustion and strain', 'top level');
  await expect(map.status).toContainText('Moved "Exhaustion and strain" to the top level.');
  await expect.poll(() => map.label('Exhaustion and strain')).toMatch(/^Exhaustion and strain, theme, \d+ codings?, top level$/);
  await expect(editor.item('Exhaustion and strain')).toHaveAttribute('aria-level', '1');
});

test('a theme dropped beneath its own subtheme is refused with the repository\'s reason', async ({ page }) => {
  const map = new ThematicMapPage(page);
  await map.open();
  await map.drag('Carer support', 'Practical support and breaks', () => map.screenshot('map-drag-refused'));
  await expect(map.section.getByRole('alert')).toHaveText(/"Carer support" cannot go beneath itself\./);
  expect(await map.placeOf('Carer support')).toBe('top level');
  expect(await map.placeOf('Practical support and breaks')).toBe('under Carer support');
});

test('the map works from the keyboard: arrow keys between cards, M opens "Move to…"', async ({ page }) => {
  const app = new StoryloomApp(page);
  const map = new ThematicMapPage(page);
  await map.open();
  const first = map.node(THEMES[0]!);
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(map.map.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
  await map.section.getByRole('button', { name: 'Export PNG' }).focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(map.node('Carers').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(map.node('Challenges of adjustment')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
  await map.screenshot('map-keyboard-focus');
  await page.keyboard.press('End');
  await expect(map.node('Dignity and being treated as a person')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();

  // The dialog lists the top level and every code but the one moving and those beneath it.
  await map.node('Carer support').focus();
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Move "Carer support"' });
  await expect(dialog).toBeVisible();
  const options = await dialog.getByLabel('New place').locator('option').allInnerTexts();
  expect(options[0]).toBe('Top level (where it is now)');
  expect(options).toContain('Integration of services');
  expect(options).not.toContain('Carer support');
  expect(options.some((o) => o.startsWith('Carer support ›'))).toBe(false);
  expect(options).toHaveLength(36 - 3 + 1);
  await map.screenshot('map-move-dialog');
  await app.expectAccessible('thematic map move dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(map.node('Carer support')).toBeFocused();

  await map.moveWithKeyboard('Being noticed and asked', ['Carer health and well-being']);
  await expect(map.status).toContainText('Moved "Being noticed and asked" under "Carer health and well-being".');
  await expect.poll(() => map.placeOf('Being noticed and asked')).toBe('under Carer health and well-being');
  await expect(map.node('Being noticed and asked')).toBeFocused();

  // The toolbar's "Move to…" acts on the selected card.
  await map.section.getByRole('button', { name: 'Move to…' }).click();
  await page.getByRole('dialog').getByLabel('New place').selectOption({ label: 'Top level' });
  await page.getByRole('dialog').getByRole('button', { name: 'Move' }).click();
  await expect.poll(() => map.placeOf('Being noticed and asked')).toBe('top level');
  await page.keyboard.press('Control+z');
  await expect.poll(() => map.placeOf('Being noticed and asked')).toBe('under Carer health and well-being');
});

test('export the map as SVG and PNG, named after the project', async ({ page }) => {
  const map = new ThematicMapPage(page);
  await map.open();
  const svg = await map.export('SVG');
  expect(svg.name).toBe('Carers integration pilot (sample) - thematic map.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const theme of ['Examples of integrated changes', 'Carer support', 'Integration of services']) expect(text).toContain(theme);
  expect(text).not.toMatch(/class=|tabindex|var\(--|aria-/);
  expect(text).toContain('font-family');
  await expect(map.status).toContainText('Saved "Carers integration pilot (sample) - thematic map.svg"');

  const png = await map.export('PNG');
  expect(png.name).toBe('Carers integration pilot (sample) - thematic map.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the SVG's size.
  const width = png.bytes.readUInt32BE(16);
  const svgWidth = Number(/<svg[^>]*\swidth="(\d+)"/.exec(text)?.[1]);
  expect(width).toBe(svgWidth * 2);

  // Look at what was exported.
  await page.setContent(`<img src="data:image/png;base64,${png.bytes.toString('base64')}" style="width:${svgWidth}px">`);
  await map.screenshot('map-export-png');
});

test('the Themes screen with its map has no serious accessibility violation; zoom buttons work', async ({ page }) => {
  const app = new StoryloomApp(page);
  const map = new ThematicMapPage(page);
  await map.open();
  await app.expectAccessible('thematic map');
  const viewport = map.map.locator('[data-map-viewport]');
  const before = await viewport.getAttribute('transform');
  await map.section.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewport).not.toHaveAttribute('transform', before ?? '');
  await map.section.getByRole('button', { name: 'Fit to view' }).click();
  await expect(viewport).toHaveAttribute('transform', before ?? '');

  // Dragging the background pans; the cards stay where they are in the tree.
  await map.map.scrollIntoViewIfNeeded();
  const box = (await map.map.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await page.mouse.move(box.x + box.width - 20, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 120, box.y + box.height - 60, { steps: 5 });
  await page.mouse.up();
  await expect(viewport).not.toHaveAttribute('transform', before ?? '');
  expect(await map.placeOf('Information sharing')).toBe('under Carers');
});
