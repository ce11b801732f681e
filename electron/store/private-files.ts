/**
 * Work files (an export being packed, an import's evidence files before they are accepted) hold
 * personal data: they live in the data directory's `tmp/`, not in the shared system temp folder,
 * in owner-only folders (0700) and files (0600), named after the process that made them. A
 * process killed mid-way leaves its folder behind; the next start removes every folder whose
 * process is gone (another window or the CLI may be working in its own at the same time).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeStaleUploads } from './staged-files';

/**
 * Owner-only modes for what holds personal data (issue 18): folders 0700, files 0600. POSIX only:
 * on Windows the data directory sits in the user's profile, whose ACL already admits only that
 * user and the administrators (README, "Personal data at rest"), and chmod cannot express more.
 */
const POSIX = process.platform !== 'win32';

export function ownerOnlyDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (POSIX) fs.chmodSync(dir, 0o700);
}

export function ownerOnlyFile(file: string): void {
  if (POSIX && fs.existsSync(file)) fs.chmodSync(file, 0o600);
}

export function workRoot(dataDir: string): string {
  return path.join(dataDir, 'tmp');
}

/** A new owner-only folder for one job (`kind` names it in listings: export, import …). */
export function createWorkDir(dataDir: string, kind: string): string {
  const root = workRoot(dataDir);
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const dir = path.join(root, `${kind}-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  return dir;
}

/** Remove a file or folder; a failure (already gone, locked on Windows) is not an error here. */
export function removeQuietly(target: string): void {
  try {
    fs.rmSync(target, { recursive: true, force: true });
  } catch {
    /* left for the next start's clean-up */
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove work folders left by processes that no longer run, and the export folders earlier
 * versions left in the system temp folder (`ip-ledger-export-*`, with the full change log).
 * Returns what was removed.
 */
export function removeLeftoverWork(dataDir: string, nowMillis = Date.now()): string[] {
  const removed: string[] = [];
  const root = workRoot(dataDir);
  if (fs.existsSync(root)) {
    for (const name of fs.readdirSync(root)) {
      const pid = Number(/^[a-z]+-(\d+)-[0-9a-f]+$/.exec(name)?.[1] ?? NaN);
      if (Number.isInteger(pid) && processAlive(pid)) continue;
      removeQuietly(path.join(root, name));
      removed.push(path.join(root, name));
    }
  }
  const legacy = os.tmpdir();
  try {
    for (const name of fs.readdirSync(legacy)) {
      if (!name.startsWith('ip-ledger-export-')) continue;
      const full = path.join(legacy, name);
      const stat = fs.statSync(full);
      // Only our own, and only ones no export of an older version can still be writing.
      if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) continue;
      if (nowMillis - stat.mtimeMs < 60 * 60 * 1000) continue;
      removeQuietly(full);
      removed.push(full);
    }
  } catch {
    /* an unreadable system temp folder is not ours to fix */
  }
  return removed;
}

/**
 * Start-of-session tidying of the data directory: leftover work folders (above) and bundle uploads
 * parked for a preview that was never applied (`bundles/inbox`, kept a day so a preview left open
 * over lunch can still be applied).
 */
export function tidyDataDir(dataDir: string, nowMillis = Date.now()): void {
  removeLeftoverWork(dataDir, nowMillis);
  removeStaleUploads(dataDir, nowMillis);
  const inbox = path.join(dataDir, 'bundles', 'inbox');
  if (!fs.existsSync(inbox)) return;
  for (const name of fs.readdirSync(inbox)) {
    const file = path.join(inbox, name);
    try {
      if (nowMillis - fs.statSync(file).mtimeMs > 24 * 60 * 60 * 1000) removeQuietly(file);
    } catch {
      /* gone meanwhile */
    }
  }
}

/** Write a file readable by its owner only (0600), fsynced. */
export function writePrivateFile(file: string, bytes: Buffer): void {
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
