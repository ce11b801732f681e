import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, fileInput } from '../ui';
import type { Navigation } from './nav';

/** 案件台账: the list (search, drill-downs from the dashboard), the form and a case's detail. */
export class CasesPage {
  readonly form: CaseForm;
  readonly detail: CaseDetail;
  readonly newCase: Locator;
  readonly search: Locator;
  /** The case numbers in the list, one link per case. */
  readonly links: Locator;
  readonly drillOrigin: Locator;
  readonly drillBack: Locator;
  readonly dateField: Locator;
  readonly overdueMarks: Locator;

  constructor(
    readonly page: Page,
    private readonly nav: Navigation,
  ) {
    this.form = new CaseForm(page);
    this.detail = new CaseDetail(page);
    this.newCase = page.getByTestId('new-case');
    this.search = page.getByTestId('case-search').locator('input');
    this.links = page.getByTestId('case-link');
    this.drillOrigin = page.getByTestId('drill-origin');
    this.drillBack = page.getByTestId('drill-back');
    this.dateField = page.getByTestId('date-field');
    this.overdueMarks = page.getByTestId('deadline-overdue');
  }

  async open(): Promise<void> {
    await this.nav.open('案件台账');
  }

  /** The list's count line, 共 N 件. */
  total(n: number): Locator {
    return this.page.getByText(`共 ${n} 件`);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.page.keyboard.press('Enter');
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: '返回案件列表' }).click();
  }
}

export interface PartyFields {
  name: string;
  id: string;
}

/** The case form (new case or edit). */
export class CaseForm {
  readonly root: Locator;
  readonly title: Locator;
  readonly goods: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('case-form');
    this.title = page.getByTestId('case-title');
    this.goods = page.getByTestId('case-goods');
    this.save = page.getByTestId('case-save');
  }

  /** Adds a 专项行动 (a multiple Select), then closes its dropdown. */
  async addCampaign(name: string): Promise<void> {
    await chooseOption(this.page, 'case-campaigns', name);
    await this.page.keyboard.press('Escape');
  }

  async fillParty(index: number, party: PartyFields): Promise<void> {
    await this.page.getByTestId(`party-${index}-name`).fill(party.name);
    await this.page.getByTestId(`party-${index}-id`).fill(party.id);
  }

  /** The box that confirms an ID number failing its check. */
  partyConfirm(index: number): Locator {
    return this.page.getByTestId(`party-${index}-confirm`);
  }

  money(field: string): Locator {
    return this.page.getByTestId(`money-${field}`);
  }
}

/** What the stage dialog asks for, filled in this order; dates keep their default (today). */
export interface StageFields {
  receiver?: string;
  persons?: string;
  outcome?: string;
  fine?: string;
  confiscated?: string;
  /** Kinds of penalty to tick (labels, e.g. 罚款). */
  penaltyKinds?: string[];
  /** The procedure warnings (issue 16) expected, and the reason given to go ahead. */
  warnings?: string[];
  overrideReason?: string;
  /** Saved before the dialog is submitted. */
  screenshot?: () => Promise<void>;
}

/** A case's detail: header, tabs, evidence, the stage timeline. */
export class CaseDetail {
  readonly title: Locator;
  readonly caseNumber: Locator;
  readonly stage: Locator;
  readonly penaltyTotal: Locator;
  readonly advanceButton: Locator;
  readonly evidenceCards: Locator;
  readonly giLink: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('detail-title');
    this.caseNumber = page.getByTestId('detail-case-number');
    this.stage = page.getByTestId('detail-stage');
    this.penaltyTotal = page.getByTestId('detail-penalty-total');
    this.advanceButton = page.getByTestId('case-advance');
    this.evidenceCards = page.getByTestId('evidence-card');
    this.giLink = page.getByTestId('case-gi-link');
  }

  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  async addEvidence(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await fileInput(this.page, 'evidence-upload').setInputFiles(file);
  }

  /** The 预览 button of the only evidence card, or of the n-th (0 = the first). */
  previewButton(n?: number): Locator {
    const buttons = this.page.getByRole('button', { name: '预览' });
    return n === undefined ? buttons : buttons.nth(n);
  }

  timeline(kind: string): Locator {
    return this.page.getByTestId(`timeline-${kind}`);
  }

  /** Moves the case on (办案环节推进) to the stage, fills what the stage asks and confirms. */
  async advance(stage: string, fields: StageFields = {}): Promise<void> {
    await this.stageDialog('case-advance', stage, fields);
  }

  /** A transfer (移送) out of the normal order, through the same dialog. */
  async transfer(stage: string, fields: StageFields = {}): Promise<void> {
    await this.stageDialog('case-transfer', stage, fields);
  }

  private async stageDialog(button: string, stage: string, fields: StageFields): Promise<void> {
    await this.page.getByTestId(button).click();
    await chooseOption(this.page, 'advance-stage', stage);
    if (fields.receiver !== undefined) await this.page.getByTestId('advance-receiver').fill(fields.receiver);
    if (fields.persons !== undefined) await this.page.getByTestId('advance-persons').fill(fields.persons);
    if (fields.outcome !== undefined) await chooseOption(this.page, 'advance-outcome', fields.outcome);
    if (fields.fine !== undefined) await this.page.getByTestId('advance-fine').fill(fields.fine);
    if (fields.confiscated !== undefined) await this.page.getByTestId('advance-confiscated').fill(fields.confiscated);
    for (const kind of fields.penaltyKinds ?? []) await this.page.getByTestId('advance-penalty-kinds').getByText(kind, { exact: true }).click();
    for (const warning of fields.warnings ?? []) await expect(this.page.getByTestId('advance-warnings')).toContainText(warning);
    if (fields.overrideReason !== undefined) await this.page.getByTestId('advance-override-reason').fill(fields.overrideReason);
    if (fields.screenshot) await fields.screenshot();
    await this.page.getByTestId('advance-submit').click();
    await expect(this.page.getByTestId('advance-form')).toBeHidden();
  }

  /** Corrects a recorded stage entry's 说明; the history keeps the old value. */
  async correctStageNote(kind: string, note: string): Promise<void> {
    await this.page.getByTestId(`edit-stage-${kind}`).click();
    await this.page.getByTestId('edit-stage-form').getByLabel('说明').fill(note);
    await this.page.getByRole('button', { name: /保\s*存/ }).click();
  }

  /** The rows of the 修改记录 tab's table. */
  historyRows(): Locator {
    return this.page.locator('.ant-table-row');
  }
}
