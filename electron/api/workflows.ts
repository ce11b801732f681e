/**
 * Workflows across features: the features do not import each other (lint), so what needs two of
 * them in one transaction is composed here, above both.
 */
import type { giContract } from '../../shared/gi/contract';
import type { referenceContract } from '../../shared/reference/contract';
import { refreshDeadlines } from '../domain/cases/deadline-store';
import { createCase, linkCaseToInspection } from '../domain/cases/write';
import type { HandlersOf } from '../domain/core/handlers';
import type { Session } from '../domain/core/session';
import { caseForInspection, linkInspectionToCase } from '../domain/gi/inspections';
import { saveCalendarDay } from '../domain/reference/edits';

/** Open (or return the already opened) enforcement case for a failed GI inspection, linked both ways. */
export function openCaseFromInspection(session: Session, inspectionId: string): string {
  const planned = caseForInspection(session, inspectionId);
  if ('caseId' in planned) return planned.caseId;
  return session.ledger.write(() => {
    const caseId = createCase(session, planned.fields);
    linkCaseToInspection(session, caseId, inspectionId);
    linkInspectionToCase(session, inspectionId, caseId);
    return caseId;
  });
}

type Workflows = Pick<HandlersOf<typeof giContract>, 'gi.openCase'> & Pick<HandlersOf<typeof referenceContract>, 'reference.saveCalendarDay'>;

export const workflowHandlers: Workflows = {
  'gi.openCase': (s, input) => ({ caseId: openCaseFromInspection(s, input.inspectionId) }),
  'reference.saveCalendarDay': (s, input) => {
    const calendar = saveCalendarDay(s, input);
    // Recompute open cases' deadlines now, while the clerk waits on the save button, not on the next list.
    refreshDeadlines(s.ledger);
    return calendar;
  },
};
