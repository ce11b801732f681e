import type { Locator, Page } from '@playwright/test';

/** 首页: the office profile and deadlines (county), the per-unit dashboard (league). */
export class HomePage {
  readonly profile: Locator;
  readonly keyFingerprint: Locator;
  readonly overdueStat: Locator;
  readonly showOverdue: Locator;
  readonly dashboard: Locator;
  readonly chartByMonth: Locator;

  constructor(readonly page: Page) {
    this.profile = page.getByTestId('home-profile');
    this.keyFingerprint = page.getByTestId('key-fingerprint');
    this.overdueStat = page.getByTestId('stat-overdue');
    this.showOverdue = page.getByTestId('show-overdue');
    this.dashboard = page.getByTestId('dashboard-units');
    this.chartByMonth = page.getByTestId('chart-by-month');
  }

  /** The number of overdue cases the home screen shows. */
  async overdueCount(): Promise<number> {
    return Number(await this.overdueStat.locator('.ant-statistic-content-value').innerText());
  }

  /** The dashboard's per-unit table as numbers: unit name → [线索, 立案, 结案, 决定, 在办, 超期, 罚没款, GI, 任务]. */
  async dashboardRows(): Promise<Map<string, number[]>> {
    const rows = this.dashboard.locator('tbody tr');
    const out = new Map<string, number[]>();
    for (let i = 0; i < (await rows.count()); i++) {
      const cells = await rows.nth(i).locator('td').allInnerTexts();
      out.set(
        cells[0] as string,
        cells.slice(1).map((c) => Number(c.replace(/,/g, ''))),
      );
    }
    return out;
  }

  /** A number of the dashboard that opens its cases: the league total's (`dash-total-filed`) or a unit's (`dash-152502-open`). */
  figure(unit: string, column: string): Locator {
    return this.page.getByTestId(`dash-${unit}-${column}`);
  }
}
