/**
 * Closed vocabularies of the GI register (docs/domain.md §4). Codes are stored; labels come from the
 * locales (`gi.kind.<code>` …). Time limits of the register (initial review, non-use) are
 * reference data (time-limits.csv), not constants here.
 */

/** The legal kinds of a GI, plus `unconfirmed` for seed entries whose kind is not yet known. */
export const GI_KINDS = ['product', 'certification_mark', 'collective_mark', 'agri_product', 'unconfirmed'] as const;
export type GiKind = (typeof GI_KINDS)[number];
/** Kinds that are trademarks: they carry a Nice class and a registration number. */
export const MARK_KINDS: readonly GiKind[] = ['certification_mark', 'collective_mark'];

/** A catalogue entry: in force, proposed by a county (not yet adopted by the league), or revoked. */
export const GI_STATUSES = ['active', 'proposed', 'revoked'] as const;
export type GiStatus = (typeof GI_STATUSES)[number];

/** How sure we are of a catalogue entry's facts ([V] verified, [S] sourced, [U] unconfirmed). */
export const CONFIDENCES = ['V', 'S', 'U'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** 专用标志使用人 status. */
export const USER_STATUSES = ['applying', 'approved', 'suspended', 'cancelled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/**
 * The approval chain, in order: county initial review with its site check → league → region →
 * CNIPA announcement (which makes the user 已核准). Later steps may be recorded without the
 * intermediate ones (a user approved years ago is entered from the announcement).
 */
export const APPROVAL_STEPS = ['county_review', 'league_review', 'region_review', 'announced'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

/** Status changes after approval. `approved` here means "resume" a suspended user. */
export const STATUS_ACTIONS = ['suspended', 'approved', 'cancelled'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

/** The checklist of a mark-use inspection. */
export const CHECK_ITEMS = ['mark_display', 'uscc_printed', 'product_scope', 'producer_area', 'records_kept'] as const;
export type CheckItem = (typeof CHECK_ITEMS)[number];
export const CHECK_RESULTS = ['pass', 'fail', 'na'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const INSPECTION_RESULTS = ['pass', 'rectify', 'fail'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** Computed flags of an authorised user (see flags.ts). */
export const USER_FLAGS = ['review_overdue', 'non_use', 'use_report_missing', 'out_of_scope', 'out_of_area', 'inspection_failed'] as const;
export type UserFlag = (typeof USER_FLAGS)[number];

/** Entries of a user's timeline: the application, the approval steps, later status changes. */
export const TIMELINE_STEPS = ['applied', ...APPROVAL_STEPS, ...STATUS_ACTIONS] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];
