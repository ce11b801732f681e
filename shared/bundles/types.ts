/** What an import (or its preview) reports, for the CLI's --json and the 数据交换 screen. */
export interface EntityCounts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
  conflicts: number;
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
  /** When a duplicate was first imported. */
  importedAt: string | null;
  /** Bundles from this source that never arrived (exports are cumulative: no data is missing). */
  gap: { expected: number; got: number } | null;
  entities: Record<string, EntityCounts>;
  rejected: { entity: string; rowId: string; reason: string }[];
  conflicts: { entity: string; rowId: string; field: string }[];
  attachments: number;
  /** How far ahead of this PC's clock the newest change was, when suspiciously far (ms). */
  futureDriftMs: number | null;
}
