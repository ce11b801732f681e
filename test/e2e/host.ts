/** Starts the real preview host (the built dist-electron/preview.cjs) on a free loopback port. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export interface Host {
  /** The page address with this run's token in the fragment. */
  url: string;
  /** Ends the host (SIGTERM, then SIGKILL if it has not exited after 15 s); resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts a host on `dataDir`. Everything it prints (stdout and stderr, as it arrives, also after
 * the start) goes to `output`. Rejects — with the output so far, and with the process ended — if
 * the host exits or has not printed its address within a generous minute.
 */
export async function startHost(dataDir: string, output: (text: string) => void = () => undefined): Promise<Host> {
  const child = spawn(process.execPath, [path.join(root, 'dist-electron', 'preview.cjs'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  };
  let seen = '';
  let started = false;
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`preview host did not start:\n${seen}`)), 60_000);
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        output(text);
        if (started) return;
        seen += text;
        const m = /IP Ledger preview: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(seen);
        if (m?.[1]) {
          started = true;
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`preview host exited (${code}):\n${seen}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
