import { expect, type Locator, type Page } from '@playwright/test';

/** The Anonymise screen: scanning, Replace all, withdrawing a participant, the log. */
export class AnonymisePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Anonymise' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Anonymise' })).toBeVisible();
  }

  async tab(name: string): Promise<Locator> {
    await this.page.getByRole('tab', { name }).click();
    return this.page.getByRole('tabpanel', { name });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Scans every source and waits for the summary. */
  async scanAll(): Promise<Locator> {
    const panel = await this.tab('Scan for identifiers');
    await panel.getByLabel('Sources to scan').selectOption({ label: 'All sources (6)' });
    await panel.getByRole('button', { name: 'Scan', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('possible identifier');
    return panel;
  }

  /** Ticks a flagged value and types its substitute. */
  async choose(panel: Locator, value: string, substitute: string): Promise<void> {
    await panel.getByRole('checkbox', { name: `Replace ${value}`, exact: true }).check();
    await panel.getByRole('textbox', { name: `Substitute for ${value}`, exact: true }).fill(substitute);
  }

  /** Fills Replace all and previews it; returns the panel. */
  async previewReplaceAll(find: string, substitute: string, kind: string): Promise<Locator> {
    const panel = await this.tab('Replace all');
    await panel.getByLabel('Replace all').fill(find);
    await panel.getByLabel('with', { exact: true }).fill(substitute);
    await panel.getByLabel('Kind of identifier (for the log)').selectOption({ label: kind });
    await panel.getByRole('button', { name: 'Preview' }).click();
    return panel;
  }

  /** Confirms the open dialog with its destructive button. */
  async confirm(name: RegExp | string): Promise<void> {
    await this.dialog.getByRole('button', { name }).click();
    await expect(this.dialog).toBeHidden();
  }

  status(text: string): Locator {
    return this.page.locator('.anonymise-screen').getByRole('status').filter({ hasText: text });
  }
}
