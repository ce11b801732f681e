import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { newDataDir, startHost } from './host';

const root = path.resolve(__dirname, '../..');

test('the first-run wizard sets up a county ledger, and the profile survives a host restart', async ({ page }, testInfo) => {
  const dataDir = newDataDir();
  const host = await startHost(dataDir);
  await page.goto(host.url);

  await expect(page.getByText('知识产权工作台账 · 首次使用设置')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('wizard-unit.png') });

  // Step 1: a unit is required.
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('请选择所属单位')).toBeVisible();
  await page.getByTestId('unit-select').click();
  await page.keyboard.type('乌拉盖');
  await page.keyboard.press('Enter');
  await expect(page.getByText('乌拉盖管理区使用国家统计局统计用区划代码')).toBeVisible();
  // Changed our mind: pick 锡林浩特市 instead.
  await page.getByTestId('unit-select').click();
  await page.keyboard.type('152502');
  await page.keyboard.press('Enter');
  await expect(page.getByText('本账本角色：')).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();

  // Step 2: names are suggested for the unit and validated.
  await expect(page.getByLabel('局名称')).toHaveValue('锡林浩特市市场监督管理局');
  await expect(page.getByLabel('案号代字')).toHaveValue('锡市监处罚');
  await page.getByLabel('案号代字').fill('锡 市监');
  await page.keyboard.press('Enter');
  await expect(page.getByText('请输入案号代字（不含空格和括号，最多 20 个字）')).toBeVisible();
  await page.getByLabel('案号代字').fill('锡市监罚');
  await expect(page.getByText(/案号示例：锡市监罚〔\d{4}〕1号/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('wizard-bureau.png') });
  await page.keyboard.press('Enter');

  // Step 3: operator, then finish with Enter.
  await expect(page.getByLabel('操作员姓名')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('请输入操作员姓名（最多 20 个字）')).toBeVisible();
  await page.keyboard.type('张明');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('header-bureau')).toHaveText('锡林浩特市市场监督管理局');
  await expect(page.getByTestId('home-profile')).toContainText('锡林浩特市（152502）');
  await expect(page.getByTestId('home-profile')).toContainText('锡市监罚');
  const fingerprint = (await page.getByTestId('key-fingerprint').innerText()).trim();
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  // The setup itself is in the change history, attributed to the operator.
  await expect(page.getByRole('cell', { name: '锡林浩特市市场监督管理局' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
  await host.stop();

  // A new host run on the same data: a new token, the same ledger, no wizard.
  const again = await startHost(dataDir);
  expect(again.url).not.toBe(host.url);
  await page.goto(again.url);
  await expect(page.getByTestId('header-bureau')).toHaveText('锡林浩特市市场监督管理局');
  await expect(page.getByTestId('setup-wizard')).toHaveCount(0);
  await expect(page.getByTestId('key-fingerprint')).toHaveText(fingerprint);
  await again.stop();
});

test('a page with a stale or missing token is told what to do, and cannot read the ledger', async ({ page }) => {
  const host = await startHost(newDataDir());
  const base = host.url.replace(/#.*$/, '');
  await page.goto(`${base}#token=not-the-token`);
  await expect(page.getByTestId('open-failed')).toContainText('预览会话已失效');
  const status = await page.evaluate(
    async () => (await fetch('./api/profile.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
  );
  expect(status).toBe(401);
  await host.stop();
});

test('a ledger written by a newer version is refused with a message and left byte-for-byte unchanged', async ({ page }, testInfo) => {
  const dataDir = newDataDir();
  const file = path.join(dataDir, 'ledger.sqlite');
  const init = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli.ts', 'init', '--db', file, '--unit', '152201'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(init.status, init.stderr).toBe(0);
  const db = new Database(file);
  db.pragma(`user_version = ${(db.pragma('user_version', { simple: true }) as number) + 1}`);
  db.close();
  const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

  const host = await startHost(dataDir);
  await page.goto(host.url);
  await expect(page.getByTestId('open-failed')).toContainText('该账本由更新版本的程序创建');
  await expect(page.getByTestId('open-failed')).toContainText('请升级 IP Ledger');
  await page.screenshot({ path: testInfo.outputPath('too-new.png') });
  await host.stop();
  expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
});
