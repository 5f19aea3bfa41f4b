import { expect, type Locator, type Page } from '@playwright/test';

/** A name starting with a source label ("FG 1" but not "FG 10"). */
const labelled = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `);

export type Mode = 'All of the words' | 'Exact phrase' | 'Regular expression';

export interface Hit {
  source: string;
  speaker: string;
  match: string;
}

/** The Search screen: searching, following and coding hits, word frequencies, as a researcher does. */
export class SearchPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Search' }).click();
    await expect(this.page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
  }

  get form(): Locator {
    return this.page.getByRole('search', { name: 'Search the sources' });
  }

  get results(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Search' });
  }

  /** The polite announcement of the outcome: "3 hits in 3 sources for “…”." */
  get summary(): Locator {
    return this.results.locator('.search-summary');
  }

  tab(name: 'Search' | 'Word frequencies'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Types the query, sets the mode and options, and presses Enter in the search box. */
  async search(text: string, mode: Mode = 'All of the words', options: { wholeWords?: boolean; matchCase?: boolean } = {}): Promise<void> {
    await this.form.getByRole('radio', { name: mode }).check();
    await this.form.getByRole('checkbox', { name: 'Whole words' }).setChecked(options.wholeWords ?? false);
    await this.form.getByRole('checkbox', { name: 'Match case' }).setChecked(options.matchCase ?? false);
    await this.form.getByRole('searchbox', { name: 'Search for' }).fill(text);
    await this.form.getByRole('searchbox', { name: 'Search for' }).press('Enter');
  }

  /** Ticks only these sources (by label, e.g. "FG 1") in the visible tab's chooser. */
  async chooseSources(panel: 'Search' | 'Word frequencies', labels: string[]): Promise<void> {
    const scope = this.page.getByRole('tabpanel', { name: panel }).getByRole('group', { name: 'Sources' });
    await scope.getByRole('radio', { name: /^Only the sources I tick/ }).check();
    for (const box of await scope.getByRole('checkbox').all()) await box.uncheck();
    for (const label of labels) await scope.getByRole('checkbox', { name: labelled(label) }).check();
  }

  /** The source groups of the results, by heading. */
  group(label: string): Locator {
    return this.results.getByRole('region', { name: labelled(label) });
  }

  /** Every hit shown, in order: its source label, speaker and matched words. */
  async hits(): Promise<Hit[]> {
    const found: Hit[] = [];
    for (const group of await this.results.locator('.hit-group').all()) {
      const source = (await group.locator('h3 .label-chip').innerText()).trim();
      for (const hit of await group.getByRole('listitem').all()) {
        found.push({
          source, speaker: (await hit.locator('.hit-speaker').innerText()).trim(),
          match: (await hit.locator('.kwic-match').innerText()).trim(),
        });
      }
    }
    return found;
  }

  /** The link that opens the reader at a hit, by the words of its context. */
  hitLink(source: string, words: string): Locator {
    return this.group(source).getByRole('link', { name: words });
  }

  /** "Code all hits…", then a code chosen in the picker by typing its name and pressing Enter. */
  async codeAllHits(codeName: string): Promise<void> {
    await this.results.getByRole('button', { name: /^Code (all \d+ hits|the hit)…$/ }).click();
    const picker = this.page.getByRole('dialog', { name: 'Code the selection' });
    await picker.getByRole('combobox', { name: 'Code name' }).fill(codeName);
    await expect(picker.getByRole('option').first()).toContainText(codeName);
    await picker.getByRole('combobox', { name: 'Code name' }).press('Enter');
    await expect(picker).toBeHidden();
  }

  async countWords(options: { groupBy?: string } = {}): Promise<void> {
    await this.tab('Word frequencies').click();
    const panel = this.page.getByRole('tabpanel', { name: 'Word frequencies' });
    if (options.groupBy) await panel.getByLabel('Group by').selectOption({ label: options.groupBy });
    await panel.getByRole('button', { name: 'Count words' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Counted words' })).toBeVisible();
  }

  frequencyTables(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Word frequencies' }).getByRole('table');
  }

  async screenshot(name: string, fullPage = true): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage });
  }
}
