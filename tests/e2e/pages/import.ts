import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

/** The import screen: choosing files, checking the preview, importing. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Import' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import sources' })).toBeVisible();
  }

  /** Chooses files through the chooser button, as a keyboard or mouse user does. Paths and made-up files mix. */
  async choose(files: ChosenFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles(files.map((f) => (typeof f === 'string'
      ? { name: basename(f), mimeType: 'application/octet-stream', buffer: readFileSync(f) } : f)));
  }

  async waitUntilRead(count: number): Promise<void> {
    await expect(this.page.getByText(`Read ${count} ${count === 1 ? 'file' : 'files'}`, { exact: true })).toBeVisible();
  }

  get results(): Locator {
    return this.page.getByRole('table', { name: 'Files chosen, and what each became' });
  }

  result(fileName: string): Locator {
    return this.results.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: fileName, exact: true }) });
  }

  label(title: string): Locator {
    return this.page.getByRole('textbox', { name: `Label of ${title}`, exact: true });
  }

  async openPreview(title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Preview ${title}`, exact: true }).click();
    const preview = this.page.getByRole('region', { name: new RegExp(`^Preview: ${title}`) });
    await expect(preview).toBeVisible();
    return preview;
  }

  async sameAs(speaker: string, other: string): Promise<void> {
    await this.page.getByRole('combobox', { name: `${speaker} is the same person as` }).selectOption(other);
  }

  async rename(speaker: string, label: string): Promise<void> {
    await this.page.getByRole('textbox', { name: `Label for ${speaker}`, exact: true }).fill(label);
  }

  /** The speaker names of the preview's first turns, in order. */
  previewSpeakers(preview: Locator): Locator {
    return preview.locator('.preview-turns .speaker-name');
  }

  async importAll(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Import ${count} sources` }).click();
    await expect(this.page.getByText(new RegExp(`^Imported ${count} sources`))).toBeVisible();
  }
}
