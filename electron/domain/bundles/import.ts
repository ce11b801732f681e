/**
 * Import = verify → check (destination, source, trust, sequence, clock) → preview or apply.
 * Apply runs in one transaction: each change is checked for authority (authority.ts) and its
 * values (records/), merged field by field by (HLC, installation id), and kept in quarantine
 * with its reason when refused; the bundle is recorded with its sequence and result, the
 * sender's acknowledgements of our exports stored, a first or replaced key trusted. Anything
 * thrown rolls all of it back, trust table included, and a process killed mid-way leaves
 * SQLite's journal to do the same. Evidence files are staged outside the store and moved into
 * it only for changes that were applied; a refused import leaves no file and no `blobs` row.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityCounts, ImportReport } from '../../../shared/bundles/types';
import type { Rejection } from '../../../shared/bundles/rejections';
import type { SyncableEntity } from '../../../shared/entities';
import { applyPlannedChange, planRemoteChange, type ApplyOutcome, type RemoteChange } from '../../store/change-log';
import { clockReceiver } from '../../store/clock';
import { MAX_CLOCK_AHEAD_MS, parseHlc } from '../../store/hlc';
import { entitySpec } from '../../store/syncable';
import { isLedgerBusy } from '../../store/ledger';
import { blobPath, sniffType } from '../core/blob-store';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/files';
import { currentOffice, type Office } from '../core/office';
import { keyFingerprint } from '../core/keys';
import { getSetting } from '../core/local-settings';
import { checkColumn, checkMerged, recordCheckContext, type RecordCheckContext, type RecordProblem } from '../core/record-checks';
import { RECORD_RULES } from './record-rules';
import type { Session } from '../core/session';
import { checkAuthority, type AuthorityContext } from './authority';
import { BundleError, type BundleChange, type Manifest } from './format';
import { createWorkDir, removeQuietly, writePrivateFile } from '../../store/private-files';
import { readChanges, verifyBundle, type VerifiedBundle } from './verify';

export interface ImportOptions {
  dryRun?: boolean;
  /** Confirms a first-time key non-interactively (the screen asks the supervisor instead). */
  trust?: boolean;
  /** With `trust`: replace the unit's trusted key by the bundle's (a reinstalled or new PC). */
  rekey?: boolean;
}

/** A small clock difference is worth a warning before it becomes a refusal. */
const DRIFT_WARNING_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

class Rollback extends Error {}

/** Another process imported the same bundle while this one was reading it. */
class AlreadyImported extends Error {
  constructor(readonly at: string) {
    super('already imported');
  }
}

function unitName(session: Session, code: string): string {
  return (session.ledger.stmt('SELECT name FROM ref_regions WHERE code = ?').pluck().get(code) as string | undefined) ?? code;
}

function checkAddress(session: Session, office: Office, m: Manifest): void {
  if (m.source.installationId === session.installation.id) throw new BundleError('own_bundle', 'this bundle was written by this installation');
  if (m.destination.unitCode !== office.unitCode)
    throw new BundleError('wrong_destination', `addressed to ${m.destination.unitCode}, this ledger is ${office.unitCode}`, {
      unit: unitName(session, m.destination.unitCode),
      self: unitName(session, office.unitCode),
    });
  const expectedSource =
    office.role === 'league'
      ? session.ledger.stmt('SELECT 1 FROM ref_regions WHERE code = ? AND parent_code = ?').get(m.source.unitCode, office.unitCode)
      : m.source.unitCode === office.leagueCode;
  if (!expectedSource)
    throw new BundleError('unknown_source', `${m.source.unitCode} does not exchange bundles with ${office.unitCode}`, {
      unit: unitName(session, m.source.unitCode),
    });
  // An installation belongs to one unit: a bundle claiming another unit's installation (its id is in
  // any of that unit's bundles) would take over that unit's sequence numbers and lock it out.
  const knownFor = session.ledger.stmt('SELECT unit_code FROM unit_installations WHERE installation_id = ?').pluck().get(m.source.installationId) as
    string | undefined;
  if (knownFor !== undefined && knownFor !== m.source.unitCode)
    throw new BundleError('installation_other_unit', `installation ${m.source.installationId} sends for ${knownFor}, not ${m.source.unitCode}`, {
      unit: unitName(session, knownFor),
    });
}

