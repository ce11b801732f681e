import { expect, type Locator, type Page } from '@playwright/test';

/** The first-run wizard: unit, then the bureau's names, then the operator. */
export class SetupWizard {
  readonly root: Locator;
  readonly unitSelect: Locator;
  readonly next: Locator;
  readonly bureauName: Locator;
  readonly casePrefix: Locator;
  readonly operatorName: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('setup-wizard');
    this.unitSelect = page.getByTestId('unit-select');
    this.next = page.getByRole('button', { name: '下一步' });
    this.bureauName = page.getByLabel('局名称');
    this.casePrefix = page.getByLabel('案号代字');
    this.operatorName = page.getByLabel('操作员姓名');
  }

  /** Types into the unit search (a name or a code) and takes the first match with Enter. */
  async searchUnit(text: string): Promise<void> {
    await this.unitSelect.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Completes the wizard with the keyboard where a clerk would, keeping the suggested names. */
  async complete(unitSearch = '锡林浩特', operator = '张明'): Promise<void> {
    await expect(this.root).toBeVisible();
    await this.searchUnit(unitSearch);
    await this.next.click();
    await expect(this.bureauName).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.operatorName).toBeFocused();
    await this.page.keyboard.type(operator);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('main-nav')).toBeVisible();
  }
}
