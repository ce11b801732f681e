/** The reference slice (saving a calendar day is a workflow with the case deadlines: electron/api/workflows.ts). */
import type { referenceContract } from '../../../shared/reference/contract';
import type { HandlersOf } from '../core/handlers';
import { listCalendar, listVocabulary } from '../core/reference-overlay';
import { saveVocabularyItem } from './edits';
import { listCaseStages, listTimeLimits, listTownships, listUnits } from '../core/reference-tables';

export const referenceHandlers: Omit<HandlersOf<typeof referenceContract>, 'reference.saveCalendarDay'> = {
  'reference.units': (s) => listUnits(s.ledger),
  'reference.townships': (s, input) => listTownships(s.ledger, input.countyCode),
  'reference.caseStages': (s) => listCaseStages(s.ledger),
  'reference.timeLimits': (s) => listTimeLimits(s.ledger),
  'reference.calendar': (s, input) => listCalendar(s.ledger, input.year),
  'reference.vocabulary': (s, input) => listVocabulary(s.ledger, input.kind),
  'reference.saveVocabularyItem': (s, input) => saveVocabularyItem(s, input),
};
