/** The window always becomes visible, and load failures and crashes are reported with a reload. */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appDataDir, nativeBindingPath } from '../../electron/main/paths';
import { SHOW_FALLBACK_MS, watchWindow, type WatchedWindow } from '../../electron/main/window-watch';

function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), { reload: vi.fn() });
  const win = Object.assign(new EventEmitter(), {
    webContents: contents,
    visible: false,
    show: vi.fn(() => (win.visible = true)),
    isVisible: () => win.visible,
    isDestroyed: () => false,
  });
  return win;
}

describe('window watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the window on ready-to-show, or after the fallback delay when the page never paints', () => {
    const log = vi.fn();
    const painted = fakeWindow();
    watchWindow(painted as unknown as WatchedWindow, { dialog: { showMessageBox: vi.fn() }, log, quit: vi.fn() });
    painted.emit('ready-to-show');
    expect(painted.show).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SHOW_FALLBACK_MS);
    expect(painted.show).toHaveBeenCalledTimes(1);

    const stuck = fakeWindow();
    watchWindow(stuck as unknown as WatchedWindow, { dialog: { showMessageBox: vi.fn() }, log, quit: vi.fn() });
    vi.advanceTimersByTime(SHOW_FALLBACK_MS - 1);
    expect(stuck.show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(stuck.show).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('main', 'warn', expect.stringContaining('fallback'));
  });

  it('asks once per failure, reloads on 重新加载 and quits on 退出; ignores aborted and sub-frame loads', async () => {
    vi.useRealTimers();
    const quit = vi.fn();
    const answers = [0, 1];
    const showMessageBox = vi.fn(async () => ({ response: answers.shift() ?? 0 }));
    const win = fakeWindow();
    watchWindow(win as unknown as WatchedWindow, { dialog: { showMessageBox }, log: vi.fn(), quit });
    win.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://ledger/index.html', true);
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://ledger/x.png', false);
    expect(showMessageBox).not.toHaveBeenCalled();
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://ledger/index.html', true);
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalledTimes(1));
    expect(win.show).toHaveBeenCalled();
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(showMessageBox).toHaveBeenCalledTimes(2);
  });
});

describe('paths the app starts from', () => {
  it('makes a relative IP_LEDGER_DATA_DIR absolute against the working directory', () => {
    expect(appDataDir({ IP_LEDGER_DATA_DIR: '数据 目录/ip ledger' }, '/home/科员')).toBe(path.resolve('/home/科员', '数据 目录/ip ledger'));
    expect(path.isAbsolute(appDataDir({ XDG_DATA_HOME: 'relative/share' }, '/tmp'))).toBe(true);
  });

  it('loads the unpacked native module when packaged and the per-target build in development', () => {
    const common = { appRoot: '/repo', resourcesPath: '/opt/IP Ledger/resources', electronVersion: '43.8.13', platform: 'linux', arch: 'arm64' };
    expect(nativeBindingPath({ ...common, isPackaged: true })).toBe('/opt/IP Ledger/resources/app.asar.unpacked/native/better_sqlite3.node');
    expect(nativeBindingPath({ ...common, isPackaged: false })).toBe('/repo/native/electron-43.8.13-linux-arm64/better_sqlite3.node');
    expect(nativeBindingPath({ ...common, isPackaged: false, nativeDir: '/builds' })).toBe('/builds/electron-43.8.13-linux-arm64/better_sqlite3.node');
  });
});
