/**
 * Closed vocabularies of the case log. Codes are stored; labels come from the locales
 * (`cases.category.<code>` …), so both languages stay complete. Open vocabularies that bureaus
 * edit (campaigns, goods categories, place types) are reference data instead (vocabulary.csv).
 */

/**
 * The eight case rows of SAMR's 知识产权执法数据统计表 (the form annexed to the 2020 铁拳 plan;
 * resources/reference/samr-form-2020.csv), in the form's order: 商标侵权, 地理标志, 官方标志、特殊标志和
 * 奥林匹克标志, 商标代理, 其他商标, 假冒专利, 专利代理, 其他专利.
 */
export const SAMR_CATEGORIES = [
  'trademark',
  'gi',
  'special_mark',
  'trademark_agency',
  'trademark_other',
  'patent_counterfeit',
  'patent_agency',
  'patent_other',
] as const;
/**
 * `other` is the single 其他 category of ledgers before issue 16. The form has no such row (it
 * separates 其他商标案件 from 其他专利案件), and which one a case belongs to cannot be guessed, so
 * stored `other` cases keep their value, are no longer offered for new cases, and the SAMR
 * return lists them as unclassified with a warning instead of placing them in a row.
 */
export const LEGACY_CATEGORIES = ['other'] as const;
export const CASE_CATEGORIES = [...SAMR_CATEGORIES, ...LEGACY_CATEGORIES] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export type SamrCategory = (typeof SAMR_CATEGORIES)[number];
export function isSamrCategory(c: string): c is SamrCategory {
  return (SAMR_CATEGORIES as readonly string[]).includes(c);
}

export const CASE_SOURCES = ['complaint', 'inspection', 'assigned', 'transferred_in', 'online_monitoring', 'random_check'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** Yes/no flags; each is its own column (`flag_<code>`) so reports can count them directly. */
export const CASE_FLAGS = ['ecommerce', 'physical_market', 'rural', 'foreign_investment', 'repeat', 'group', 'malicious'] as const;
export type CaseFlag = (typeof CASE_FLAGS)[number];

/**
 * Outcomes of a case. 行政处罚法第57条: 处罚 (penalty), 不予处罚 — 违法行为轻微并及时改正没有造成危害后果
 * (第33条第1款前段, minor), 初次违法且危害后果轻微并及时改正 (第33条第1款后段, first offence), 有证据足以证明
 * 没有主观过错 (第33条第2款, no fault), 违法事实不能成立 (第57条第1款第3项, not established) — and
 * 移送司法机关 (第27条、第57条第1款第4项). 不予立案 closes a lead that is never filed (程序规定第20条 [U]);
 * 终止调查 ends a filed case without a decision (程序规定 [U: article]); 移送其他行政机关 sends it to the
 * competent authority (行政处罚法第22条, 程序规定 [U: article]).
 */
export const CASE_OUTCOMES = [
  'penalty',
  'minor_no_penalty',
  'first_offence_no_penalty',
  'no_fault_no_penalty',
  'not_established',
  'transfer_judicial',
  'transfer_other',
  'terminated',
  'not_filed',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
/** Outcomes a 决定 stage may record (行政处罚法第57条). */
export const DECISION_OUTCOMES = [
  'penalty',
  'minor_no_penalty',
  'first_offence_no_penalty',
  'no_fault_no_penalty',
  'not_established',
  'transfer_judicial',
] as const satisfies readonly CaseOutcome[];
/** Outcomes that let a case close without a decision. */
export const CLOSE_WITHOUT_DECISION = ['not_filed', 'transfer_judicial', 'transfer_other', 'terminated'] as const satisfies readonly CaseOutcome[];

/**
 * Kinds of administrative penalty a decision imposes (行政处罚法第9条): 警告 alone, 没收 alone, a fine,
 * or any combination. Money is recorded in fine_fen / confiscated_fen; 没收非法财物 (goods) need no amount.
 */
export const PENALTY_KINDS = ['warning', 'fine', 'confiscate_income', 'confiscate_goods', 'other'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

/**
 * 简易程序 ceilings (行政处罚法第51条): a warning, or a fine up to 200 yuan for a citizen and
 * 3,000 yuan for an organisation, decided on the spot.
 */
export const SIMPLIFIED_FINE_CAP_FEN = { person: 200_00, organisation: 3000_00 } as const;

/**
 * The main path of `case-stages.csv`. A case moves forward along it (optional stages may be
 * skipped, e.g. 听证 and 集体讨论); it never moves back — a wrong entry is corrected by editing it.
 */
export const MAIN_STAGES = [
  'CLUE',
  'VERIFY',
  'FILE',
  'INVESTIGATE',
  'TERMINATE_INV',
  'REVIEW',
  'NOTIFY',
  'HEARING',
  'COLLECTIVE',
  'DECIDE',
  'SERVE',
  'PUBLISH',
  'EXECUTE',
  'CLOSE',
] as const;
export type MainStage = (typeof MAIN_STAGES)[number];

/** Transfers can happen from any stage and do not move the case along the main path. */
export const TRANSFER_STAGES = ['TRANSFER_POLICE', 'TRANSFER_OTHER'] as const;
export type TransferStage = (typeof TRANSFER_STAGES)[number];

export type StageCode = MainStage | TransferStage;
export const STAGE_CODES: readonly StageCode[] = [...MAIN_STAGES, ...TRANSFER_STAGES];

export function stageIndex(stage: MainStage): number {
  return MAIN_STAGES.indexOf(stage);
}

export function isMainStage(stage: string): stage is MainStage {
  return (MAIN_STAGES as readonly string[]).includes(stage);
}

/**
 * Numbered documents: counters restart every year per bureau per type. `case` is the case
 * number itself (立案); the others are the documents issued at a stage.
 */
export const DOC_TYPES = ['case', 'notice', 'decision', 'transfer', 'hearing'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Which numbered document a stage issues, if any. */
export const STAGE_DOC_TYPE: Partial<Record<StageCode, DocType>> = {
  NOTIFY: 'notice',
  // 听证通知书 (行政处罚法第64条第2项): its own yearly series (issue 16).
  HEARING: 'hearing',
  DECIDE: 'decision',
  TRANSFER_POLICE: 'transfer',
  TRANSFER_OTHER: 'transfer',
};

/** Inserted after the prefix's 代字 part for document types other than the case number. */
export const DOC_TYPE_MARK: Record<DocType, string> = {
  case: '',
  notice: '\u544a', // 告
  decision: '\u51b3', // 决
  transfer: '\u79fb', // 移
  hearing: '\u542c\u901a', // 听通 (听证通知书) [S: DOMAIN.md §6]
};

export const PARTY_KINDS = ['organisation', 'person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const ID_TYPES = ['uscc', 'id_card', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Kinds of editable reference vocabularies (reference/vocabulary.csv plus local edits). */
export const VOCABULARY_KINDS = ['campaign', 'goods_category', 'place_type', 'violation_type'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];
