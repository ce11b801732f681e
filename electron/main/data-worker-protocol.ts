/** Messages between the main thread and the data worker. */
import type { Envelope } from '../../shared/errors';

export interface DataWorkerOptions {
  ledgerFile: string;
  resourcesDir?: string;
}

export type WorkerRequest = { type: 'call'; id: number; method: string; input: unknown } | { type: 'close' };

export type WorkerResponse = { type: 'result'; id: number; envelope: Envelope<unknown> } | { type: 'closed' };
