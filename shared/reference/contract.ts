/** Reference data: units, townships, stages, time limits, and the editable calendar and vocabularies. */
import { z } from 'zod';
import { holidaySaveSchema, vocabularySaveSchema } from '../cases/schemas';
import type { VocabularyItem } from '../cases/types';
import { VOCABULARY_KINDS } from '../cases/vocabulary';
import { method, none } from '../contract-kit';
import { unitCodeSchema, yearSchema } from '../schema-parts';
import type { Unit } from '../units';
import type { CalendarEntry, CaseStage, TimeLimit, Township } from './types';

export const referenceContract = {
  'reference.units': method<Unit[]>()(none),
  'reference.townships': method<Township[]>()(z.object({ countyCode: unitCodeSchema.optional() }).strict()),
  'reference.caseStages': method<CaseStage[]>()(none),
  'reference.timeLimits': method<TimeLimit[]>()(none),
  'reference.calendar': method<CalendarEntry[]>()(z.object({ year: yearSchema.optional() }).strict()),
  'reference.saveCalendarDay': method<CalendarEntry[]>()(holidaySaveSchema),
  'reference.vocabulary': method<VocabularyItem[]>()(z.object({ kind: z.enum(VOCABULARY_KINDS).optional() }).strict()),
  'reference.saveVocabularyItem': method<VocabularyItem[]>()(vocabularySaveSchema),
} as const;
