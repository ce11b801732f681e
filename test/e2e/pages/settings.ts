import type { Locator, Page } from '@playwright/test';
import type { Navigation } from './nav';

/** 设置: language and the office profile. */
export class SettingsPage {
  readonly bureauName: Locator;
  readonly operatorName: Locator;
  readonly save: Locator;

  constructor(
    readonly page: Page,
    private readonly nav: Navigation,
  ) {
    this.bureauName = page.getByLabel('局名称');
    this.operatorName = page.getByLabel('操作员姓名');
    this.save = page.getByRole('button', { name: '保 存' });
  }

  /** Opens the screen by its name in the current language (设置, Settings). */
  async open(label = '设置'): Promise<void> {
    await this.nav.open(label);
  }

  async switchLanguage(name: 'English' | '简体中文'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(name).click();
  }
}
