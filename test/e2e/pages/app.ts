import type { Locator, Page, PageScreenshotOptions } from '@playwright/test';
import { screenshot } from '../ui';
import { ActionsPage } from './actions';
import { CasesPage } from './cases';
import { ExchangePage } from './exchange';
import { GiPage } from './gi';
import { HomePage } from './home';
import { Navigation } from './nav';
import { PlansPage } from './plans';
import { ReportsPage } from './reports';
import { SettingsPage } from './settings';
import { SetupWizard } from './wizard';

/** The app in one page: the header, the navigation and one object per screen. */
export class LedgerApp {
  readonly nav: Navigation;
  readonly wizard: SetupWizard;
  readonly home: HomePage;
  readonly cases: CasesPage;
  readonly actions: ActionsPage;
  readonly gi: GiPage;
  readonly plans: PlansPage;
  readonly exchange: ExchangePage;
  readonly reports: ReportsPage;
  readonly settings: SettingsPage;
  /** The bureau's name in the header. */
  readonly headerBureau: Locator;
  /** The screen shown when the ledger cannot be opened (stale token, newer version …). */
  readonly openFailed: Locator;

  constructor(readonly page: Page) {
    this.nav = new Navigation(page);
    this.wizard = new SetupWizard(page);
    this.home = new HomePage(page);
    this.cases = new CasesPage(page, this.nav);
    this.actions = new ActionsPage(page, this.nav);
    this.gi = new GiPage(page, this.nav);
    this.plans = new PlansPage(page, this.nav);
    this.exchange = new ExchangePage(page, this.nav);
    this.reports = new ReportsPage(page, this.nav);
    this.settings = new SettingsPage(page, this.nav);
    this.headerBureau = page.getByTestId('header-bureau');
    this.openFailed = page.getByTestId('open-failed');
  }

  /** Loads the app from a host address (with its token) in `page`. */
  static async open(page: Page, url: string): Promise<LedgerApp> {
    await page.goto(url);
    return new LedgerApp(page);
  }

  /** Loads the app again (another host run, another address) in the same page. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** A screenshot into the test's output folder, test-results/e2e/<test>/<name>. */
  async screenshot(name: string, options: Omit<PageScreenshotOptions, 'path'> = {}): Promise<void> {
    await screenshot(this.page, name, options);
  }
}
