/**
 * Import = verify → check (destination, source, trust, sequence) → preview or apply.
 * Apply runs in one transaction: field-level merge by (HLC, installation id), refused changes
 * kept in quarantine, the bundle recorded with its sequence and result, the sender's
 * acknowledgements of our exports stored. Anything thrown rolls all of it back, and a process
 * killed mid-way leaves SQLite's journal to do the same. Blobs are written before the
 * transaction: they are content-addressed, so an aborted import leaves only unused files.
 */
import crypto from 'node:crypto';
import type { EntityCounts, ImportReport } from '../../../shared/bundles/types';
import { applyRemoteChange, type RemoteChange } from '../../store/change-log';
import { hlcToString, parseHlc, receive } from '../../store/hlc';
import { entitySpec } from '../../store/syncable';
import { sniffType, storeBlob } from '../cases/attachments';
import { currentOffice, type Office } from '../office';
import { keyFingerprint } from '../keys';
import { getSetting } from '../local-settings';
import type { Session } from '../session';
import { BundleError, type BundleChange, type Manifest } from './format';
import { readChanges, verifyBundle, type VerifiedBundle } from './verify';

export interface ImportOptions {
  dryRun?: boolean;
  /** Confirms a first-time key non-interactively (the screen asks the supervisor instead). */
  trust?: boolean;
}

/** A changed timestamp further ahead than this is reported (not silently allowed to win everything). */
const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

class Rollback extends Error {}

function checkAddress(session: Session, office: Office, m: Manifest): void {
  if (m.source.installationId === session.installation.id) throw new BundleError('own_bundle', 'this bundle was written by this installation');
  if (m.destination.unitCode !== office.unitCode)
    throw new BundleError('wrong_destination', `addressed to ${m.destination.unitCode}, this ledger is ${office.unitCode}`);
  const expectedSource =
    office.role === 'league'
      ? session.ledger.stmt('SELECT 1 FROM ref_regions WHERE code = ? AND parent_code = ?').get(m.source.unitCode, office.unitCode)
      : m.source.unitCode === office.leagueCode;
  if (!expectedSource) throw new BundleError('unknown_source', `${m.source.unitCode} does not exchange bundles with ${office.unitCode}`);
}

function checkTrust(session: Session, m: Manifest, options: ImportOptions): { firstContact: boolean; fingerprint: string } {
  const fingerprint = keyFingerprint(m.source.publicKeyPem);
  const trusted = session.ledger.stmt('SELECT fingerprint FROM trusted_keys WHERE unit_code = ?').get(m.source.unitCode) as { fingerprint: string } | undefined;
  if (trusted && trusted.fingerprint !== fingerprint)
    throw new BundleError(
      'key_changed',
      `${m.source.unitName} (${m.source.unitCode}) signed with key ${fingerprint}, but ${trusted.fingerprint} is trusted; re-key the unit deliberately first`,
    );
  if (!trusted && !options.trust && !options.dryRun)
    throw new BundleError(
      'untrusted_key',
      `first bundle from ${m.source.unitName} (${m.source.unitCode}): confirm key fingerprint ${fingerprint} with the sender, then import with trust`,
    );
  return { firstContact: !trusted, fingerprint };
}

function checkSequence(session: Session, m: Manifest, manifestSha256: string): { duplicateAt: string | null; gap: ImportReport['gap'] } {
  const { ledger } = session;
  const seen = ledger.stmt('SELECT imported_at FROM bundles_received WHERE bundle_id = ?').pluck().get(m.bundleId) as string | undefined;
  if (seen) return { duplicateAt: seen, gap: null };
  const same = ledger
    .stmt('SELECT manifest_sha256 FROM bundles_received WHERE source_installation = ? AND sequence = ?')
    .pluck()
    .get(m.source.installationId, m.sequence) as string | undefined;
  if (same && same !== manifestSha256)
    throw new BundleError('forked', `a different bundle ${m.sequence} from ${m.source.unitName} was imported before: refuse and investigate`);
  const last = ledger
    .stmt('SELECT sequence, manifest_sha256 FROM bundles_received WHERE source_installation = ? ORDER BY sequence DESC LIMIT 1')
    .get(m.source.installationId) as { sequence: number; manifest_sha256: string } | undefined;
  if (last && m.sequence < last.sequence)
    throw new BundleError('replayed', `bundle ${m.sequence} from ${m.source.unitName} is older than bundle ${last.sequence}, already imported`);
  if (last && m.sequence === last.sequence + 1 && m.previousManifestSha256 !== last.manifest_sha256)
    throw new BundleError('forked', `bundle ${m.sequence} from ${m.source.unitName} does not follow the bundle ${last.sequence} imported here`);
  const expected = (last?.sequence ?? 0) + 1;
  return { duplicateAt: null, gap: m.sequence > expected ? { expected, got: m.sequence } : null };
}

/** Why a change may not be applied from this source, or null. */
function refusal(c: BundleChange, m: Manifest, sourceRole: 'league' | 'county'): string | null {
  let spec;
  try {
    spec = entitySpec(c.entity);
  } catch {
    return 'unknown_entity';
  }
  const allowed = new Set<string>([...spec.fields, 'unit_code', 'deleted']);
  if (Object.keys(c.fields).some((f) => !allowed.has(f))) return 'unknown_field';
  if (c.unitCode !== m.source.unitCode) return 'authority';
  if (spec.owner !== 'any' && spec.owner !== sourceRole) return 'authority';
  return null;
}

function emptyCounts(): EntityCounts {
  return { new: 0, updated: 0, unchanged: 0, rejected: 0, conflicts: 0 };
}

