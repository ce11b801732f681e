import { expect, test } from '@playwright/test';
import { completeWizard, newDataDir, startHost } from './host';

test('switching to English changes the UI and is kept', async ({ page }, testInfo) => {
  const host = await startHost(newDataDir());
  await page.goto(host.url);
  await completeWizard(page);

  const nav = page.getByTestId('main-nav');
  await nav.getByText('设置', { exact: true }).click();
  await page.getByTestId('language-switch').getByText('English').click();

  await expect(nav.getByText('Home', { exact: true })).toBeVisible();
  await expect(nav.getByText('Settings', { exact: true })).toBeVisible();
  await expect(page.getByText('County bureau').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('settings-en.png') });

  await page.reload();
  await expect(nav.getByText('Change history', { exact: true })).toBeVisible();
  await nav.getByText('Settings', { exact: true }).click();
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await expect(nav.getByText('首页', { exact: true })).toBeVisible();
  await host.stop();
});

test('editing the office profile is saved through the change log and shown in the history', async ({ page }) => {
  const host = await startHost(newDataDir());
  await page.goto(host.url);
  await completeWizard(page);
  const nav = page.getByTestId('main-nav');
  await nav.getByText('设置', { exact: true }).click();

  await page.getByLabel('局名称').fill('');
  await page.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText('请输入局名称（2–40 个字）')).toBeVisible();

  await page.getByLabel('局名称').fill('锡林浩特市市场监管局');
  await page.getByLabel('操作员姓名').fill('李娜');
  await page.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByTestId('header-bureau')).toHaveText('锡林浩特市市场监管局');

  // Unsaved edits are not lost silently: leaving asks first.
  await page.getByLabel('操作员姓名').fill('王芳');
  await nav.getByText('变更记录', { exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('离开此页面将丢弃尚未保存的修改');
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(page.getByLabel('操作员姓名')).toHaveValue('王芳');
  await nav.getByText('变更记录', { exact: true }).click();
  await page.getByRole('button', { name: '放弃修改' }).click();
  await expect(page.getByTestId('header-bureau')).toHaveText('锡林浩特市市场监管局');
  const row = page.getByRole('row').filter({ hasText: '锡林浩特市市场监管局' });
  await expect(row).toContainText('锡林浩特市市场监督管理局');
  await expect(row).toContainText('李娜');
  await host.stop();
});

test('reference data is browsable', async ({ page }, testInfo) => {
  const host = await startHost(newDataDir());
  await page.goto(host.url);
  await completeWizard(page, '西乌');
  await page.getByTestId('main-nav').getByText('参考数据', { exact: true }).click();
  await expect(page.getByRole('cell', { name: '乌拉盖管理区管委会' })).toBeVisible();
  await page.getByRole('tab', { name: '节假日安排' }).click();
  await expect(page.getByRole('cell', { name: '春节' }).first()).toBeVisible();
  await page.getByRole('tab', { name: '办案环节' }).click();
  await expect(page.getByRole('row').filter({ hasText: '案件来源登记表' })).toContainText('线索登记');
  await page.screenshot({ path: testInfo.outputPath('reference.png') });
  await host.stop();
});
