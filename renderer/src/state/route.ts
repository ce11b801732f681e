/**
 * Where the app is: one typed route `{ section, view, params }` (zustand). Every screen change goes
 * through `navigate` — the menu, back buttons, a report figure opening the case list, a home card
 * opening a case or a GI user — so features never reach into each other's state.
 *
 * Besides the current route the store remembers, per section, the screen it showed last (the menu
 * returns there) and the list records were opened from, with its filters (`lists`): opening a
 * record and going back keeps the filters, because they live here and not in the list's component.
 * It also knows whether a form on the current screen has unsaved edits (the leave guard asks first).
 */
import { create } from 'zustand';
import { localIsoDate } from '../../../shared/calendar';
import type { CaseListDraft } from '../../../shared/cases/schemas';
import type { UserFlag, UserStatus } from '../../../shared/gi/vocabulary';
import type { Section } from './sections';

/** A screen of a section: which view, with its parameters (ids, tabs, a list's filters). */
export interface Screen<V extends string, P = NoParams> {
  view: V;
  params: P;
}
export type NoParams = Record<string, never>;
const NONE: NoParams = {};

// ── 案件台账 ──────────────────────────────────────────────────────────────────────────────────

export const CASE_PAGE_SIZE = 20;

/** Where a drilled-down case list came from: the figure clicked, and the section to go back to. */
export interface DrillOrigin {
  label: string;
  section: Section;
}

export interface CaseListParams {
  query: CaseListDraft;
  /** Set while the list shows exactly the cases behind a figure; any filter change clears it. */
  origin: DrillOrigin | null;
}

export type CaseListScreen = Screen<'list', CaseListParams>;
export type CasesScreen = CaseListScreen | Screen<'new'> | Screen<'detail', { id: string }> | Screen<'edit', { id: string }>;

export const INITIAL_CASE_QUERY: CaseListDraft = { sort: 'leadDate', order: 'desc', offset: 0, limit: CASE_PAGE_SIZE };

// ── 地理标志 ──────────────────────────────────────────────────────────────────────────────────

/** A GI's user list, with its filters. */
export interface GiUsersParams {
  giId: string;
  status?: UserStatus;
  flag?: UserFlag;
  search?: string;
  /** The league's 办案单位 filter (a county code). */
  unit?: string;
}

/** The GI screens a user's detail goes back to. */
export type GiListScreen = Screen<'catalogue'> | Screen<'attention'> | Screen<'users', GiUsersParams>;
export type GiScreen = GiListScreen | Screen<'user', { id: string }> | Screen<'newUser', { giId: string }> | Screen<'editUser', { id: string }>;

// ── 工作任务 ──────────────────────────────────────────────────────────────────────────────────

export type PlansTab = 'tasks' | 'indicators';
export type PlanTab = 'tasks' | 'matrix' | 'text';
export type PlansScreen = Screen<'main', { tab: PlansTab }> | Screen<'plan', { id: string; tab: PlanTab }>;

// ── 执法行动 ──────────────────────────────────────────────────────────────────────────────────

/** 执法行动记录: the year's actions, or the unit's key physical markets. */
export type ActionsTab = 'actions' | 'markets';
export type ActionsScreen = Screen<'main', { year: number; tab: ActionsTab }>;

// ── 统计报表 ──────────────────────────────────────────────────────────────────────────────────

