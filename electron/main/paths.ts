/** Where a ledger lives by default: one per-user folder shared by the Electron app and the preview host. */
import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_NAME = 'ip-ledger';
export const LEDGER_FILE = 'ledger.sqlite';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), DATA_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', DATA_DIR_NAME);
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), DATA_DIR_NAME);
}

export function ledgerPath(dataDir: string): string {
  return path.join(dataDir, LEDGER_FILE);
}
