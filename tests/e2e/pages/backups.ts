import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Backups panel of the Project files screen. */
export class BackupsPanelPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Project files' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Project files' })).toBeVisible();
    await expect(this.panel).toBeVisible();
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Backups', exact: true });
  }

  get table(): Locator {
    return this.panel.getByRole('table', { name: 'Backups of this project, newest first' });
  }

  /** The panel's status line (what the last action did). */
  get status(): Locator {
    return this.panel.locator('.status-region');
  }

  /** The browser's prompt to download a backup. */
  get downloadPrompt(): Locator {
    return this.panel.getByRole('note', { name: 'Download a backup' });
  }

  /** Body rows, newest first. */
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** Each row as [when, why, size]. */
  async listed(): Promise<string[][]> {
    const rows: string[][] = [];
    for (const row of await this.rows.all()) {
      rows.push([await row.getByRole('rowheader').innerText(), ...(await row.getByRole('cell').allInnerTexts()).slice(0, 2)]);
    }
    return rows;
  }

  async backUpNow(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Back up now' }).click();
  }

  /** Restores the backup of one row from the keyboard: the row's button, then the dialog's confirm. */
  async restoreByKeyboard(row: number): Promise<void> {
    await this.rows.nth(row).getByRole('button', { name: /^Restore as a new project/ }).focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: /^Restore the backup of / });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await this.page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Restore as a new project' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }

  /** The link to the project just restored. */
  get openRestored(): Locator {
    return this.panel.getByRole('link', { name: /^Open “.* \(restored from .*\)”$/ });
  }

  /** Downloads one row's backup and returns the download. */
  async download(row: number): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.rows.nth(row).getByRole('button', { name: /^Download the backup of / }).click();
    return download;
  }
}
