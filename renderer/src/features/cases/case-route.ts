/** The case screens in the route (state/route.ts): list (its filters kept there), new, detail, edit. */
import type { CaseListDraft } from '../../../../shared/cases/schemas';
import { routeOf, useRoute, type CasesScreen } from '../../state/route';

function show(screen: CasesScreen): void {
  useRoute.getState().navigate(routeOf('cases', screen));
}

/** The list as last shown, with its filters. */
export function showCaseList(): void {
  show(useRoute.getState().lists.cases);
}

export function showCase(id: string): void {
  show({ view: 'detail', params: { id } });
}

export function editCase(id: string): void {
  show({ view: 'edit', params: { id } });
}

export function newCase(): void {
  show({ view: 'new', params: {} });
}

/** Whether any filter or search narrows the list (the empty state says "no match" instead of "no cases yet"). */
export function isFiltered(q: CaseListDraft): boolean {
  const lists = [q.campaigns, q.categories, q.stages, q.flags].some((l) => (l?.length ?? 0) > 0);
  return lists || !!q.search || !!q.handler || !!q.unitCode || !!q.dateFrom || !!q.dateTo || (q.deadline ?? 'any') !== 'any';
}
