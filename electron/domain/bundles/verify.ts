/**
 * Verifying a bundle before reading its data: structure and names (zip-read.ts), manifest shape
 * and versions, the Ed25519 signature over the exact manifest bytes, every listed file's size and
 * sha256, and changes.ndjson well-formed with bounded lines. Needs no ledger: `cli verify` and a
 * reader without our code (openssl + sha256sum, docs/bundle-format.md) check the same things.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BundleError, CHANGES, LIMITS, MANIFEST, SIGNATURE, type BundleChange, type Manifest } from './format';
import { openBundleZip, type OpenZip } from './zip-read';
import { isValidHlc } from '../../store/hlc';

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const unit = z.string().regex(/^\d{6}$/);
const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  bundleId: z.string().min(1).max(64),
  createdAt: z.string().min(1).max(40),
  source: z.object({
    installationId: z.string().min(1).max(64),
    unitCode: unit,
    unitName: z.string().max(100),
    appVersion: z.string().max(40),
    schemaVersion: z.number().int().min(1),
    publicKeyPem: z.string().min(1).max(2000),
  }),
  destination: z.object({ unitCode: unit }),
  sequence: z.number().int().min(1),
  previousManifestSha256: sha.nullable(),
  fromSeq: z.number().int().min(0),
  throughSeq: z.number().int().min(0),
  full: z.boolean(),
  counts: z.object({ changes: z.number().int().min(0), attachments: z.number().int().min(0), entities: z.record(z.string(), z.number().int().min(0)) }),
  acknowledgements: z
    .array(z.object({ installationId: z.string().min(1).max(64), unitCode: unit, throughSeq: z.number().int().min(0), sequence: z.number().int().min(0) }))
    .max(1000),
  files: z.array(z.object({ name: z.string().max(120), sha256: sha, size: z.number().int().min(0) })).max(LIMITS.maxEntries),
});

export const changeSchema = z
  .object({
    entity: z.string().min(1).max(40),
    rowId: z.string().min(1).max(64),
    hlc: z.string().max(64),
    installationId: z.string().min(1).max(64),
    user: z.string().max(100),
    unitCode: unit,
    fields: z.record(z.string().max(60), z.union([z.string(), z.number(), z.null()])),
  })
  .strict();

/** Bytes that are not UTF-8 are refused, not silently replaced by U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface VerifiedBundle {
  manifest: Manifest;
  manifestBytes: Buffer;
  manifestSha256: string;
  zip: OpenZip;
}

export interface VerifyOptions {
  /** This app's schema version: a newer bundle is refused with "update the app". */
  schemaVersion: number;
}

function decodeLine(bytes: Buffer, n: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new BundleError('bad_utf8', `line ${n} of ${CHANGES} is not UTF-8`, { line: n });
  }
}

/** Split a stream of bytes into lines no longer than the limit; calls onLine for each full line. */
export function lineSplitter(onLine: (line: string, n: number) => void) {
  let pending = Buffer.alloc(0);
  let n = 0;
  return {
    push(chunk: Buffer) {
      let data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let nl = data.indexOf(0x0a);
      while (nl !== -1) {
        const line = data.subarray(0, nl);
        if (line.length > LIMITS.maxLineBytes)
          throw new BundleError('line_too_long', `line ${n + 1} is longer than ${LIMITS.maxLineBytes} bytes`, { line: n + 1 });
        n++;
        if (line.length) onLine(decodeLine(line, n), n);
        data = data.subarray(nl + 1);
        nl = data.indexOf(0x0a);
      }
      if (data.length > LIMITS.maxLineBytes)
        throw new BundleError('line_too_long', `line ${n + 1} is longer than ${LIMITS.maxLineBytes} bytes`, { line: n + 1 });
      pending = Buffer.from(data);
    },
    end() {
      if (pending.length) {
        n++;
        onLine(decodeLine(pending, n), n);
      }
    },
  };
}

export function parseChangeLine(line: string, n: number): BundleChange {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BundleError('ndjson', `line ${n} of ${CHANGES} is not JSON`, { line: n });
  }
  const parsed = changeSchema.safeParse(value);
  if (!parsed.success) throw new BundleError('ndjson', `line ${n} of ${CHANGES} is not a change entry`, { line: n });
  if (!isValidHlc(parsed.data.hlc)) throw new BundleError('bad_timestamp', `line ${n} of ${CHANGES} has an invalid timestamp`, { line: n });
  return parsed.data;
}

