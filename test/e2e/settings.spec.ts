import { expect, test } from './fixtures';
import { LedgerApp } from './pages/app';

test('switching to English changes the UI and is kept', async ({ ledger, page }) => {
  const app = await LedgerApp.open(page, (await ledger()).url);
  const { nav, settings } = app;
  await app.wizard.complete();

  await settings.open();
  await settings.switchLanguage('English');

  await expect(nav.item('Home')).toBeVisible();
  await expect(nav.item('Settings')).toBeVisible();
  await expect(page.getByText('County bureau').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await app.screenshot('settings-en.png');

  await page.reload();
  await expect(nav.item('Change history')).toBeVisible();
  await settings.open('Settings');
  await settings.switchLanguage('简体中文');
  await expect(nav.item('首页')).toBeVisible();
});

test('editing the office profile is saved through the change log and shown in the history', async ({ ledger, page }) => {
  const app = await LedgerApp.open(page, (await ledger()).url);
  const { nav, settings } = app;
  await app.wizard.complete();
  await settings.open();

  await settings.bureauName.fill('');
  await settings.save.click();
  await expect(page.getByText('请输入局名称（2–40 个字）')).toBeVisible();

  await settings.bureauName.fill('锡林浩特市市场监管局');
  await settings.operatorName.fill('李娜');
  await settings.save.click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(app.headerBureau).toHaveText('锡林浩特市市场监管局');

  // Unsaved edits are not lost silently: leaving asks first.
  await settings.operatorName.fill('王芳');
  await nav.open('变更记录');
  await expect(page.getByRole('dialog')).toContainText('离开此页面将丢弃尚未保存的修改');
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(settings.operatorName).toHaveValue('王芳');
  await nav.open('变更记录');
  await page.getByRole('button', { name: '放弃修改' }).click();
  await expect(app.headerBureau).toHaveText('锡林浩特市市场监管局');
  const row = page.getByRole('row').filter({ hasText: '锡林浩特市市场监管局' });
  await expect(row).toContainText('锡林浩特市市场监督管理局');
  await expect(row).toContainText('李娜');
});

test('reference data is browsable', async ({ ledger, page }) => {
  const app = await LedgerApp.open(page, (await ledger()).url);
  await app.wizard.complete('西乌');
  await app.nav.open('参考数据');
  await expect(page.getByRole('cell', { name: '乌拉盖管理区管委会' })).toBeVisible();
  await page.getByRole('tab', { name: '节假日安排' }).click();
  await expect(page.getByRole('cell', { name: '春节' }).first()).toBeVisible();
  await page.getByRole('tab', { name: '办案环节' }).click();
  await expect(page.getByRole('row').filter({ hasText: '案件来源登记表' })).toContainText('线索登记');
  await app.screenshot('reference.png');
});
