import { expect, type Locator, type Page } from '@playwright/test';

export interface NewMemo {
  kind?: 'Memo' | 'Familiarisation note' | 'Reflexive journal entry' | 'Recommendation';
  attachTo?: 'The project' | 'A source' | 'A code' | 'A participant';
  /** The source, code or participant, as its option reads (a code by its name). */
  target?: string;
  title: string;
}

/** The Memos screen and the command palette: what a user sees and does there. */
export class MemosPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Memos' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Memos' })).toBeVisible();
    await expect(this.list.getByRole('listitem').first()).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('region', { name: 'Memo list' });
  }

  get pane(): Locator {
    return this.page.locator('.memo-pane');
  }

  /** The button that opens a memo in the list, by its title. */
  item(title: string): Locator {
    return this.list.getByRole('button', { name: title, exact: true });
  }

  async titles(): Promise<string[]> {
    return this.list.locator('.memo-open').allInnerTexts();
  }

  async filterKind(label: string): Promise<void> {
    await this.page.getByLabel('Kind', { exact: true }).first().selectOption({ label });
  }

  async search(words: string): Promise<void> {
    await this.page.getByLabel('Search memos').fill(words);
  }

  async create(memo: NewMemo): Promise<void> {
    await this.page.getByRole('button', { name: 'New memo…' }).click();
    const form = this.page.getByRole('form', { name: 'New memo' });
    if (memo.kind) await form.getByLabel('Kind').selectOption({ label: memo.kind });
    if (memo.attachTo) await form.getByLabel('Attach to').selectOption({ label: memo.attachTo });
    if (memo.target) {
      const select = form.locator('select').last();
      const value = await select.locator('option').filter({ hasText: memo.target }).first().getAttribute('value');
      await select.selectOption(value!);
    }
    await form.getByLabel('Title').fill(memo.title);
    await form.getByRole('button', { name: 'Create memo' }).click();
    await expect(this.titleField).toHaveValue(memo.title);
  }

  async openMemo(title: string): Promise<void> {
    await this.item(title).click();
    await expect(this.titleField).toHaveValue(title);
  }

  get titleField(): Locator {
    return this.pane.getByLabel('Title', { exact: true });
  }

  /** The open memo's rich text. */
  get text(): Locator {
    return this.pane.getByRole('textbox', { name: /^Text of / });
  }

  tool(name: string): Locator {
    return this.pane.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
  }

  async save(): Promise<void> {
    await this.pane.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.pane.getByText('All changes saved')).toBeVisible();
  }

  async delete(title: string): Promise<void> {
    await this.openMemo(title);
    await this.pane.getByRole('button', { name: 'Delete memo…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Delete “${title}”?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete memo' }).click();
    await expect(this.item(title)).toHaveCount(0);
  }

  get palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Go to' });
  }

  async openPalette(key = 'Control+k'): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.palette).toBeVisible();
    await expect(this.palette.getByRole('combobox')).toBeFocused();
  }

  /** Types into the open palette and waits for the first result to be the one wanted. */
  async paletteFind(query: string, first: RegExp | string): Promise<void> {
    await this.palette.getByRole('combobox').fill(query);
    await expect(this.palette.getByRole('option').first()).toContainText(first);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}
