import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Page objects: what a user sees and does, in one place, so tests read as user stories. */
export class StoryloomApp {
  constructor(readonly page: Page) {}

  /** A fresh browser profile: the very first run. */
  async firstRun(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  nav(name: string) {
    return this.page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name });
  }

  async goToProjects(): Promise<void> {
    await this.page.getByRole('link', { name: 'All projects', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  }

  /** The dashboard's figures as label -> number. */
  async dashboardFigures(): Promise<Record<string, string>> {
    const figures = this.page.locator('.figure');
    await expect(figures.first()).toBeVisible();
    const result: Record<string, string> = {};
    for (const figure of await figures.all()) {
      result[(await figure.locator('dt').innerText()).trim()] = (await figure.locator('.figure-value').innerText()).trim();
    }
    return result;
  }

  /** Fails on any serious or critical accessibility violation of the current screen. */
  async expectAccessible(screen: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${screen}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
}
