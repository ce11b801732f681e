/**
 * The 数据交换 screen's side of the exchange: bundles travel to and from the renderer as bytes
 * (a download, a file picked), so an upload is parked in the data directory under an id while
 * the supervisor reads its preview, then imported from there.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLE_ERROR_PREFIX } from '../../../shared/bundles/problems';
import { type ExchangeOverview, type ExportBatch, type ExportedBundle, type ImportReport, type QuarantinePage } from '../../../shared/bundles/types';
import { REJECTION_CODES, type Rejection, type RejectionCode } from '../../../shared/bundles/rejections';
import { DomainError } from '../../../shared/errors';
import { stagedFile } from '../../store/staged-files';
import { currentOffice } from '../core/office';
import type { Session } from '../core/session';
import { exportBundle } from './export';
import { BundleError } from './format';
import { importBundle } from './import';

function inbox(session: Session): string {
  const dir = path.join(path.dirname(session.ledger.file), 'bundles', 'inbox');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function outbox(session: Session): string {
  const dir = path.join(path.dirname(session.ledger.file), 'bundles', 'sent');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Refusals reach the screen as a validation code plus the detail the CLI prints. */
function asDomainError(error: unknown): never {
  if (error instanceof BundleError) throw new DomainError('validation', `${BUNDLE_ERROR_PREFIX}${error.problem}`, error.params);
  throw error;
}

export async function exportForDownload(session: Session, input: { to?: string; full?: boolean }): Promise<ExportedBundle> {
  const office = currentOffice(session);
  const name = `ip-ledger-${office.unitCode}-to-${input.to ?? office.leagueCode}-${new Date(session.now()).toISOString().slice(0, 10)}-${crypto.randomBytes(3).toString('hex')}.zip`;
  const { file, manifest, restamped } = await exportBundle(session, path.join(outbox(session), name), input);
  // The bytes stay in the data folder: the screen saves the file from there by name, whatever its size.
  return {
    fileName: name,
    downloadId: name,
    savedPath: file,
    sequence: manifest.sequence,
    changes: manifest.counts.changes,
    attachments: manifest.counts.attachments,
    restamped: restamped.count,
    restampedDays: Math.ceil(restamped.aheadMillis / 86_400_000),
  };
}

/**
 * The league's export to several counties in one action: one bundle per county, each exactly what
 * a single export to that county would be; a county that fails is reported and the others still go.
 */
export async function exportToMany(session: Session, input: { to: string[]; full?: boolean }): Promise<ExportBatch> {
  const office = currentOffice(session);
  if (office.role !== 'league') throw new DomainError('validation', 'export_many_league_only');
  const names = new Map(
    (session.ledger.stmt('SELECT code, name FROM ref_regions WHERE parent_code = ?').all(office.unitCode) as { code: string; name: string }[]).map((r) => [
      r.code,
      r.name,
    ]),
  );
  const batch: ExportBatch = { bundles: [], failed: [] };
  for (const to of [...new Set(input.to)].sort()) {
    const toName = names.get(to) ?? to;
    try {
      if (!names.has(to)) throw new DomainError('validation', 'export_not_our_county');
      batch.bundles.push({ ...(await exportForDownload(session, { to, full: input.full })), to, toName });
    } catch (error) {
      const problem =
        error instanceof BundleError
          ? `${BUNDLE_ERROR_PREFIX}${error.problem}`
          : error instanceof DomainError
            ? error.message
            : String((error as Error).message ?? error);
      batch.failed.push({ to, toName, problem, params: error instanceof BundleError ? error.params : undefined });
    }
  }
  return batch;
}

/** The staged bundle moves to the inbox under its upload id; the preview is a dry run of the import. */
export async function previewUpload(session: Session, input: { uploadId: string; fileName: string }): Promise<{ uploadId: string; report: ImportReport }> {
  const { uploadId } = input;
  const file = path.join(inbox(session), `${uploadId}.zip`);
  fs.renameSync(stagedFile(path.dirname(session.ledger.file), uploadId), file);
  try {
    return { uploadId, report: await importBundle(session, file, { dryRun: true }) };
  } catch (error) {
    fs.rmSync(file, { force: true });
    return asDomainError(error);
  }
}

export async function applyUpload(session: Session, input: { uploadId: string; trust: boolean; rekey: boolean }): Promise<ImportReport> {
  if (!/^[0-9a-f-]{36}$/.test(input.uploadId)) throw new DomainError('invalid_input', 'bad upload id');
  const file = path.join(inbox(session), `${input.uploadId}.zip`);
  if (!fs.existsSync(file)) throw new DomainError('not_found', 'the uploaded bundle is gone: choose the file again');
  try {
    const report = await importBundle(session, file, { trust: input.trust, rekey: input.rekey });
    fs.rmSync(file, { force: true });
    return report;
  } catch (error) {
    return asDomainError(error);
  }
}

