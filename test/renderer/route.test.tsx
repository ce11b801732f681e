/**
 * The route state (renderer/src/state/route.ts): one `{ section, view, params }`, each section's
 * last screen, the lists records are opened from with their filters, and the case drill-down.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dashboardCaseQuery } from '../../shared/reports/dashboard';
import { showCase, showCaseList } from '../../renderer/src/features/cases/case-route';
import { userBack, usersOf } from '../../renderer/src/features/gi/gi-route';
import { INITIAL_CASE_QUERY, useRoute, type GiListScreen } from '../../renderer/src/state/route';

const state = () => useRoute.getState();

beforeEach(() => useRoute.setState(useRoute.getInitialState(), true));

describe('the route', () => {
  it('starts at home; navigate shows exactly the route and each section keeps its last screen', () => {
    expect(state().route).toStrictEqual({ section: 'home', view: 'main', params: {} });
    state().navigate({ section: 'cases', view: 'detail', params: { id: 'case-1' } });
    expect(state().route).toStrictEqual({ section: 'cases', view: 'detail', params: { id: 'case-1' } });
    state().navigate({ section: 'plans', view: 'plan', params: { id: 'plan-1', tab: 'matrix' } });

    // The menu: 案件台账 always shows the case list, never the last case (issue 17) …
    state().openSection('cases');
    expect(state().route).toStrictEqual({ section: 'cases', view: 'list', params: { query: INITIAL_CASE_QUERY, origin: null } });
    state().navigate({ section: 'plans', view: 'plan', params: { id: 'plan-1', tab: 'matrix' } });
    state().openSection('home');
    // … another section shows its last screen …
    state().openSection('plans');
    expect(state().route).toStrictEqual({ section: 'plans', view: 'plan', params: { id: 'plan-1', tab: 'matrix' } });
    // … and the current section's own item its first screen.
    state().openSection('plans');
    expect(state().route).toStrictEqual({ section: 'plans', view: 'main', params: { tab: 'tasks' } });
    state().navigate({ section: 'gi', view: 'user', params: { id: 'user-1' } });
    state().openSection('gi');
    expect(state().route).toStrictEqual({ section: 'gi', view: 'catalogue', params: {} });
    // Sections with one screen stay as they are.
    state().openSection('exchange');
    state().openSection('exchange');
    expect(state().route).toStrictEqual({ section: 'exchange', view: 'main', params: {} });
  });

  it('keeps the case list filters while a case is open, and "back" shows the list as it was', () => {
    state().filterCases({ search: '羊肉', campaigns: ['tiequan'], deadline: 'open' });
    state().filterCases({ offset: 40 });
    const list = state().route;
    expect(list).toStrictEqual({
      section: 'cases',
      view: 'list',
      params: { query: { ...INITIAL_CASE_QUERY, search: '羊肉', campaigns: ['tiequan'], deadline: 'open', offset: 40 }, origin: null },
    });
    showCase('case-7');
    expect(state().route).toStrictEqual({ section: 'cases', view: 'detail', params: { id: 'case-7' } });
    showCaseList();
    expect(state().route).toStrictEqual(list);

    // Leaving the section and coming back by the menu keeps them too.
    showCase('case-7');
    state().openSection('home');
    state().openSection('cases');
    state().openSection('cases');
    expect(state().route).toStrictEqual(list);

    // A changed filter starts at the first page; resetting drops every filter.
    state().filterCases({ stages: ['FILE'] });
    expect(state().lists.cases.params.query.offset).toBe(0);
    state().resetCaseFilters();
    expect(state().route).toStrictEqual({ section: 'cases', view: 'list', params: { query: INITIAL_CASE_QUERY, origin: null } });
  });

  it('a drill from a report sets exactly the figure’s case query; paging keeps the banner, a filter drops it; back returns to the report as it was', () => {
    // Filters left over from earlier work …
    state().filterCases({ search: '奶酪', categories: ['patent_counterfeit'], handler: '王强' });
    // … then a report: the campaign tab for 2025 and one county.
    state().navigate({ section: 'reports', view: 'campaign', params: { year: 2025, quarter: 0, unit: '152502', campaign: 'lantian' } });
    const report = state().route;
    const figure = dashboardCaseQuery(2025, 'filed', '152502');
    state().drillCases(figure, '2025年 · 锡林浩特 · 立案');

    expect(state().route).toStrictEqual({
      section: 'cases',
      view: 'list',
      params: { query: { ...INITIAL_CASE_QUERY, ...figure }, origin: { label: '2025年 · 锡林浩特 · 立案', section: 'reports' } },
    });
    expect(state().lists.cases.params.query).toStrictEqual({
      sort: 'leadDate',
      order: 'desc',
      offset: 0,
      limit: 20,
      dateField: 'filed',
      dateFrom: '2025-01-01',
      dateTo: '2025-12-31',
      unitCode: '152502',
    });

    // The banner's way back (openSection of its origin) finds the report on the same tab and period.
    state().openSection(state().lists.cases.params.origin?.section ?? 'home');
    expect(state().route).toStrictEqual(report);

    // Paging and sorting still show the figure's cases; any other filter no longer does.
    state().drillCases(figure, '2025年 · 锡林浩特 · 立案');
    state().filterCases({ offset: 20 });
    state().filterCases({ sort: 'caseNumber', order: 'asc' });
    expect(state().lists.cases.params.origin?.section).toBe('reports');
    state().filterCases({ search: '羊肉' });
    expect(state().lists.cases.params.origin).toBeNull();
  });

  it('a GI user goes back to the list it was opened from, with that list’s filters', () => {
    const filtered: GiListScreen = { view: 'users', params: { giId: 'gi-1', status: 'approved', flag: 'non_use', search: '草原' } };
    state().navigate({ section: 'gi', ...filtered });
    state().navigate({ section: 'gi', view: 'user', params: { id: 'user-1' } });
    state().navigate({ section: 'gi', view: 'editUser', params: { id: 'user-1' } });
    state().navigate({ section: 'gi', view: 'user', params: { id: 'user-1' } });
    expect(userBack(state().lists.gi, 'gi-1')).toStrictEqual(filtered);
    // A user of another GI (opened from a case or a report) goes back to its own GI's list, unfiltered.
    expect(userBack(state().lists.gi, 'gi-2')).toStrictEqual({ view: 'users', params: { giId: 'gi-2' } });

    state().navigate({ section: 'gi', view: 'attention', params: {} });
    state().navigate({ section: 'gi', view: 'user', params: { id: 'user-1' } });
    expect(userBack(state().lists.gi, 'gi-1')).toStrictEqual({ view: 'attention', params: {} });
    expect(usersOf(state().lists.gi, 'gi-1')).toStrictEqual({ view: 'users', params: { giId: 'gi-1' } });
  });

  it('clears the unsaved-edits flag when the section changes, not within it', () => {
    state().navigate({ section: 'cases', view: 'new', params: {} });
    state().setUnsavedChanges(true);
    state().navigate({ section: 'cases', view: 'detail', params: { id: 'case-1' } });
    expect(state().unsavedChanges).toBe(true);
    state().openSection('home');
    expect(state().unsavedChanges).toBe(false);
  });
});
