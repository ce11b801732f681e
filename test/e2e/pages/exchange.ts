import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, download, fileInput } from '../ui';
import type { Navigation } from './nav';

/** 数据交换: export a bundle, preview and apply an import, and the received / partners / quarantine / trusted tables. */
export class ExchangePage {
  readonly ownFingerprint: Locator;
  readonly exportResult: Locator;
  readonly importReport: Locator;
  readonly previewTable: Locator;
  readonly previewFingerprint: Locator;
  readonly previewNewFingerprint: Locator;
  readonly confirmFingerprint: Locator;
  readonly confirmKeyChange: Locator;
  readonly apply: Locator;
  readonly rejected: Locator;
  readonly duplicate: Locator;
  /** The result panel of a refused file. */
  readonly refused: Locator;
  readonly received: Locator;
  /** The received bundles' rows (an empty table has a placeholder row: use `receivedBundles` to count real ones). */
  readonly receivedRows: Locator;
  readonly receivedBundles: Locator;
  readonly partners: Locator;
  readonly quarantine: Locator;
  readonly trusted: Locator;
  readonly upload: Locator;

  constructor(
    readonly page: Page,
    private readonly nav: Navigation,
  ) {
    this.ownFingerprint = page.getByTestId('own-fingerprint');
    this.exportResult = page.getByTestId('export-result');
    this.importReport = page.getByTestId('import-report');
    this.previewTable = page.getByTestId('preview-table');
    this.previewFingerprint = page.getByTestId('preview-fingerprint');
    this.previewNewFingerprint = page.getByTestId('preview-new-fingerprint');
    this.confirmFingerprint = page.getByTestId('confirm-fingerprint');
    this.confirmKeyChange = page.getByTestId('confirm-key-change');
    this.apply = page.getByTestId('import-apply');
    this.rejected = page.getByTestId('import-rejected');
    this.duplicate = page.getByTestId('import-duplicate');
    this.refused = page.getByTestId('import-refused');
    this.received = page.getByTestId('received');
    this.receivedRows = this.received.locator('tbody tr');
    this.receivedBundles = this.received.locator('tbody tr[data-row-key]');
    this.partners = page.getByTestId('partners');
    this.quarantine = page.getByTestId('quarantine');
    this.trusted = page.getByTestId('trusted');
    this.upload = page.getByTestId('import-upload');
  }

  async open(): Promise<void> {
    await this.nav.open('数据交换');
  }

  /**
   * Opens 数据交换 and exports the next bundle — the league to the county whose name matches `to`
   * — and saves the download to `savePath`.
   */
  async exportBundle(savePath: string, to?: string): Promise<void> {
    await this.open();
    if (to !== undefined) await chooseOption(this.page, 'export-to', new RegExp(to));
    const file = await download(this.page, this.page.getByTestId('export-run'));
    await file.saveAs(savePath);
    await expect(this.exportResult).toBeVisible();
  }

  /** The league: one bundle for each of its counties in one action; waits for the summary. */
  async exportToAllCounties(): Promise<Locator> {
    await this.open();
    await this.page.getByTestId('export-batch-run').click();
    const result = this.page.getByTestId('export-batch-result');
    await expect(result).toBeVisible();
    return result;
  }

  /** Saves the batch's bundle for one county (by unit code) to `savePath`. */
  async saveBatchBundle(unit: string, savePath: string): Promise<void> {
    const file = await download(this.page, this.page.getByTestId(`export-batch-save-${unit}`));
    await file.saveAs(savePath);
  }

  /** Opens 数据交换 and chooses a bundle to import; waits for its preview (a large one may need a longer `timeout`). */
  async preview(file: string, timeout?: number): Promise<void> {
    await this.open();
    await fileInput(this.page, 'import-upload').setInputFiles(file);
    await expect(this.importReport).toBeVisible({ timeout });
  }

  /** Chooses a file the import refuses; returns the result panel that stays on screen. */
  async refusedImport(file: string): Promise<Locator> {
    await this.open();
    await fileInput(this.page, 'import-upload').setInputFiles(file);
    const panel = this.page.getByTestId('import-refused');
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Previews a bundle from a new sender, confirms its key fingerprint and applies it. */
  async importFromNewSender(file: string): Promise<void> {
    await this.preview(file);
    await this.confirmFingerprint.check();
    await this.apply.click();
  }

  /** The preview's count of new records of a kind (the row whose first cell starts with `kind`). */
  previewCount(kind: string): Locator {
    return this.previewTable
      .locator('tr', { hasText: new RegExp(`^${kind}`) })
      .locator('td')
      .nth(1);
  }

  async openQuarantine(): Promise<void> {
    await this.page.getByTestId('quarantine-tab').click();
  }

  async openTrusted(): Promise<void> {
    await this.page.getByRole('tab', { name: /信任的单位/ }).click();
  }
}
