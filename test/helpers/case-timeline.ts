/** A case timeline with nothing recorded after the lead: the start of every deadline test. */
import type { CaseTimeline } from '../../shared/cases/deadlines';

export function leadOnly(leadDate: string): CaseTimeline {
  return {
    leadDate,
    filedDate: null,
    decidedDate: null,
    servedDate: null,
    publishedDate: null,
    closedDate: null,
    outcome: null,
    filingExtended: false,
    decisionExtended: false,
    excludedDays: 0,
    filingExcludedDays: 0,
    decisionExtensions: [],
    procedure: 'ordinary',
    noticeServedDate: null,
    hearingDate: null,
    rightsWaivedDate: null,
    policeReportDate: null,
    policeApprovedDate: null,
    policeTransferDate: null,
  };
}