export const REPORT_TABS = ['samr', 'campaign', 'gi', 'tasks', 'completeness'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** The period and unit every report tab shares (kept while a drill-down list is open). */
export interface ReportParams {
  year: number;
  /** 1–4, or 0 for the whole year. */
  quarter: number;
  /** A county of the league; undefined: the ledger's own unit (a league's total). */
  unit: string | undefined;
  campaign: string;
}

/** The view of 统计报表 is its tab. */
export type ReportsScreen = Screen<ReportTab, ReportParams>;

// ── The route ─────────────────────────────────────────────────────────────────────────────────

/** Each section's screens. */
export interface Screens {
  home: Screen<'main'>;
  plans: PlansScreen;
  cases: CasesScreen;
  actions: ActionsScreen;
  gi: GiScreen;
  reports: ReportsScreen;
  exchange: Screen<'main'>;
  changes: Screen<'main'>;
  reference: Screen<'main'>;
  settings: Screen<'main'>;
}

/** `{ section, view, params }`, typed per section: narrowing `section` and `view` types `params`. */
export type Route = { [S in Section]: { section: S } & Screens[S] }[Section];

/** The lists records are opened from, as last shown (with their filters). */
export interface Lists {
  cases: CaseListScreen;
  gi: GiListScreen;
}

export interface RouteState {
  route: Route;
  /** Each section's screen as last shown (the current section's is `route`'s). */
  screens: Screens;
  lists: Lists;
  /** A form on the current screen has edits that are not saved yet. */
  unsavedChanges: boolean;
  setUnsavedChanges(unsaved: boolean): void;
  /** Show exactly this screen. A list screen also becomes its section's remembered list. */
  navigate(route: Route): void;
  /** The menu: a section's last screen (案件台账: always its list); the current section's own item: its first screen. */
  openSection(section: Section): void;
  /** Narrow (or widen) the case list and show it: the first page, the drill-down banner gone unless only paging or sorting. */
  filterCases(patch: Partial<CaseListDraft>): void;
  /** The case list with no filters. */
  resetCaseFilters(): void;
  /** Open the case list filtered to exactly `query` (every other filter dropped), naming the figure and the way back. */
  drillCases(query: CaseListDraft, label: string): void;
}

function initialReportParams(): ReportParams {
  const today = localIsoDate();
  return { year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1, unit: undefined, campaign: 'tiequan' };
}

function initialScreens(): Screens {
  const main = { view: 'main', params: NONE } as const;
  return {
    home: main,
    plans: { view: 'main', params: { tab: 'tasks' } },
    cases: { view: 'list', params: { query: INITIAL_CASE_QUERY, origin: null } },
    actions: { view: 'main', params: { year: Number(localIsoDate().slice(0, 4)), tab: 'actions' } },
    gi: { view: 'catalogue', params: NONE },
    reports: { view: 'samr', params: initialReportParams() },
    exchange: main,
    changes: main,
    reference: main,
    settings: main,
  };
}

/** The route of a section's screen (the pairing TypeScript cannot see through a generic index). */
export function routeOf<S extends Section>(section: S, screen: Screens[S]): Route {
  return { section, ...screen } as Route;
}

function screenOf(route: Route): Screens[Section] {
  const { section: _section, ...screen } = route;
  return screen as Screens[Section];
}

/** What a section's own menu item shows when it is already open (sections not listed stay as they are). */
const FIRST_SCREEN: Partial<{ [S in Section]: (lists: Lists) => Screens[S] }> = {
  cases: (lists) => lists.cases,
  gi: () => ({ view: 'catalogue', params: NONE }),
  plans: () => ({ view: 'main', params: { tab: 'tasks' } }),
};

const ALWAYS_FIRST: ReadonlySet<Section> = new Set<Section>(['cases']);

export const useRoute = create<RouteState>((set, get) => {
  const initial = initialScreens();
  return {
    route: routeOf('home', initial.home),
    screens: initial,
    lists: { cases: initial.cases as CaseListScreen, gi: initial.gi as GiListScreen },
    unsavedChanges: false,
    setUnsavedChanges(unsavedChanges) {
      set({ unsavedChanges });
    },
    navigate(route) {
      set((s) => {
        const lists = { ...s.lists };
        if (route.section === 'cases' && route.view === 'list') lists.cases = screenOf(route) as CaseListScreen;
        if (route.section === 'gi' && (route.view === 'catalogue' || route.view === 'attention' || route.view === 'users'))
          lists.gi = screenOf(route) as GiListScreen;
        // Leaving a section leaves its forms (the leave guard has asked already).
        const unsavedChanges = route.section === s.route.section && s.unsavedChanges;
        return { route, screens: { ...s.screens, [route.section]: screenOf(route) }, lists, unsavedChanges };
      });
    },
    openSection(section) {
      const s = get();
      // 案件台账 always opens the list (as filtered), never the last case: a clerk choosing the menu item
      // wants the ledger, and reopening a case from hours ago read as "the menu is broken" (issue 17).
      const first = section === s.route.section || ALWAYS_FIRST.has(section) ? FIRST_SCREEN[section] : undefined;
      s.navigate(routeOf(section, first ? first(s.lists) : s.screens[section]));
    },
    filterCases(patch) {
      const { query, origin } = get().lists.cases.params;
      // Paging (incl. page size) or sorting keeps the drill-down banner; any other change means these are no longer the figure's cases.
      const paging = Object.keys(patch).every((k) => k === 'offset' || k === 'limit' || k === 'sort' || k === 'order');
      get().navigate({ section: 'cases', view: 'list', params: { query: { ...query, offset: 0, ...patch }, origin: paging ? origin : null } });
    },
    resetCaseFilters() {
      get().navigate({ section: 'cases', view: 'list', params: { query: INITIAL_CASE_QUERY, origin: null } });
    },
    drillCases(query, label) {
      const origin = { label, section: get().route.section };
      get().navigate({ section: 'cases', view: 'list', params: { query: { ...INITIAL_CASE_QUERY, ...query }, origin } });
    },
  };
});

/** A section's current (or last) screen, for the section's page. */
export function useScreen<S extends Section>(section: S): Screens[S] {
  return useRoute((s) => s.screens[section]);
}
