import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { LedgerApp } from './pages/app';
import type { ApplicantFields } from './pages/gi';

/** A valid USCC of a 锡林浩特 enterprise, and the same number with a wrong check character. */
const USCC = '911525020783710633';
const USCC_BAD_CHECK = '911525020783710634';

/** An applicant for 乌珠穆沁羊肉 from 希日塔拉街道, applied on 2023-03-01. */
function applicant(name: string, uscc: string): ApplicantFields {
  return { name, uscc, products: ['羊肉'], township: '希日塔拉街道', applied: '2023-03-01' };
}

test('a county clerk takes an applicant for 乌珠穆沁羊肉 through approval, use reports and a failed inspection that opens a linked case', async ({
  ledger,
  page,
}) => {
  const app = await LedgerApp.open(page, (await ledger()).url);
  const { gi } = app;
  await app.wizard.complete();
  await gi.open();
  // The seeded catalogue, unconfirmed entries marked.
  await expect(gi.entry('乌珠穆沁羊肉')).toBeVisible();
  await expect(gi.catalogue.getByTestId('gi-unverified').first()).toBeVisible();
  await gi.openGi('乌珠穆沁羊肉');
  await expect(gi.title).toHaveText('乌珠穆沁羊肉');
  await expect(page.getByText('国家质检总局公告2014年第109号')).toBeVisible();

  // Register the applicant.
  await gi.fillApplicant(applicant('锡林浩特市草原肉业有限公司', USCC));
  await app.screenshot('gi-user-form.png', { fullPage: true });
  await gi.saveUser();
  await expect(gi.userTitle).toHaveText('锡林浩特市草原肉业有限公司');
  await expect(gi.userStatus).toHaveText('申请中');
  // Applied long ago and not reviewed: the working-day timer says it is overdue.
  await expect(gi.flag('review_overdue')).toBeVisible();

  // County review with its site check, then the CNIPA announcement (league and region skipped).
  await gi.recordStep({ siteCheck: '2023-03-08', date: '2023-03-10', note: '现场核查养殖场与屠宰记录，符合要求' });
  await expect(gi.flag('review_overdue')).toHaveCount(0);
  await gi.recordStep({ step: '国家知识产权局核准公告', date: '2023-06-01', announcement: '国家知识产权局公告第540号' });
  await expect(gi.userStatus).toHaveText('已核准');
  await expect(gi.approvalEntry('county_review')).toContainText('现场核查日期：2023-03-08');
  await expect(gi.approvalEntry('announced')).toContainText('国家知识产权局公告第540号');
  // Approved in 2023, two years passed and no use report filed for 2023–2025: reports are missing,
  // which is not the same as "reported not used" (issue 16) — not yet a candidate for exit.
  await expect(gi.flag('use_report_missing')).toBeVisible();
  await expect(gi.flag('non_use')).toHaveCount(0);
  await app.screenshot('gi-timeline.png', { fullPage: true });

  // Two yearly use reports.
  await gi.tab(/年度使用报告/).click();
  await gi.addUseReport({ year: '2024', quantity: '12000', value: '960000', labels: '8000' });
  await gi.addUseReport({ year: '2025', quantity: '15500', value: '1240000', labels: '8000' });
  await expect(gi.tab('年度使用报告（2）')).toBeVisible();
  await expect(gi.reportTable).toContainText('1,240,000.00');
  await expect(gi.flag('use_report_missing')).toHaveCount(0);
  await expect(gi.flag('non_use')).toHaveCount(0);

  // A failed inspection with a photo, which opens the linked case.
  await gi.tab(/监督检查/).click();
  await gi.startInspection('王强、李娜');
  await gi.markCheck('uscc_printed', '不符合');
  await expect(gi.inspectionResultSelect).toContainText('不合格');
  await gi.inspectionFindings.fill('专用标志上未印统一社会信用代码');
  await app.screenshot('gi-inspection-form.png');
  await gi.submitInspection();
  await expect(gi.inspectionResult).toHaveText('不合格');
  await expect(gi.flag('inspection_failed')).toBeVisible();
  await gi.addInspectionPhoto('标签.png');
  await expect(gi.inspectionPhotos).toHaveCount(1);
  await app.screenshot('gi-inspection.png', { fullPage: true });
  await gi.openCaseFromInspection();

  // The case: category 地理标志, the enterprise as party, linked back to the inspection.
  const { detail } = app.cases;
  await expect(detail.title).toHaveText('锡林浩特市草原肉业有限公司涉嫌违规使用“乌珠穆沁羊肉”地理标志专用标志');
  await expect(detail.stage).toHaveText('线索登记');
  await expect(page.getByText('地理标志', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(USCC)).toBeVisible();
  await expect(detail.giLink).toContainText('锡林浩特市草原肉业有限公司');
  await app.screenshot('gi-case.png', { fullPage: true });
  await detail.giLink.click();
  await expect(gi.userTitle).toHaveText('锡林浩特市草原肉业有限公司');
  await gi.tab(/监督检查/).click();
  await expect(gi.inspectionCaseLink).toContainText('锡市监处罚〔');

  // The same USCC again for the same GI is refused with a clear message; nothing is added.
  await gi.back();
  await gi.fillApplicant(applicant('另一家公司', USCC));
  await gi.saveUser();
  await expect(page.getByText('该企业（统一社会信用代码相同）已登记为此地理标志的使用人，不能重复登记；请在使用人名单中找到原记录')).toBeVisible();
  await expect(gi.userForm).toBeVisible();

  // A USCC failing its check warns and needs an explicit confirmation.
  await (await gi.usccInput()).fill(USCC_BAD_CHECK);
  await expect(page.getByText('证件号码校验有警告：请核对后勾选确认，或修改号码')).toBeVisible();
  await gi.saveUser();
  await expect(page.getByText('请勾选确认后再保存')).toBeVisible();
  await expect(gi.userForm).toBeVisible();
  await gi.usccConfirm.check();
  await gi.saveUser();
  await expect(gi.userTitle).toHaveText('另一家公司');
  await expect(page.getByText('证件号校验未通过，经人工确认保存')).toBeVisible();

  // The GI's user list shows both, with their flags; the export is a real spreadsheet.
  await gi.back();
  await expect(gi.userTable.locator('tr.clickable-row')).toHaveCount(2);
  await expect(gi.userTable).toContainText('检查不合格');
  const download = await gi.exportUsers();
  expect(download.suggestedFilename()).toMatch(/^乌珠穆沁羊肉-专用标志使用人-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('使用人名单');
  const names = [sheet?.getRow(3).getCell(2).value, sheet?.getRow(4).getCell(2).value];
  expect(names.sort()).toEqual(['另一家公司', '锡林浩特市草原肉业有限公司']);
  await app.screenshot('gi-users.png', { fullPage: true });
});