export function exchangeOverview(session: Session): ExchangeOverview {
  const { ledger } = session;
  const office = currentOffice(session);
  const names = new Map(
    (ledger.stmt('SELECT code, short_name FROM ref_regions').all() as { code: string; short_name: string }[]).map((r) => [r.code, r.short_name]),
  );
  const partners =
    office.role === 'league'
      ? (ledger.stmt('SELECT code FROM ref_regions WHERE parent_code = ? ORDER BY code').pluck().all(office.unitCode) as string[])
      : [office.leagueCode];
  const received = ledger
    .stmt('SELECT bundle_id, source_unit, source_installation, sequence, imported_at, imported_by, result FROM bundles_received ORDER BY imported_at DESC')
    .all() as {
    bundle_id: string;
    source_unit: string;
    source_installation: string;
    sequence: number;
    imported_at: string;
    imported_by: string;
    result: string;
  }[];
  return {
    role: office.role,
    partners: partners.map((code) => {
      const mine = received.filter((r) => r.source_unit === code);
      const sequences = mine.map((r) => r.sequence).sort((a, b) => a - b);
      const last = mine[0];
      const missing: number[] = [];
      for (let s = 1; s <= (sequences[sequences.length - 1] ?? 0); s++) if (!sequences.includes(s)) missing.push(s);
      const sent = ledger.stmt('SELECT max(created_at) AS at, max(sequence) AS seq FROM bundles_sent WHERE destination = ?').get(code) as {
        at: string | null;
        seq: number | null;
      };
      const ack = ledger.stmt('SELECT acked_at FROM peer_acks WHERE unit_code = ?').pluck().get(code) as string | undefined;
      return {
        unitCode: code,
        name: names.get(code) ?? code,
        lastReceivedAt: last?.imported_at ?? null,
        lastSequence: last ? Math.max(...sequences) : null,
        missing,
        lastSentAt: sent.at,
        lastSentSequence: sent.seq,
        acknowledgedAt: ack ?? null,
      };
    }),
    sent: (
      ledger
        .stmt('SELECT bundle_id, sequence, destination, created_at, changes, attachments, file_name FROM bundles_sent ORDER BY created_at DESC LIMIT 200')
        .all() as {
        bundle_id: string;
        sequence: number;
        destination: string;
        created_at: string;
        changes: number;
        attachments: number;
        file_name: string;
      }[]
    ).map((r) => ({
      bundleId: r.bundle_id,
      sequence: r.sequence,
      unit: names.get(r.destination) ?? r.destination,
      at: r.created_at,
      changes: r.changes,
      attachments: r.attachments,
      fileName: r.file_name,
    })),
    received: received.slice(0, 200).map((r) => {
      const result = JSON.parse(r.result) as {
        rejected?: number;
        conflicts?: number;
        entities?: Record<string, { new: number; updated: number; changes?: number }>;
      };
      const entities = Object.values(result.entities ?? {});
      return {
        bundleId: r.bundle_id,
        sequence: r.sequence,
        unit: names.get(r.source_unit) ?? r.source_unit,
        at: r.imported_at,
        by: r.imported_by,
        // Changes applied (imports before records were counted stored only new + updated changes).
        applied: entities.reduce((s, e) => s + (e.changes ?? e.new + e.updated), 0),
        rejected: result.rejected ?? 0,
        conflicts: result.conflicts ?? 0,
      };
    }),
    trusted: (
      ledger.stmt('SELECT unit_code, fingerprint, trusted_at, trusted_by FROM trusted_keys ORDER BY unit_code').all() as {
        unit_code: string;
        fingerprint: string;
        trusted_at: string;
        trusted_by: string;
      }[]
    ).map((r) => ({ unitCode: r.unit_code, name: names.get(r.unit_code) ?? r.unit_code, fingerprint: r.fingerprint, at: r.trusted_at, by: r.trusted_by })),
    quarantined: ledger.stmt('SELECT count(*) FROM quarantine').pluck().get() as number,
    fingerprint: session.installation.fingerprint,
  };
}

/** Quarantined changes, newest first, each with its reason (rows from before the detail column get what was kept). */
export function quarantinePage(session: Session, input: { offset: number; limit: number }): QuarantinePage {
  const { ledger } = session;
  const names = new Map((ledger.stmt('SELECT code, name FROM ref_regions').all() as { code: string; name: string }[]).map((r) => [r.code, r.name]));
  const rows = ledger
    .stmt('SELECT id, bundle_id, source_unit, entity, row_id, reason, at, detail FROM quarantine ORDER BY id DESC LIMIT ? OFFSET ?')
    .all(input.limit, input.offset) as {
    id: number;
    bundle_id: string;
    source_unit: string;
    entity: string;
    row_id: string;
    reason: string;
    at: string;
    detail: string;
  }[];
  return {
    total: ledger.stmt('SELECT count(*) FROM quarantine').pluck().get() as number,
    items: rows.map((r) => {
      const detail = JSON.parse(r.detail) as Partial<Rejection>;
      const code = (REJECTION_CODES as readonly string[]).includes(detail.code ?? r.reason) ? ((detail.code ?? r.reason) as RejectionCode) : 'authority';
      return {
        id: r.id,
        at: r.at,
        bundleId: r.bundle_id,
        rejection: { senderName: names.get(r.source_unit) ?? r.source_unit, ...detail, entity: r.entity, rowId: r.row_id, code, sender: r.source_unit },
      };
    }),
  };
}
