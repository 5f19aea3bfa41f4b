import { expect, type Locator, type Page } from '@playwright/test';

/** The Project files screen: merging another project file and checking the project. */
export class ProjectFilesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Project files' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Project files' })).toBeVisible();
  }

  get merge(): Locator {
    return this.page.getByRole('region', { name: 'Merge a project file' });
  }

  get integrity(): Locator {
    return this.page.getByRole('region', { name: 'Check the project' });
  }

  /** Chooses a file to merge through the browser's file chooser (a path on disk). */
  async chooseMergeFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.merge.getByRole('button', { name: 'Choose a project file to merge…' }).click();
    await (await chooser).setFiles(path);
  }

  get preview(): Locator {
    return this.merge.locator('.merge-preview');
  }

  /** One row of the preview's "What the merge will do" table: [added, already here]. */
  async previewCounts(records: string): Promise<[string, string]> {
    const row = this.merge.getByRole('table', { name: 'What the merge will do' }).getByRole('row', { name: new RegExp(`^${records} `) });
    const cells = await row.getByRole('cell').allInnerTexts();
    return [cells[0] ?? '', cells[1] ?? ''];
  }

  conflicts(): Locator {
    return this.merge.getByRole('table', { name: 'Left out: these cannot be placed safely' });
  }

  codingsByCoder(): Locator {
    return this.merge.getByRole('table', { name: 'Codings by coder' });
  }

  async confirmMerge(): Promise<void> {
    await this.preview.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(this.preview).toHaveCount(0);
  }

  async checkProject(): Promise<void> {
    await this.integrity.getByRole('button', { name: 'Check the project' }).click();
  }
}
