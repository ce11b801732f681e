import { expect, type Locator, type Page } from '@playwright/test';
import { fileInput, inputOf, png, setDate } from '../ui';
import type { Navigation } from './nav';

export interface PlanFields {
  title?: string;
  docNumber?: string;
  year?: number;
  issuingUnit?: string;
  issueDate?: string;
  summaryDue?: string;
  notes?: string;
}

export interface TaskReportFields {
  status: string;
  narrative: string;
  percent?: string;
  /** The name of the PNG attached as evidence. */
  evidence: string;
}

/** 工作任务: the league's plans and progress matrix, a county's own tasks and reports, indicators. */
export class PlansPage {
  readonly planList: Locator;
  readonly planTitle: Locator;
  readonly taskTable: Locator;
  /** The plan's task rows. */
  readonly taskRows: Locator;
  readonly taskForm: Locator;
  readonly myTasks: Locator;
  readonly myTaskRows: Locator;
  readonly matrixReport: Locator;
  readonly indicatorTable: Locator;

  constructor(
    readonly page: Page,
    private readonly nav: Navigation,
  ) {
    this.planList = page.getByTestId('plan-list');
    this.planTitle = page.getByTestId('plan-title');
    this.taskTable = page.getByTestId('task-table');
    this.taskRows = this.taskTable.locator('tr.clickable-row');
    this.taskForm = page.getByTestId('task-form');
    this.myTasks = page.getByTestId('my-tasks');
    this.myTaskRows = this.myTasks.locator('tr[data-row-key]');
    this.matrixReport = page.getByTestId('matrix-report');
    this.indicatorTable = page.getByTestId('indicator-table');
  }

  async open(): Promise<void> {
    await this.nav.open('工作任务');
  }

  /** The fields of the plan form (blank plan, edit, template and copy headers) that are given. */
  async fillPlanFields(fields: PlanFields): Promise<void> {
    for (const key of ['title', 'docNumber', 'issuingUnit', 'notes'] as const) {
      const value = fields[key];
      if (value !== undefined) await (await inputOf(this.page, `plan-field-${key}`)).fill(value);
    }
    if (fields.year !== undefined) await (await inputOf(this.page, 'plan-field-year')).fill(String(fields.year));
    if (fields.issueDate !== undefined) await setDate(this.page, 'plan-field-issueDate', fields.issueDate);
    if (fields.summaryDue !== undefined) await setDate(this.page, 'plan-field-summaryDue', fields.summaryDue);
  }

  /** A blank plan with these fields; the plan opens. */
  async createBlank(fields: PlanFields): Promise<void> {
    await this.page.getByTestId('plan-blank').click();
    await this.fillPlanFields(fields);
    await this.page.getByTestId('plan-edit-submit').click();
    await expect(this.page.getByTestId('plan-edit-form')).toBeHidden();
  }

  /** Edits the open plan's fields. */
  async editPlan(fields: PlanFields): Promise<void> {
    await this.page.getByTestId('plan-edit').click();
    await this.fillPlanFields(fields);
    await this.page.getByTestId('plan-edit-submit').click();
    await expect(this.page.getByTestId('plan-edit-form')).toBeHidden();
  }

  /** Adds a task to the open plan, assigned to every county with the plan's summary date. */
  async addTask(sectionNo: string, title: string): Promise<void> {
    await this.page.getByTestId('task-add').click();
    await this.taskForm.getByLabel('序号', { exact: true }).fill(sectionNo);
    await this.taskForm.getByLabel('任务', { exact: true }).fill(title);
    await this.page.getByTestId('task-submit').click();
    await expect(this.taskForm).toBeHidden();
  }

  /** A new plan from the year's template, as proposed. */
  async createFromTemplate(): Promise<void> {
    await this.page.getByTestId('plan-from-template').click();
    await this.page.getByTestId('template-submit').click();
  }

  async openFirstPlan(): Promise<void> {
    await this.planList.locator('tr.clickable-row').first().click();
  }

  /** A tab of the open plan (任务, 进度矩阵 …). */
  async planTab(name: string): Promise<void> {
    await this.page.getByTestId('plan-tabs').getByText(name).click();
  }

  /** A tab of the 工作任务 screen (方案, 指标 …). */
  async sectionTab(name: string): Promise<void> {
    await this.page.getByTestId('plans-tabs').getByText(name).click();
  }

  /** The county tags a task (by its section number) is assigned to. */
  assigned(sectionNo: string): Locator {
    return this.page.getByTestId(`assigned-${sectionNo}`).locator('.ant-tag');
  }

  /** Keeps only the first `keep` counties of a task's assignment (removing tags from the end). */
  async narrowAssignment(taskTitle: string, keep: number): Promise<void> {
    await this.taskTable.getByText(taskTitle).click();
    const remove = this.taskForm.locator('.ant-select-selection-item-remove');
    while ((await remove.count()) > keep) await remove.last().click();
    await this.page.getByTestId('task-submit').click();
    await expect(this.taskForm).toBeHidden();
  }

  /** The 报送 button of one of the county's tasks. */
  reportButton(sectionNo: string): Locator {
    return this.page.getByTestId(`report-${sectionNo}`);
  }

  /** A county reports on a task: status, percent, narrative and a PNG as evidence. */
  async report(sectionNo: string, fields: TaskReportFields): Promise<void> {
    await this.reportButton(sectionNo).click();
    await this.page.getByTestId('report-status').getByText(fields.status, { exact: true }).click();
    if (fields.percent !== undefined) await (await inputOf(this.page, 'report-percent')).fill(fields.percent);
    await this.page.getByTestId('report-narrative').fill(fields.narrative);
    await fileInput(this.page, 'report-files').setInputFiles(png(fields.evidence));
    await this.page.getByTestId('report-submit').click();
    await expect(this.page.getByTestId('report-form')).toBeHidden();
  }

  /** A cell of the progress matrix: a task (section number) × a county (unit code). */
  cell(sectionNo: string, unit: string): Locator {
    return this.page.getByTestId(`cell-${sectionNo}-${unit}`);
  }
}
