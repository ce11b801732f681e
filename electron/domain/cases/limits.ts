/**
 * Deadline limits from the time-limits reference table (editable data, see DOMAIN.md §3): the
 * rule rows are found by name and their numbers parsed; the statutory defaults fill any gap.
 */
import { DEFAULT_LIMITS, type DeadlineLimits } from '../../../shared/cases/deadlines';
import type { Ledger } from '../../store/ledger';

/** The first integer in a reference-table cell ("15", "10 工作日"), or null. */
export function firstNumber(text: string | undefined): number | null {
  const m = /(\d+)/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

export function loadLimits(ledger: Ledger): DeadlineLimits {
  const rows = ledger.stmt('SELECT rule, limit_text, extension FROM ref_time_limits').all() as { rule: string; limit_text: string; extension: string }[];
  const find = (prefix: string) => rows.find((r) => r.rule.startsWith(prefix));
  const filing = find('线索核查');
  const decision = find('作出处理决定');
  const service = find('决定书送达');
  const publication = find('处罚信息公示(同省)');
  return {
    filingWorkdays: firstNumber(filing?.limit_text) ?? DEFAULT_LIMITS.filingWorkdays,
    filingExtensionWorkdays: firstNumber(filing?.extension) ?? DEFAULT_LIMITS.filingExtensionWorkdays,
    decisionDays: firstNumber(decision?.limit_text) ?? DEFAULT_LIMITS.decisionDays,
    decisionExtensionDays: firstNumber(decision?.extension) ?? DEFAULT_LIMITS.decisionExtensionDays,
    serviceWorkdays: firstNumber(service?.limit_text) ?? DEFAULT_LIMITS.serviceWorkdays,
    publicationWorkdays: firstNumber(publication?.limit_text) ?? DEFAULT_LIMITS.publicationWorkdays,
  };
}
