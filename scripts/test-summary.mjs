// Prints one closing line for the whole suite ("N passed, N failed") from the vitest and
// Playwright JSON reports, so CI logs end with a count of what actually ran.
import fs from 'node:fs';

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
const vitest = read('test-results/vitest.json');
const playwright = read('test-results/playwright.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
  skipped += playwright.stats.skipped;
}
if (!vitest || !playwright) {
  console.error('test summary: a report is missing (test-results/vitest.json or playwright.json)');
  process.exit(1);
}
const distCheck = read('test-results/dist-check.json');
console.log(
  `${distCheck ? `dist:check app.asar ${(distCheck.asarBytes / 1048576).toFixed(1)} MB / ${distCheck.entries} entries; ` : ''}unit ${vitest.numPassedTests}/${vitest.numTotalTests}, e2e ${playwright.stats.expected}/${playwright.stats.expected + playwright.stats.unexpected + playwright.stats.flaky + playwright.stats.skipped}`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
