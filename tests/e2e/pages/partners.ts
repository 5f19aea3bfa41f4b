import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { StoryloomApp } from './app';

/** Waits for the download a click starts and keeps it at `dir/name`. */
export async function keepDownload(page: Page, click: () => Promise<void>, dir: string, name?: string): Promise<{ path: string; suggested: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  mkdirSync(dir, { recursive: true });
  const suggested = download.suggestedFilename();
  const path = join(dir, name ?? suggested);
  await download.saveAs(path);
  return { path, suggested };
}

/** The Partner review tab of the Review phase. */
export class PartnersPage {
  readonly app: StoryloomApp;

  constructor(readonly page: Page) {
    this.app = new StoryloomApp(page);
  }

  async open(): Promise<void> {
    await this.app.nav('Review').click();
    await this.page.getByRole('tab', { name: 'Partner review', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Partner review', level: 2 })).toBeVisible();
    await expect(this.page.getByRole('heading', { name: 'Make a review pack', level: 3 })).toBeVisible();
  }

  get round(): Locator {
    return this.page.getByLabel('Review round');
  }

  /** The checkbox of the quote whose wording starts with `words`. */
  quote(words: string): Locator {
    return this.page.getByRole('group', { name: /^Quotes in the pack/ }).getByRole('checkbox', { name: new RegExp(`^“${escape(words)}`) });
  }

  get quotesLegend(): Locator {
    return this.page.getByRole('group', { name: /^Quotes in the pack/ }).locator('legend');
  }

  /** Exports the pack and keeps it at `dir/pack.html`. */
  async exportPack(dir: string): Promise<{ path: string; suggested: string }> {
    return keepDownload(this.page, () => this.page.getByRole('button', { name: 'Export review pack' }).click(), dir, 'pack.html');
  }

  async importResponses(...paths: string[]): Promise<void> {
    await this.page.getByLabel('Response files').setInputFiles(paths);
  }

  get message(): Locator {
    return this.page.locator('.partner-message');
  }

  theme(name: string): Locator {
    return this.page.getByRole('region', { name: `Theme: ${name}`, exact: true });
  }

  get general(): Locator {
    return this.page.getByRole('region', { name: 'General comments', exact: true });
  }

  /** A theme's counts table as rows of cell texts. */
  async counts(theme: string): Promise<string[][]> {
    const rows = this.theme(theme).locator('table.verdict-table tr');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  }

  entry(card: Locator, reviewer: string): Locator {
    return card.getByRole('listitem').filter({ has: this.page.locator('.reviewer', { hasText: reviewer }) });
  }

  response(card: Locator, reviewer: string): Locator {
    return this.entry(card, reviewer).getByRole('textbox', { name: /^How we responded/ });
  }

  addressed(card: Locator, reviewer: string): Locator {
    return this.entry(card, reviewer).getByRole('checkbox', { name: /^Addressed/ });
  }

  async screenshot(dir: string, name: string): Promise<void> {
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  }

  /** Just "What partners said", at full size. */
  async screenshotAnswers(dir: string, name: string): Promise<void> {
    mkdirSync(dir, { recursive: true });
    await this.page.locator('.partner-answers').screenshot({ path: join(dir, `${name}.png`) });
  }
}

/** The review pack as a partner sees it: opened from a file, with no server. */
export class ReviewPackPage {
  /** Requests the page made for anything but itself. */
  readonly requests: string[] = [];

  constructor(readonly page: Page) {
    page.on('request', (request) => {
      if (!/^(file|blob|data):/.test(request.url())) this.requests.push(request.url());
    });
  }

  async open(path: string): Promise<void> {
    await this.page.goto(pathToFileURL(path).href);
    await expect(this.page.getByRole('heading', { name: 'Do these themes ring true to you?', level: 1 })).toBeVisible();
  }

  theme(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async answer(theme: string, answer: { verdict?: 'Yes' | 'Partly' | 'No'; name?: string; comment?: string }): Promise<void> {
    const section = this.theme(theme);
    if (answer.verdict) await section.getByRole('group', { name: 'Does this theme ring true to you?' }).getByRole('radio', { name: answer.verdict, exact: true }).check();
    if (answer.name !== undefined) await section.getByLabel('A better name for this theme').fill(answer.name);
    if (answer.comment !== undefined) await section.getByLabel('Your comments on this theme').fill(answer.comment);
  }

  async generalComment(text: string): Promise<void> {
    await this.page.getByLabel('General comments').fill(text);
  }

  async reviewer(name: string): Promise<void> {
    await this.page.getByLabel('Your name or initials').fill(name);
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save my answers' });
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  async save(dir: string): Promise<{ path: string; suggested: string }> {
    return keepDownload(this.page, () => this.saveButton.click(), dir);
  }

  async expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `review pack: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  async screenshot(dir: string, name: string): Promise<void> {
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
