/**
 * Navigation through the route, on the real screens over the real preload bridge and dispatcher
 * (as app.test.tsx): filters survive opening a record, and a dashboard figure opens exactly its cases.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { setupProfile } from '../../electron/domain/core/profile';
import type { Session } from '../../electron/domain/core/session';
import { buildBridge } from '../../electron/preload/bridge';
import { App } from '../../renderer/src/App';
import { initI18n } from '../../renderer/src/i18n';
import { useAppStore } from '../../renderer/src/state/app-store';
import { INITIAL_CASE_QUERY, useRoute } from '../../renderer/src/state/route';
import { localIsoDate } from '../../shared/calendar';
import { dashboardCaseQuery } from '../../shared/reports/dashboard';
import { COUNTY_SETUP, tempSession } from '../helpers/temp-ledger';

type Dispatch = ReturnType<typeof createDispatch>;

// Whole screens over a real ledger: on a busy machine a list can take seconds to settle.
configure({ asyncUtilTimeout: 15_000 });

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
  return result.value as T;
}

/** A county ledger with two cases led this year and two users of 乌珠穆沁羊肉, served to the renderer. */
async function countyLedger(): Promise<{ session: Session; giId: string }> {
  const session = await tempSession();
  setupProfile(session, COUNTY_SETUP);
  const dispatch = createDispatch(session);
  window.ipLedger = buildBridge((channel, input) => dispatch(channel.replace(/^ledger:/, ''), input));
  const today = localIsoDate();
  const party = (name: string, idNumber: string) => [{ kind: 'organisation', name, idType: 'uscc', idNumber }];
  for (const [title, goods, uscc] of [
    ['销售假冒“锡林郭勒羊肉”商标的羊肉卷', '羊肉卷', '911522010783710635'],
    ['销售假冒注册商标的奶酪', '奶酪', '911525020783710633'],
  ] as const)
    await ok(dispatch, 'cases.create', { title, campaigns: ['tiequan'], category: 'trademark', source: 'inspection', goods, handlers: '王强', leadDate: today, parties: party(`${goods}商店`, uscc) });
  const catalogue = await ok<{ id: string; name: string }[]>(dispatch, 'gi.catalogue', undefined);
  const giId = catalogue.find((g) => g.name === '乌珠穆沁羊肉')?.id ?? '';
  for (const [name, uscc] of [
    ['锡林浩特市草原肉业有限公司', '911525020783710633'],
    ['锡林浩特市牧场食品有限公司', '911522010783710635'],
  ])
    await ok(dispatch, 'gi.createUser', { giId, enterpriseName: name, uscc, townshipCode: '152502001', products: ['羊肉'], appliedDate: '2024-03-01' });
  return { session, giId };
}

const nav = (label: string) => fireEvent.click(within(screen.getByTestId('main-nav')).getByText(label));

/** Type into an antd Input.Search (by its wrapper's test id) and press Enter. */
function search(testId: string, text: string): HTMLInputElement {
  const input = screen.getByTestId(testId).querySelector('input') ?? (screen.getByTestId(testId) as HTMLInputElement);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  return input;
}

describe('navigation through the route', { timeout: 90_000 }, () => {
  beforeEach(() => {
    initI18n('zh-CN');
    useAppStore.setState({ phase: 'loading', profile: null, language: 'zh-CN' });
    useRoute.setState(useRoute.getInitialState(), true);
  });

  it('a GI user opened from a filtered user list goes back to the same filtered list', async () => {
    await countyLedger();
    act(() => useRoute.getState().openSection('gi'));
    render(<App />);
    fireEvent.click(await screen.findByTestId('gi-open-乌珠穆沁羊肉'));
    await waitFor(() => expect(screen.getByTestId('gi-user-table').querySelectorAll('tr.clickable-row')).toHaveLength(2));
    search('gi-user-search', '牧场');
    await waitFor(() => expect(screen.getByTestId('gi-user-table').querySelectorAll('tr.clickable-row')).toHaveLength(1));

    fireEvent.click(within(screen.getByTestId('gi-user-table')).getByText('锡林浩特市牧场食品有限公司'));
    expect((await screen.findByTestId('user-title')).textContent).toBe('锡林浩特市牧场食品有限公司');
    fireEvent.click(screen.getByRole('button', { name: /返回/ }));

    await waitFor(() => expect(screen.getByTestId('gi-user-table').querySelectorAll('tr.clickable-row')).toHaveLength(1));
    expect(within(screen.getByTestId('gi-user-table')).getByText('锡林浩特市牧场食品有限公司')).toBeTruthy();
    expect((screen.getByTestId('gi-user-search').querySelector('input') as HTMLInputElement).value).toBe('牧场');
  });

  it('a case opened from a searched list goes back to the same list', async () => {
    await countyLedger();
    render(<App />);
    await screen.findByTestId('header-bureau');
    nav('案件台账');
    await waitFor(() => expect(screen.getAllByTestId('case-link')).toHaveLength(2));
    search('case-search', '奶酪');
    await waitFor(() => expect(screen.getAllByTestId('case-link')).toHaveLength(1));

    fireEvent.click(screen.getByTestId('case-link'));
    expect((await screen.findByTestId('detail-title')).textContent).toBe('销售假冒注册商标的奶酪');
    fireEvent.click(screen.getByRole('button', { name: /返回案件列表/ }));

    await waitFor(() => expect(screen.getAllByTestId('case-link')).toHaveLength(1));
    expect((screen.getByTestId('case-search').querySelector('input') as HTMLInputElement).value).toBe('奶酪');
  });

  it('a dashboard figure opens exactly the cases it counts, whatever the list showed before, and the banner leads back home', async () => {
    await countyLedger();
    // Earlier work left the case list searched.
    act(() => useRoute.getState().filterCases({ search: '奶酪', stages: ['FILE'] }));
    act(() => useRoute.getState().openSection('home'));
    render(<App />);
    fireEvent.click(await screen.findByTestId('dash-total-leads'));

    const year = Number(localIsoDate().slice(0, 4));
    expect(useRoute.getState().route).toMatchObject({ section: 'cases', view: 'list' });
    expect(useRoute.getState().lists.cases.params.query).toStrictEqual({ ...INITIAL_CASE_QUERY, ...dashboardCaseQuery(year, 'leads', COUNTY_SETUP.unitCode) });
    expect((await screen.findByTestId('drill-origin')).textContent).toContain('锡林浩特');
    await waitFor(() => expect(screen.getAllByTestId('case-link')).toHaveLength(2));

    fireEvent.click(screen.getByTestId('drill-back'));
    expect(useRoute.getState().route).toStrictEqual({ section: 'home', view: 'main', params: {} });
    expect(await screen.findByTestId('dashboard')).toBeTruthy();
  });
});
