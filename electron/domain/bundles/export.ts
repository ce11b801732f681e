/**
 * Export: every change the destination has not acknowledged (or all, `full`), of the records
 * this unit may send — a county its own unit's records, the league its league records — with
 * the blobs they point at and the acknowledgements of what this installation has imported.
 * Packed in an owner-only work folder in the data directory (store/private-files.ts), re-read and
 * verified, then copied next to the target, fsynced and renamed into place: a cancelled or failed
 * export leaves nothing behind at the target.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '../../../shared/errors';
import type { StoredChange } from '../../store/change-log';
import { APP_VERSION } from '../../app-version';
import { blobPath } from '../core/blob-store';
import { currentOffice } from '../core/office';
import { getProfile } from '../core/profile';
import type { Session } from '../core/session';
import { BundleError, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, CHANGES, MANIFEST, SIGNATURE, type BundleChange, type Manifest, type ManifestFile } from './format';
import { verifyBundle } from './verify';
import { writeZip, type ZipSource } from './zip-write';
import type { Role } from '../../../shared/units';
import { entitySpec } from '../../store/syncable';
import { faultPoint } from '../../store/fault-points';
import { clockBehindReceived, hasFutureStamps, restampFutureChanges, type RestampResult } from '../../store/restamp';
import { createWorkDir, removeQuietly } from '../../store/private-files';

export interface ExportOptions {
  /** Destination unit; a county's default is its league, the league must name a county. */
  to?: string;
  full?: boolean;
  /** Called as the export moves through its stages (the CLI prints them). */
  onStage?: (stage: ExportStage, detail: string) => void;
}

export type ExportStage = 'changes' | 'zip' | 'verify' | 'move';

export interface ExportResult {
  file: string;
  manifest: Manifest;
  /** Entries written while this PC's date was more than a day ahead, stamped again by the corrected clock first. */
  restamped: RestampResult;
}

/**
 * Before an export: entries stamped while this PC's date was wrong (ahead) would be refused by the
 * receiver, so they are stamped again by the corrected clock (store/restamp.ts) — unless this PC's
 * date now looks wrong the other way (before what it has received), which must be fixed first.
 */
function recoverFromWrongDate(session: Session): RestampResult {
  const now = session.now();
  const { ledger } = session;
  if (!hasFutureStamps(ledger, session.installation.id, now)) return { count: 0, aheadMillis: 0 };
  const behind = clockBehindReceived(ledger, session.installation.id, now);
  if (behind)
    throw new BundleError('clock_behind', `this PC's date (${new Date(now).toISOString()}) is before data received here (${behind}); correct the date first`, {
      date: new Date(now).toISOString().slice(0, 10),
      received: behind.slice(0, 10),
    });
  return restampFutureChanges(ledger, session.installation.id, now);
}

/** Entities whose rows point at a blob through a `sha256` field. */
const BLOB_FIELD = 'sha256';

export function defaultDestination(session: Session, to?: string): string {
  const office = currentOffice(session);
  if (office.role === 'county') {
    if (to && to !== office.leagueCode) throw new DomainError('invalid_input', `a county sends bundles to its league ${office.leagueCode}`);
    return office.leagueCode;
  }
  if (!to) throw new DomainError('invalid_input', 'the league must name the county the bundle is for (--to CODE6)');
  const county = session.ledger.stmt('SELECT 1 FROM ref_regions WHERE code = ? AND parent_code = ?').get(to, office.leagueCode);
  if (!county) throw new DomainError('invalid_input', `${to} is not a county of ${office.leagueCode}`);
  return to;
}

function privateKey(session: Session): crypto.KeyObject {
  const pem = session.ledger.stmt('SELECT private_key_pem FROM installation WHERE singleton = 1').pluck().get() as string;
  return crypto.createPrivateKey(pem);
}

/** Stale `.partial` files an export killed mid-copy left next to its target (their process is gone). */
function removeStalePartials(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const m = /\.(\d+)\.partial$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = pid === process.pid;
    if (!alive)
      try {
        process.kill(pid, 0);
        alive = true;
      } catch (error) {
        alive = (error as NodeJS.ErrnoException).code === 'EPERM';
      }
    if (!alive) removeQuietly(path.join(dir, name));
  }
}

