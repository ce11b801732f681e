import { expect, type Locator, type Page } from '@playwright/test';
import { inputOf, setDate } from '../ui';
import type { Navigation } from './nav';

/** 执法行动: the enforcement-action log and the county's key physical markets. */
export class ActionsPage {
  readonly table: Locator;
  readonly markets: Locator;

  constructor(
    readonly page: Page,
    private readonly nav: Navigation,
  ) {
    this.table = page.getByTestId('actions-table');
    this.markets = page.getByTestId('markets-table');
  }

  async open(): Promise<void> {
    await this.nav.open('执法行动');
  }

  async openMarkets(): Promise<void> {
    await this.page.getByTestId('actions-tab-markets').click();
  }

  async openActions(): Promise<void> {
    await this.page.getByTestId('actions-tab-actions').click();
  }

  async addMarket(name: string): Promise<void> {
    await this.page.getByTestId('market-add').click();
    await this.page.getByTestId('market-name').fill(name);
    await this.page.getByTestId('market-save').click();
    await expect(this.markets.getByText(name, { exact: true })).toBeVisible();
  }

  /** Opens the form for a new action and fills what every action has. */
  async startAction(a: { date: string; title: string; staff: number }): Promise<void> {
    await this.page.getByTestId('action-add').click();
    await setDate(this.page, 'action-date', a.date);
    await this.page.getByTestId('action-title').fill(a.title);
    await (await inputOf(this.page, 'action-staff')).fill(String(a.staff));
  }

  async inMarket(name: string): Promise<void> {
    await this.page.getByTestId('action-physical').check();
    await (await inputOf(this.page, 'action-market')).fill(name);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('action-save').click();
  }
}
