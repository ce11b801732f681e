/**
 * Row counts for the home screen and `cli info`. Only counts that stay cheap at a million cases:
 * cases through a covering index, the change log's length from its append-only sequence.
 */
import type { LedgerStats } from '../../../shared/profile';
import type { Ledger } from '../../store/ledger';
import { referenceCounts } from '../core/reference-tables';

export function ledgerStats(ledger: Ledger): LedgerStats {
  const count = (sql: string) => ledger.stmt(sql).pluck().get() as number;
  return {
    entities: {
      bureau: count('SELECT count(*) FROM bureaus WHERE deleted = 0'),
      case: count('SELECT count(*) FROM cases WHERE deleted = 0'),
      gi: count('SELECT count(*) FROM gis WHERE deleted = 0'),
      gi_user: count('SELECT count(*) FROM gi_users WHERE deleted = 0'),
      task_report: count('SELECT count(*) FROM task_reports WHERE deleted = 0'),
    },
    // Append-only with AUTOINCREMENT and no deletes: the newest seq is the number of entries.
    changeLogEntries: count('SELECT coalesce(max(seq), 0) FROM changes'),
    reference: referenceCounts(ledger),
  };
}
