/**
 * The Electron binary cannot run here, so the main-process glue (index.ts, install-security.ts,
 * app-protocol.ts) is driven against a recording fake of the `electron` module. The data worker
 * is replaced by a fake too: this test is about what main wires, not about the ledger.
 */
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../shared/contract';

const rec = vi.hoisted(() => ({
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as { options: Record<string, unknown>; url?: string }[],
  ipcChannels: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (req: { url: string }) => Promise<Response>>(),
  permissionRequest: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
  permissionCheck: null as null | ((wc: unknown, permission: string) => boolean),
  opened: [] as string[],
  workerCalls: [] as [string, unknown][],
  ready: null as null | (() => void),
  lock: true,
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const app = {
    requestSingleInstanceLock: () => rec.lock,
    quit: vi.fn(),
    on: (event: string, fn: (...args: unknown[]) => void) => rec.appEvents.set(event, fn),
    setPath: vi.fn(),
    whenReady: () => new Promise<void>((resolve) => (rec.ready = resolve)),
    isPackaged: false,
  };
  class BrowserWindow extends EventEmitter {
    webContents = new EventEmitter();
    constructor(readonly options: Record<string, unknown>) {
      super();
      rec.windows.push({ options });
    }
    loadURL(url: string) {
      (rec.windows.at(-1) as { url?: string }).url = url;
      return Promise.resolve();
    }
    isMinimized = () => false;
    restore() {}
    focus() {}
    show() {}
  }
  return {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => rec.ipcChannels.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => rec.schemes.push(...schemes),
      handle: (scheme: string, fn: (req: { url: string }) => Promise<Response>) => rec.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof rec.permissionRequest) => (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof rec.permissionCheck) => (rec.permissionCheck = fn),
      },
    },
    shell: { openExternal: (url: string) => rec.opened.push(url) },
    net: { fetch: vi.fn(async () => new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } })) },
  };
});

vi.mock('../../electron/main/data-worker-client', () => ({
  DataWorkerClient: class {
    call(method: string, input: unknown) {
      rec.workerCalls.push([method, input]);
      return Promise.resolve({ ok: true, value: null });
    }
    close() {
      return Promise.resolve();
    }
  },
}));

describe('Electron main process wiring', () => {
  beforeAll(async () => {
    await import('../../electron/main/index');
    rec.ready?.();
    await new Promise((r) => setTimeout(r, 10));
  });

  it('takes the single-instance lock and registers the app scheme before ready', () => {
    expect(rec.appEvents.has('second-instance')).toBe(true);
    expect(rec.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('opens one window, sandboxed and isolated, on app://ledger', () => {
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(rec.windows[0]?.url).toBe('app://ledger/index.html');
  });

  it('registers exactly the contract channels and checks the sender before calling the worker', async () => {
    expect([...rec.ipcChannels.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const handler = rec.ipcChannels.get(channelOf('profile.get'));
    const frame = { url: 'app://ledger/index.html', parent: null };
    expect(await handler?.({ senderFrame: null, sender: { mainFrame: frame } }, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(rec.workerCalls).toEqual([]);
    await handler?.({ senderFrame: frame, sender: { mainFrame: frame } }, undefined);
    expect(rec.workerCalls).toEqual([['profile.get', undefined]]);
  });

  it('denies navigation, redirects, webviews, new windows and permissions in every web contents', () => {
    const contents = new EventEmitter() as EventEmitter & {
      setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => void;
      openHandler?: (d: { url: string }) => unknown;
    };
    contents.setWindowOpenHandler = (fn) => (contents.openHandler = fn);
    rec.appEvents.get('web-contents-created')?.({}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      contents.emit(event, e, 'https://evil.example/');
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.openHandler?.({ url: 'https://www.samr.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(rec.opened).toEqual(['https://www.samr.gov.cn/']);
    let granted: boolean | null = null;
    rec.permissionRequest?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(rec.permissionCheck?.({}, 'geolocation')).toBe(false);
  });

  it('serves the renderer from app://ledger with the CSP, and nothing outside it', async () => {
    const handle = rec.protocolHandlers.get('app');
    const ok = await handle?.({ url: 'app://ledger/index.html' });
    expect(ok?.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await handle?.({ url: 'app://other/index.html' }))?.status).toBe(404);
    // An encoded slash survives URL parsing and decodes to a path outside the renderer: refused.
    expect((await handle?.({ url: 'app://ledger/..%2f..%2fpackage.json' }))?.status).toBe(403);
    // Dot segments are resolved by the URL parser itself; whatever is served stays inside dist/renderer.
    await handle?.({ url: 'app://ledger/%2e%2e/%2e%2e/package.json' });
    await handle?.({ url: 'app://ledger/../../package.json' });
    const { net } = await import('electron');
    const served = (net.fetch as unknown as { mock: { calls: [string][] } }).mock.calls.map(([u]) => u);
    expect(served.length).toBeGreaterThan(0);
    for (const u of served) expect(u).toMatch(/\/dist\/renderer\/[^/]+$/);
  });
});
