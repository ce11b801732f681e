/**
 * The data worker: owns the ledger connection and runs every contract call off the main thread
 * (as Signal Desktop runs its SQL in a worker). The Electron main process and the preview host
 * both start it; neither ever touches SQLite itself, so a slow query cannot freeze the window.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError, fail } from '../../shared/errors';
import { createDispatch, createFailedDispatch, type Dispatch } from '../api/dispatch';
import { openReadSession, type Session } from '../domain/core/session';
import { openAppSession } from '../api/open-session';
import { BackupInterrupted, scheduledBackup } from '../store/backup';
import { createCallQueue } from './call-queue';
import type { WorkerRequest, WorkerResponse, DataWorkerOptions } from './data-worker-protocol';
import { useNativeBinding } from './sqlite-binding';

const SCHEDULED_BACKUP_EVERY = 24 * 60 * 60 * 1000;
const BACKUP_CHECK_EVERY = 60 * 60 * 1000;
const FIRST_BACKUP_AFTER = 20 * 1000;

const options = workerData as DataWorkerOptions;
// The host names the better-sqlite3 binary for its runtime (Electron or Node); see sqlite-binding.ts.
if (options.nativeBinding) useNativeBinding(options.nativeBinding);
let session: Session | null = null;
let backupTimer: NodeJS.Timeout | null = null;
let backupRun: Promise<void> | null = null;
const backupAbort = new AbortController();

/** The reader: a read-only connection, no seeding, no backups (ledger-workers.ts starts it after the writer). */
async function openReader(): Promise<Dispatch> {
  try {
    session = openReadSession(options.ledgerFile);
    return createDispatch(session);
  } catch (error) {
    console.error('[ledger] reader could not open', options.ledgerFile, error);
    return createFailedDispatch(new DomainError('unavailable', error instanceof Error ? error.message : String(error)));
  }
}

async function openWriter(): Promise<Dispatch> {
  try {
    session = await openAppSession(options.ledgerFile, { resourcesDir: options.resourcesDir });
    const s = session;
    const backup = () => {
      if (backupRun) return;
      backupRun = scheduledBackup(s.ledger.db, s.ledger.file, SCHEDULED_BACKUP_EVERY, new Date(), backupAbort.signal)
        .then(
          () => undefined,
          (e: unknown) => {
            if (e instanceof BackupInterrupted) console.info('[ledger]', e.message);
            else console.error('[ledger] scheduled backup failed', e);
          },
        )
        .finally(() => (backupRun = null));
    };
    // Startup answers first: the day's backup starts once the app has had time to show the
    // ledger, then runs in steps between calls (backup.ts).
    backupTimer = setTimeout(() => {
      backup();
      backupTimer = setInterval(backup, BACKUP_CHECK_EVERY);
      backupTimer.unref();
    }, FIRST_BACKUP_AFTER);
    backupTimer.unref();
    return createDispatch(session);
  } catch (error) {
    console.error('[ledger] could not open', options.ledgerFile, error);
    const domainError = error instanceof DomainError ? error : new DomainError('unavailable', error instanceof Error ? error.message : String(error));
    return createFailedDispatch(domainError);
  }
}

const ready: Promise<Dispatch> = options.role === 'reader' ? openReader() : openWriter();

function post(message: WorkerResponse): void {
  parentPort?.postMessage(message);
}

// Calls run one at a time, async ones too (call-queue.ts), after the ledger has opened.
const enqueue = createCallQueue(ready);

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'close') {
    void enqueue(async () => {
      if (backupTimer) clearTimeout(backupTimer);
      // A backup in progress stops at its next step and removes its partial copy before the
      // connection closes (closing under it would fail the copy with "connection is not open").
      backupAbort.abort();
      await backupRun;
      session?.ledger.close();
      session = null;
    }).finally(() => post({ type: 'closed' }));
    return;
  }
  enqueue(async () => (await ready)(request.method, request.input)).then(
    (envelope) => post({ type: 'result', id: request.id, envelope }),
    (error: unknown) => post({ type: 'result', id: request.id, envelope: fail('internal', String(error)) }),
  );
});
