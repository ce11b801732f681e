import type { Locator, Page } from '@playwright/test';

/** The main navigation on the left. Items are named as shown (Chinese, or English after the switch). */
export class Navigation {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('main-nav');
  }

  item(label: string): Locator {
    return this.root.getByText(label, { exact: true });
  }

  async open(label: string): Promise<void> {
    await this.item(label).click();
  }
}
