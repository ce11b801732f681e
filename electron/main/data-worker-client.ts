/**
 * Main-thread side of the data worker: request/response over postMessage. If the worker dies,
 * pending calls are answered "unavailable" and the next call starts a fresh worker (SQLite's
 * journal makes reopening after a crash safe); after repeated deaths it stays down and says so.
 */
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { fail, type Envelope } from '../../shared/errors';
import type { DataWorkerOptions, WorkerRequest, WorkerResponse } from './data-worker-protocol';

const MAX_RESTARTS = 3;

export interface DataWorkerHooks {
  /** Receives each worker's stderr instead of the parent's (the app writes it to its log file). */
  stderr?: (stream: Readable) => void;
}

export class DataWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private closing: Promise<void> | null = null;
  private restarts = 0;
  private lastFailure = '';

  constructor(
    private readonly workerFile: string,
    private readonly options: DataWorkerOptions,
    private readonly hooks: DataWorkerHooks = {},
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerFile, { workerData: this.options, stderr: Boolean(this.hooks.stderr) });
    if (this.hooks.stderr) this.hooks.stderr(worker.stderr);
    worker.on('message', (message: WorkerResponse) => {
      if (message.type !== 'result') return;
      this.pending.get(message.id)?.(message.envelope);
      this.pending.delete(message.id);
    });
    worker.on('error', (error) => {
      this.lastFailure = `data worker failed: ${error.message}`;
      console.error('[ledger]', this.lastFailure);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      const why = this.lastFailure || `data worker exited (${code})`;
      for (const resolve of this.pending.values()) resolve(fail('unavailable', why));
      this.pending.clear();
    });
    return worker;
  }

  call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (this.closing) return Promise.resolve(fail('unavailable', 'the ledger is closing'));
    if (!this.worker) {
      if (this.restarts >= MAX_RESTARTS) return Promise.resolve(fail('unavailable', `data worker keeps failing: ${this.lastFailure}`));
      this.restarts += 1;
      this.lastFailure = '';
      this.worker = this.spawn();
    }
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ type: 'call', id, method, input } satisfies WorkerRequest);
    });
  }

  /** Close the ledger (PRAGMA optimize, WAL checkpoint) and stop the worker. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      const worker = this.worker;
      if (!worker) return resolve();
      const done = () => void worker.terminate().finally(resolve);
      const timer = setTimeout(done, 5000);
      worker.on('message', (m: WorkerResponse) => {
        if (m.type === 'closed') {
          clearTimeout(timer);
          done();
        }
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage({ type: 'close' } satisfies WorkerRequest);
    });
    return this.closing;
  }
}
