import { expect, type Locator, type Page } from '@playwright/test';

export interface Counts {
  codings: number;
  sources: number;
  participants: number;
}

export interface CodeDetails {
  name?: string;
  definition?: string;
  colour?: string;
  status?: 'Candidate' | 'Reviewed' | 'Final';
  aliases?: string;
}

/** The theme tree editor (Code and Themes phases): what a user sees and does there. */
export class CodeTreeEditor {
  constructor(readonly page: Page, readonly treeName = 'Code tree') {}

  get tree(): Locator {
    return this.page.getByRole('tree', { name: this.treeName });
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: /^Selected code/ });
  }

  /** The status line of the editor (the app's own sits above it). */
  get status(): Locator {
    return this.page.locator('.code-editor .status');
  }

  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  async open(phase: 'Code' | 'Themes' = 'Code'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: phase }).click();
    await expect(this.tree).toBeVisible();
  }

  /** A code's counts as the tree shows them (rolled up over its subtree). */
  async counts(name: string): Promise<Counts> {
    const item = this.item(name);
    const read = async (kind: keyof Counts) => Number(await item.locator(`[data-count="${kind}"] .num`).innerText());
    await expect(item.locator('[data-count="participants"] .num')).toBeVisible();
    return { codings: await read('codings'), sources: await read('sources'), participants: await read('participants') };
  }

  async visibleNames(): Promise<string[]> {
    return this.tree.getByRole('treeitem').locator('.code-name').allInnerTexts();
  }

  async select(name: string): Promise<void> {
    await this.item(name).click();
    await expect(this.item(name)).toHaveAttribute('aria-selected', 'true');
    await expect(this.panel.getByLabel('Name', { exact: true })).toHaveValue(name);
  }

  /** Creates a code at the top level, or under a code offered as its parent (the selected one). */
  async createCode(name: string, under?: string): Promise<void> {
    await this.page.getByLabel('New code', { exact: true }).fill(name);
    await this.page.getByLabel('Where the new code goes').selectOption({ label: under ? `under "${under}"` : 'at the top level' });
    await this.page.getByRole('button', { name: 'Create code' }).click();
    await expect(this.item(name)).toBeVisible();
  }

  async editDetails(details: CodeDetails): Promise<void> {
    const panel = this.panel;
    if (details.name !== undefined) await panel.getByLabel('Name', { exact: true }).fill(details.name);
    if (details.definition !== undefined) await panel.getByLabel('Definition').fill(details.definition);
    if (details.colour !== undefined) await panel.getByLabel('Colour as hex').fill(details.colour);
    if (details.status !== undefined) await panel.getByLabel('Status').selectOption({ label: details.status });
    if (details.aliases !== undefined) await panel.getByLabel(/^Aliases/).fill(details.aliases);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** Focuses a code in the tree and presses a key there (e.g. "Alt+ArrowRight"). */
  async pressOn(name: string, key: string): Promise<void> {
    await this.item(name).focus();
    await this.page.keyboard.press(key);
  }

  /** Opens "Merge into…" for the selected code, picks the target by its path, and presses Merge…; returns the dialog. */
  async startMerge(from: string, intoPath: string[]): Promise<Locator> {
    await this.select(from);
    await this.panel.getByRole('button', { name: 'Merge into…' }).click();
    await this.panel.getByLabel(`Merge "${from}" into`).selectOption({ label: intoPath.join(' › ') });
    await this.panel.getByRole('button', { name: 'Merge…' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async startDelete(name: string): Promise<Locator> {
    await this.select(name);
    await this.panel.getByRole('button', { name: 'Delete…' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Splits the first `count` codings of a code into a new code. */
  async split(name: string, count: number, newName: string): Promise<void> {
    await this.select(name);
    await this.panel.getByRole('button', { name: 'Split…' }).click();
    const boxes = this.panel.getByRole('group', { name: 'Codings to move to the new code' }).getByRole('checkbox');
    for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
    await this.panel.getByLabel('Name of the new code').fill(newName);
    await this.panel.getByRole('button', { name: 'Split into new code' }).click();
    await expect(this.item(newName)).toBeVisible();
  }

  async filter(query: string): Promise<void> {
    await this.page.getByLabel('Filter codes').fill(query);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}
