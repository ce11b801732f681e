import type { Download, Locator, Page } from '@playwright/test';
import { chooseOption, download } from '../ui';
import type { Navigation } from './nav';

/** 统计报表: the SAMR table (period, unit, xlsx, print), the campaign summary and data completeness. */
export class ReportsPage {
  readonly samrTable: Locator;
  /** The cells of the SAMR table's 合计 row. */
  readonly samrTotal: Locator;
  readonly campaignTotalFiled: Locator;
  readonly completeness: Locator;
  /** The 执法行动 block's figures, by key (actions, staff, physicalMarketActions, physicalMarketStaff, keyMarkets). */
  readonly samrAction: (key: string) => Locator;
  /** The SAMR table's header cells. */
  readonly samrHeadings: Locator;

  constructor(
    readonly page: Page,
    private readonly nav: Navigation,
  ) {
    this.samrTable = page.getByTestId('samr-table');
    this.samrTotal = this.samrTable.locator('tr.samr-total td');
    this.campaignTotalFiled = page.getByTestId('campaign-total-filed');
    this.completeness = page.getByTestId('completeness-table');
    this.samrAction = (key) => page.getByTestId(`samr-action-${key}`);
    this.samrHeadings = page.locator('.samr-sheet .ant-table-thead th');
  }

  async open(): Promise<void> {
    await this.nav.open('统计报表');
  }

  /** The period within the year: a quarter, or 全年. */
  async chooseQuarter(quarter: string): Promise<void> {
    await chooseOption(this.page, 'report-quarter', quarter);
  }

  async chooseUnit(unit: string): Promise<void> {
    await chooseOption(this.page, 'report-unit', unit);
  }

  /** A report's tab: `campaign`, `completeness` … */
  async openTab(tab: string): Promise<void> {
    await this.page.getByTestId(`report-tab-${tab}`).click();
  }

  async downloadXlsx(): Promise<Download> {
    return download(this.page, this.page.getByTestId('report-xlsx'));
  }

  completenessRow(unit: string): Locator {
    return this.completeness.locator('tr', { hasText: unit });
  }

  /** The completeness tab's way to the import of missing data. */
  async goImportMissing(): Promise<void> {
    await this.page.getByTestId('completeness-import').click();
  }
}
