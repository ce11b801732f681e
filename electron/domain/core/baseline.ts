/**
 * Baseline records: league data every installation must have from its first start (the GI
 * catalogue's seed entries, the plan's indicators and their targets). They are written as
 * change-log entries identical on every installation — a fixed id per seed key (UUIDv5), the
 * smallest possible HLC, installation `seed` — so every real edit wins the merge, a baseline
 * entry arriving in a bundle is already known, and no installation "authors" league records.
 * Seeding only inserts missing ids: an app update never overwrites an edit.
 */
import { v5 as uuidv5 } from 'uuid';
import { insertBaselineRecord, type FieldValue } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import type { EntityName } from '../../store/syncable';

export const SEED_INSTALLATION = 'seed';
export const SEED_USER = 'seed';
/** The minimum HLC: 1970-01-01, counter 0, node 0. */
export const SEED_HLC = '1970-01-01T00:00:00.000Z-0000-0000000000000000';
const SEED_AT = '1970-01-01T00:00:00.000Z';
/** Namespace for seed ids (a random v4 fixed once; changing it would duplicate every seed row). */
const SEED_NAMESPACE = '3f1d2c5e-8b4a-4f6e-9c7d-2a1b0e9f8d76';

/** The fixed id of a baseline row, from a key unique across all baseline data (e.g. `indicator:152500:new_gi`). */
export function baselineId(key: string): string {
  return uuidv5(key, SEED_NAMESPACE);
}

export interface BaselineRow {
  entity: EntityName;
  id: string;
  unitCode: string;
  fields: Record<string, FieldValue>;
}

/** Insert the baseline rows this ledger does not have yet. Returns how many were added. */
export function seedBaseline(ledger: Ledger, rows: readonly BaselineRow[]): number {
  let added = 0;
  ledger.write(() => {
    for (const r of rows) {
      const baseline = { id: r.id, unitCode: r.unitCode, hlc: SEED_HLC, installationId: SEED_INSTALLATION, user: SEED_USER, at: SEED_AT };
      if (insertBaselineRecord(ledger, r.entity, baseline, r.fields)) added++;
    }
  });
  return added;
}
