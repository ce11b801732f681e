/**
 * Electron main process: lifecycle, the single window, security, IPC wiring. All ledger work
 * happens in the data worker (data-worker.ts); this process never blocks on SQLite.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import { savePageAsPdf } from './print-pdf';
import { APP_ORIGIN } from './security';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import { DataWorkerClient } from './data-worker-client';
import { installSecurity } from './install-security';
import { registerContract } from './ipc';
import { defaultDataDir, ledgerPath } from './paths';
import { secureWebPreferences } from './security';

let mainWindow: BrowserWindow | null = null;
let worker: DataWorkerClient | null = null;

function resourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'reference') : path.resolve(__dirname, '../resources/reference');
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'IP Ledger 知识产权工作台账',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // A crashed renderer loses nothing (every edit is already in the ledger): reload it, a few times at most.
  let reloads = 0;
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    console.error('[main] renderer gone:', details.reason);
    if (details.reason !== 'clean-exit' && reloads++ < 3) mainWindow?.reload();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  registerAppSchemeAsPrivileged();
  const dataDir = process.env.IP_LEDGER_DATA_DIR ?? defaultDataDir();
  app.setPath('userData', path.join(dataDir, 'electron'));

  void app.whenReady().then(() => {
    installSecurity();
    serveRenderer(path.resolve(__dirname, '../dist/renderer'));
    worker = new DataWorkerClient(path.join(__dirname, 'data-worker.cjs'), { ledgerFile: ledgerPath(dataDir), resourcesDir: resourcesDir() });
    const w = worker;
    registerContract(ipcMain, (method, input) => w.call(method, input), undefined, {
      'print.savePdf': (event, input) => savePageAsPdf(event.sender as unknown as WebContents, dialog, input, app.getPath('documents')),
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
      app.quit();
    });
  });
}

start();
