/** Messages between the main thread and the data worker. */
import type { Envelope } from '../../shared/errors';

export interface DataWorkerOptions {
  ledgerFile: string;
  resourcesDir?: string;
  /** The better_sqlite3.node to load (the Electron build in the app, the Node build in the preview); see sqlite-binding.ts. */
  nativeBinding?: string;
  /**
   * 'writer' (default) opens, migrates and owns the ledger; 'reader' opens a second, read-only
   * connection once the writer has opened it, and answers reads while the writer is busy.
   */
  role?: 'writer' | 'reader';
}

export type WorkerRequest = { type: 'call'; id: number; method: string; input: unknown } | { type: 'close' };

export type WorkerResponse = { type: 'result'; id: number; envelope: Envelope<unknown> } | { type: 'closed' };
