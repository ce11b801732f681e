/**
 * The app's log file: <data dir>/logs/main.log, size-capped (at 2 MiB it becomes main.old.log and
 * a new file starts, so at most ~4 MiB are kept). Main-process output (console and uncaught
 * errors), the data worker's stderr and the renderer's errors all go there, each line tagged with
 * where it came from, and every line passes redactPersonalData first: no ID numbers on disk.
 * electron-log's Node flavour is used on purpose: its Electron flavour registers its own IPC
 * channels and preload, which the contract-only bridge must not have.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import log from 'electron-log/node';
import { ownerOnlyDir, ownerOnlyFile } from '../store/private-files';
import { LOG_DIR } from './paths';
import { redactLogValue } from './log-redact';

export const LOG_FILE = 'main.log';
export const LOG_MAX_BYTES = 2 * 1024 * 1024;

export type LogSource = 'main' | 'worker' | 'renderer';

let started = false;

/** Points the file transport at the data directory; idempotent. Returns the log file's path. */
export function startLogging(dataDir: string, options: { maxBytes?: number; onUncaught?: (error: Error) => void } = {}): string {
  const file = path.join(dataDir, LOG_DIR, LOG_FILE);
  // Owner-only (the log can name files and units): the folder 0700 keeps rotated files private
  // too; the current file is created 0600 before electron-log appends to it.
  ownerOnlyDir(path.dirname(file));
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  ownerOnlyFile(file);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  // The same lines go to the terminal when there is one (IP_LEDGER_LOG_CONSOLE=0 silences it, for tests).
  log.transports.console.level = process.env.IP_LEDGER_LOG_CONSOLE === '0' ? false : 'info';
  if (started) return file;
  started = true;
  log.hooks.push((message) => ({ ...message, data: message.data.map(redactLogValue) }));
  log.errorHandler.startCatching({
    showDialog: false,
    onError: ({ error }) => options.onUncaught?.(error),
  });
  // Whatever main code prints (console.error in the IPC wiring, the worker client, …) is kept.
  Object.assign(console, log.functions);
  return file;
}

export function logLine(source: LogSource, level: 'error' | 'warn' | 'info', ...data: unknown[]): void {
  log.scope(source)[level](...data);
}

/** The data worker's stderr (its console.error, crashes) line by line into the log, and on to the terminal. */
export function logWorkerOutput(stream: Readable | null | undefined, echo: (chunk: string) => void = (c) => process.stderr.write(c)): void {
  if (!stream) return;
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    echo(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logLine('worker', 'error', line);
  });
  stream.on('end', () => {
    if (pending.trim()) logLine('worker', 'error', pending);
  });
}
