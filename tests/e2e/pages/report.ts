import { expect, type Locator, type Page } from '@playwright/test';
import { StoryloomApp } from './app';

/** The Review and Report phases: the theme matrix, quotes and the exports. */
export class ReportPage {
  readonly app: StoryloomApp;

  constructor(readonly page: Page) {
    this.app = new StoryloomApp(page);
  }

  async openReview(): Promise<void> {
    await this.app.nav('Review').click();
    await expect(this.page.getByRole('heading', { name: 'Theme matrix', level: 2 })).toBeVisible();
  }

  async openReport(): Promise<void> {
    await this.app.nav('Report').click();
    await expect(this.page.getByRole('heading', { name: 'Quotes for the report', level: 2 })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  get matrix(): Locator {
    return this.page.locator('table.heatmap-table');
  }

  /** A cell's button: "<row>, <column>: ..." */
  cell(row: string, column: string): Locator {
    return this.matrix.getByRole('button', { name: new RegExp(`^${escape(row)}, ${escape(column)}:`) });
  }

  get cellExtracts(): Locator {
    return this.page.locator('section.cell-extracts');
  }

  quoteCard(n: number): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^Quote ${n}\\b`) }) });
  }

  /** Picks the first option whose text contains `text` (options may be indented or carry counts). */
  async chooseOption(select: Locator, text: string): Promise<void> {
    const value = await select.locator('option').filter({ hasText: text }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
