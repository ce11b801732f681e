/** The CLI and the test helper scripts, run from the sources with tsx (as `npm run cli` does). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';

const root = path.resolve(__dirname, '../..');

/**
 * Runs a TypeScript file of the repository (a path from the repository root) with tsx; fails the
 * test on a non-zero exit, with the script's stderr. Returns stdout. The test helper scripts
 * (test/helpers/*.ts) write only where their arguments say: give them a ledger's data directory
 * or a test output path, never a place of their own.
 */
export function tsx(script: string, ...args: string[]): string {
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [script, ...args], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** `tsx electron/cli.ts …`; fails the test on a non-zero exit. Returns stdout. */
export function cli(...args: string[]): string {
  return tsx('electron/cli.ts', ...args);
}
