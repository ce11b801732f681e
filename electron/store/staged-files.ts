/**
 * Files on their way into the ledger (a bundle to preview, evidence to attach) travel as files,
 * never as base64 inside a call: the transport writes them to `<data dir>/uploads/<id>` (streamed
 * in the preview host, copied from the chosen path or written from the dropped bytes in Electron)
 * and the call names the id. Owner-only (they may hold personal data); taken (moved or removed)
 * by the call that uses them; left-overs older than a day are removed at the next start.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { DomainError } from '../../shared/errors';

/** The largest file a transport stages: a bundle's own total limit (electron/domain/bundles/format.ts, 16 GiB). */
export const MAX_STAGED_BYTES = 16 * 1024 * 1024 * 1024;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/** The path of a staged file, checked: a well-formed id of a file that exists. */
export function stagedFile(dataDir: string, uploadId: string): string {
  if (!ID.test(uploadId)) throw new DomainError('invalid_input', 'bad upload id');
  const file = path.join(uploadsDir(dataDir), uploadId);
  if (!fs.existsSync(file)) throw new DomainError('not_found', 'the chosen file is gone: choose it again');
  return file;
}

export class StagedTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

function target(dataDir: string): { id: string; part: string; final: string } {
  const dir = uploadsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = crypto.randomUUID();
  return { id, part: path.join(dir, `${id}.part`), final: path.join(dir, id) };
}

/** Stream a body into a staged file, refusing (and removing) it past `limit` bytes. */
export async function stageStream(dataDir: string, body: Readable, limit: number): Promise<{ uploadId: string; size: number }> {
  const t = target(dataDir);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) done(new StagedTooLarge(limit));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, fs.createWriteStream(t.part, { mode: 0o600 }));
    fs.renameSync(t.part, t.final);
    return { uploadId: t.id, size };
  } catch (error) {
    fs.rmSync(t.part, { force: true });
    throw error;
  }
}

/** Stage bytes already in memory (a file dropped on the window in Electron). */
export function stageBytes(dataDir: string, bytes: Uint8Array): { uploadId: string; size: number } {
  const t = target(dataDir);
  fs.writeFileSync(t.part, bytes, { mode: 0o600 });
  fs.renameSync(t.part, t.final);
  return { uploadId: t.id, size: bytes.length };
}

/** Stage a copy of a file the user chose (a bundle on a USB stick, which may be pulled out before the import is applied). */
export async function stageCopy(dataDir: string, source: string): Promise<{ uploadId: string; size: number }> {
  const t = target(dataDir);
  try {
    await fs.promises.copyFile(source, t.part);
    await fs.promises.chmod(t.part, 0o600);
    fs.renameSync(t.part, t.final);
    return { uploadId: t.id, size: fs.statSync(t.final).size };
  } catch (error) {
    fs.rmSync(t.part, { force: true });
    throw error;
  }
}

/** Staged files a screen never used (closed before saving) are removed after a day. */
export function removeStaleUploads(dataDir: string, nowMillis: number): void {
  const dir = uploadsDir(dataDir);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (nowMillis - fs.statSync(file).mtimeMs > 24 * 60 * 60 * 1000) fs.rmSync(file, { force: true });
    } catch {
      /* gone meanwhile */
    }
  }
}
