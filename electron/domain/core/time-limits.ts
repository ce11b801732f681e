/**
 * Legal time limits from the time-limits reference table (editable data, see docs/domain.md §3), for
 * every feature that counts days: the rule rows are found by name and their numbers parsed; the
 * statutory defaults fill any gap.
 */
import { DEFAULT_LIMITS, type DeadlineLimits } from '../../../shared/cases/deadlines';
import { DEFAULT_REGISTER_LIMITS, type RegisterLimits } from '../../../shared/gi/flags';
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
  const notice = find('陈述申辩');
  const policeApproval = find('移送公安-负责人审批');
  const policeHandover = find('移送公安-批准后移送');
  return {
    filingWorkdays: firstNumber(filing?.limit_text) ?? DEFAULT_LIMITS.filingWorkdays,
    filingExtensionWorkdays: firstNumber(filing?.extension) ?? DEFAULT_LIMITS.filingExtensionWorkdays,
    decisionDays: firstNumber(decision?.limit_text) ?? DEFAULT_LIMITS.decisionDays,
    decisionExtensionDays: firstNumber(decision?.extension) ?? DEFAULT_LIMITS.decisionExtensionDays,
    serviceWorkdays: firstNumber(service?.limit_text) ?? DEFAULT_LIMITS.serviceWorkdays,
    publicationWorkdays: firstNumber(publication?.limit_text) ?? DEFAULT_LIMITS.publicationWorkdays,
    noticeWindowWorkdays: firstNumber(notice?.limit_text) ?? DEFAULT_LIMITS.noticeWindowWorkdays,
    policeApprovalDays: firstNumber(policeApproval?.limit_text) ?? DEFAULT_LIMITS.policeApprovalDays,
    policeHandoverHours: firstNumber(policeHandover?.limit_text) ?? DEFAULT_LIMITS.policeHandoverHours,
  };
}

/** The GI register's limits (initial review, non-use), defaults where a row is missing. */
export function loadRegisterLimits(ledger: Ledger): RegisterLimits {
  const rows = ledger.stmt('SELECT rule, limit_text FROM ref_time_limits').all() as { rule: string; limit_text: string }[];
  const find = (prefix: string) => firstNumber(rows.find((r) => r.rule.startsWith(prefix))?.limit_text);
  return {
    reviewWorkdays: find('地理标志专用标志使用申请初审') ?? DEFAULT_REGISTER_LIMITS.reviewWorkdays,
    nonUseYears: find('专用标志连续未使用') ?? DEFAULT_REGISTER_LIMITS.nonUseYears,
  };
}
