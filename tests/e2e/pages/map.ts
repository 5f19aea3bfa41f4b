import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The thematic map on the Themes phase screen: what a user sees and does there. */
export class ThematicMapPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Thematic map' });
  }

  get map(): Locator {
    return this.page.getByRole('tree', { name: /^Thematic map/ });
  }

  /** The map's own status line. */
  get status(): Locator {
    return this.section.locator('.status');
  }

  /** A card by the code's name (its accessible name starts with it). */
  node(name: string): Locator {
    return this.map.getByRole('treeitem', { name: new RegExp(`^${escape(name)}, `) });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Themes' }).click();
    await expect(this.map).toBeVisible();
    await this.map.scrollIntoViewIfNeeded();
  }

  /** The accessible name of a card, e.g. "Information sharing, subtheme, 6 codings, under Carers". */
  async label(name: string): Promise<string> {
    return (await this.node(name).getAttribute('aria-label')) ?? '';
  }

  /** The part of the label that says where the code sits: "under Carers" or "top level". */
  async placeOf(name: string): Promise<string> {
    return (await this.label(name)).split(', ').at(-1) ?? '';
  }

  /** Drags one card onto another with the mouse, in small steps as a person would. */
  async drag(name: string, onto: string | 'top level', beforeDrop?: () => Promise<void>): Promise<void> {
    await this.map.scrollIntoViewIfNeeded();
    const from = await this.centreOf(this.node(name));
    const to = onto === 'top level' ? await this.centreOf(this.map.locator('.map-spine')) : await this.centreOf(this.node(onto));
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 10, from.y + 6, { steps: 3 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await expect(this.map.locator('.drop-move, .drop-refused')).toHaveCount(1);
    await beforeDrop?.();
    await this.page.mouse.up();
  }

  /** Opens "Move to…" from the keyboard (M on the focused card) and picks the new place by its path. */
  async moveWithKeyboard(name: string, path: string[] | 'Top level'): Promise<void> {
    await this.node(name).focus();
    await this.page.keyboard.press('m');
    const dialog = this.page.getByRole('dialog', { name: `Move "${name}"` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('New place')).toBeFocused();
    const label = path === 'Top level' ? 'Top level' : path.join(' › ');
    await dialog.getByLabel('New place').selectOption({ label });
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Presses an export button and returns the saved file's name and bytes. */
  async export(format: 'SVG' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section.getByRole('button', { name: `Export ${format}` }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await pathOf(download)) };
  }

  /** The window as it is, or with `isWholeSection` the whole map section (toolbar, map, legend). */
  async screenshot(name: string, isWholeSection = false): Promise<void> {
    const path = `${process.env.PW_OUTPUT ?? 'test-results'}/screens/${name}.png`;
    await (isWholeSection ? this.section.screenshot({ path }) : this.page.screenshot({ path }));
  }

  private async centreOf(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('Not on screen');
    return { x: box.x + Math.min(box.width / 2, 60), y: box.y + box.height / 2 };
  }
}

async function pathOf(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error(`The download of ${download.suggestedFilename()} failed`);
  return path;
}
