/**
 * The E2E run's temporary data directories. Every one is made here, in the system temp folder, and
 * named `ip-ledger-e2e-<run>-<ledger name>-XXXXXX`: the run id (set by global.ts for the whole
 * run, so every worker shares it) lets the end-of-run check find exactly this run's directories,
 * even while other runs on the same machine have theirs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PREFIX = 'ip-ledger-e2e-';
export const RUN_ENV = 'IP_LEDGER_E2E_RUN';
/** Set to 1 to keep the data directories for a look after the run (the end-of-run check then only lists them). */
export const KEEP_ENV = 'IP_LEDGER_E2E_KEEP';

export function newRunId(): string {
  return crypto.randomBytes(4).toString('hex');
}

/** This run's id; a spec started without the global setup (it always runs with the config) gets one per worker. */
function runId(): string {
  const run = process.env[RUN_ENV] ?? newRunId();
  process.env[RUN_ENV] = run;
  return run;
}

export function keepDataDirs(): boolean {
  return process.env[KEEP_ENV] === '1';
}

export function newDataDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${runId()}-${name.replace(/[^\w-]/g, '_')}-`));
}

export function removeDataDir(dir: string): void {
  // maxRetries: a host that has just exited can still be closing a file on a slow disk.
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

/** This run's data directories still in the system temp folder. */
export function leftoverDataDirs(run: string): string[] {
  return fs
    .readdirSync(os.tmpdir())
    .filter((name) => name.startsWith(`${PREFIX}${run}-`))
    .map((name) => path.join(os.tmpdir(), name));
}
