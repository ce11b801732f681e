/** Case screens' view state: which view is open and the list's filters (kept while a case is open). */
import { create } from 'zustand';
import type { CaseListDraft } from '../../../../shared/cases/schemas';
import type { Section } from '../../state/sections';

export type CaseView = { kind: 'list' } | { kind: 'new' } | { kind: 'detail'; id: string } | { kind: 'edit'; id: string };

export const PAGE_SIZE = 20;

/** Where a drilled-down list came from: the number clicked, and the screen to go back to. */
export interface DrillOrigin {
  label: string;
  section: Section;
}

interface CasesState {
  view: CaseView;
  query: CaseListDraft;
  /** Set while the list shows exactly the cases behind a report's number; any filter change clears it. */
  origin: DrillOrigin | null;
  show(view: CaseView): void;
  setQuery(patch: Partial<CaseListDraft>): void;
  resetQuery(): void;
  /** Open the list filtered to exactly `query` (replacing every other filter). */
  drill(query: CaseListDraft, origin: DrillOrigin): void;
}

const INITIAL_QUERY: CaseListDraft = { sort: 'leadDate', order: 'desc', offset: 0, limit: PAGE_SIZE };

/** Whether any filter or search narrows the list (the empty state says "no match" instead of "no cases yet"). */
export function isFiltered(q: CaseListDraft): boolean {
  const lists = [q.campaigns, q.categories, q.stages, q.flags].some((l) => (l?.length ?? 0) > 0);
  return lists || !!q.search || !!q.handler || !!q.unitCode || !!q.dateFrom || !!q.dateTo || (q.deadline ?? 'any') !== 'any';
}

export const useCasesStore = create<CasesState>((set) => ({
  view: { kind: 'list' },
  query: INITIAL_QUERY,
  origin: null,
  show(view) {
    set({ view });
  },
  setQuery(patch) {
    // Any change but paging itself starts again at the first page; a changed filter (not paging or
    // sorting) no longer
    // shows the cases behind the report's number.
    const paging = Object.keys(patch).every((k) => k === 'offset' || k === 'sort' || k === 'order');
    set((s) => ({ query: { ...s.query, offset: 0, ...patch }, origin: paging ? s.origin : null }));
  },
  resetQuery() {
    set({ query: INITIAL_QUERY, origin: null });
  },
  drill(query, origin) {
    set({ query: { ...INITIAL_QUERY, ...query }, origin, view: { kind: 'list' } });
  },
}));
