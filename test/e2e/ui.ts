/** Steps on antd controls and files that every screen needs; the page objects build on them. */
import { expect, test, type Download, type Locator, type Page, type PageScreenshotOptions } from '@playwright/test';

/** A 1×1 PNG: enough for the evidence store, which decides the type from the bytes. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A one-page PDF without an xref table (pdf.js rebuilds it, as it does for many scanner outputs). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export function png(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'image/png', buffer: PNG };
}

export function pdf(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/pdf', buffer: PDF };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Picks an option of the antd Select whose testid is given — by its exact text, or any option
 * matching a RegExp — and waits until the Select shows it. On a loaded machine a click can land
 * while the dropdown is still animating in and be lost (the form then kept its default): the pick
 * is retried until the choice is shown.
 */
export async function chooseOption(page: Page, testId: string, option: string | RegExp): Promise<void> {
  const match = typeof option === 'string' ? new RegExp(`^${escapeRegExp(option)}$`) : option;
  await expect(async () => {
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) await page.getByTestId(testId).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: match }).click({ timeout: 5_000 });
    await expect(page.getByTestId(testId)).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** The <input> of an antd field whose testid sits on the input itself or on its wrapper (InputNumber, DatePicker). */
export async function inputOf(page: Page, testId: string): Promise<Locator> {
  const el = page.getByTestId(testId);
  return (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
}

/** Types a date into an antd DatePicker as a clerk would (the picker parses YYYY-MM-DD). */
export async function setDate(page: Page, testId: string, value: string): Promise<void> {
  const input = await inputOf(page, testId);
  await input.click();
  await input.fill(value);
  // Tab, not Enter: Enter would also submit the surrounding form. Leaving the field commits the typed date.
  await input.press('Tab');
  await expect(input).toHaveValue(value);
}

/** Clicks what starts a download and returns the download. */
export async function download(page: Page, trigger: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return file;
}

/** The file input inside an antd Upload (or any element) with this testid. */
export function fileInput(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('input[type=file]');
}

/** A screenshot into the running test's output folder (test-results/e2e/<test>/<name>). */
export async function screenshot(page: Page, name: string, options: Omit<PageScreenshotOptions, 'path'> = {}): Promise<void> {
  await page.screenshot({ ...options, path: test.info().outputPath(name) });
}

/** Whether the focus is on `target` or inside it. */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Presses Tab (only the keyboard) until the focus is on or inside `target`; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, maxTabs = 200): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  expect(await hasFocus(target), 'Tab never reached the field').toBe(true);
}

/**
 * Keyboard-only pick in a select (PinyinSelect): Tab to it, type `typed` (Chinese or pinyin
 * initials), wait until the highlighted option is `expected`, press Enter, and check the select
 * shows it. The focus stays in the select; Tab moves on.
 */
export async function pickByTyping(page: Page, testId: string, typed: string, expected: string): Promise<void> {
  const select = page.getByTestId(testId);
  await tabTo(page, select);
  await page.keyboard.type(typed);
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toHaveText(expected);
  await page.keyboard.press('Enter');
  await expect(select).toContainText(expected);
}