/** Write the change-log entries to send as NDJSON (owner-only file), streaming rows; returns what the manifest needs. */
function writeChanges(session: Session, file: string, fromSeq: number, throughSeq: number, unit: string, role: Role) {
  const fd = fs.openSync(file, 'w', 0o600);
  const hash = crypto.createHash('sha256');
  const entities: Record<string, number> = {};
  const blobs = new Set<string>();
  let size = 0;
  let count = 0;
  try {
    // Superseded entries (written again after a wrong date, store/restamp.ts) stay home.
    const rows = session.ledger
      .stmt('SELECT * FROM changes WHERE seq > ? AND seq <= ? AND unit_code = ? AND seq NOT IN (SELECT seq FROM superseded_changes) ORDER BY seq')
      .iterate(fromSeq, throughSeq, unit);
    for (const r of rows as Iterable<StoredChange>) {
      // Records of the other role stay home (a league's own enforcement cases): the receiver would
      // only refuse them, in every county, bundle after bundle.
      const owner = entitySpec(r.entity).owner;
      if (owner !== 'any' && owner !== role) continue;
      const change: BundleChange = {
        entity: r.entity,
        rowId: r.row_id,
        hlc: r.hlc,
        installationId: r.installation_id,
        user: r.user,
        unitCode: r.unit_code,
        fields: JSON.parse(r.fields) as BundleChange['fields'],
      };
      const line = Buffer.from(`${JSON.stringify(change)}\n`, 'utf8');
      fs.writeSync(fd, line);
      hash.update(line);
      size += line.length;
      count++;
      entities[r.entity] = (entities[r.entity] ?? 0) + 1;
      const blob = change.fields[BLOB_FIELD];
      if (typeof blob === 'string' && /^[0-9a-f]{64}$/.test(blob)) blobs.add(blob);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return { file: { name: CHANGES, sha256: hash.digest('hex'), size }, count, entities, blobs };
}

/**
 * Export. The order is what keeps the chain from forking: the sequence is reserved and the bundle
 * recorded (with its manifest hash) in one write transaction *before* the file is moved into
 * place. A crash after that leaves a recorded bundle that may never have been delivered; the next
 * export follows it (the receiver sees a gap, which it handles), so the same number is never
 * issued twice with different manifests — neither after a crash nor by two exports at once (the
 * reservation takes SQLite's write lock). A failure before the move removes the reservation again.
 */
export async function exportBundle(session: Session, target: string, options: ExportOptions = {}): Promise<ExportResult> {
  const { ledger } = session;
  const office = currentOffice(session);
  const profile = getProfile(session);
  const destination = defaultDestination(session, options.to);
  const finalPath = path.resolve(target);
  const restamped = recoverFromWrongDate(session);
  const acked = (ledger.stmt('SELECT through_seq FROM peer_acks WHERE unit_code = ?').pluck().get(destination) as number | undefined) ?? 0;
  const fromSeq = options.full ? 0 : acked;
  const throughSeq = (ledger.stmt('SELECT coalesce(max(seq), 0) FROM changes').pluck().get() as number) ?? 0;
  // A county sends its own unit's records; the league its league records (plans, tasks, catalogue, targets …).
  const ownUnit = office.role === 'county' ? office.unitCode : office.leagueCode;

  const work = createWorkDir(path.dirname(ledger.file), 'export');
  let reserved: string | null = null;
  try {
    const written = writeChanges(session, path.join(work, CHANGES), fromSeq, throughSeq, ownUnit, office.role);
    options.onStage?.('changes', `${written.count}`);
    const files: ManifestFile[] = [written.file];
    const sources: ZipSource[] = [{ name: CHANGES, file: path.join(work, CHANGES) }];
    for (const sha of [...written.blobs].sort()) {
      const file = blobPath(session.attachmentsDir, sha);
      // A blob whose file is gone cannot travel; the link still does (the receiver shows it as missing).
      if (!fs.existsSync(file)) continue;
      files.push({ name: `attachments/${sha}`, sha256: sha, size: fs.statSync(file).size });
      // Stored, not deflated: photos, PDFs and office files are already compressed (deflating them
      // saved 0.3% for three quarters of an export's CPU).
      sources.push({ name: `attachments/${sha}`, file, store: true });
    }
    const acknowledgements = (
      ledger
        .stmt(
          `SELECT source_installation AS installationId, source_unit AS unitCode, max(through_seq) AS throughSeq, max(sequence) AS sequence
           FROM bundles_received WHERE source_unit = ? GROUP BY source_installation`,
        )
        .all(destination) as Manifest['acknowledgements']
    ).map((a) => ({ ...a }));
    const key = privateKey(session);
    // Reserve: the sequence, the manifest and its hash are fixed together under the write lock.
    const { manifest, manifestBytes, manifestSha256 } = ledger.write(() => {
      // Sequences run per destination: the receiver sees every bundle addressed to it, so a gap means one was lost.
      const sent = ledger.stmt('SELECT sequence, manifest_sha256 FROM bundles_sent WHERE destination = ? ORDER BY sequence DESC LIMIT 1').get(destination) as
        { sequence: number; manifest_sha256: string } | undefined;
      const m: Manifest = {
        format: BUNDLE_FORMAT,
        formatVersion: BUNDLE_FORMAT_VERSION,
        bundleId: uuidv7(),
        createdAt: new Date(session.now()).toISOString(),
        source: {
          installationId: session.installation.id,
          unitCode: office.unitCode,
          unitName: profile?.bureauName ?? '',
          appVersion: APP_VERSION,
          schemaVersion: ledger.schemaVersion,
          publicKeyPem: session.installation.publicKeyPem,
        },
        destination: { unitCode: destination },
        sequence: (sent?.sequence ?? 0) + 1,
        previousManifestSha256: sent?.manifest_sha256 ?? null,
        fromSeq,
        throughSeq,
        full: !!options.full,
        counts: { changes: written.count, attachments: files.length - 1, entities: written.entities },
        acknowledgements,
        files,
      };
      const bytes = Buffer.from(`${JSON.stringify(m, null, 2)}\n`, 'utf8');
      const sha = crypto.createHash('sha256').update(bytes).digest('hex');
      ledger
        .stmt(
          "INSERT INTO bundles_sent (bundle_id, sequence, destination, created_at, manifest_sha256, through_seq, from_seq, changes, attachments, file_name, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reserved')",
        )
        .run(m.bundleId, m.sequence, destination, m.createdAt, sha, throughSeq, fromSeq, written.count, files.length - 1, path.basename(finalPath));
      return { manifest: m, manifestBytes: bytes, manifestSha256: sha };
    });
    reserved = manifest.bundleId;
    faultPoint('export:reserved');
    const signature = crypto.sign(null, manifestBytes, key);
    const temp = path.join(work, 'bundle.zip');
    options.onStage?.('zip', `${sources.length - 1}`);
    await writeZip(temp, [{ name: MANIFEST, buffer: manifestBytes }, { name: SIGNATURE, buffer: signature }, ...sources]);
    options.onStage?.('verify', '');
    // Re-read what was written before it leaves this machine.
    const check = await verifyBundle(temp, { schemaVersion: ledger.schemaVersion });
    check.zip.close();
    if (check.manifestSha256 !== manifestSha256) throw new Error('the written bundle does not carry the reserved manifest');
    faultPoint('export:verified');
    options.onStage?.('move', finalPath);
    fs.mkdirSync(path.dirname(finalPath), { recursive: true, mode: 0o700 });
    removeStalePartials(path.dirname(finalPath));
    const staging = `${finalPath}.${process.pid}.partial`;
    try {
      fs.copyFileSync(temp, staging);
      const sfd = fs.openSync(staging, 'r+');
      try {
        fs.fsyncSync(sfd);
      } finally {
        fs.closeSync(sfd);
      }
      faultPoint('export:staged');
      fs.renameSync(staging, finalPath);
    } catch (error) {
      removeQuietly(staging);
      throw error;
    }
    reserved = null;
    faultPoint('export:moved');
    ledger.write(() => ledger.stmt("UPDATE bundles_sent SET state = 'written' WHERE bundle_id = ?").run(manifest.bundleId));
    return { file: finalPath, manifest, restamped };
  } catch (error) {
    // Nothing reached the target: give the number back, unless a later export already follows it.
    if (reserved) {
      const id = reserved;
      ledger.write(() => {
        const later = ledger
          .stmt('SELECT 1 FROM bundles_sent WHERE destination = ? AND sequence > (SELECT sequence FROM bundles_sent WHERE bundle_id = ?)')
          .get(destination, id);
        if (!later) ledger.stmt("DELETE FROM bundles_sent WHERE bundle_id = ? AND state = 'reserved'").run(id);
      });
    }
    throw error;
  } finally {
    removeQuietly(work);
  }
}
