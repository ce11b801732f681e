/**
 * The ledger's two data workers, behind one `call` (issue 20: nothing freezes the app). The
 * writer owns the ledger: it opens and migrates it and runs every call that may write, one at a
 * time. The reader holds a second, read-only connection and answers the reads listed in
 * electron/api/read-methods.ts, so a trivial call (profile.get, the case list) answers while the
 * writer runs a long import, export or backup — SQLite's WAL lets it read the last committed
 * state meanwhile. The reader starts once the writer has answered a call (the file then exists
 * and is migrated). If the reader fails, refuses a call that writes ('read_only') or is gone, the
 * call goes to the writer: routing is an optimisation, never a change of result.
 */
import type { Envelope } from '../../shared/errors';
import { isReadMethod } from '../api/read-methods';
import { DataWorkerClient, type DataWorkerHooks } from './data-worker-client';
import type { DataWorkerOptions } from './data-worker-protocol';

/** Errors after which a read is asked again of the writer. */
const RETRY_ON_WRITER = new Set(['read_only', 'unavailable', 'internal']);

export class LedgerWorkers {
  private readonly writer: DataWorkerClient;
  private reader: DataWorkerClient | null = null;
  private closed = false;

  constructor(
    private readonly workerFile: string,
    private readonly options: DataWorkerOptions,
    private readonly hooks: DataWorkerHooks = {},
  ) {
    this.writer = new DataWorkerClient(workerFile, { ...options, role: 'writer' }, hooks);
  }

  async call(method: string, input: unknown): Promise<Envelope<unknown>> {
    const reader = this.reader;
    if (reader && isReadMethod(method)) {
      const answer = await reader.call(method, input);
      if (answer.ok || !RETRY_ON_WRITER.has(answer.error.code)) return answer;
    }
    const answer = await this.writer.call(method, input);
    if (answer.ok && !this.reader && !this.closed) this.reader = new DataWorkerClient(this.workerFile, { ...this.options, role: 'reader' }, this.hooks);
    return answer;
  }

  /**
   * Reopen the reader's connection: after the ledger file itself was replaced (a restore), a
   * connection opened before would go on reading the old file.
   */
  async restartReader(): Promise<void> {
    const old = this.reader;
    this.reader = null;
    await old?.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.reader?.close(), this.writer.close()]);
  }
}
