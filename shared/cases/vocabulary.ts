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

/** 行政处罚法第57条 outcomes, plus 不予立案 for a lead that is never filed. */
export const CASE_OUTCOMES = ['penalty', 'minor_no_penalty', 'not_established', 'transfer_judicial', 'not_filed'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
/** Outcomes a 决定 stage may record. */
export const DECISION_OUTCOMES = ['penalty', 'minor_no_penalty', 'not_established', 'transfer_judicial'] as const satisfies readonly CaseOutcome[];
/** Outcomes that let a case close without a decision. */
export const CLOSE_WITHOUT_DECISION = ['not_filed', 'transfer_judicial'] as const satisfies readonly CaseOutcome[];

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
export const DOC_TYPES = ['case', 'notice', 'decision', 'transfer'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Which numbered document a stage issues, if any. */
export const STAGE_DOC_TYPE: Partial<Record<StageCode, DocType>> = {
  NOTIFY: 'notice',
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
};

export const PARTY_KINDS = ['organisation', 'person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const ID_TYPES = ['uscc', 'id_card', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Kinds of editable reference vocabularies (reference/vocabulary.csv plus local edits). */
export const VOCABULARY_KINDS = ['campaign', 'goods_category', 'place_type', 'violation_type'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];
