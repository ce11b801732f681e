/**
 * Crafted bundles for tests: signed with a session's own key, with whatever content a test needs.
 * No test-runner imports here, so scripts run by tsx (E2E helpers) can use it too.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Session } from '../../electron/domain/core/session';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleChange, type Manifest } from '../../electron/domain/bundles/format';
import { rawZip, type RawEntry } from './raw-zip';

export interface CraftOptions {
  changes?: BundleChange[];
  manifest?: Partial<Manifest> & { source?: Partial<Manifest['source']> };
  extraEntries?: RawEntry[];
  /** Replace entries after the manifest is signed (name → data). */
  tamper?: (entries: RawEntry[]) => RawEntry[];
  privateKeyPem?: string;
  /** The exact bytes of changes.ndjson (e.g. not UTF-8), instead of `changes`. */
  rawNdjson?: Buffer;
  /** Evidence files carried (listed in the manifest as attachments/<sha256>). */
  attachments?: Buffer[];
}

/** A bundle signed with the session's own key, with whatever content a test needs. */
export function writeCraftedBundle(session: Session, destination: string, file: string, options: CraftOptions = {}): string {
  const pem = session.ledger.db.prepare('SELECT private_key_pem FROM installation').pluck().get() as string;
  const ndjson = options.rawNdjson ?? Buffer.from((options.changes ?? []).map((c) => `${JSON.stringify(c)}\n`).join(''), 'utf8');
  const files = [{ name: 'changes.ndjson', sha256: crypto.createHash('sha256').update(ndjson).digest('hex'), size: ndjson.length }];
  const attachmentEntries = (options.attachments ?? []).map((data) => {
    const sha = crypto.createHash('sha256').update(data).digest('hex');
    files.push({ name: `attachments/${sha}`, sha256: sha, size: data.length });
    return { name: `attachments/${sha}`, data };
  });
  const lines = options.rawNdjson ? options.rawNdjson.toString('latin1').split('\n').filter(Boolean).length : (options.changes?.length ?? 0);
  const unitCode = session.ledger.db.prepare("SELECT value FROM local_settings WHERE key = 'unit_code'").pluck().get() as string;
  const base: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: crypto.randomUUID(),
    createdAt: new Date(session.now()).toISOString(),
    source: {
      installationId: session.installation.id,
      unitCode,
      unitName: '测试单位',
      appVersion: '0.1.0',
      schemaVersion: session.ledger.schemaVersion,
      publicKeyPem: session.installation.publicKeyPem,
    },
    destination: { unitCode: destination },
    sequence: 1,
    previousManifestSha256: null,
    fromSeq: 0,
    throughSeq: 0,
    full: true,
    counts: { changes: lines, attachments: attachmentEntries.length, entities: {} },
    acknowledgements: [],
    files,
  };
  const { source: sourceOverride, ...rest } = options.manifest ?? {};
  const manifest: Manifest = { ...base, ...rest, source: { ...base.source, ...sourceOverride } };
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const signature = crypto.sign(null, manifestBytes, crypto.createPrivateKey(options.privateKeyPem ?? pem));
  let entries: RawEntry[] = [
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: signature },
    { name: 'changes.ndjson', data: ndjson, deflate: true },
    ...attachmentEntries,
    ...(options.extraEntries ?? []),
  ];
  if (options.tamper) entries = options.tamper(entries);
  fs.writeFileSync(file, rawZip(entries));
  return file;
}
