/** What the case-log contract methods return. Amounts are integer fen; dates YYYY-MM-DD. */
import type { RecordHistory } from '../history/types';
import type { CaseTimeline, Deadline, DeadlineState } from './deadlines';
import type { CaseCategory, CaseFlag, CaseOutcome, CaseSource, DocType, IdType, MainStage, PartyKind, PenaltyKind, StageCode, VocabularyKind } from './vocabulary';
import type { ExtensionProblem } from './deadlines';
import type { ProcedureWarning } from './procedure';

/** One row of the case list: a few fields of the record plus what the list derives. */
export interface CaseSummary extends Pick<
  CaseRecord,
  | 'id'
  | 'unitCode'
  | 'caseNumber'
  | 'title'
  | 'campaigns'
  | 'category'
  | 'stage'
  | 'leadDate'
  | 'handlers'
  | 'amountInvolvedFen'
  | 'penaltyTotalFen'
  | 'flags'
  | 'updatedAt'
> {
  /** First party's name and its masked identifier (ID numbers are never shown in full in lists). */
  partyName: string;
  partyIdMasked: string;
  nextDeadline: Deadline | null;
  deadlineState: DeadlineState | null;
  policeTransferred: boolean;
}

export interface CasePage {
  rows: CaseSummary[];
  /** There is at least one more row after this page. */
  hasMore: boolean;
  /**
   * The search did not look at every case: 'window' = a 1–2 character search scans only the newest
   * `size` cases; 'cap' = more than `size` cases matched and only the newest `size` are used.
   */
  searchLimit: { kind: 'window' | 'cap'; size: number } | null;
}

/** Matching cases, counted up to a cap; `capped` says the real number is larger. */
export interface CaseCount {
  total: number;
  capped: boolean;
}

export interface CaseParty {
  id: string;
  kind: PartyKind;
  name: string;
  idType: IdType;
  idNumber: string;
  /** The user confirmed an identifier that fails its check. */
  idOverride: boolean;
  legalRepresentative: string;
  address: string;
  townshipCode: string | null;
  phone: string;
}

export interface CaseEvent {
  id: string;
  stage: StageCode;
  date: string;
  actor: string;
  docType: DocType | null;
  docNumber: string;
  outcome: CaseOutcome | null;
  receiver: string;
  persons: number | null;
  note: string;
  /** Procedure warnings the clerk confirmed, with the reason (issue 16). */
  overrideReason: string;
  createdAt: string;
}

export interface CaseAttachment {
  id: string;
  sha256: string;
  fileName: string;
  mime: string;
  size: number;
  caption: string;
  addedAt: string;
  addedBy: string;
  /** The blob is present in this installation's attachment store. */
  available: boolean;
}

/** A case: its timeline fields (dates, outcome, extensions) plus everything the form edits. */
export interface CaseRecord extends CaseTimeline {
  id: string;
  unitCode: string;
  caseNumber: string;
  title: string;
  campaigns: string[];
  category: CaseCategory;
  violationType: string;
  legalBasis: string;
  source: CaseSource;
  goods: string;
  goodsCategory: string;
  placeType: string;
  townshipCode: string | null;
  platform: string;
  shopUrl: string;
  flags: CaseFlag[];
  amountInvolvedFen: number | null;
  fineFen: number | null;
  confiscatedFen: number | null;
  /** 罚没合计 = 罚款 + 没收违法所得 (computed, never stored). */
  penaltyTotalFen: number;
  seizedQty: number | null;
  seizedUnit: string;
  seizedValueFen: number | null;
  destroyedQty: number | null;
  destroyedUnit: string;
  destroyedValueFen: number | null;
  /** 挽回经济损失 / 挽回外商投资企业经济损失 (SAMR form columns 5 and 11), fen. */
  recoveredLossFen: number | null;
  recoveredForeignLossFen: number | null;
  policeTransferDate: string | null;
  policeReceiver: string;
  policePersons: number | null;
  giProduct: string;
  /** The GI inspection this case was opened from (issue 4), if any. */
  giInspectionId: string | null;
  handlers: string;
  notes: string;
  stage: MainStage;
  decisionNumber: string;
  extensionNote: string;
  /** Kinds of penalty decided (行政处罚法第9条). */
  penaltyKinds: PenaltyKind[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface CaseDetail {
  record: CaseRecord;
  parties: CaseParty[];
  events: CaseEvent[];
  attachments: CaseAttachment[];
  deadlines: Deadline[];
  /** The 陈述申辩/听证 window and what a decision would be warned about today (shared/cases/procedure.ts). */
  procedure: CaseProcedureInfo;
  /** The GI inspection and authorised user the case was opened from. */
  giLink: GiCaseLink | null;
}

export interface CaseProcedureInfo {
  /** Last day of the 5-working-day window (行政处罚法第62、64条), null while no notice was given. */
  noticeWindowEnd: string | null;
  /** Warnings a penalty decision dated today would raise. */
  decisionWarnings: ProcedureWarning[];
  /** Extensions that break the rules (head once ≤ 30 days, collective after it, each with a reason). */
  extensionProblems: ExtensionProblem[];
}

/** What recording a stage would be warned about (cases.checkAdvance). */
export interface StageCheck {
  warnings: ProcedureWarning[];
  /** First day after the 陈述申辩/听证 window, null while no notice was given. */
  earliestDecisionDate: string | null;
}

export interface GiCaseLink {
  inspectionId: string;
  inspectionDate: string;
  userId: string;
  enterpriseName: string;
  giName: string;
}

export type CaseHistory = RecordHistory;

export interface DeadlineItem {
  caseId: string;
  caseNumber: string;
  title: string;
  kind: Deadline['kind'];
  due: string;
  state: DeadlineState;
}

export interface DeadlineOverview {
  today: string;
  overdue: number;
  dueSoon: number;
  open: number;
  items: DeadlineItem[];
}

export interface VocabularyItem {
  kind: VocabularyKind;
  code: string;
  name: string;
  nameEn: string;
  active: boolean;
  /** 'shipped' rows come from resources/reference; 'edited' rows were added or changed here or by the league. */
  origin: 'shipped' | 'edited';
}