interface TrustDecision {
  firstContact: boolean;
  fingerprint: string;
  /** The fingerprint this bundle's key replaces (re-key), when it differs from the trusted one. */
  replaces: string | null;
}

function checkTrust(session: Session, m: Manifest, options: ImportOptions): TrustDecision {
  const fingerprint = keyFingerprint(m.source.publicKeyPem);
  const { ledger } = session;
  const elsewhere = ledger.stmt('SELECT unit_code FROM trusted_keys WHERE fingerprint = ? AND unit_code <> ?').pluck().get(fingerprint, m.source.unitCode) as
    string | undefined;
  if (elsewhere)
    throw new BundleError('key_in_use', `key ${fingerprint} is already trusted for ${elsewhere}; one key is trusted for one unit only`, {
      unit: unitName(session, elsewhere),
    });
  const trusted = ledger.stmt('SELECT fingerprint FROM trusted_keys WHERE unit_code = ?').get(m.source.unitCode) as { fingerprint: string } | undefined;
  if (trusted && trusted.fingerprint !== fingerprint) {
    // The preview shows the change of key so the supervisor can confirm it; applying needs rekey + trust.
    if (!options.dryRun && !(options.rekey && options.trust))
      throw new BundleError(
        'key_changed',
        `${m.source.unitName} (${m.source.unitCode}) signed with key ${fingerprint}, but ${trusted.fingerprint} is trusted; re-key the unit deliberately first`,
      );
    return { firstContact: false, fingerprint, replaces: trusted.fingerprint };
  }
  if (!trusted && !options.trust && !options.dryRun)
    throw new BundleError(
      'untrusted_key',
      `first bundle from ${m.source.unitName} (${m.source.unitCode}): confirm key fingerprint ${fingerprint} with the sender, then import with trust`,
    );
  return { firstContact: !trusted, fingerprint, replaces: null };
}

function recordTrust(session: Session, m: Manifest, trust: TrustDecision, now: string, user: string): void {
  const { ledger } = session;
  if (trust.firstContact)
    ledger
      .stmt('INSERT INTO trusted_keys (unit_code, public_key_pem, fingerprint, trusted_at, trusted_by) VALUES (?, ?, ?, ?, ?)')
      .run(m.source.unitCode, m.source.publicKeyPem, trust.fingerprint, now, user);
  if (trust.replaces) {
    ledger
      .stmt(
        `UPDATE trusted_keys SET public_key_pem = ?, fingerprint = ?, trusted_at = ?, trusted_by = ?,
           replaced_fingerprints = replaced_fingerprints || ? WHERE unit_code = ?`,
      )
      .run(m.source.publicKeyPem, trust.fingerprint, now, user, `,${trust.replaces}@${now},`, m.source.unitCode);
  }
}

function checkSequence(session: Session, m: Manifest, manifestSha256: string): { duplicateAt: string | null; gap: ImportReport['gap'] } {
  const { ledger } = session;
  const seen = ledger.stmt('SELECT imported_at FROM bundles_received WHERE bundle_id = ?').pluck().get(m.bundleId) as string | undefined;
  if (seen) return { duplicateAt: seen, gap: null };
  const same = ledger
    .stmt('SELECT manifest_sha256 FROM bundles_received WHERE source_installation = ? AND source_unit = ? AND sequence = ?')
    .pluck()
    .get(m.source.installationId, m.source.unitCode, m.sequence) as string | undefined;
  if (same && same !== manifestSha256)
    throw new BundleError('forked', `a different bundle ${m.sequence} from ${m.source.unitName} was imported before: refuse and investigate`);
  const last = ledger
    .stmt('SELECT sequence, manifest_sha256 FROM bundles_received WHERE source_installation = ? AND source_unit = ? ORDER BY sequence DESC LIMIT 1')
    .get(m.source.installationId, m.source.unitCode) as { sequence: number; manifest_sha256: string } | undefined;
  if (last && m.sequence < last.sequence)
    throw new BundleError('replayed', `bundle ${m.sequence} from ${m.source.unitName} is older than bundle ${last.sequence}, already imported`);
  if (last && m.sequence === last.sequence + 1 && m.previousManifestSha256 !== last.manifest_sha256)
    throw new BundleError('forked', `bundle ${m.sequence} from ${m.source.unitName} does not follow the bundle ${last.sequence} imported here`);
  const expected = (last?.sequence ?? 0) + 1;
  return { duplicateAt: null, gap: m.sequence > expected ? { expected, got: m.sequence } : null };
}

