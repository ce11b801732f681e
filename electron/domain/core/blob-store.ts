/**
 * The blob store every feature keeps its files in (case evidence, inspection photos, plan
 * originals, report evidence, bundle attachments): content-addressed under
 * <data dir>/attachments/<first 2 hex>/<sha256>. A file is written to a temp name, fsynced and
 * renamed, so a crash never leaves a partial blob under a real hash; identical files are stored
 * once; the type is decided by the bytes, never by a name.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES, type AttachmentType } from '../../../shared/files';
import { DomainError } from '../../../shared/errors';
import type { Ledger } from '../../store/ledger';
import { ownerOnlyDir } from '../../store/private-files';
import { stagedFile } from '../../store/staged-files';
import type { Session } from './session';

export function attachmentsDirFor(ledgerFile: string): string {
  return path.join(path.dirname(ledgerFile), 'attachments');
}

export function blobPath(dir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DomainError('invalid_input', 'not a sha256');
  return path.join(dir, sha256.slice(0, 2), sha256);
}

const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/** A ZIP container's kind, from the entry names its local headers carry (stored uncompressed). */
function zipKind(bytes: Buffer): AttachmentType | null {
  if (bytes.includes('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (bytes.includes('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (bytes.includes('OFD.xml')) return 'application/ofd';
  return null;
}

/** An OLE2 compound file's kind, from its directory's stream names (UTF-16). */
function oleKind(bytes: Buffer): AttachmentType | null {
  if (bytes.includes(utf16('WordDocument'))) return 'application/msword';
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book\0'))) return 'application/vnd.ms-excel';
  return null;
}

/**
 * The type is decided by the bytes, not by the file name or what the renderer claims: images and
 * PDF by their signature; Word, Excel and OFD by their container (ZIP or OLE2) and what is inside
 * it, so a ZIP or another Office file is not taken for one of them. Give the whole file: the
 * containers' names can be anywhere in it.
 */
export function sniffType(bytes: Buffer): AttachmentType | null {
  const head = (n: number) => bytes.subarray(0, n);
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (head(8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head(4).toString('latin1') === 'GIF8') return 'image/gif';
  if (head(4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (head(2).toString('latin1') === 'BM' && bytes.length >= 26) return 'image/bmp';
  if (head(4).equals(Buffer.from([0x49, 0x49, 0x2a, 0x00])) || head(4).equals(Buffer.from([0x4d, 0x4d, 0x00, 0x2a]))) return 'image/tiff';
  if (head(5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head(4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return zipKind(bytes);
  if (head(8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return oleKind(bytes);
  return null;
}

/** Store bytes under their hash (no-op when already present); returns the hash. */
export function storeBlob(ledger: Ledger, dir: string, bytes: Buffer, mime: string): string {
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const final = blobPath(dir, sha256);
  if (!fs.existsSync(final)) {
    ownerOnlyDir(dir);
    ownerOnlyDir(path.dirname(final));
    const temp = `${final}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, final);
  }
  ledger.stmt('INSERT OR IGNORE INTO blobs (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)').run(sha256, bytes.length, mime, new Date().toISOString());
  return sha256;
}

/**
 * An uploaded file, checked and stored: not empty, at most 20 MiB, a type recognised from its
 * bytes. Every upload (case evidence, inspection photos, plan originals, report evidence) goes
 * through here, so the rules and messages are the same everywhere.
 */
export function acceptUpload(session: Session, uploadId: string): { sha256: string; mime: string; size: number } {
  // The file was staged by the transport (store/staged-files.ts); its size is known before reading it.
  const file = stagedFile(path.dirname(session.ledger.file), uploadId);
  try {
    const size = fs.statSync(file).size;
    if (size === 0) throw new DomainError('validation', 'attachment_empty');
    if (size > MAX_ATTACHMENT_BYTES) throw new DomainError('validation', 'attachment_too_large');
    const bytes = fs.readFileSync(file);
    const mime = sniffType(bytes);
    if (!mime) throw new DomainError('validation', 'attachment_type');
    return { sha256: storeBlob(session.ledger, session.attachmentsDir, bytes, mime), mime, size: bytes.length };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The bytes of a blob, checked against their hash (a damaged file is reported, not shown). */
export function readBlob(ledger: Ledger, dir: string, sha256: string): { mime: string; base64: string } {
  const file = blobPath(dir, sha256);
  const meta = ledger.stmt('SELECT mime FROM blobs WHERE sha256 = ?').get(sha256) as { mime: string } | undefined;
  if (!meta || !fs.existsSync(file)) throw new DomainError('not_found', `attachment ${sha256} is not in this ledger's attachment store`);
  const bytes = fs.readFileSync(file);
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== sha256) throw new DomainError('validation', 'attachment_damaged');
  return { mime: meta.mime, base64: bytes.toString('base64') };
}
