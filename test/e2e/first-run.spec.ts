import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { LedgerApp } from './pages/app';

test('the first-run wizard sets up a county ledger, and the profile survives a host restart', async ({ ledger, page }) => {
  const county = await ledger();
  const app = await LedgerApp.open(page, county.url);
  const { wizard, home } = app;

  await expect(page.getByText('知识产权工作台账 · 首次使用设置')).toBeVisible();
  await app.screenshot('wizard-unit.png');

  // Step 1: a unit is required.
  await wizard.next.click();
  await expect(page.getByText('请选择所属单位')).toBeVisible();
  await wizard.searchUnit('乌拉盖');
  await expect(page.getByText('乌拉盖管理区使用国家统计局统计用区划代码')).toBeVisible();
  // Changed our mind: pick 锡林浩特市 instead.
  await wizard.searchUnit('152502');
  await expect(page.getByText('本账本角色：')).toBeVisible();
  await wizard.next.click();

  // Step 2: names are suggested for the unit and validated.
  await expect(wizard.bureauName).toHaveValue('锡林浩特市市场监督管理局');
  await expect(wizard.casePrefix).toHaveValue('锡市监处罚');
  await wizard.casePrefix.fill('锡 市监');
  await page.keyboard.press('Enter');
  await expect(page.getByText('请输入案号代字（不含空格和括号，最多 20 个字）')).toBeVisible();
  await wizard.casePrefix.fill('锡市监罚');
  await expect(page.getByText(/案号示例：锡市监罚〔\d{4}〕1号/)).toBeVisible();
  await app.screenshot('wizard-bureau.png');
  await page.keyboard.press('Enter');

  // Step 3: operator, then finish with Enter.
  await expect(wizard.operatorName).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('请输入操作员姓名（最多 20 个字）')).toBeVisible();
  await page.keyboard.type('张明');
  await page.keyboard.press('Enter');

  await expect(app.headerBureau).toHaveText('锡林浩特市市场监督管理局');
  await expect(home.profile).toContainText('锡林浩特市（152502）');
  await expect(home.profile).toContainText('锡市监罚');
  const fingerprint = (await home.keyFingerprint.innerText()).trim();
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  // The setup itself is in the change history, attributed to the operator.
  await expect(page.getByRole('cell', { name: '锡林浩特市市场监督管理局' })).toBeVisible();
  await app.screenshot('home.png', { fullPage: true });
  const firstUrl = county.url;
  await county.stop();

  // A new host run on the same data: a new token, the same ledger, no wizard.
  await county.start();
  expect(county.url).not.toBe(firstUrl);
  await app.goto(county.url);
  await expect(app.headerBureau).toHaveText('锡林浩特市市场监督管理局');
  await expect(wizard.root).toHaveCount(0);
  await expect(home.keyFingerprint).toHaveText(fingerprint);
});

test('a page with a stale or missing token is told what to do, and cannot read the ledger', async ({ ledger, page }) => {
  const base = (await ledger()).url.replace(/#.*$/, '');
  const app = await LedgerApp.open(page, `${base}#token=not-the-token`);
  await expect(app.openFailed).toContainText('预览会话已失效');
  const status = await page.evaluate(
    async () => (await fetch('./api/profile.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
  );
  expect(status).toBe(401);
});

test('a ledger written by a newer version is refused with a message and left byte-for-byte unchanged', async ({ ledger, page }) => {
  const county = await ledger({ init: { unit: '152201' }, start: false });
  const db = new Database(county.db);
  db.pragma(`user_version = ${(db.pragma('user_version', { simple: true }) as number) + 1}`);
  db.close();
  const before = crypto.createHash('sha256').update(fs.readFileSync(county.db)).digest('hex');

  const app = await LedgerApp.open(page, await county.start());
  await expect(app.openFailed).toContainText('该账本由更新版本的程序创建');
  await expect(app.openFailed).toContainText('请升级 IP Ledger');
  await app.screenshot('too-new.png');
  await county.stop();
  expect(crypto.createHash('sha256').update(fs.readFileSync(county.db)).digest('hex')).toBe(before);
});
