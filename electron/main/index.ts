/**
 * Electron main process: lifecycle, the single window, security, IPC wiring. All ledger work
 * happens in the data worker (data-worker.ts); this process never blocks on SQLite.
 *
 * Start order (tested on the built bundle, test/unit/electron-main.test.ts):
 *   `--cli …` → the headless commands, then exit (nothing below happens);
 *   data directory made (absolute) and checked → a readable dialog and exit if it cannot be used;
 *   log file in it; userData moved into it; single-instance lock (so the lock is the data
 *   directory's); GPU switch; app:// scheme; then, when ready, security, the renderer protocol,
 *   the data worker with the Electron build of better-sqlite3, IPC and the window.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell, type WebContents } from 'electron';
import { fail, ok } from '../../shared/errors';
import { APP_VERSION } from '../app-version';
import { savePageAsPdf } from './print-pdf';
import { APP_ORIGIN, secureWebPreferences } from './security';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import { LedgerWorkers } from './ledger-workers';
import { prepareDataDir, dataDirProblemText } from './data-dir';
import { cliArguments, runDesktopCommand, type DesktopCliModule } from './desktop-cli';
import { installSecurity } from './install-security';
import { registerContract } from './ipc';
import { logLine, logWorkerOutput, startLogging } from './logging';
import { appDataDir, appFiles, ledgerPath, logDir, nativeBindingPath, type AppLayout } from './paths';
import { watchWindow } from './window-watch';
import { fileTransferHandlers } from './file-transfer';

/** dist-electron/.. : the repository in development, resources/app.asar when packaged. */
const appRoot = path.resolve(__dirname, '..');
/** An empty file of this name in the data directory turns GPU acceleration off (for PCs whose driver shows a blank window). */
export const DISABLE_GPU_FILE = 'disable-gpu';

let mainWindow: BrowserWindow | null = null;
let worker: LedgerWorkers | null = null;

function layout(): AppLayout {
  return {
    appRoot,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron ?? 'unknown',
    platform: process.platform,
    arch: process.arch,
    nativeDir: app.isPackaged ? undefined : process.env.IP_LEDGER_NATIVE_DIR,
  };
}

function runCommandLine(argv: string[]): void {
  // A separate bundle, loaded only here, so a normal start does not parse the whole CLI.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = () => require(path.join(__dirname, 'cli.cjs')) as DesktopCliModule;
  void runDesktopCommand(load, argv, nativeBindingPath(layout()), (line) => process.stderr.write(`${line}\n`)).then((code) => {
    // Let both streams drain before the process goes.
    process.stdout.write('', () => process.stderr.write('', () => app.exit(code)));
  });
}

function gpuDisabled(dataDir: string): boolean {
  return process.argv.includes('--disable-gpu') || process.env.IP_LEDGER_DISABLE_GPU === '1' || fs.existsSync(path.join(dataDir, DISABLE_GPU_FILE));
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    title: 'IP Ledger 知识产权工作台账',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow = win;
  watchWindow(win, { dialog, log: logLine, quit: () => app.quit() });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  // A failed load also fires did-fail-load, which window-watch reports on screen.
  win.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => logLine('main', 'error', 'loading the page failed', error));
}

/** A second launch (or a click on the taskbar entry) brings the one window to the front. */
function revealWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    if (app.isReady()) createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function startApp(): void {
  const dataDir = appDataDir();
  const prepared = prepareDataDir(dataDir);
  if (!prepared.ok) {
    const text = dataDirProblemText(dataDir, prepared);
    console.error(`${text.title}\n${text.body}`);
    dialog.showErrorBox(text.title, text.body);
    app.exit(1);
    return;
  }
  const logFile = startLogging(dataDir, {
    onUncaught: (error) => dialog.showErrorBox('IP Ledger 程序错误 / Program error', `${error.message}\n\n详情见日志 / Details in the log: ${logFile}`),
  });
  logLine(
    'main',
    'info',
    `IP Ledger ${APP_VERSION} starting (Electron ${process.versions.electron ?? '?'}, ${process.platform}-${process.arch}${app.isPackaged ? ', packaged' : ''})`,
  );

  // Before the lock: Chromium keys the single-instance lock on userData, so it belongs to this data directory.
  app.setPath('userData', path.join(dataDir, 'electron'));
  if (!app.requestSingleInstanceLock()) {
    logLine('main', 'info', 'another window already uses this data directory: handing over to it');
    app.quit();
    return;
  }
  app.on('second-instance', () => revealWindow());

  if (gpuDisabled(dataDir)) {
    app.disableHardwareAcceleration();
    logLine('main', 'info', 'GPU acceleration disabled');
  }
  registerAppSchemeAsPrivileged();
  app.on('child-process-gone', (_event, details) => logLine('main', 'warn', `${details.type} process gone: ${details.reason} (${details.exitCode})`));

  void app.whenReady().then(() => {
    installSecurity();
    const files = appFiles(appRoot);
    serveRenderer(files.renderer);
    const nativeBinding = nativeBindingPath(layout());
    worker = new LedgerWorkers(
      path.join(__dirname, 'data-worker.cjs'),
      { ledgerFile: ledgerPath(dataDir), resourcesDir: files.referenceData, nativeBinding },
      { stderr: (stream) => logWorkerOutput(stream) },
    );
    const w = worker;
    const transfer = fileTransferHandlers({
      dialogs: {
        showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
        showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      },
      dataDir,
      defaultDir: app.getPath('documents'),
    });
    registerContract(ipcMain, (method, input) => w.call(method, input), undefined, {
      'files.stage': (_event, input) => transfer['files.stage'](input),
      'files.openBundle': (_event, input) => transfer['files.openBundle'](input),
      'files.saveExport': (_event, input) => transfer['files.saveExport'](input),
      'print.savePdf': (event, input) => savePageAsPdf(event.sender as unknown as WebContents, dialog, input, app.getPath('documents')),
      'app.openLogFolder': async () => {
        const dir = logDir(dataDir);
        const problem = await shell.openPath(dir);
        return problem ? fail('unavailable', `${problem} (${dir})`) : ok({ path: dir });
      },
    });
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !worker) return;
    event.preventDefault();
    void worker.close().finally(() => {
      closed = true;
      logLine('main', 'info', 'closed');
      app.quit();
    });
  });
}

const cli = cliArguments(process.argv);
if (cli) runCommandLine(cli);
else startApp();
