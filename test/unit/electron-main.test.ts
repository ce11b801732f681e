/**
 * The Electron binary cannot run here, so the *built* dist-electron/main.cjs is run under Node
 * with a recording stand-in for the `electron` module (test/helpers/electron-harness.cjs) and the
 * real data worker, in the development layout and in the packaged one (resources in a folder
 * whose path has spaces and Chinese characters, native module unpacked beside app.asar), with a
 * data directory whose path has them too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../shared/contract';
import { buildBundles, developmentLayout, packagedLayout, startHarness, type Harness, type Layout } from '../helpers/electron-app';

type Call = { op: string; [key: string]: unknown };
type State = {
  calls: Call[];
  windows: { options: Record<string, unknown>; url?: string; shown: number; focused: number; reloads: number }[];
  ipcChannels: string[];
};
type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-main-'));
const bundles = path.join(base, 'bundles');
let layouts: Layout[] = [];

beforeAll(() => {
  buildBundles(bundles);
  layouts = [developmentLayout(base, bundles), packagedLayout(base, bundles)];
}, 120_000);

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const migrations = fs.readdirSync(path.resolve(__dirname, '../../electron/store/migrations')).filter((f) => f.endsWith('.sql')).length;

describe.each(['development', 'packaged'] as const)('the built main process, %s layout', (kind) => {
  let app: Harness;
  let layout: Layout;
  let cwd: string;
  const dataDir = () => path.join(cwd, '数据 目录', 'ip ledger');

  beforeAll(async () => {
    layout = layouts.find((l) => l.kind === kind) as Layout;
    cwd = fs.mkdtempSync(path.join(base, `${kind}-`));
    // A relative data directory: main must make it absolute before anything uses it.
    app = await startHarness(layout, {
      cwd,
      env: { IP_LEDGER_DATA_DIR: path.join('数据 目录', 'ip ledger'), IP_LEDGER_DISABLE_GPU: kind === 'packaged' ? '1' : '0' },
    });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('makes the data directory, then moves userData into it, then takes the lock — before the app is ready', async () => {
    const { calls } = await app.op<State>('state');
    const ops = calls.map((c) => c.op);
    const setPath = calls.find((c) => c.op === 'app.setPath');
    expect(setPath).toMatchObject({ name: 'userData', value: path.join(dataDir(), 'electron'), absolute: true, parentExists: true });
    expect(ops.indexOf('app.setPath')).toBeLessThan(ops.indexOf('app.requestSingleInstanceLock'));
    expect(ops.indexOf('app.requestSingleInstanceLock')).toBeLessThan(ops.indexOf('app.whenReady'));
    expect(ops.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ops.indexOf('app.whenReady'));
    expect(ops.includes('app.disableHardwareAcceleration')).toBe(kind === 'packaged');
    expect(ops).not.toContain('new BrowserWindow');
    expect(fs.existsSync(path.join(dataDir(), 'logs', 'main.log'))).toBe(true);
  });

  it('opens one hidden, sandboxed window on app://ledger once ready, and shows it when painted', async () => {
    await app.op('ready');
    const { windows } = await app.op<State>('state');
    expect(windows).toHaveLength(1);
    const options = windows[0]?.options as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(options.webPreferences.preload)).toBe(path.join(path.dirname(layout.mainFile), 'preload.cjs'));
    expect(fs.existsSync(String(options.webPreferences.preload))).toBe(true);
    expect(windows[0]?.url).toBe('app://ledger/index.html');
    await app.op('windowEvent', { name: 'ready-to-show' });
    expect((await app.op<State>('state')).windows[0]?.shown).toBe(1);
  });

  it('registers exactly the contract channels, checks the sender, and answers from the real ledger', async () => {
    const { ipcChannels } = await app.op<State>('state');
    expect([...ipcChannels].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    expect(await app.op<Envelope>('invoke', { channel: channelOf('profile.get'), frameUrl: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(await app.op<Envelope>('invoke', { channel: channelOf('profile.get'), frameUrl: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });

    const about = await app.op<Envelope>('invoke', { channel: channelOf('app.about') });
    expect(about).toMatchObject({ ok: true, value: { schemaVersion: migrations } });
    expect(await app.op<Envelope>('invoke', { channel: channelOf('profile.get') })).toEqual({ ok: true, value: null });
    expect(fs.existsSync(path.join(dataDir(), 'ledger.sqlite'))).toBe(true);
    // Reference data and the plan template are read where this layout keeps them.
    const units = await app.op<Envelope>('invoke', { channel: channelOf('reference.units') });
    expect((units.value as unknown[]).length).toBeGreaterThan(10);
    // Templates are per league (issue 17): set up the league's ledger first.
    const setup = { unitCode: '152500', bureauName: '锡林郭勒盟市场监督管理局', casePrefix: '锡盟市监处罚', operatorName: '测试' };
    expect(await app.op<Envelope>('invoke', { channel: channelOf('profile.setup'), input: setup })).toMatchObject({ ok: true });
    const templates = await app.op<Envelope>('invoke', { channel: channelOf('plans.templates') });
    expect(templates).toMatchObject({ ok: true });
    expect((templates.value as unknown[]).length).toBeGreaterThan(0);
  });

  it('serves the renderer from app://ledger with the CSP, and nothing outside it', async () => {
    const index = await app.op<{ status: number; csp: string; body: string }>('protocol', { url: 'app://ledger/index.html' });
    expect(index.status).toBe(200);
    expect(index.csp).toContain("default-src 'self'");
    expect(index.body).toContain('IP Ledger');
    expect((await app.op<{ body: string }>('protocol', { url: 'app://ledger/assets/app.js' })).body).toContain('renderer');
    expect((await app.op<{ status: number }>('protocol', { url: 'app://other/index.html' })).status).toBe(404);
    expect((await app.op<{ status: number }>('protocol', { url: 'app://ledger/..%2f..%2fpackage.json' })).status).toBe(403);
    await app.op('protocol', { url: 'app://ledger/../../package.json' });
    const served = (await app.op<State>('state')).calls.filter((c) => c.op === 'net.fetch').map((c) => String(c.file));
    const rendererDir = path.join(path.dirname(path.dirname(layout.mainFile)), 'dist', 'renderer');
    for (const file of served) expect(file.startsWith(rendererDir + path.sep)).toBe(true);
  });

  it('denies navigation, redirects, webviews, new windows and permissions in every web contents', async () => {
    const result = await app.op<{
      prevented: Record<string, boolean>;
      openHttps: unknown;
      openFile: unknown;
      permissionRequest: boolean;
      permissionCheck: boolean;
    }>('security');
    expect(result.prevented).toEqual({ 'will-navigate': true, 'will-redirect': true, 'will-attach-webview': true });
    expect(result.openHttps).toEqual({ action: 'deny' });
    expect(result.openFile).toEqual({ action: 'deny' });
    expect(result.permissionRequest).toBe(false);
    expect(result.permissionCheck).toBe(false);
    expect((await app.op<State>('state')).calls).toContainEqual({ op: 'shell.openExternal', url: 'https://www.samr.gov.cn/' });
  });

  it('opens the log folder, and a second launch shows and focuses the window', async () => {
    expect(await app.op<Envelope>('invoke', { channel: channelOf('app.openLogFolder') })).toEqual({ ok: true, value: { path: path.join(dataDir(), 'logs') } });
    expect((await app.op<State>('state')).calls).toContainEqual({ op: 'shell.openPath', path: path.join(dataDir(), 'logs'), exists: true });
    await app.op('appEvent', { name: 'second-instance' });
    const win = (await app.op<State>('state')).windows[0];
    expect(win?.shown).toBe(2);
    expect(win?.focused).toBe(1);
  });

  it('logs renderer errors without ID numbers, and offers a reload when the page fails or crashes', async () => {
    await app.op('webContentsEvent', {
      name: 'console-message',
      args: [
        { level: 'error', message: '保存失败：当事人 110105199003071234，企业 91152502MA0N8Q7X2K', lineNumber: 3, sourceId: 'app://ledger/assets/app.js' },
      ],
    });
    await app.op('webContentsEvent', { name: 'did-fail-load', args: [{}, -6, 'ERR_FILE_NOT_FOUND', 'app://ledger/index.html', true] });
    await app.op('webContentsEvent', { name: 'render-process-gone', args: [{}, { reason: 'crashed', exitCode: 139 }] });
    const { calls, windows } = await app.op<State>('state');
    expect(calls.filter((c) => c.op === 'dialog.showMessageBox')).toHaveLength(2);
    expect(calls.find((c) => c.op === 'dialog.showMessageBox')).toMatchObject({ buttons: ['重新加载 Reload', '退出 Quit'] });
    expect(windows[0]?.reloads).toBe(2);
    const log = fs.readFileSync(path.join(dataDir(), 'logs', 'main.log'), 'utf8');
    expect(log).toContain('(renderer)');
    expect(log).toContain('保存失败');
    expect(log).toContain('ERR_FILE_NOT_FOUND');
    expect(log).toContain('renderer gone: crashed');
    expect(log).not.toContain('110105199003071234');
    expect(log).not.toContain('91152502MA0N8Q7X2K');
  });

  it('closes the ledger before quitting', async () => {
    expect(await app.op('quit')).toEqual({ prevented: true });
    expect(fs.readFileSync(path.join(dataDir(), 'logs', 'main.log'), 'utf8')).toMatch(/\(main\)\s+closed/);
  });
});

describe('the built main process, failures at start', () => {
  it('says in a dialog (Chinese, then English) that the data directory cannot be used, and exits without a lock or a window', async () => {
    const layout = layouts[0] as Layout;
    const cwd = fs.mkdtempSync(path.join(base, 'blocked-'));
    fs.writeFileSync(path.join(cwd, 'occupied'), 'a file, not a folder');
    const app = await startHarness(layout, { cwd, env: { IP_LEDGER_DATA_DIR: path.join(cwd, 'occupied', 'ip-ledger') } });
    expect(await app.exit).toBe(1);
    expect(app.stderr()).toContain('无法使用数据文件夹');
    expect(app.stderr()).toContain('Cannot use the data folder');
  });
});

describe.each(['development', 'packaged'] as const)('ip-ledger --cli (%s layout)', (kind) => {
  const run = async (args: string[]) => {
    const layout = layouts.find((l) => l.kind === kind) as Layout;
    const cwd = fs.mkdtempSync(path.join(base, `cli-${kind}-`));
    const app = await startHarness(layout, { cwd, argv: [...(layout.isPackaged ? [] : ['.']), '--cli', ...args] });
    const code = await app.exit;
    return { code, stdout: app.stdout(), stderr: app.stderr(), cwd };
  };
  const ledger = path.join(base, `命令 行 ${kind}`, 'ledger.sqlite');

  it('runs a command headlessly with the exit codes of npm run cli', async () => {
    fs.mkdirSync(path.dirname(ledger), { recursive: true });
    const init = await run(['init', '--db', ledger, '--unit', '152502', '--json']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const info = await run(['info', '--db', ledger, '--json']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ unit: { code: '152502' }, schemaVersion: migrations });
    // Nothing of the window's start happened: no data directory, no lock, no window.
    expect(fs.readdirSync(info.cwd)).toEqual([]);
    expect((await run(['info', '--db', path.join(base, 'missing.sqlite')])).code).toBe(1);
    const usage = await run(['no-such-command']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command');
  });
});
