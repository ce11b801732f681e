/** Shapes of the reference data the store loads from resources/reference. */
export interface Township {
  code: string;
  name: string;
  countyCode: string;
}

export interface CaseStage {
  code: string;
  name: string;
  order: number;
  entryEvent: string;
  keyDocument: string;
  legalBasis: string;
}

export interface TimeLimit {
  rule: string;
  limit: string;
  unit: string;
  extension: string;
  excludedPeriods: string;
  basis: string;
  confidence: string;
}

export type HolidayKind = 'holiday' | 'workday';

export interface HolidayEntry {
  date: string;
  kind: HolidayKind;
  name: string;
  source: string;
}

/** A day of the holiday calendar in effect: shipped, or edited here / by the league. */
export interface CalendarEntry extends HolidayEntry {
  origin: 'shipped' | 'edited';
}
