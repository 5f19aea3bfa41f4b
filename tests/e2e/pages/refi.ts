import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { StoryloomApp } from './app';

/** The NVivo 12.6 (Windows) export: 2 sources, 152 codes, 330 codings counted in UTF-16 units. */
export const NVIVO_PROJECT = fileURLToPath(new URL('../../../../shared/fixtures/refi/projects/nvivo12.6-win_oltas_teszt.qdpx', import.meta.url));
/** QualCoder's plain-text code list: 6 codes under 3 categories. */
export const QUALCODER_CODEBOOK = fileURLToPath(new URL('../../../../shared/fixtures/qualcoder-examples/plain_codes_categories_for_import.txt', import.meta.url));

const SCREENS = process.env.PW_OUTPUT ?? 'test-results';

/** Exchanging work with other tools: opening REFI-QDA project files and importing codebooks. */
export class RefiPage {
  readonly app: StoryloomApp;

  constructor(readonly page: Page) {
    this.app = new StoryloomApp(page);
  }

  /** Opens a project file through "Open project file…", as a user picks it. */
  async openProjectFile(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open project file…' }).first().click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  }

  async openNvivoProject(): Promise<void> {
    await this.openProjectFile('nvivo12.6-win_oltas_teszt.qdpx', await readFile(NVIVO_PROJECT));
  }

  /** The app's status line once a project file is open: the import report. */
  get importReport(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Opened "/ });
  }

  async openFilesScreen(): Promise<void> {
    await this.app.nav('Project files').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Project files' })).toBeVisible();
  }

  get codebookPanel(): Locator {
    return this.page.getByRole('region', { name: 'Import a codebook' });
  }

  get codebookFile(): Locator {
    return this.codebookPanel.getByLabel('Codebook file (.qdc, .csv or .txt)');
  }

  get preview(): Locator {
    return this.codebookPanel.locator('.codebook-preview');
  }

  /** One of the preview's lists: "Codes to add", "Already in this project…", "Problems in the file". */
  previewList(title: RegExp): Locator {
    return this.preview.getByRole('list', { name: title });
  }

  /** The panel's own outcome line (after importing, or a file that is not a codebook). */
  get codebookOutcome(): Locator {
    return this.codebookPanel.locator('.codebook-outcome');
  }

  /** Chooses a codebook file; the preview opens and takes the focus. */
  async chooseCodebook(path: string): Promise<void> {
    await this.codebookFile.setInputFiles(path);
    await expect(this.preview.getByRole('heading', { level: 3 })).toBeFocused();
  }

  /**
   * Scrolls a passage of the reader to the middle of the window. Turns off screen skip layout
   * (content-visibility), so the first scroll can land short once they are laid out: scroll
   * until the passage stays put.
   */
  async centre(passage: Locator): Promise<void> {
    const height = this.page.viewportSize()?.height ?? 800;
    for (let attempt = 0; attempt < 8; attempt++) {
      await passage.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await this.page.waitForTimeout(150);
      const box = await passage.boundingBox();
      if (box && box.y > 150 && box.y + Math.min(box.height, 200) < height) return;
    }
    throw new Error('The passage would not stay in view.');
  }

  /** The window, or one part of the page when `of` is given. */
  async screenshot(name: string, of?: Locator): Promise<void> {
    await (of ?? this.page).screenshot({ path: `${SCREENS}/${name}.png` });
  }
}
