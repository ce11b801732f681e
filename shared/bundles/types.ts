import { z } from 'zod';
import type { Rejection } from './rejections';

/** An export kept in the data folder's bundles/sent, named so it can be fetched or saved by name (no paths). */
export const exportFileNameSchema = z.string().regex(/^ip-ledger-\d{6}-to-\d{6}-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}\.zip$/, 'export file name');

/** What an import (or its preview) reports, for the CLI's --json and the 数据交换 screen. */
/** Per kind of record: records new / updated / already here (each record once), refused and conflicting changes, and the changes applied (the detail). */
export interface EntityCounts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
  conflicts: number;
  changes: number;
}

export interface ImportReport {
  /** applied: written; previewed: a dry run, nothing written; duplicate: imported before, nothing written. */
  status: 'applied' | 'previewed' | 'duplicate';
  bundleId: string;
  source: { unitCode: string; unitName: string; installationId: string; fingerprint: string };
  destination: string;
  sequence: number;
  createdAt: string;
  /** No key is trusted for this unit yet: the fingerprint must be confirmed. */
  firstContact: boolean;
  /** The bundle is signed by another key than the one trusted for the unit (preview only; applying needs a deliberate re-key). */
  keyChange: { trustedFingerprint: string } | null;
  /** When a duplicate was first imported. */
  importedAt: string | null;
  /** Bundles from this source that never arrived (exports are cumulative: no data is missing). */
  gap: { expected: number; got: number } | null;
  entities: Record<string, EntityCounts>;
  /** Changes refused and kept in quarantine (the first 200), each with its reason. */
  rejected: Rejection[];
  conflicts: { entity: string; rowId: string; field: string }[];
  attachments: number;
  /** How far ahead of this PC's clock the newest change was, when more than ten minutes but within the one-day bound (ms). */
  futureDriftMs: number | null;
}

export interface ExchangeOverview {
  role: 'league' | 'county';
  /** The units this office exchanges with: the league for a county, the counties for the league. */
  partners: {
    unitCode: string;
    name: string;
    lastReceivedAt: string | null;
    lastSequence: number | null;
    /** Sequence numbers never received (their data came with later, cumulative bundles). */
    missing: number[];
    lastSentAt: string | null;
    lastSentSequence: number | null;
    acknowledgedAt: string | null;
  }[];
  sent: { bundleId: string; sequence: number; unit: string; at: string; changes: number; attachments: number; fileName: string }[];
  received: { bundleId: string; sequence: number; unit: string; at: string; by: string; applied: number; rejected: number; conflicts: number }[];
  trusted: { unitCode: string; name: string; fingerprint: string; at: string; by: string }[];
  quarantined: number;
  /** This installation's own key fingerprint (read to the other side over the phone). */
  fingerprint: string;
}

export interface ExportedBundle {
  fileName: string;
  /** The export's name in the data folder's bundles/sent: the screen saves it from there (files.saveExport, or the preview host's /files/exports/). */
  downloadId: string;
  /** Where the ledger kept its copy (the data folder's bundles/sent). */
  savedPath: string;
  sequence: number;
  changes: number;
  attachments: number;
  /** Changes written while this PC's date was wrong (ahead), stamped again by the corrected clock before this export. */
  restamped: number;
  /** How many days ahead the date had been. */
  restampedDays: number;
}

/** One action's bundles for several counties (the league), with the counties that failed and why. */
export interface ExportBatch {
  bundles: (ExportedBundle & { to: string; toName: string })[];
  failed: { to: string; toName: string; problem: string; params?: Record<string, string | number> }[];
}

/** Changes refused on import and kept in quarantine, newest first. */
export interface QuarantinePage {
  total: number;
  items: { id: number; at: string; bundleId: string; rejection: Rejection }[];
}
