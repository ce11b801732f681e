import { expect, test } from './fixtures';
import { LedgerApp } from './pages/app';
import { pdf, png } from './ui';

test('an inspector logs a 铁拳 trademark case from lead to closing, with evidence, a police transfer, search and history', async ({ ledger, page }) => {
  const app = await LedgerApp.open(page, (await ledger()).url);
  const { cases } = app;
  const { form, detail } = cases;
  await app.wizard.complete();
  await cases.open();
  await expect(page.getByText('还没有登记任何案件')).toBeVisible();

  // Register the case: 铁拳, trademark, an organisation with a valid USCC.
  await cases.newCase.click();
  await form.title.fill('销售假冒注册商标的羊肉卷');
  await form.addCampaign('铁拳');
  await form.fillParty(0, { name: '锡林浩特市草原鲜肉店', id: '9115 2201 0783 7106 35' });
  await expect(page.getByText('将保存为：911522010783710635')).toBeVisible();
  await form.goods.fill('羊肉卷');
  await form.money('amountInvolved').fill('36800');
  await app.screenshot('case-form.png', { fullPage: true });
  await form.save.click();
  const year = new Date().getFullYear();
  await expect(detail.caseNumber).toHaveText(`锡市监处罚〔${year}〕1号`);
  await expect(detail.stage).toHaveText('线索登记');

  // A photo as evidence, previewed.
  await detail.tab(/证据材料/).click();
  await detail.addEvidence(png('现场照片.png'));
  await expect(detail.evidenceCards).toHaveCount(1);
  await expect(detail.tab('证据材料（1）')).toBeVisible();
  await detail.previewButton().click();
  await expect(page.getByTestId('evidence-image')).toBeVisible();
  await page.keyboard.press('Escape');
  await detail.addEvidence(pdf('询问笔录.pdf'));
  await expect(detail.evidenceCards).toHaveCount(2);
  await detail.previewButton(1).click();
  await expect(page.getByText('共 1 页')).toBeVisible();
  await expect(page.getByTestId('pdf-pages').locator('canvas')).toHaveCount(1);
  await app.screenshot('case-evidence-pdf.png');
  await page.keyboard.press('Escape');

  // 立案 → 调查 → (移送公安) → 告知 → 决定 (罚款 + 没收) → 结案
  await detail.advance('立案');
  await detail.advance('调查取证');
  await detail.transfer('移送公安', { receiver: '锡林浩特市公安局', persons: '2' });
  await detail.advance('告知');
  // Decided the day of the notice: the 陈述申辩/听证 window is still open (行政处罚法第62、64条), so the
  // clerk confirms with a reason, which the timeline keeps (issue 16).
  await detail.advance('作出决定', {
    outcome: '给予行政处罚',
    penaltyKinds: ['罚款', '没收违法所得'],
    fine: '50000',
    confiscated: '1200',
    warnings: ['陈述申辩/听证期限尚未届满'],
    overrideReason: '当事人当场书面放弃陈述申辩和听证',
    screenshot: () => app.screenshot('case-decide-warnings.png'),
  });
  await expect(detail.timeline('DECIDE')).toContainText('当事人当场书面放弃陈述申辩和听证');
  await expect(detail.timeline('DECIDE')).toContainText(`锡市监处罚决〔${year}〕1号`);
  await expect(detail.timeline('TRANSFER_POLICE')).toContainText('锡林浩特市公安局');
  await detail.advance('结案');
  await expect(detail.stage).toHaveText('结案');
  await expect(detail.advanceButton).toBeDisabled();
  // A recorded entry can be corrected; the history keeps the old value.
  await detail.correctStageNote('NOTIFY', '当事人当场签收告知书');
  await expect(detail.timeline('NOTIFY')).toContainText('当事人当场签收告知书');
  await app.screenshot('case-timeline.png', { fullPage: true });
  await detail.tab('案件信息').click();
  await expect(detail.penaltyTotal).toHaveText('51,200.00');
  await app.screenshot('case-detail.png', { fullPage: true });

  // Found again by a two-character search.
  await cases.backToList();
  await cases.searchFor('羊肉');
  await expect(cases.links).toHaveCount(1);
  await cases.searchFor('奶酪');
  await expect(page.getByText('没有符合条件的案件')).toBeVisible();
  await cases.searchFor('羊肉');
  await cases.links.click();

  // The change history names who changed what, from what to what.
  await detail.tab('修改记录').click();
  const history = detail.historyRows();
  await expect(history.filter({ hasText: '罚款' }).first()).toContainText('50,000.00');
  await expect(history.filter({ hasText: '办案环节' }).filter({ hasText: /告知作出决定/ })).toHaveCount(1);
  await expect(history.filter({ hasText: '接收移送单位' }).first()).toContainText('锡林浩特市公安局');
  await expect(history.first()).toContainText('张明');
  await app.screenshot('case-history.png', { fullPage: true });
});

