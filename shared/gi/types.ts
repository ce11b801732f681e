/** Shapes the GI register's contract methods return. */
import type { RecordHistory } from '../history/types';
import type { CheckItem, CheckResult, Confidence, GiKind, GiStatus, InspectionResult, TimelineStep, UserFlag, UserStatus } from './vocabulary';

export interface GiEntry {
  id: string;
  unitCode: string;
  name: string;
  kind: GiKind;
  identifier: string;
  registeredDate: string;
  holder: string;
  niceClass: string;
  areaCodes: string[];
  areaText: string;
  productScope: string[];
  qualityStandard: string;
  status: GiStatus;
  source: string;
  confidence: Confidence;
  verified: boolean;
  adoptedFrom: string;
  notes: string;
  /** Shipped with the app (gi-seed.csv) and not edited since. */
  seeded: boolean;
  updatedAt: string;
}

export interface GiSummary extends GiEntry {
  /** Authorised users per status. */
  users: Record<UserStatus, number>;
  /** Users with at least one flag. */
  flagged: number;
  /** A proposal the league has adopted into one of its own entries. */
  adoptedBy: string | null;
}

export interface GiUserRecord {
  id: string;
  unitCode: string;
  giId: string;
  enterpriseName: string;
  uscc: string;
  usccOverride: boolean;
  legalRepresentative: string;
  address: string;
  townshipCode: string | null;
  products: string[];
  varieties: string;
  contactPerson: string;
  phone: string;
  status: UserStatus;
  appliedDate: string;
  countyReviewDate: string | null;
  siteCheckDate: string | null;
  leagueReviewDate: string | null;
  regionReviewDate: string | null;
  announcedDate: string | null;
  announcementNumber: string;
  statusDate: string | null;
  statusReason: string;
  notes: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface GiUserRow extends GiUserRecord {
  giName: string;
  flags: UserFlag[];
  /** Latest use report year and whether it reported use. */
  lastReport: { year: number; used: boolean } | null;
}

export interface ApprovalEvent {
  id: string;
  step: TimelineStep;
  date: string;
  actor: string;
  note: string;
  announcementNumber: string;
  siteCheckDate: string | null;
  createdBy: string;
  createdAt: string;
}

export interface UseReport {
  id: string;
  year: number;
  used: boolean;
  quantity: number | null;
  quantityUnit: string;
  valueFen: number | null;
  labelsPrinted: number | null;
  reportedDate: string;
  note: string;
  updatedBy: string;
}

export interface InspectionPhoto {
  id: string;
  sha256: string;
  fileName: string;
  mime: string;
  size: number;
  caption: string;
  available: boolean;
}

export interface Inspection {
  id: string;
  date: string;
  inspectors: string;
  checklist: Record<CheckItem, CheckResult>;
  result: InspectionResult;
  findings: string;
  followUp: string;
  caseId: string | null;
  caseNumber: string | null;
  photos: InspectionPhoto[];
  createdBy: string;
}

export interface GiUserDetail {
  record: GiUserRecord;
  gi: GiEntry;
  flags: UserFlag[];
  /** Working days the initial review has been waiting (null when not waiting). */
  reviewWaitingWorkdays: number | null;
  reviewLimitWorkdays: number;
  nonUseYears: number;
  /** The day the two-year non-use period counts from: the end of the last year reported used, else the approval (shared/gi/flags.ts). */
  nonUseSince: string | null;
  events: ApprovalEvent[];
  reports: UseReport[];
  inspections: Inspection[];
}

export type GiHistory = RecordHistory;
