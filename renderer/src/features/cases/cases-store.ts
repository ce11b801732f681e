/** Case screens' view state: which view is open and the list's filters (kept while a case is open). */
import { create } from 'zustand';
import type { CaseListDraft } from '../../../../shared/cases/schemas';

export type CaseView = { kind: 'list' } | { kind: 'new' } | { kind: 'detail'; id: string } | { kind: 'edit'; id: string };

export const PAGE_SIZE = 20;

interface CasesState {
  view: CaseView;
  query: CaseListDraft;
  show(view: CaseView): void;
  setQuery(patch: Partial<CaseListDraft>): void;
  resetQuery(): void;
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
  show(view) {
    set({ view });
  },
  setQuery(patch) {
    // Any change but paging itself starts again at the first page.
    set((s) => ({ query: { ...s.query, offset: 0, ...patch } }));
  },
  resetQuery() {
    set({ query: INITIAL_QUERY });
  },
}));
