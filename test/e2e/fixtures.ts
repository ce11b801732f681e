/**
 * The E2E fixtures. Specs import `test` and `expect` from here instead of @playwright/test.
 *
 *   test('…', async ({ ledger, page }) => {
 *     const county = await ledger();                                      // empty data dir, host started
 *     const league = await ledger({ name: 'league', init: { unit: '152500', operator: '李强' } });
 *     const app = await LedgerApp.open(page, county.url);
 *     …
 *   });
 *
 * `ledger(options)` makes a data directory in the system temp folder, optionally initialises it
 * with the CLI (`init`, `demo`), and starts the preview host on it unless `start: false`. A test
 * may make as many as it needs (a county and the league; a ledger only the CLI uses). After the
 * test — passed or failed — every host is stopped and every data directory removed; when the
 * test failed, each host's output (stdout and stderr of all its runs) is attached to the report
 * as `host-<name>.log`. `newPage()` opens a page in a browser context of its own (one per
 * ledger when a test drives two apps side by side), closed after the test.
 */
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { cli } from './cli';
import { startHost, type Host } from './host';
import { keepDataDirs, newDataDir, removeDataDir } from './temp';

export { expect } from '@playwright/test';
export { cli, tsx } from './cli';

export interface LedgerOptions {
  /** Names the data directory and the log attachment; made unique within the test. Default `ledger`. */
  name?: string;
  /** `cli init --db … --unit U [--operator O]`: a set-up ledger without the wizard. */
  init?: { unit: string; operator?: string };
  /** `cli demo --db … [--unit U] --cases N [--gi-users G] [--seed S] --quiet`: a ledger with generated data. */
  demo?: { unit?: string; cases: number; giUsers?: number; actions?: number; seed?: string };
  /** Start the preview host now (default); with false, call `start()` when the test needs it. */
  start?: boolean;
}

export interface Ledger {
  readonly name: string;
  readonly dataDir: string;
  /** The ledger file, `<dataDir>/ledger.sqlite`. */
  readonly db: string;
  /** The running host's address with its token (each start has a new one). */
  readonly url: string;
  /** Starts the host (again) on this data directory; returns the new address. */
  start(): Promise<string>;
  /** Stops the host; nothing happens when it is not running. */
  stop(): Promise<void>;
}

class TestLedger implements Ledger {
  readonly db: string;
  /** Everything the hosts on this directory printed, run after run. */
  log = '';
  private host: Host | null = null;
  private runs = 0;

  constructor(
    readonly name: string,
    readonly dataDir: string,
  ) {
    this.db = path.join(dataDir, 'ledger.sqlite');
  }

  get url(): string {
    if (!this.host) throw new Error(`the host of ledger "${this.name}" is not running`);
    return this.host.url;
  }

  async start(): Promise<string> {
    if (this.host) throw new Error(`the host of ledger "${this.name}" is already running`);
    this.log += `--- preview host, run ${++this.runs}, ${new Date().toISOString()} ---\n`;
    this.host = await startHost(this.dataDir, (text) => {
      this.log += text;
    });
    return this.host.url;
  }

  async stop(): Promise<void> {
    const host = this.host;
    this.host = null;
    if (host) await host.stop();
  }
}

interface Fixtures {
  ledger: (options?: LedgerOptions) => Promise<Ledger>;
  newPage: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  ledger: async ({}, use, testInfo) => {
    const ledgers: TestLedger[] = [];
    await use(async (options = {}) => {
      const wanted = options.name ?? 'ledger';
      let name = wanted;
      for (let n = 2; ledgers.some((l) => l.name === name); n++) name = `${wanted}-${n}`;
      const made = new TestLedger(name, newDataDir(name));
      // Registered before anything can fail, so that its directory is removed whatever happens next.
      ledgers.push(made);
      if (options.init) {
        const { unit, operator } = options.init;
        cli('init', '--db', made.db, '--unit', unit, ...(operator ? ['--operator', operator] : []));
      }
      if (options.demo) {
        const { unit, cases, giUsers, actions, seed } = options.demo;
        cli(
          'demo',
          '--db',
          made.db,
          ...(unit ? ['--unit', unit] : []),
          '--cases',
          String(cases),
          ...(giUsers !== undefined ? ['--gi-users', String(giUsers)] : []),
          ...(actions !== undefined ? ['--actions', String(actions)] : []),
          ...(seed ? ['--seed', seed] : []),
          '--quiet',
        );
      }
      if (options.start !== false) await made.start();
      return made;
    });

    const failed = testInfo.status !== testInfo.expectedStatus;
    const errors: unknown[] = [];
    for (const l of ledgers) {
      try {
        await l.stop();
      } catch (error) {
        errors.push(error);
      }
    }
    for (const l of ledgers) {
      if (failed && l.log) await testInfo.attach(`host-${l.name}.log`, { body: l.log, contentType: 'text/plain' });
      try {
        if (!keepDataDirs()) removeDataDir(l.dataDir);
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  },

  newPage: async ({ browser }, use) => {
    const pages: Page[] = [];
    await use(async () => {
      const page = await browser.newPage();
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.context().close();
  },
});