/** Fields where this installation wrote a different value the sender has not seen yet. */
function conflicts(session: Session, c: BundleChange, ackedSeq: number): string[] {
  const local = session.ledger
    .stmt('SELECT seq, installation_id, fields FROM changes WHERE row_id = ? AND installation_id = ? AND seq > ?')
    .all(c.rowId, session.installation.id, ackedSeq) as {
    fields: string;
  }[];
  const out = new Set<string>();
  for (const l of local) {
    const fields = JSON.parse(l.fields) as Record<string, unknown>;
    for (const [f, v] of Object.entries(c.fields)) if (f in fields && fields[f] !== v) out.add(f);
  }
  return [...out];
}

async function storeAttachments(session: Session, bundle: VerifiedBundle): Promise<number> {
  let stored = 0;
  for (const f of bundle.manifest.files) {
    if (!f.name.startsWith('attachments/')) continue;
    const bytes = await bundle.zip.read(f.name, f.size);
    if (crypto.createHash('sha256').update(bytes).digest('hex') !== f.sha256) throw new BundleError('hash_mismatch', `${f.name} changed while importing`);
    storeBlob(session.ledger, session.attachmentsDir, bytes, sniffType(bytes) ?? 'application/octet-stream');
    stored++;
  }
  return stored;
}

export async function importBundle(session: Session, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const { ledger } = session;
  const office = currentOffice(session);
  const bundle = await verifyBundle(file, { schemaVersion: ledger.schemaVersion });
  try {
    const m = bundle.manifest;
    checkAddress(session, office, m);
    const { firstContact, fingerprint } = checkTrust(session, m, options);
    const { duplicateAt, gap } = checkSequence(session, m, bundle.manifestSha256);
    const report: ImportReport = {
      status: duplicateAt ? 'duplicate' : options.dryRun ? 'previewed' : 'applied',
      bundleId: m.bundleId,
      source: { unitCode: m.source.unitCode, unitName: m.source.unitName, installationId: m.source.installationId, fingerprint },
      destination: m.destination.unitCode,
      sequence: m.sequence,
      createdAt: m.createdAt,
      firstContact,
      importedAt: duplicateAt,
      gap,
      entities: {},
      rejected: [],
      conflicts: [],
      attachments: 0,
      futureDriftMs: null,
    };
    if (duplicateAt) return report;
    const changes = await readChanges(bundle);
    const sourceRole = office.role === 'league' ? 'county' : 'league';
    const acked = (ledger.stmt('SELECT through_seq FROM peer_acks WHERE unit_code = ?').pluck().get(m.source.unitCode) as number | undefined) ?? 0;
    if (!options.dryRun) report.attachments = await storeAttachments(session, bundle);
    const now = new Date(session.now()).toISOString();
    const user = getSetting(ledger, 'operator_name') ?? '';
    try {
      ledger.db.transaction(() => {
        // (Not .pluck(): statements are cached per SQL text, and change-log.ts reads this one as a row.)
        let clock = parseHlc((ledger.stmt('SELECT hlc_last FROM installation WHERE singleton = 1').get() as { hlc_last: string }).hlc_last);
        for (const c of changes) {
          const counts = (report.entities[c.entity] ??= emptyCounts());
          const reason = refusal(c, m, sourceRole);
          if (reason) {
            counts.rejected++;
            if (report.rejected.length < 200) report.rejected.push({ entity: c.entity, rowId: c.rowId, reason });
            ledger
              .stmt('INSERT INTO quarantine (bundle_id, source_unit, entity, row_id, change, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
              .run(m.bundleId, m.source.unitCode, c.entity, c.rowId, JSON.stringify(c), reason, now);
            continue;
          }
          const conflicted = conflicts(session, c, acked);
          if (conflicted.length) {
            counts.conflicts++;
            for (const field of conflicted) if (report.conflicts.length < 200) report.conflicts.push({ entity: c.entity, rowId: c.rowId, field });
          }
          const outcome = applyRemoteChange(ledger, c as RemoteChange);
          if (outcome === 'inserted') counts.new++;
          else if (outcome === 'known') counts.unchanged++;
          else counts.updated++;
          const remote = parseHlc(c.hlc);
          const step = receive(clock, remote, session.now(), MAX_DRIFT_MS);
          clock = step.next;
          if (step.futureDriftMillis !== null) report.futureDriftMs = Math.max(report.futureDriftMs ?? 0, step.futureDriftMillis);
        }
        ledger.stmt('UPDATE installation SET hlc_last = ? WHERE singleton = 1').run(hlcToString(clock));
        if (firstContact)
          ledger
            .stmt('INSERT INTO trusted_keys (unit_code, public_key_pem, fingerprint, trusted_at, trusted_by) VALUES (?, ?, ?, ?, ?)')
            .run(m.source.unitCode, m.source.publicKeyPem, fingerprint, now, user);
        for (const ack of m.acknowledgements) {
          if (ack.installationId !== session.installation.id) continue;
          ledger
            .stmt(
              'INSERT INTO peer_acks (unit_code, through_seq, acked_at) VALUES (?, ?, ?) ON CONFLICT (unit_code) DO UPDATE SET through_seq = max(through_seq, excluded.through_seq), acked_at = excluded.acked_at',
            )
            .run(m.source.unitCode, ack.throughSeq, now);
        }
        ledger
          .stmt(
            'INSERT INTO bundles_received (bundle_id, source_installation, source_unit, sequence, manifest_sha256, through_seq, imported_at, imported_by, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            m.bundleId,
            m.source.installationId,
            m.source.unitCode,
            m.sequence,
            bundle.manifestSha256,
            m.throughSeq,
            now,
            user,
            JSON.stringify({ ...report, rejected: report.rejected.length, conflicts: report.conflicts.length }),
          );
        if (options.dryRun) throw new Rollback();
      })();
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return report;
  } finally {
    bundle.zip.close();
  }
}