test('a party with an invalid USCC shows a warning and is saved only after explicit confirmation', async ({ ledger, page }) => {
  const app = await LedgerApp.open(page, (await ledger()).url);
  const { cases } = app;
  const { form, detail } = cases;
  await app.wizard.complete();
  await cases.open();
  await cases.newCase.click();
  await form.title.fill('销售侵权奶酪');
  await form.fillParty(0, { name: '某乳业公司', id: '91110000600037341N' });
  await expect(page.getByText('校验码（第 18 位）不正确，可能有输错的字符')).toBeVisible();
  await expect(page.getByText('证件号码校验有警告：请核对后勾选确认，或修改号码')).toBeVisible();
  await form.save.click();
  await expect(page.getByText('请勾选确认后再保存')).toBeVisible();
  await expect(form.root).toBeVisible();
  await form.partyConfirm(0).check();
  await form.save.click();
  await expect(detail.title).toHaveText('销售侵权奶酪');
  await expect(page.getByText('证件号校验未通过，经人工确认保存')).toBeVisible();
});

test('decision-limit extensions: the head once, then 集体讨论, each with a date and a reason (行政处罚法第60条)', async ({ ledger, page }) => {
  const app = await LedgerApp.open(page, (await ledger()).url);
  const { cases } = app;
  const { form, detail } = cases;
  await app.wizard.complete();
  await cases.open();
  await cases.newCase.click();
  await form.title.fill('销售假冒注册商标的奶酪');
  await form.fillParty(0, { name: '锡林浩特市草原鲜肉店', id: '9115 2201 0783 7106 35' });
  const row = (n: number) => page.getByTestId(`case-extension-row-${n}`);
  const fillRow = async (n: number, by: string, date: string, days: string, reason: string) => {
    await row(n).locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible').getByText(by, { exact: true }).click();
    await row(n).locator('.ant-picker input').fill(date);
    await row(n).locator('.ant-picker input').press('Enter');
    await row(n).locator('.ant-input-number input').fill(days);
    await row(n).locator('input.ant-input').fill(reason);
  };
  // 集体讨论 first is refused: the head's 30 days come first.
  await page.getByTestId('case-add-extension').click();
  await fillRow(0, '负责人集体讨论决定', '2026-11-02', '60', '案情复杂');
  await form.save.click();
  await expect(page.getByText('延长记录有误：负责人批准延长仅一次且不超过30日')).toBeVisible();
  await fillRow(0, '负责人批准（30日内）', '2026-11-02', '30', '等待权利人辨认');
  await page.getByTestId('case-add-extension').click();
  await fillRow(1, '负责人集体讨论决定', '2026-11-20', '60', '案情复杂，集体讨论决定继续延期');
  await page.locator('input[data-testid="case-filing-excluded"], [data-testid="case-filing-excluded"] input').fill('3');
  await app.screenshot('case-form-extensions.png', { fullPage: true });
  await form.save.click();
  await expect(detail.title).toHaveText('销售假冒注册商标的奶酪');
  await expect(page.getByTestId('detail-extensions')).toContainText('2026-11-02 负责人批准（30日内） +30（等待权利人辨认）');
  await expect(page.getByTestId('detail-extensions')).toContainText('2026-11-20 负责人集体讨论决定 +60');
  await app.screenshot('case-detail-extensions.png', { fullPage: true });
});

test('the case list marks overdue cases and the home screen counts them (demo data)', async ({ ledger, page }) => {
  const app = await LedgerApp.open(page, (await ledger({ demo: { cases: 400 } })).url);
  const overdue = await app.home.overdueCount();
  expect(overdue).toBeGreaterThan(0);
  await app.screenshot('home-deadlines.png', { fullPage: true });
  await app.home.showOverdue.click();
  await expect(app.cases.overdueMarks.first()).toBeVisible();
  await expect(app.cases.total(overdue)).toBeVisible();
  await app.screenshot('case-list-overdue.png');
  await page.getByText('全部', { exact: true }).click();
  await expect(app.cases.total(400)).toBeVisible();
  await app.screenshot('case-list.png');
});
