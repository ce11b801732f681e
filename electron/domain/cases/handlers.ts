/** The case-log slice. */
import type { casesContract } from '../../../shared/cases/contract';
import type { CaseDetail } from '../../../shared/cases/types';
import { localIsoDate } from '../../../shared/calendar';
import { readBlob } from '../core/blob-store';
import type { HandlersOf } from '../core/handlers';
import type { Session } from '../core/session';
import { addAttachment, removeAttachment, setAttachmentCaption } from './attachments';
import { deadlineOverview } from './deadline-store';
import { caseHistory } from './history';
import { countCases, listCases } from './list';
import { getCaseDetail } from './read';
import { editStageEvent } from './stage-edit';
import { advanceStage, checkAdvance } from './stages';
import { createCase, updateCase } from './write';

function detail(s: Session, id: string): CaseDetail {
  return getCaseDetail(s.ledger, id, s.attachmentsDir, localIsoDate(s.now()));
}

export const casesHandlers: HandlersOf<typeof casesContract> = {
  'cases.list': (s, input) => listCases(s.ledger, input, s.now()),
  'cases.count': (s, input) => countCases(s.ledger, input, s.now()),
  'cases.get': (s, input) => detail(s, input.id),
  'cases.create': (s, input) => detail(s, createCase(s, input)),
  'cases.update': (s, input) => {
    updateCase(s, input.id, input.fields);
    return detail(s, input.id);
  },
  'cases.advance': (s, input) => {
    advanceStage(s, input);
    return detail(s, input.caseId);
  },
  'cases.checkAdvance': (s, input) => checkAdvance(s, input),
  'cases.editStage': (s, input) => {
    editStageEvent(s, input);
    return detail(s, input.caseId);
  },
  'cases.history': (s, input) => caseHistory(s.ledger, input.id),
  'cases.deadlines': (s) => deadlineOverview(s.ledger, s.now()),
  'attachments.add': (s, input) => {
    addAttachment(s, input);
    return detail(s, input.caseId);
  },
  'attachments.caption': (s, input) => {
    setAttachmentCaption(s, input);
    return detail(s, input.caseId);
  },
  'attachments.remove': (s, input) => {
    removeAttachment(s, input.id);
    return detail(s, input.caseId);
  },
  'attachments.read': (s, input) => readBlob(s.ledger, s.attachmentsDir, input.sha256),
};