export async function verifyBundle(file: string, options: VerifyOptions): Promise<VerifiedBundle> {
  const zip = await openBundleZip(file);
  try {
    for (const required of [MANIFEST, SIGNATURE, CHANGES]) if (!zip.entries.has(required)) throw new BundleError('missing_entry', `${required} is missing`);
    const manifestBytes = await zip.read(MANIFEST, LIMITS.maxManifestBytes);
    let raw: unknown;
    try {
      raw = JSON.parse(manifestBytes.toString('utf8'));
    } catch {
      throw new BundleError('manifest_json', `${MANIFEST} is not JSON`);
    }
    const head = raw as { format?: unknown; formatVersion?: unknown; source?: { schemaVersion?: unknown; appVersion?: unknown } };
    if (head?.format !== BUNDLE_FORMAT) throw new BundleError('manifest_format', `not an IP Ledger bundle (format ${JSON.stringify(head?.format ?? null)})`);
    if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION)
      throw new BundleError('format_too_new', `bundle format ${head.formatVersion}; this app reads ${BUNDLE_FORMAT_VERSION}`);
    if (typeof head.source?.schemaVersion === 'number' && head.source.schemaVersion > options.schemaVersion)
      throw new BundleError(
        'schema_too_new',
        `written with schema ${head.source.schemaVersion} by app ${String(head.source.appVersion)}; update the app to version ≥ ${String(head.source.appVersion)}`,
      );
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) throw new BundleError('manifest_format', parsed.error.issues[0]?.path.join('.') ?? 'invalid manifest');
    const manifest = parsed.data as Manifest;

    const signature = await zip.read(SIGNATURE, 64);
    let valid = false;
    try {
      valid = signature.length === 64 && crypto.verify(null, manifestBytes, crypto.createPublicKey(manifest.source.publicKeyPem), signature);
    } catch {
      valid = false;
    }
    if (!valid) throw new BundleError('signature', 'the manifest signature does not verify with the key it names');

    const listed = new Map(manifest.files.map((f) => [f.name, f]));
    for (const name of zip.entries.keys())
      if (name !== MANIFEST && name !== SIGNATURE && !listed.has(name)) throw new BundleError('unlisted_entry', `${name} is not listed in the manifest`);
    for (const f of manifest.files) {
      if (!zip.entries.has(f.name)) throw new BundleError('missing_entry', `${f.name} is listed but missing`);
      const hash = crypto.createHash('sha256');
      let lines = 0;
      const splitter = f.name === CHANGES ? lineSplitter((line, n) => (parseChangeLine(line, n), lines++)) : null;
      const size = await zip.stream(f.name, f.size, (chunk) => {
        hash.update(chunk);
        splitter?.push(chunk);
      });
      splitter?.end();
      if (size !== f.size) throw new BundleError('size_mismatch', `${f.name} is ${size} bytes, the manifest says ${f.size}`);
      if (hash.digest('hex') !== f.sha256) throw new BundleError('hash_mismatch', `${f.name} does not match its sha256`);
      if (f.name.startsWith('attachments/') && f.name.slice(12) !== f.sha256) throw new BundleError('hash_mismatch', `${f.name} is not named by its sha256`);
      if (splitter && lines !== manifest.counts.changes)
        throw new BundleError('change_count', `${CHANGES} has ${lines} entries, the manifest says ${manifest.counts.changes}`, {
          lines,
          declared: manifest.counts.changes,
        });
    }
    return { manifest, manifestBytes, manifestSha256: crypto.createHash('sha256').update(manifestBytes).digest('hex'), zip };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** Every change of a verified bundle, in file order. */
export async function readChanges(bundle: VerifiedBundle): Promise<BundleChange[]> {
  const out: BundleChange[] = [];
  const splitter = lineSplitter((line, n) => out.push(parseChangeLine(line, n)));
  await bundle.zip.stream(CHANGES, LIMITS.maxChangesBytes, (c) => splitter.push(c));
  splitter.end();
  return out;
}
