/** Main-thread side of the data worker: request/response over postMessage, nothing else. */
import { Worker } from 'node:worker_threads';
import { fail, type Envelope } from '../../shared/errors';
import type { DataWorkerOptions, WorkerRequest, WorkerResponse } from './data-worker-protocol';

export class DataWorkerClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private closing: Promise<void> | null = null;

  constructor(workerFile: string, options: DataWorkerOptions) {
    this.worker = new Worker(workerFile, { workerData: options });
    this.worker.on('message', (message: WorkerResponse) => {
      if (message.type !== 'result') return;
      this.pending.get(message.id)?.(message.envelope);
      this.pending.delete(message.id);
    });
    const failAll = (why: string) => {
      for (const resolve of this.pending.values()) resolve(fail('unavailable', why));
      this.pending.clear();
    };
    this.worker.on('error', (error) => failAll(`data worker failed: ${error.message}`));
    this.worker.on('exit', (code) => failAll(`data worker exited (${code})`));
  }

  call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (this.closing) return Promise.resolve(fail('unavailable', 'the ledger is closing'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.post({ type: 'call', id, method, input });
    });
  }

  /** Close the ledger (PRAGMA optimize, WAL checkpoint) and stop the worker. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      const done = () => void this.worker.terminate().finally(resolve);
      const timer = setTimeout(done, 5000);
      this.worker.on('message', (m: WorkerResponse) => {
        if (m.type === 'closed') {
          clearTimeout(timer);
          done();
        }
      });
      this.worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.post({ type: 'close' });
    });
    return this.closing;
  }

  private post(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }
}
