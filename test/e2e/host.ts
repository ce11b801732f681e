/** Starts the real preview host (the built dist-electron/preview.cjs) on a free loopback port. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

const root = path.resolve(__dirname, '../..');

export interface Host {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-e2e-'));
}

export async function startHost(dataDir: string): Promise<Host> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'dist-electron', 'preview.cjs'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /IP Ledger preview: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`preview host exited (${code}):\n${output}`)));
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Completes the first-run wizard with the keyboard where a clerk would. */
export async function completeWizard(page: Page, unitSearch = '锡林浩特', operator = '张明'): Promise<void> {
  await expect(page.getByTestId('setup-wizard')).toBeVisible();
  await page.getByTestId('unit-select').click();
  await page.keyboard.type(unitSearch);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByLabel('局名称')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('操作员姓名')).toBeFocused();
  await page.keyboard.type(operator);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('main-nav')).toBeVisible();
}

/** Runs the CLI from the sources (as `npm run cli` does); fails the test on a non-zero exit. Returns stdout. */
export function cli(...args: string[]): string {
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/**
 * Picks an option of the antd Select whose testid is given, by its exact text, and waits until the
 * Select shows it. On a loaded machine a click can land while the dropdown is still animating in
 * and be lost (the form then kept its default): the pick is retried until the choice is shown.
 */
export async function chooseOption(page: Page, testId: string, text: string): Promise<void> {
  await expect(async () => {
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) await page.getByTestId(testId).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .click({ timeout: 5_000 });
    await expect(page.getByTestId(testId)).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
