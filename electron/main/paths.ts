/** Where a ledger lives by default: one per-user folder shared by the Electron app and the preview host. */
import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_NAME = 'ip-ledger';
export const LEDGER_FILE = 'ledger.sqlite';
export const LOG_DIR = 'logs';
export const NATIVE_BINARY = 'better_sqlite3.node';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), DATA_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', DATA_DIR_NAME);
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), DATA_DIR_NAME);
}

/** The Electron app's data directory: IP_LEDGER_DATA_DIR (relative to the working directory) or the default, always absolute. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const chosen = env.IP_LEDGER_DATA_DIR?.trim();
  return path.resolve(cwd, chosen ? chosen : defaultDataDir(env));
}

export function ledgerPath(dataDir: string): string {
  return path.join(dataDir, LEDGER_FILE);
}

export function logDir(dataDir: string): string {
  return path.join(dataDir, LOG_DIR);
}

export interface AppLayout {
  /** The app's own files: the repository in development, resources/app.asar when packaged. */
  appRoot: string;
  isPackaged: boolean;
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  /** IP_LEDGER_NATIVE_DIR (development only, as for `npm start`). */
  nativeDir?: string | undefined;
}

/**
 * The Electron build of better-sqlite3 (scripts/native-binding.cjs makes and checks it):
 * packaged, electron-builder unpacks `*.node` beside the asar; in development it sits in
 * native/electron-<version>-<platform>-<arch>/ next to the Node build, never replacing it.
 */
export function nativeBindingPath(layout: AppLayout): string {
  if (layout.isPackaged) return path.join(layout.resourcesPath, 'app.asar.unpacked', 'native', NATIVE_BINARY);
  const dir = layout.nativeDir ? path.resolve(layout.nativeDir) : path.join(layout.appRoot, 'native');
  return path.join(dir, `electron-${layout.electronVersion}-${layout.platform}-${layout.arch}`, NATIVE_BINARY);
}

/** Files the data worker reads: the same relative places in the repository and in app.asar. */
export function appFiles(appRoot: string): { renderer: string; referenceData: string; migrations: string } {
  return {
    renderer: path.join(appRoot, 'dist', 'renderer'),
    referenceData: path.join(appRoot, 'resources', 'reference'),
    migrations: path.join(appRoot, 'dist-electron', 'migrations'),
  };
}
