/**
 * Reasons a case write is refused. The domain throws DomainError('validation', <code>) and the
 * renderer shows `validation.<code>` from the locales, so every code has a Chinese and an
 * English message (the i18n test checks the set).
 */
export const VALIDATION_CODES = [
  'case_number_taken',
  'doc_number_taken',
  'dates_out_of_order',
  'date_in_future',
  'stage_backwards',
  'stage_closed',
  'decision_needs_outcome',
  'decision_needs_number',
  'penalty_needs_amount',
  /** 行政处罚法第9条: a penalty names its kind (警告, 罚款, 没收 …). */
  'penalty_needs_kind',
  /** 立案/告知/陈述申辩 window warnings not confirmed with a reason (行政处罚法第44、54、62、64条). */
  'procedure_needs_reason',
  'stage_not_in_procedure',
  'stage_skip_refused',
  'simplified_cap',
  'publish_not_required',
  'hearing_needs_notice',
  'extension_invalid',
  'close_needs_decision',
  'transfer_needs_receiver',
  'party_identifier_invalid',
  'party_identifier_unconfirmed',
  'township_unknown',
  'campaign_unknown',
  'attachment_too_large',
  'attachment_empty',
  'attachment_type',
  'attachment_damaged',
  'calendar_needs_name',
  'uscc_invalid',
  'uscc_unconfirmed',
  'gi_user_duplicate',
  'gi_user_county_only',
  'gi_revoked',
  'gi_duplicate',
  'gi_status_invalid',
  'gi_proposal_unknown',
  'gi_league_owned',
  'gi_county_proposal',
  'area_unknown',
  'gi_step_closed',
  'gi_step_backwards',
  'gi_site_check_required',
  'gi_announcement_required',
  'gi_status_change_invalid',
  'gi_report_not_approved',
  'gi_report_year',
  'gi_report_unused_quantity',
  'gi_inspection_result_mismatch',
  'gi_inspection_passed',
  'plan_league_only',
  'report_county_only',
  'task_not_assigned',
  'report_period_unknown',
  'task_unit_unknown',
  'plan_copy_year',
  'plan_template_other_league',
  'plan_dates_year',
  'case_prefix_taken',
  'export_many_league_only',
  'export_not_our_county',
  'indicator_code_taken',
  'indicator_computed',
  /** 挽回外商投资企业经济损失 is a part of 挽回经济损失 (SAMR form columns 5 and 11). */
  'recovered_foreign_exceeds',
  'recovered_foreign_needs_flag',
  /** 其他 (before the SAMR form's 其他商标 / 其他专利 rows) is kept on old cases, not chosen for new ones. */
  'category_legacy',
  /** Enforcement actions are a county's records. */
  'action_county_only',
  /** An action in a physical market names the market. */
  'action_market_required',
  'market_name_taken',
  /** The record belongs to another unit: only that unit changes it (its edits travel in its bundles). */
  'not_owner',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export function isValidationCode(value: string): value is ValidationCode {
  return (VALIDATION_CODES as readonly string[]).includes(value);
}
