// Runs a *built* dist-electron/main.cjs under plain Node with a recording stand-in for the
// `electron` module (the Electron binary cannot run on our build machines), and the real data
// worker. Started by test/unit/electron-main.test.ts with child_process.fork; configured through
// HARNESS_CONFIG (JSON: mainFile, argv, isPackaged, resourcesPath, electronVersion, cwd, documents)
// and driven over the IPC channel: { id, op, args } → { id, result | error }.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const { fileURLToPath } = require('node:url');

const config = JSON.parse(process.env.HARNESS_CONFIG);
const calls = [];
const record = (op, details = {}) => calls.push({ op, ...details });

let resolveReady;
const readyPromise = new Promise((resolve) => (resolveReady = resolve));
let ready = false;
const appListeners = new Map();
const windows = [];
const ipcHandlers = new Map();
const protocolHandlers = new Map();
let permissionRequest = null;
let permissionCheck = null;

const app = {
  isPackaged: Boolean(config.isPackaged),
  on(event, fn) {
    if (!appListeners.has(event)) appListeners.set(event, []);
    appListeners.get(event).push(fn);
    return app;
  },
  once(event, fn) {
    return app.on(event, fn);
  },
  setPath(name, value) {
    record('app.setPath', { name, value, absolute: path.isAbsolute(value), parentExists: fs.existsSync(path.dirname(value)) });
  },
  getPath(name) {
    return name === 'documents' ? config.documents : path.join(config.documents, name);
  },
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return config.lock !== false;
  },
  disableHardwareAcceleration() {
    record('app.disableHardwareAcceleration');
  },
  whenReady() {
    record('app.whenReady');
    return readyPromise;
  },
  isReady: () => ready,
  getVersion: () => '0.0.0-test',
  getName: () => 'IP Ledger',
  quit() {
    record('app.quit');
  },
  exit(code) {
    record('app.exit', { code });
    if (process.send) process.send({ type: 'exit', code }, () => process.exit(code));
    else process.exit(code);
  },
  commandLine: { appendSwitch: (name, value) => record('app.commandLine.appendSwitch', { name, value }) },
};

class WebContents extends EventEmitter {
  reloads = 0;
  reload() {
    this.reloads += 1;
    record('webContents.reload');
  }
  setWindowOpenHandler(fn) {
    this.openHandler = fn;
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.shown = 0;
    this.focused = 0;
    this.visible = false;
    windows.push(this);
    record('new BrowserWindow', { preloadExists: fs.existsSync(options?.webPreferences?.preload ?? '') });
  }
  loadURL(url) {
    this.url = url;
    record('window.loadURL', { url });
    return Promise.resolve();
  }
  show() {
    this.shown += 1;
    this.visible = true;
  }
  focus() {
    this.focused += 1;
  }
  isVisible() {
    return this.visible;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  isDestroyed() {
    return false;
  }
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const electron = {
  app,
  BrowserWindow,
  ipcMain: { handle: (channel, fn) => ipcHandlers.set(channel, fn) },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => record('protocol.registerSchemesAsPrivileged', { schemes }),
    handle: (scheme, fn) => protocolHandlers.set(scheme, fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => (permissionRequest = fn),
      setPermissionCheckHandler: (fn) => (permissionCheck = fn),
    },
  },
  shell: {
    openExternal: (url) => record('shell.openExternal', { url }),
    openPath: async (p) => {
      record('shell.openPath', { path: p, exists: fs.existsSync(p) });
      return '';
    },
  },
  dialog: {
    showErrorBox: (title, content) => record('dialog.showErrorBox', { title, content }),
    showMessageBox: async (_window, options) => {
      record('dialog.showMessageBox', { message: options.message, buttons: options.buttons });
      return { response: 0 };
    },
    showSaveDialog: async () => ({ canceled: true }),
  },
  net: {
    fetch: async (url) => {
      const file = fileURLToPath(url);
      record('net.fetch', { file });
      return new Response(fs.readFileSync(file), { status: 200, headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' } });
    },
  },
};

// `require('electron')` anywhere in the bundle gets the stand-in.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? __filename : resolve.call(this, request, ...rest);
};
module.exports = electron;

async function perform(op, args) {
  switch (op) {
    case 'state':
      return {
        calls,
        windows: windows.map((w) => ({ options: w.options, url: w.url, shown: w.shown, focused: w.focused, reloads: w.webContents.reloads })),
        ipcChannels: [...ipcHandlers.keys()],
        appEvents: [...appListeners.keys()],
        schemes: [...protocolHandlers.keys()],
      };
    case 'ready':
      ready = true;
      resolveReady();
      await new Promise((r) => setImmediate(r));
      return null;
    case 'invoke': {
      const handler = ipcHandlers.get(args.channel);
      if (!handler) throw new Error(`no handler for ${args.channel}`);
      const frame = args.frameUrl === null ? null : { url: args.frameUrl ?? 'app://ledger/index.html', parent: null };
      const sender = windows[0]?.webContents ?? new WebContents();
      sender.mainFrame = args.subFrame ? {} : frame;
      return handler({ senderFrame: frame, sender }, args.input);
    }
    case 'protocol': {
      const response = await protocolHandlers.get('app')({ url: args.url });
      return { status: response.status, csp: response.headers.get('content-security-policy'), body: (await response.text()).slice(0, 200) };
    }
    case 'appEvent': {
      for (const fn of appListeners.get(args.name) ?? []) fn(...(args.args ?? []));
      return null;
    }
    case 'webContentsEvent': {
      windows[args.window ?? 0].webContents.emit(args.name, ...(args.args ?? []));
      await new Promise((r) => setTimeout(r, 0));
      return null;
    }
    case 'windowEvent': {
      windows[args.window ?? 0].emit(args.name, ...(args.args ?? []));
      return null;
    }
    case 'security': {
      const contents = new WebContents();
      for (const fn of appListeners.get('web-contents-created') ?? []) fn({}, contents);
      const prevented = {};
      for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
        let stopped = false;
        contents.emit(name, { preventDefault: () => (stopped = true) }, 'https://evil.example/');
        prevented[name] = stopped;
      }
      let granted = null;
      permissionRequest?.({}, 'media', (g) => (granted = g));
      return {
        prevented,
        openHttps: contents.openHandler?.({ url: 'https://www.samr.gov.cn/' }),
        openFile: contents.openHandler?.({ url: 'file:///etc/passwd' }),
        permissionRequest: granted,
        permissionCheck: permissionCheck?.({}, 'geolocation'),
      };
    }
    case 'quit': {
      const before = calls.filter((c) => c.op === 'app.quit').length;
      let prevented = false;
      for (const fn of appListeners.get('will-quit') ?? []) fn({ preventDefault: () => (prevented = true) });
      while (calls.filter((c) => c.op === 'app.quit').length === before) await new Promise((r) => setTimeout(r, 5));
      return { prevented };
    }
    default:
      throw new Error(`unknown op ${op}`);
  }
}

process.on('message', (message) => {
  perform(message.op, message.args).then(
    (result) => process.send({ id: message.id, result }),
    (error) => process.send({ id: message.id, error: String(error?.stack ?? error) }),
  );
});

process.resourcesPath = config.resourcesPath;
process.versions.electron = config.electronVersion;
process.argv = [process.execPath, ...config.argv];
process.chdir(config.cwd);
require(config.mainFile);
if (process.send) process.send({ type: 'loaded' });
