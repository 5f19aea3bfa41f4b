import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { StoryloomApp } from './app';

/** Coders, blind coding and the Review phase's Agreement tab, as a researcher uses them. */
export class AgreementPage {
  readonly app: StoryloomApp;

  constructor(readonly page: Page) {
    this.app = new StoryloomApp(page);
  }

  /** The top bar's coder button: "Coder: <name>", with "(blind)" while blind coding is on. */
  get coderButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^Coder: / });
  }

  get coderDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Coders' });
  }

  async openCoders(): Promise<Locator> {
    await this.coderButton.click();
    await expect(this.coderDialog).toBeVisible();
    return this.coderDialog;
  }

  async closeCoders(): Promise<void> {
    await this.coderDialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.coderDialog).toBeHidden();
  }

  /** Adds a coder from the dialog; they become the current coder. */
  async addCoder(name: string): Promise<void> {
    const dialog = await this.openCoders();
    await dialog.getByRole('textbox', { name: 'New coder’s name' }).fill(name);
    await dialog.getByRole('button', { name: 'Add coder' }).click();
    await expect(dialog.getByRole('status')).toContainText(`Added ${name}.`);
    await expect(dialog).toContainText(`Now coding: ${name}.`);
  }

  async setBlind(isOn: boolean): Promise<void> {
    const box = this.coderDialog.getByRole('checkbox', { name: 'Blind coding' });
    if (isOn) await box.check();
    else await box.uncheck();
    await expect(this.coderDialog.getByRole('status')).toContainText(isOn ? 'Blind coding is on' : 'Blind coding is off');
  }

  async openAgreement(): Promise<void> {
    await this.app.nav('Review').click();
    await this.page.getByRole('tab', { name: 'Agreement', exact: true }).click();
    await expect(this.panel.getByRole('heading', { name: 'Agreement between coders', level: 2 })).toBeVisible();
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Agreement' });
  }

  get table(): Locator {
    return this.panel.locator('table.agreement-table');
  }

  /** Picks a coder by name in "Coder A" or "Coder B" (options carry coding counts). */
  async chooseCoder(which: 'A' | 'B', name: string): Promise<void> {
    const select = this.panel.getByRole('combobox', { name: `Coder ${which}` });
    const value = await select.locator('option').filter({ hasText: name }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }

  async chooseUnit(label: 'Characters' | 'Speaker turns'): Promise<void> {
    await this.panel.getByRole('radio', { name: label }).check();
  }

  /** The cells of a code's row (by its name, the last part of its path): [%, kappa, alpha, A, B, both]. */
  async row(name: string): Promise<string[]> {
    const row = this.table.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`(^| › )${escape(name)}$`) }) });
    await expect(row).toHaveCount(1);
    return (await row.locator('td').allInnerTexts()).slice(0, 6).map((t) => t.trim());
  }

  async overall(): Promise<string[]> {
    return (await this.table.locator('tfoot tr td').allInnerTexts()).slice(0, 6).map((t) => t.trim());
  }

  async showDisagreements(name: string): Promise<void> {
    await this.table.getByRole('button', { name: new RegExp(`^List disagreements on .*${escape(name)}$`) }).click();
    await expect(this.panel.getByRole('heading', { name: `Disagreements on ${name}`, level: 3 })).toBeFocused();
  }

  /** "Coded by <name> only": the side-by-side column of one coder's disagreements. */
  onlyBy(name: string): Locator {
    return this.panel.getByRole('region', { name: `Coded by ${name} only` });
  }

  async exportTable(format: 'CSV' | 'Excel (XLSX)'): Promise<Download> {
    await this.panel.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.panel.getByRole('button', { name: 'Export agreement table' }).click(),
    ]);
    return download;
  }

  /** What the window shows, or one part of the page. */
  async screenshot(name: string, part?: Locator): Promise<void> {
    const path = `${process.env.PW_OUTPUT ?? 'test-results'}/${name}.png`;
    if (part) await part.screenshot({ path });
    else await this.page.screenshot({ path });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
