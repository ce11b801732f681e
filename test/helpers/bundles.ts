/** Bundle test helpers: ledgers for a league and its counties, content hashes, crafted bundles. */
import crypto from 'node:crypto';
import path from 'node:path';
import { setupProfile } from '../../electron/domain/core/profile';
import type { Session } from '../../electron/domain/core/session';
import { ENTITIES } from '../../electron/store/syncable';
import { writeCraftedBundle, type CraftOptions } from './craft-bundle';
import { tempDir, tempSession } from './temp-ledger';

export async function officeAt(unitCode: string, bureauName: string, now = Date.now()): Promise<Session> {
  const s = await tempSession({ now: () => now });
  setupProfile(s, { unitCode, bureauName, casePrefix: `${bureauName.slice(0, 2)}处罚`, operatorName: '测试' });
  return s;
}

/**
 * A hash of every syncable row owned by the given units (all columns but the local rowid):
 * two ledgers hold the same records exactly when their hashes agree.
 */
export function contentHash(session: Session, units: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const [entity, spec] of Object.entries(ENTITIES).sort(([a], [b]) => a.localeCompare(b))) {
    const rows = session.ledger.db
      .prepare(`SELECT * FROM "${spec.table}" WHERE unit_code IN (SELECT value FROM json_each(?)) ORDER BY id`)
      .all(JSON.stringify(units)) as Record<string, unknown>[];
    hash.update(entity);
    for (const r of rows)
      hash.update(
        JSON.stringify(
          Object.keys(r)
            .sort()
            .map((k) => [k, r[k]]),
        ),
      );
  }
  return hash.digest('hex');
}

/** Everything an import could touch, to show that a refused import changed nothing. */
export function ledgerFingerprint(session: Session): string {
  const db = session.ledger.db;
  const parts = [
    db.prepare('SELECT count(*), coalesce(max(seq), 0) FROM changes').raw().get(),
    db.prepare('SELECT count(*) FROM bundles_received').pluck().get(),
    db.prepare('SELECT count(*) FROM trusted_keys').pluck().get(),
    db.prepare('SELECT count(*) FROM quarantine').pluck().get(),
    db.prepare('SELECT hlc_last FROM installation').pluck().get(),
  ];
  return JSON.stringify(parts) + contentHash(session, ['152500', '152502', '152525', '152200', '152201']);
}

export type { CraftOptions } from './craft-bundle';

/** A crafted bundle (craft-bundle.ts) in a fresh temp folder. */
export function craftBundle(session: Session, destination: string, options: CraftOptions = {}): string {
  return writeCraftedBundle(session, destination, path.join(tempDir(), 'crafted.zip'), options);
}
