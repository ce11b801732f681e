/**
 * The bundle format (docs/bundle-format.md): a ZIP with manifest.json, manifest.sig (raw 64-byte
 * Ed25519 over the exact manifest bytes), changes.ndjson and attachments/<sha256>. Everything a
 * reader must check before trusting a byte is defined here: names, limits, versions.
 */
export const BUNDLE_FORMAT = 'ip-ledger-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
export const CHANGES = 'changes.ndjson';

/** The only entry names a bundle may contain (ASCII; anything else is refused). */
export const ENTRY_NAME = /^(manifest\.json|manifest\.sig|changes\.ndjson|attachments\/[0-9a-f]{64})$/;

export const LIMITS = {
  /** Entries in the ZIP (a county's attachments for years stay far below this). */
  maxEntries: 200_000,
  maxManifestBytes: 16 * 1024 * 1024,
  /**
   * One change-log entry per line. A case has ~45 short fields, but a plan's text may be 100
   * sections × 20,000 characters (shared/plans/schemas.ts), ~6 MB of UTF-8: the limit must be above
   * anything a screen lets a user save, or that record could never be sent and would block every
   * later export.
   */
  maxLineBytes: 8 * 1024 * 1024,
  maxChangesBytes: 4 * 1024 * 1024 * 1024,
  maxAttachmentBytes: 20 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024 * 1024,
  /** Uncompressed / compressed: text compresses ~10×, JSON lines up to ~30×; a bomb far more. */
  maxCompressionRatio: 200,
} as const;

export interface ManifestFile {
  name: string;
  sha256: string;
  size: number;
}

export interface Manifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  bundleId: string;
  createdAt: string;
  source: {
    installationId: string;
    unitCode: string;
    unitName: string;
    appVersion: string;
    schemaVersion: number;
    publicKeyPem: string;
  };
  destination: { unitCode: string };
  /** Per source installation: 1, 2, 3 … */
  sequence: number;
  /** sha256 of the previous bundle's manifest bytes from this source (null for the first). */
  previousManifestSha256: string | null;
  /** Cumulative: every change after `fromSeq` (exclusive) up to `throughSeq` of the source's log. */
  fromSeq: number;
  throughSeq: number;
  full: boolean;
  counts: { changes: number; attachments: number; entities: Record<string, number> };
  /** What the source has imported from the destination: per source installation, through which seq. */
  acknowledgements: { installationId: string; unitCode: string; throughSeq: number; sequence: number }[];
  files: ManifestFile[];
}

/** One line of changes.ndjson: a change-log entry exactly as stored (minus the local seq). */
export type BundleChange = RemoteChange;

import type { RemoteChange } from '../../store/change-log';
export { BUNDLE_PROBLEMS, type BundleProblem } from '../../../shared/bundles/problems';
import type { BundleProblem } from '../../../shared/bundles/problems';

export class BundleError extends Error {
  override name = 'BundleError';
  constructor(
    readonly problem: BundleProblem,
    readonly detail: string,
    /** Values the translated message needs (line number, days …). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${problem}: ${detail}`);
  }
}
