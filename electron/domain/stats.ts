/** Row counts per entity, for the home screen and `cli info`. */
import type { LedgerStats } from '../../shared/profile';
import type { Ledger } from '../store/ledger';
import { ENTITIES } from '../store/syncable';
import { referenceCounts } from './reference';

export function ledgerStats(ledger: Ledger): LedgerStats {
  const entities: Record<string, number> = {};
  for (const [name, spec] of Object.entries(ENTITIES)) {
    entities[name] = ledger.stmt(`SELECT count(*) FROM ${spec.table} WHERE deleted = 0`).pluck().get() as number;
  }
  return {
    entities,
    changeLogEntries: ledger.stmt('SELECT count(*) FROM changes').pluck().get() as number,
    reference: referenceCounts(ledger),
  };
}
