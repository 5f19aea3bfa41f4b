import { expect, type Page } from '@playwright/test';

/** The reader: selecting words and coding them, as a researcher does. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  async open(title: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Sources' }).click();
    await this.page.getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
    await expect(this.text.locator('.turn').first()).toBeVisible();
  }

  get text() {
    return this.page.locator('.reader-text');
  }

  /** Selects the first occurrence of `words` in the reader, as a mouse drag would. */
  async select(words: string): Promise<void> {
    const found = await this.page.evaluate((target) => {
      const root = document.querySelector('.reader-text');
      if (!root) return false;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const joined = nodes.map((n) => n.data).join('');
      const at = joined.indexOf(target);
      if (at < 0) return false;
      const locate = (offset: number): [Text, number] => {
        let remaining = offset;
        for (const node of nodes) {
          if (remaining <= node.data.length) return [node, remaining];
          remaining -= node.data.length;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + target.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }, words);
    expect(found, `"${words}" is in the reader`).toBe(true);
    await expect(this.page.locator('.selection-summary')).toContainText(words.slice(0, 20));
  }

  mark(words: string) {
    return this.text.locator('mark.coding-mark', { hasText: words });
  }

  async codeWith(search: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Code…/ }).click();
    const picker = this.page.getByRole('dialog', { name: 'Code the selection' });
    await picker.getByRole('combobox', { name: 'Code name' }).fill(search);
    await picker.getByRole('combobox', { name: 'Code name' }).press('Enter');
    await expect(picker).toBeHidden();
  }
}
