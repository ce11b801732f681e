/**
 * The window always ends up visible, and a page that fails says so. It is created hidden (no
 * white flash) and shown on `ready-to-show` — or after SHOW_FALLBACK_MS whatever happened, since
 * an old PC with a bad GPU driver may never paint. A failed load, a crashed or hung renderer is
 * logged and told in a dialog with 重新加载 (reload) as the default answer: nothing is lost, every
 * edit is already in the ledger.
 */
import type { LogSource } from './logging';

export const SHOW_FALLBACK_MS = 4000;

/** The slices of BrowserWindow / WebContents / dialog used here (tests pass fakes). */
export interface WatchedContents {
  on(event: 'did-fail-load', listener: (event: unknown, code: number, description: string, url: string, isMainFrame: boolean) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  on(event: 'preload-error', listener: (event: unknown, preloadPath: string, error: Error) => void): unknown;
  on(event: 'console-message', listener: (event: { level: string; message: string; lineNumber: number; sourceId: string }) => void): unknown;
  reload(): void;
}
export interface WatchedWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
  webContents: WatchedContents;
}
export interface ProblemDialog {
  showMessageBox(
    window: never,
    options: {
      type: 'error' | 'warning';
      title: string;
      message: string;
      detail: string;
      buttons: string[];
      defaultId: number;
      cancelId: number;
      noLink: boolean;
    },
  ): Promise<{ response: number }>;
}
export interface WatchDeps {
  dialog: ProblemDialog;
  log: (source: LogSource, level: 'error' | 'warn' | 'info', ...data: unknown[]) => void;
  quit: () => void;
  fallbackMs?: number;
}

const TITLE = 'IP Ledger 知识产权工作台账';
const RELOAD = '重新加载 Reload';
const QUIT = '退出 Quit';

export function watchWindow(win: WatchedWindow, deps: WatchDeps): void {
  const showOnce = (why: string) => {
    if (win.isDestroyed() || win.isVisible()) return;
    if (why !== 'ready-to-show') deps.log('main', 'warn', `window shown by ${why} (the page had not painted)`);
    win.show();
  };
  win.once('ready-to-show', () => showOnce('ready-to-show'));
  const fallback = setTimeout(() => showOnce(`the ${deps.fallbackMs ?? SHOW_FALLBACK_MS} ms fallback`), deps.fallbackMs ?? SHOW_FALLBACK_MS);
  win.on('closed', () => clearTimeout(fallback));

  let asking = false;
  const offerReload = async (message: string, detail: string) => {
    showOnce('an error');
    if (asking || win.isDestroyed()) return;
    asking = true;
    try {
      const { response } = await deps.dialog.showMessageBox(win as never, {
        type: 'error',
        title: TITLE,
        message,
        detail,
        buttons: [RELOAD, QUIT],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      if (win.isDestroyed()) return;
      if (response === 1) deps.quit();
      else win.webContents.reload();
    } finally {
      asking = false;
    }
  };

  const contents = win.webContents;
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 (ABORTED) is a navigation replaced by another one, not a failure.
    if (!isMainFrame || code === -3) return;
    deps.log('renderer', 'error', `page failed to load: ${description} (${code}) ${url}`);
    void offerReload(
      '页面未能加载。/ The page did not load.',
      `${description} (${code})\n${url}\n\n记录都已保存在账本中，重新加载不会丢失数据。/ Every record is saved in the ledger; reloading loses nothing.`,
    );
  });
  contents.on('render-process-gone', (_event, details) => {
    deps.log('renderer', 'error', `renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit') return;
    void offerReload(
      '页面意外关闭。/ The page stopped unexpectedly.',
      `${details.reason} (${details.exitCode})\n\n记录都已保存在账本中，重新加载不会丢失数据。/ Every record is saved in the ledger; reloading loses nothing.`,
    );
  });
  contents.on('unresponsive', () => deps.log('renderer', 'warn', 'the page is not responding'));
  contents.on('responsive', () => deps.log('renderer', 'info', 'the page responds again'));
  contents.on('preload-error', (_event, preloadPath, error) => deps.log('renderer', 'error', `preload failed: ${preloadPath}`, error));
  contents.on('console-message', (event) => {
    if (event.level !== 'error' && event.level !== 'warning') return;
    deps.log('renderer', event.level === 'error' ? 'error' : 'warn', `${event.message} (${event.sourceId}:${event.lineNumber})`);
  });
}
