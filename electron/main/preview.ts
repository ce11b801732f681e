/**
 * `npm run preview`: the whole app in a browser, for machines where Electron cannot run.
 *   node dist-electron/preview.cjs [--data-dir DIR] [--port N]
 * Binds 127.0.0.1 only and prints the URL (with this run's token in the fragment).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LedgerWorkers } from './ledger-workers';
import { defaultDataDir, ledgerPath } from './paths';
import { createPreviewServer, newToken } from './preview-host';

function main(): void {
  let values: { 'data-dir'?: string; port?: string };
  try {
    ({ values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`usage: preview [--data-dir DIR] [--port N]\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const port = Number(values.port ?? '5199');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: --port must be 0–65535');
    process.exit(2);
  }
  const staticDir = path.resolve(__dirname, '../dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error(`renderer not built: run "npm run build" (looked in ${staticDir})`);
    process.exit(1);
  }
  // Owner-only, as the desktop app's (data-dir.ts).
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dataDir, 0o700);
  // The preview runs on Node: the Node build of better-sqlite3 that `npm ci` made.
  const nativeBinding = createRequire(__filename).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  const worker = new LedgerWorkers(path.join(__dirname, 'data-worker.cjs'), { ledgerFile: ledgerPath(dataDir), nativeBinding });
  const token = newToken();
  const server = createPreviewServer({ staticDir, token, dataDir, call: (m, i) => worker.call(m, i) });

  const shutdown = () => {
    server.close();
    void worker.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `port ${port} on 127.0.0.1 is in use (is the preview already running?): pass --port N, or --port 0 for any free port`
        : `preview host failed: ${error.message}`,
    );
    void worker.close().then(() => process.exit(1));
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`IP Ledger preview: http://127.0.0.1:${actual}/#token=${token}`);
    console.log(`data directory: ${dataDir}`);
  });
}

main();
