import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { chooseOption, download, inputOf, png, setDate } from '../ui';
import type { Navigation } from './nav';

export interface ApplicantFields {
  name: string;
  uscc: string;
  /** Products picked in the multiple Select (its dropdown is closed after). */
  products: string[];
  township?: string;
  /** 申请日期, YYYY-MM-DD. */
  applied?: string;
}

/** One step of the approval, as the step dialog asks for it. */
export interface StepFields {
  /** The step to record, when not the one the dialog proposes. */
  step?: string;
  siteCheck?: string;
  date: string;
  note?: string;
  announcement?: string;
}

export interface UseReportFields {
  year: string;
  quantity: string;
  value: string;
  labels: string;
}

/** 地理标志: the catalogue, one GI's users, a user's record (approval, use reports, inspections). */
export class GiPage {
  readonly catalogue: Locator;
  readonly title: Locator;
  readonly userTable: Locator;
  readonly userForm: Locator;
  readonly userTitle: Locator;
  readonly userStatus: Locator;
  readonly saveUserButton: Locator;
  readonly reportTable: Locator;
  readonly inspectionForm: Locator;
  readonly inspectionResult: Locator;
  readonly inspectionPhotos: Locator;
  readonly inspectionCaseLink: Locator;

  constructor(
    readonly page: Page,
    private readonly nav: Navigation,
  ) {
    this.catalogue = page.getByTestId('gi-catalogue');
    this.title = page.getByTestId('gi-title');
    this.userTable = page.getByTestId('gi-user-table');
    this.userForm = page.getByTestId('gi-user-form');
    this.userTitle = page.getByTestId('user-title');
    this.userStatus = page.getByTestId('user-status');
    this.saveUserButton = page.getByTestId('gi-user-save');
    this.reportTable = page.getByTestId('report-table');
    this.inspectionForm = page.getByTestId('inspection-form');
    this.inspectionResult = page.getByTestId('inspection-result');
    this.inspectionPhotos = page.getByTestId('inspection-photo');
    this.inspectionCaseLink = page.getByTestId('inspection-case-link');
  }

  async open(): Promise<void> {
    await this.nav.open('地理标志');
  }

  /** The catalogue's 打开 link of a GI. */
  entry(gi: string): Locator {
    return this.page.getByTestId(`gi-open-${gi}`);
  }

  async openGi(gi: string): Promise<void> {
    await this.entry(gi).click();
  }

  /** A warning flag on a user's record (`flag-review_overdue`, `flag-non_use`, …). */
  flag(kind: string): Locator {
    return this.page.getByTestId(`flag-${kind}`);
  }

  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** The first 返回 button: from a user back to the GI, from the GI back to the catalogue. */
  async back(): Promise<void> {
    await this.page.getByRole('button', { name: /返回/ }).first().click();
  }

  /** Opens the new-user form of the open GI and fills it; does not save. */
  async fillApplicant(fields: ApplicantFields): Promise<void> {
    await this.page.getByTestId('gi-new-user').click();
    await this.page.getByTestId('gi-user-name').fill(fields.name);
    await this.page.getByTestId('gi-user-uscc').fill(fields.uscc);
    for (const product of fields.products) await chooseOption(this.page, 'gi-user-products', product);
    await this.page.keyboard.press('Escape');
    if (fields.township !== undefined) await chooseOption(this.page, 'gi-user-township', fields.township);
    if (fields.applied !== undefined) await setDate(this.page, 'gi-user-applied', fields.applied);
  }

  async usccInput(): Promise<Locator> {
    return inputOf(this.page, 'gi-user-uscc');
  }

  /** The box that confirms a USCC failing its check. */
  get usccConfirm(): Locator {
    return this.page.getByTestId('gi-user-confirm');
  }

  async saveUser(): Promise<void> {
    await this.saveUserButton.click();
  }

  /** Records the next approval step of the open user through the step dialog. */
  async recordStep(fields: StepFields): Promise<void> {
    await this.page.getByTestId('user-step').click();
    if (fields.step !== undefined) await chooseOption(this.page, 'step-select', fields.step);
    if (fields.siteCheck !== undefined) await setDate(this.page, 'step-site-check', fields.siteCheck);
    await setDate(this.page, 'step-date', fields.date);
    if (fields.note !== undefined) await this.page.getByTestId('step-note').fill(fields.note);
    if (fields.announcement !== undefined) await this.page.getByTestId('step-announcement').fill(fields.announcement);
    await this.page.getByTestId('step-submit').click();
    await expect(this.page.getByTestId('step-form')).toBeHidden();
  }

  approvalEntry(step: string): Locator {
    return this.page.getByTestId(`gi-timeline-${step}`);
  }

  /** Adds a yearly use report on the 年度使用报告 tab. */
  async addUseReport(fields: UseReportFields): Promise<void> {
    await this.page.getByTestId('report-add').click();
    await (await inputOf(this.page, 'report-year')).fill(fields.year);
    await (await inputOf(this.page, 'report-quantity')).fill(fields.quantity);
    await (await inputOf(this.page, 'report-value')).fill(fields.value);
    await (await inputOf(this.page, 'report-labels')).fill(fields.labels);
    await this.page.getByTestId('report-submit').click();
    await expect(this.page.getByTestId('report-form')).toBeHidden();
  }

  /** Opens a new inspection on the 监督检查 tab and names the inspectors; the items follow. */
  async startInspection(inspectors: string): Promise<void> {
    await this.page.getByTestId('inspection-add').click();
    await this.page.getByTestId('inspection-inspectors').fill(inspectors);
  }

  /** Marks a check item (`uscc_printed`, …) 符合 / 不符合. */
  async markCheck(item: string, verdict: '符合' | '不符合'): Promise<void> {
    await this.page.getByTestId(`check-${item}`).getByText(verdict).click();
  }

  get inspectionResultSelect(): Locator {
    return this.page.getByTestId('inspection-result-select');
  }

  get inspectionFindings(): Locator {
    return this.page.getByTestId('inspection-findings');
  }

  async submitInspection(): Promise<void> {
    await this.page.getByTestId('inspection-submit').click();
    await expect(this.inspectionForm).toBeHidden();
  }

  /** Adds a photo to the (only) recorded inspection. */
  async addInspectionPhoto(name: string): Promise<void> {
    await this.page.locator('[data-testid^="inspection-20"] input[type=file]').setInputFiles(png(name));
  }

  /** 登记案件线索 from a failed inspection: a linked case lead is registered, and shown. */
  async openCaseFromInspection(): Promise<void> {
    await this.page.getByTestId('inspection-open-case').click();
    await this.page
      .getByRole('button', { name: /登记案件线索/ })
      .last()
      .click();
  }

  async exportUsers(): Promise<Download> {
    return download(this.page, this.page.getByTestId('gi-export-users'));
  }
}
