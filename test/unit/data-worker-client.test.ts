/** The main-thread side of the data worker: request/response pairing and failure handling. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallQueue } from '../../electron/main/call-queue';
import { DataWorkerClient } from '../../electron/main/data-worker-client';
import { LedgerWorkers } from '../../electron/main/ledger-workers';
import { tempDir } from '../helpers/temp-ledger';

function workerFile(body: string): string {
  const file = path.join(tempDir(), 'worker.cjs');
  fs.writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}`);
  return file;
}

describe('data worker client', () => {
  it('pairs answers with their calls even when they come back out of order', async () => {
    const client = new DataWorkerClient(
      workerFile(`parentPort.on('message', (m) => {
        if (m.type === 'close') return parentPort.postMessage({ type: 'closed' });
        setTimeout(() => parentPort.postMessage({ type: 'result', id: m.id, envelope: { ok: true, value: m.method } }), m.input);
      });`),
      { ledgerFile: 'unused' },
    );
    const [slow, fast] = await Promise.all([client.call('slow', 60), client.call('fast', 1)]);
    expect(slow).toEqual({ ok: true, value: 'slow' });
    expect(fast).toEqual({ ok: true, value: 'fast' });
    await client.close();
    expect(await client.call('late', 0)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('answers pending calls with "unavailable" when the worker dies', async () => {
    const client = new DataWorkerClient(workerFile(`parentPort.on('message', () => { throw new Error('boom'); });`), { ledgerFile: 'unused' });
    expect(await client.call('anything', null)).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('boom') } });
  });
});

describe('data worker restarts', () => {
  it('starts a fresh worker after a crash, and gives up after repeated crashes', async () => {
    const client = new DataWorkerClient(
      workerFile(`parentPort.on('message', (m) => {
        if (m.method === 'crash') throw new Error('boom');
        parentPort.postMessage({ type: 'result', id: m.id, envelope: { ok: true, value: 'alive' } });
      });`),
      { ledgerFile: 'unused' },
    );
    expect(await client.call('crash', null)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await client.call('ping', null)).toEqual({ ok: true, value: 'alive' });
    for (let i = 0; i < 3; i++) await client.call('crash', null);
    expect(await client.call('ping', null)).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('keeps failing') } });
  });
});

describe('the data worker’s call queue', () => {
  it('runs async calls one after another, in arrival order, and goes on after a failure', async () => {
    const enqueue = createCallQueue();
    const log: string[] = [];
    const job =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([enqueue(job('export 1', 30)), enqueue(job('export 2', 1, true)), enqueue(job('import', 5))]);
    expect(log).toEqual(['export 1 start', 'export 1 end', 'export 2 start', 'export 2 end', 'import start', 'import end']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('the reader and the writer (ledger-workers.ts)', () => {
  /** A fake worker that answers with its role, and refuses writes when it is the reader. */
  const roleWorker = () =>
    workerFile(`const { workerData } = require('node:worker_threads');
      parentPort.on('message', (m) => {
        if (m.type === 'close') return parentPort.postMessage({ type: 'closed' });
        const role = workerData.role;
        const envelope = role === 'reader' && m.method === 'cases.deadlines' && m.input === 'writes'
          ? { ok: false, error: { code: 'read_only', message: 'wrote on the reader' } }
          : { ok: true, value: role };
        setTimeout(() => parentPort.postMessage({ type: 'result', id: m.id, envelope }), m.input === 'slow' ? 400 : 0);
      });`);

  it('sends reads to the reader once the writer has answered, and everything else to the writer', async () => {
    const workers = new LedgerWorkers(roleWorker(), { ledgerFile: 'unused' });
    // Before the writer has opened the ledger there is no reader: the first read goes to the writer.
    expect(await workers.call('profile.get', {})).toEqual({ ok: true, value: 'writer' });
    expect(await workers.call('profile.get', {})).toEqual({ ok: true, value: 'reader' });
    expect(await workers.call('cases.create', {})).toEqual({ ok: true, value: 'writer' });
    // A slow write on the writer does not hold a read back: the read answers first.
    const order: string[] = [];
    await Promise.all([
      workers.call('bundles.apply', 'slow').then(() => order.push('apply')),
      workers.call('cases.list', {}).then(() => order.push('list')),
    ]);
    expect(order).toEqual(['list', 'apply']);
    await workers.close();
  });

  it('asks the writer again when the reader refuses a call that writes', async () => {
    const workers = new LedgerWorkers(roleWorker(), { ledgerFile: 'unused' });
    await workers.call('profile.get', {});
    expect(await workers.call('cases.list', {})).toEqual({ ok: true, value: 'reader' });
    expect(await workers.call('cases.deadlines', 'writes')).toEqual({ ok: true, value: 'writer' });
    await workers.close();
  });
});
