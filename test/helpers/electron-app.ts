/**
 * The built app in the two layouts Electron will see, for test/unit/electron-main.test.ts:
 *   development — <root>/dist-electron, dist/renderer, resources/reference, and the Electron build
 *     of better-sqlite3 in native/electron-<version>-<platform>-<arch>/;
 *   packaged — <resourcesPath>/app.asar/… with the same files (a folder here: plain Node cannot
 *     read an asar, and the paths are what is under test) and the native module unpacked into
 *     <resourcesPath>/app.asar.unpacked/native/, where electron-builder's asarUnpack puts it
 *     (npm run dist:check asserts that list on a real package).
 * The bundles are built fresh with scripts/build-electron.mjs. The "Electron build" is the Node
 * build here, because this harness runs the bundle under Node.
 */
import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as native from '../../scripts/native-binding.cjs';

export const root = path.resolve(__dirname, '../..');
export const ELECTRON_VERSION = native.electronVersion();

export function buildBundles(out: string): void {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--out', out], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build-electron failed: ${result.stderr}`);
}

function writeRenderer(dir: string): void {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body>IP Ledger</body></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("renderer");');
}

/** Fills an app root (repository layout or asar contents) from a built dist-electron. */
function fillAppRoot(appRoot: string, bundles: string): void {
  fs.cpSync(bundles, path.join(appRoot, 'dist-electron'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  writeRenderer(path.join(appRoot, 'dist', 'renderer'));
  fs.cpSync(path.join(root, 'resources', 'reference'), path.join(appRoot, 'resources', 'reference'), { recursive: true });
  fs.writeFileSync(path.join(appRoot, 'package.json'), JSON.stringify({ name: 'ip-ledger', main: 'dist-electron/main.cjs' }));
}

export interface Layout {
  kind: 'development' | 'packaged';
  mainFile: string;
  isPackaged: boolean;
  resourcesPath: string;
  nativeBinding: string;
}

export function developmentLayout(base: string, bundles: string): Layout {
  const appRoot = path.join(base, '开发 目录', 'ip-ledger');
  fillAppRoot(appRoot, bundles);
  const nativeBinding = path.join(appRoot, 'native', `electron-${ELECTRON_VERSION}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(nativeBinding), { recursive: true });
  fs.copyFileSync(native.nodeBindingPath(), nativeBinding);
  return {
    kind: 'development',
    mainFile: path.join(appRoot, 'dist-electron', 'main.cjs'),
    isPackaged: false,
    resourcesPath: path.join(base, 'no-resources'),
    nativeBinding,
  };
}

export function packagedLayout(base: string, bundles: string): Layout {
  const resourcesPath = path.join(base, '程序 文件', 'IP Ledger', 'resources');
  const asar = path.join(resourcesPath, 'app.asar');
  fillAppRoot(asar, bundles);
  const nativeBinding = path.join(resourcesPath, 'app.asar.unpacked', 'native', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(nativeBinding), { recursive: true });
  fs.copyFileSync(native.nodeBindingPath(), nativeBinding);
  return { kind: 'packaged', mainFile: path.join(asar, 'dist-electron', 'main.cjs'), isPackaged: true, resourcesPath, nativeBinding };
}

export interface HarnessOptions {
  argv?: string[];
  cwd: string;
  env?: Record<string, string>;
  lock?: boolean;
}

export interface Harness {
  op<T = unknown>(op: string, args?: unknown): Promise<T>;
  exit: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts the harness child on a layout; resolves once main.cjs has been loaded (or has exited). */
export async function startHarness(layout: Layout, options: HarnessOptions): Promise<Harness> {
  const config = {
    mainFile: layout.mainFile,
    argv: options.argv ?? (layout.isPackaged ? [] : ['.']),
    isPackaged: layout.isPackaged,
    resourcesPath: layout.resourcesPath,
    electronVersion: ELECTRON_VERSION,
    cwd: options.cwd,
    documents: path.join(options.cwd, 'documents'),
    lock: options.lock ?? true,
  };
  const child = fork(path.join(root, 'test/helpers/electron-harness.cjs'), [], {
    silent: true,
    execArgv: [],
    env: { ...process.env, IP_LEDGER_LOG_CONSOLE: '0', ...options.env, HARNESS_CONFIG: JSON.stringify(config) },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  // 'close' comes after the child's stdout and stderr have ended, so nothing printed is missed.
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const loaded = new Promise<void>((resolve) => {
    child.on('message', (m: { id?: number; type?: string; result?: unknown; error?: string }) => {
      if (m.type === 'loaded') resolve();
      if (m.id === undefined) return;
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve(m.result);
    });
  });
  await Promise.race([loaded, exit]);
  return {
    op: <T>(op: string, args?: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, op, args });
      }),
    exit,
    stdout: () => out,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null) child.kill();
      await exit;
    },
  };
}