/**
 * A sending PC whose clock is far ahead would stamp its changes so that they win every later
 * merge and drag this ledger's clock along: the whole bundle is refused (not quarantined — that
 * would acknowledge the changes and they would never be sent again) with how many days it is
 * ahead. Returns the largest smaller lead, for a warning.
 */
function checkClock(m: Manifest, changes: readonly BundleChange[], nowMillis: number): number | null {
  let ahead = Date.parse(m.createdAt) - nowMillis;
  if (Number.isNaN(ahead)) ahead = 0;
  for (const c of changes) ahead = Math.max(ahead, parseHlc(c.hlc).millis - nowMillis);
  if (ahead > MAX_CLOCK_AHEAD_MS) {
    const days = Math.ceil(ahead / DAY_MS);
    throw new BundleError('clock_ahead', `the sending computer's clock is ${days} days ahead; correct its date and export again`, { days });
  }
  return ahead > DRIFT_WARNING_MS ? ahead : null;
}

function emptyCounts(): EntityCounts {
  return { new: 0, updated: 0, unchanged: 0, rejected: 0, conflicts: 0, changes: 0 };
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

/** The bundle's evidence files not yet in the store, copied out of the ZIP (hash re-checked) into an owner-only staging folder. */
async function stageAttachments(session: Session, bundle: VerifiedBundle, staging: string): Promise<Map<string, string>> {
  const staged = new Map<string, string>();
  for (const f of bundle.manifest.files) {
    if (!f.name.startsWith('attachments/')) continue;
    if (fs.existsSync(blobPath(session.attachmentsDir, f.sha256))) continue;
    const bytes = await bundle.zip.read(f.name, f.size);
    if (crypto.createHash('sha256').update(bytes).digest('hex') !== f.sha256) throw new BundleError('hash_mismatch', `${f.name} changed while importing`);
    const file = path.join(staging, f.sha256);
    writePrivateFile(file, bytes);
    staged.set(f.sha256, file);
  }
  return staged;
}

/** Unit names for messages (short names from the reference data). */
function unitNames(session: Session): (code: string) => string {
  const names = new Map((session.ledger.stmt('SELECT code, name FROM ref_regions').all() as { code: string; name: string }[]).map((r) => [r.code, r.name]));
  return (code) => names.get(code) ?? code;
}

function quarantine(session: Session, m: Manifest, c: BundleChange, r: Rejection, now: string): void {
  const json = JSON.stringify(c);
  // The same refused change arriving again (a full export) is kept once.
  if (session.ledger.stmt('SELECT 1 FROM quarantine WHERE row_id = ? AND change = ?').get(c.rowId, json)) return;
  session.ledger
    .stmt('INSERT INTO quarantine (bundle_id, source_unit, entity, row_id, change, reason, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(m.bundleId, m.source.unitCode, c.entity, c.rowId, json, r.code, now, JSON.stringify(r));
}

export async function importBundle(session: Session, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const { ledger } = session;
  const office = currentOffice(session);
  const bundle = await verifyBundle(file, { schemaVersion: ledger.schemaVersion });
  let staging: string | null = null;
  const placed: string[] = [];
  try {
    const m = bundle.manifest;
    checkAddress(session, office, m);
    const trust = checkTrust(session, m, options);
    const { duplicateAt, gap } = checkSequence(session, m, bundle.manifestSha256);
    const report: ImportReport = {
      status: duplicateAt ? 'duplicate' : options.dryRun ? 'previewed' : 'applied',
      bundleId: m.bundleId,
      source: { unitCode: m.source.unitCode, unitName: m.source.unitName, installationId: m.source.installationId, fingerprint: trust.fingerprint },
      destination: m.destination.unitCode,
      sequence: m.sequence,
      createdAt: m.createdAt,
      firstContact: trust.firstContact,
      keyChange: trust.replaces ? { trustedFingerprint: trust.replaces } : null,
      importedAt: duplicateAt,
      gap,
      entities: {},
      rejected: [],
      conflicts: [],
      attachments: 0,
      futureDriftMs: null,
    };
    if (duplicateAt) return report;
    const changes = parentsFirst(await readChanges(bundle));
    report.futureDriftMs = checkClock(m, changes, session.now());
    const sourceRole = office.role === 'league' ? 'county' : 'league';
    const acked = (ledger.stmt('SELECT through_seq FROM peer_acks WHERE unit_code = ?').pluck().get(m.source.unitCode) as number | undefined) ?? 0;
    const staged = options.dryRun
      ? new Map<string, string>()
      : await stageAttachments(session, bundle, (staging = createWorkDir(path.dirname(ledger.file), 'import')));
    const nowMillis = session.now();
    const now = new Date(nowMillis).toISOString();
    const user = getSetting(ledger, 'operator_name') ?? '';
    const authority: AuthorityContext = {
      ledger,
      sender: { unitCode: m.source.unitCode, role: sourceRole, installationId: m.source.installationId },
      ownInstallation: session.installation.id,
      knownInstallations: new Set(ledger.stmt('SELECT installation_id FROM unit_installations WHERE unit_code = ?').pluck().all(m.source.unitCode) as string[]),
      unitName: unitNames(session),
    };
    const checks = recordCheckContext(ledger, m.source.unitCode, nowMillis);
    const blobsUsed = new Set<string>();
    try {
      ledger.write(() => {
        // Checked again under the write lock: another window or command may have imported this
        // bundle, or trusted this unit's key, since the checks above.
        checkAddress(session, office, m);
        const inside = checkTrust(session, m, options);
        Object.assign(trust, inside);
        report.firstContact = inside.firstContact;
        const again = checkSequence(session, m, bundle.manifestSha256);
        if (again.duplicateAt) throw new AlreadyImported(again.duplicateAt);
        const clock = clockReceiver(ledger, nowMillis);
        // Records, not changes: a case created and then edited four times is one new case (its five
        // changes are the detail). A row is new if this bundle inserted it, updated if it existed and
        // a change applied, unchanged if everything about it was already here.
        const rows = new Map<string, Map<string, 'new' | 'updated' | 'unchanged'>>();
        const mark = (entity: string, rowId: string, state: 'new' | 'updated' | 'unchanged') => {
          const of = rows.get(entity) ?? rows.set(entity, new Map()).get(entity)!;
          const was = of.get(rowId);
          if (was === 'new' || (was === 'updated' && state !== 'new')) return;
          of.set(rowId, state);
        };
        for (const c of changes) {
          const counts = (report.entities[c.entity] ??= emptyCounts());
          // An entry this ledger already holds changes nothing, whoever it claims to be from.
          if (ledger.stmt('SELECT 1 FROM changes WHERE row_id = ? AND hlc = ? AND installation_id = ?').get(c.rowId, c.hlc, c.installationId)) {
            mark(c.entity, c.rowId, 'unchanged');
            continue;
          }
          const early = checkAuthority(authority, c) ?? valueRejection(authority, c, checkValues(c, checks));
          const outcome = early ? null : applyChecked(session, c, checks, (sha) => staged.get(sha) ?? blobPath(session.attachmentsDir, sha));
          const refused =
            early ??
            (outcome && 'problem' in outcome
              ? valueRejection(authority, c, outcome.problem)
              : outcome && 'storeRefused' in outcome
                ? {
                    entity: c.entity,
                    rowId: c.rowId,
                    code: 'not_storable' as const,
                    sender: m.source.unitCode,
                    senderName: authority.unitName(m.source.unitCode),
                  }
                : null);
          if (refused || !outcome || !('applied' in outcome)) {
            counts.rejected++;
            if (refused) {
              if (report.rejected.length < 200) report.rejected.push(refused);
              quarantine(session, m, c, refused, now);
            }
            continue;
          }
          const conflicted = conflicts(session, c, acked);
          if (conflicted.length) {
            counts.conflicts++;
            for (const field of conflicted) if (report.conflicts.length < 200) report.conflicts.push({ entity: c.entity, rowId: c.rowId, field });
          }
          if (outcome.applied === 'known') mark(c.entity, c.rowId, 'unchanged');
          else {
            counts.changes++;
            mark(c.entity, c.rowId, outcome.applied === 'inserted' ? 'new' : 'updated');
          }
          const sha = c.fields.sha256;
          if (typeof sha === 'string') blobsUsed.add(sha);
          clock.receive(c.hlc);
        }
        for (const [entity, of] of rows) {
          const counts = (report.entities[entity] ??= emptyCounts());
          for (const state of of.values()) counts[state]++;
        }
        clock.save();
        recordTrust(session, m, trust, now, user);
        ledger
          .stmt('INSERT OR IGNORE INTO unit_installations (installation_id, unit_code, first_seen_at, first_bundle_id) VALUES (?, ?, ?, ?)')
          .run(m.source.installationId, m.source.unitCode, now, m.bundleId);
        for (const ack of m.acknowledgements) {
          if (ack.installationId !== session.installation.id) continue;
          ledger
            .stmt(
              'INSERT INTO peer_acks (unit_code, through_seq, acked_at) VALUES (?, ?, ?) ON CONFLICT (unit_code) DO UPDATE SET through_seq = max(through_seq, excluded.through_seq), acked_at = excluded.acked_at',
            )
            .run(m.source.unitCode, ack.throughSeq, now);
        }
        report.attachments = options.dryRun ? m.counts.attachments : placeBlobs(session, blobsUsed, staged, placed, now);
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
      });
    } catch (error) {
      if (error instanceof AlreadyImported) {
        for (const f of placed) removeQuietly(f);
        return { ...report, status: 'duplicate', importedAt: error.at, entities: {}, rejected: [], conflicts: [], attachments: 0 };
      }
      if (!(error instanceof Rollback)) {
        // The transaction rolled back: the files it moved into the store belong to nothing.
        for (const f of placed) removeQuietly(f);
        throw error;
      }
    }
    return report;
  } finally {
    bundle.zip.close();
    if (staging) removeQuietly(staging);
  }
}

/** How many parent levels an entity has (a case 0, its parties 1, an inspection's photos 2). */
function depth(entity: string): number {
  try {
    const parents = entitySpec(entity).parent?.entities ?? [];
    return parents.length ? 1 + Math.max(...parents.map(depth)) : 0;
  } catch {
    return 0;
  }
}

/**
 * Records before the records that belong to them, whatever order the sender wrote them in (its
 * demo writes a case's stage entries first): the ownership check needs the parent in the ledger.
 * The sort is stable, so each record's own writes keep their order; the merge is per field and
 * does not depend on the order of different records.
 */
function parentsFirst(changes: BundleChange[]): BundleChange[] {
  const levels = new Map<string, number>();
  const level = (e: string) => {
    let d = levels.get(e);
    if (d === undefined) levels.set(e, (d = depth(e)));
    return d;
  };
  return changes
    .map((c, i) => ({ c, i, d: level(c.entity) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.c);
}

/** Values of the fields a change sets, checked before anything is written (types, choices, lengths). */
function checkValues(c: BundleChange, ctx: RecordCheckContext): RecordProblem | null {
  const rules = RECORD_RULES[c.entity as SyncableEntity];
  for (const [field, value] of Object.entries(c.fields)) {
    if (field === 'unit_code') continue;
    if (field === 'deleted') {
      if (value !== 0 && value !== 1) return { field, problem: 'type' };
      continue;
    }
    const problem = checkColumn(rules, field, value, ctx);
    if (problem) return problem;
  }
  return null;
}

/**
 * Merge one change: work out the record as it would stand (every column for a new record, the
 * written ones and the checks that depend on them otherwise), check it, and write it only if it
 * passes — so a refused record never touches the table and no savepoint is needed.
 */
function applyChecked(
  session: Session,
  c: BundleChange,
  ctx: RecordCheckContext,
  fileOf: (sha256: string) => string,
): { applied: ApplyOutcome } | { problem: RecordProblem } | { storeRefused: true } {
  const { ledger } = session;
  const plan = planRemoteChange(ledger, c as RemoteChange);
  // A write that changes nothing needs no check. A record brought back from a tombstone is checked
  // whole, like a new one: its tombstone may have carried values no check looked at.
  if (plan.outcome !== 'known' && plan.outcome !== 'stale') {
    const revived = plan.current !== null && plan.current.deleted === 1 && plan.merged.deleted === 0;
    // Each value the change sets has passed checkValues already.
    const problem =
      checkMerged(RECORD_RULES[c.entity as SyncableEntity], plan.merged, plan.current && !revived ? plan.winners : 'new', ctx) ??
      checkFile(plan.merged, fileOf);
    if (problem) return { problem };
  }
  try {
    return { applied: applyPlannedChange(ledger, plan) };
  } catch (error) {
    // A constraint the record rules did not foresee: the failing statement is undone by SQLite
    // (the row is written first, the log entry after it), the change is quarantined, no SQLite
    // text reaches the user, and the rest of the bundle still applies.
    if (error instanceof Database.SqliteError && !isLedgerBusy(error)) return { storeRefused: true };
    throw error;
  }
}

/** A file's bytes to tell its type (sniffType looks inside Word, Excel and OFD containers); evidence is at most 20 MiB. */
function fileHead(file: string): Buffer {
  const size = Math.min(fs.statSync(file).size, MAX_ATTACHMENT_BYTES);
  const head = Buffer.alloc(size);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, size, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head;
}

/**
 * An evidence link's file, when it came with the bundle or is already here, is what the link says:
 * an allowed type recognised from its bytes (as an upload on the screen is), the type the link
 * names, and its size. A link whose file did not travel is kept (it shows as missing).
 */
function checkFile(row: Record<string, string | number | null>, fileOf: (sha256: string) => string): RecordProblem | null {
  if (typeof row.sha256 !== 'string' || row.deleted === 1) return null;
  const file = fileOf(row.sha256);
  if (!fs.existsSync(file)) return null;
  const type = sniffType(fileHead(file));
  if (!type || type !== row.mime || fs.statSync(file).size !== row.size) return { field: 'sha256', problem: 'file_mismatch' };
  return null;
}

function valueRejection(a: AuthorityContext, c: BundleChange, p: RecordProblem | null): Rejection | null {
  if (!p) return null;
  return {
    entity: c.entity,
    rowId: c.rowId,
    code: 'invalid_value',
    sender: a.sender.unitCode,
    senderName: a.unitName(a.sender.unitCode),
    field: p.field,
    problem: p.problem,
  };
}

/** Move the staged files of applied changes into the store and register them; returns how many were placed or linked. */
function placeBlobs(session: Session, used: ReadonlySet<string>, staged: ReadonlyMap<string, string>, placed: string[], now: string): number {
  let count = 0;
  for (const sha of used) {
    const final = blobPath(session.attachmentsDir, sha);
    const from = staged.get(sha);
    if (from && !fs.existsSync(final)) {
      fs.mkdirSync(path.dirname(final), { recursive: true, mode: 0o700 });
      fs.renameSync(from, final);
      placed.push(final);
    }
    if (!fs.existsSync(final)) continue;
    const head = fileHead(final);
    session.ledger
      .stmt('INSERT OR IGNORE INTO blobs (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)')
      .run(sha, fs.statSync(final).size, sniffType(head) ?? 'application/octet-stream', now);
    count++;
  }
  return count;
}
