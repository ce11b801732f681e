/**
 * The renderer's pure helpers (issue 17, deliverable 9): typed-text / pinyin matching of selects,
 * the entry rules (no silent changes), phone numbers, plausibility thresholds, case form values,
 * money, violation types by category, Enter on checkboxes, report number formats, list filters,
 * and the dashboard's chart options.
 */
import { renderHook } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  lengthCount,
  lengthRule,
  MONEY_LIMITS,
  notFutureRule,
  numberProblem,
  numberRules,
  phoneRule,
  QUANTITY_LIMITS,
  yearRules,
} from '../../renderer/src/components/entry-rules';
import { enterTogglesCheckboxes } from '../../renderer/src/components/keyboard';
import { fenToYuanInput, yuanInputToFen, yuanText } from '../../renderer/src/components/money';
import { filterByTyped, matchesTyped, optionSearchText } from '../../renderer/src/components/pinyin-match';
import { DEFAULT_PLAUSIBILITY, readPlausibility } from '../../renderer/src/components/plausibility';
import { isFiltered } from '../../renderer/src/features/cases/case-route';
import { draftFromValues, newCaseValues, valuesFromDetail } from '../../renderer/src/features/cases/form-values';
import { violationFits, violationOptionsFor } from '../../renderer/src/features/cases/violation-types';
import { periodLabel } from '../../renderer/src/features/plans/period-label';
import { FUNNEL, useCharts } from '../../renderer/src/features/reports/dashboard-charts';
import { delta, wan } from '../../renderer/src/features/reports/format';
import { initI18n } from '../../renderer/src/i18n';
import type { CaseDetail } from '../../shared/cases/types';
import { CASE_CATEGORIES } from '../../shared/cases/vocabulary';
import { isPlausiblePhone } from '../../shared/phone';
import type { DashboardFigures, DashboardResult } from '../../shared/reports/dashboard';
import { INITIAL_CASE_QUERY } from '../../renderer/src/state/route';

let t: TFunction;
beforeAll(() => {
  t = initI18n('zh-CN').t;
});

/** Runs a form rule's validator as antd would; resolves to its message, or null when the value passes. */
async function ruleMessage(rule: unknown, value: unknown): Promise<string | null> {
  const r = rule as { validator: (rule: unknown, value: unknown) => Promise<void> };
  try {
    await r.validator({}, value);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('select matching: typed Chinese and pinyin', () => {
  it('matches Chinese text, pinyin initials and full pinyin, in any case', () => {
    expect(matchesTyped('铁拳', '铁')).toBe(true);
    expect(matchesTyped('铁拳', 'tq')).toBe(true);
    expect(matchesTyped('铁拳', 'TQ')).toBe(true);
    expect(matchesTyped('铁拳', 'tiequan')).toBe(true);
    expect(matchesTyped('锡林浩特市', 'xlht')).toBe(true);
    expect(matchesTyped('锡林浩特市', '锡林浩特')).toBe(true);
    expect(matchesTyped('蓝天', 'lt')).toBe(true);
    expect(matchesTyped('二连浩特市', 'xlht')).toBe(false);
    expect(matchesTyped('二连浩特市', '锡林浩特')).toBe(false);
    expect(matchesTyped('铁拳', '')).toBe(true);
  });

  it('searches an option by its search text or its text label, never by a React label', () => {
    expect(optionSearchText({ label: '铁拳' })).toBe('铁拳');
    expect(optionSearchText({ label: { type: 'span' }, search: '锡林浩特市 锡市 152502' })).toContain('锡林浩特市');
    expect(filterByTyped('xlht', { label: { type: 'span' }, search: '锡林浩特市 锡市 152502' })).toBe(true);
    expect(filterByTyped('152502', { search: '锡林浩特市 锡市 152502' })).toBe(true);
    expect(filterByTyped('elht', { label: '锡林浩特市' })).toBe(false);
    expect(filterByTyped('x', undefined)).toBe(false);
  });
});

describe('entry rules: refuse with a message, never clamp', () => {
  it('dates after today are refused with today named', async () => {
    const rule = notFutureRule(t, () => '2026-12-01');
    expect(await ruleMessage(rule, '2027-03-15')).toBe('日期不能晚于今天（2026-12-01）');
    expect(await ruleMessage(rule, '2026-12-01')).toBeNull();
    expect(await ruleMessage(rule, null)).toBeNull();
  });

  it('amounts: negative, above the hard limit, more than two decimals are refused; the threshold only warns', async () => {
    expect(numberProblem(t, -500, MONEY_LIMITS)).toBe('不能为负数');
    expect(numberProblem(t, 99999999999999, MONEY_LIMITS)).toBe('超过上限 10,000,000,000,000.00，请核对');
    expect(numberProblem(t, 1.234, MONEY_LIMITS)).toBe('最多 2 位小数');
    expect(numberProblem(t, 1.23, MONEY_LIMITS)).toBeNull();
    expect(numberProblem(t, null, MONEY_LIMITS)).toBeNull();
    expect(numberProblem(t, -20, QUANTITY_LIMITS)).toBe('不能为负数');
    expect(numberProblem(t, 2.5, { max: 3650, decimals: 0 })).toBe('须为整数');
    const [hard, warn] = numberRules(t, MONEY_LIMITS, 1_000_000);
    expect(await ruleMessage(hard, -1)).toBe('不能为负数');
    expect((warn as { warningOnly?: boolean }).warningOnly).toBe(true);
    expect(await ruleMessage(warn, 2_000_000)).toBe('数额超过 1,000,000.00，明显偏大：请核对后再保存');
    expect(await ruleMessage(warn, 999_999)).toBeNull();
    // A value the hard rule refuses gets one message, not two.
    expect(await ruleMessage(warn, 1e14)).toBeNull();
  });

  it('years outside the range are refused (a GI use report for 2031)', async () => {
    const [rule] = yearRules(t, 2000, 2026);
    expect(await ruleMessage(rule, 2031)).toBe('年度须在 2000–2026 之间');
    expect(await ruleMessage(rule, 2025)).toBeNull();
  });

  it('over-long text is refused with its count, and the counter shows near the limit', async () => {
    const rule = lengthRule(t, 4000);
    expect(await ruleMessage(rule, 'x'.repeat(4001))).toBe('最多 4000 个字，当前 4001 个：请删减');
    expect(await ruleMessage(rule, 'x'.repeat(4000))).toBeNull();
    // Characters, not UTF-16 units: 𠀀 counts once.
    expect(await ruleMessage(lengthRule(t, 2), '𠀀𠀀')).toBeNull();
    const short = lengthCount(40);
    expect(short.show({ count: 10 })).toBe('');
    expect(short.show({ count: 35 })).toBe('35 / 40');
    expect(lengthCount(4000).show({ count: 1 })).toBe('1 / 4000');
  });

  it('phone numbers: mobiles, landlines, extensions and lists pass; text does not', async () => {
    for (const ok of ['13912345678', '+86 139 1234 5678', '0479-8223456', '(0479)8223456', '0479-8223456 转 123', '13912345678，0479-8223456', ''])
      expect(isPlausiblePhone(ok), ok).toBe(true);
    for (const bad of ['abc-电话', '123', '12345678901234', '电话：13912345678']) expect(isPlausiblePhone(bad), bad).toBe(false);
    expect(await ruleMessage(phoneRule(t), 'abc-电话')).toMatch(/^电话号码格式不对/);
  });

  it('plausibility thresholds: stored values, defaults for missing or damaged ones', () => {
    expect(readPlausibility(null)).toStrictEqual(DEFAULT_PLAUSIBILITY);
    expect(readPlausibility('not json')).toStrictEqual(DEFAULT_PLAUSIBILITY);
    expect(readPlausibility(JSON.stringify({ amountYuan: 500, penaltyYuan: -1, quantity: 'x' }))).toStrictEqual({ ...DEFAULT_PLAUSIBILITY, amountYuan: 500 });
  });
});

describe('case form values and money', () => {
  it('a new case is today’s lead with one organisation party; its draft trims text and carries fen', () => {
    const v = newCaseValues('2026-11-30', '王强');
    expect(v.leadDate).toBe('2026-11-30');
    expect(v.handlers).toBe('王强');
    expect(v.parties).toHaveLength(1);
    const draft = draftFromValues({
      ...v,
      title: '  销售假冒“锡林郭勒羊肉”  ',
      category: 'trademark',
      source: 'complaint',
      fine: 1234.56,
      amountInvolved: null,
    });
    expect(draft.title).toBe('销售假冒“锡林郭勒羊肉”');
    expect(draft.fineFen).toBe(123456);
    expect(draft.amountInvolvedFen).toBeNull();
  });

  it('a saved case comes back into the form unchanged', () => {
    const draft = draftFromValues({ ...newCaseValues('2026-11-30', '王强'), title: '案', category: 'gi', source: 'inspection', fine: 0.1, confiscated: 20 });
    const detail = {
      record: { ...draft, id: 'c1', caseNumber: '锡市监处罚〔2026〕1号', violationType: '', goodsCategory: '', placeType: '' },
      parties: [],
    } as unknown as CaseDetail;
    const back = valuesFromDetail(detail);
    expect(back.fine).toBe(0.1);
    expect(back.confiscated).toBe(20);
    expect(back.violationType).toBeNull();
  });

  it('yuan ↔ fen without float noise', () => {
    expect(yuanInputToFen(0.1 + 0.2)).toBe(30);
    expect(yuanInputToFen(null)).toBeNull();
    expect(fenToYuanInput(123456)).toBe(1234.56);
    expect(yuanText(123456)).toBe('1,234.56');
    expect(yuanText(null)).toBe('');
  });

  it('违法行为类型 follows 案件类别; the current value stays listed so a mismatch is shown, not cleared', () => {
    const options = ['tm_identical', 'tm_selling', 'gi_unauthorised', 'tm_agency_malicious', 'patent_counterfeit', 'local_custom', 'other'].map((value) => ({
      value,
      label: value,
    }));
    expect(violationOptionsFor('gi', options).map((o) => o.value)).toStrictEqual(['gi_unauthorised', 'local_custom', 'other']);
    expect(violationOptionsFor('trademark', options).map((o) => o.value)).toStrictEqual(['tm_identical', 'tm_selling', 'local_custom', 'other']);
    expect(violationOptionsFor('trademark_agency', options).map((o) => o.value)).toStrictEqual(['tm_agency_malicious', 'local_custom', 'other']);
    expect(violationOptionsFor('gi', options, 'tm_selling').map((o) => o.value)).toContain('tm_selling');
    expect(violationFits('gi', 'tm_selling')).toBe(false);
    expect(violationFits(null, 'tm_selling')).toBe(true);
    expect(violationFits('other', 'tm_selling')).toBe(true);
  });
});

describe('keyboard: Enter on a checkbox toggles it and never submits', () => {
  it('toggles checkboxes and leaves other inputs alone', () => {
    const form = document.createElement('form');
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted += 1;
    });
    const box = document.createElement('input');
    box.type = 'checkbox';
    const text = document.createElement('input');
    form.append(box, text);
    document.body.append(form);
    const enter = (target: HTMLElement) => {
      const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      Object.defineProperty(e, 'target', { value: target });
      enterTogglesCheckboxes(e);
      return e.defaultPrevented;
    };
    expect(enter(box)).toBe(true);
    expect(box.checked).toBe(true);
    expect(enter(box)).toBe(true);
    expect(box.checked).toBe(false);
    expect(enter(text)).toBe(false);
    expect(submitted).toBe(0);
    form.remove();
  });
});

describe('reports and lists', () => {
  it('万元 with two decimals and signed changes', () => {
    expect(wan(1234.5)).toBe('1,234.50');
    expect(delta(10, 7)).toBe('+3');
    expect(delta(7, 10)).toBe('\u22123');
    expect(delta(1.5, 1.5, true)).toBe('0.00');
  });

  it('period labels', () => {
    expect(periodLabel(t, '2026Q3')).toBe('2026年第3季度');
    expect(periodLabel(t, '2026')).toMatch(/^2026年/);
  });

  it('a list is filtered when any filter narrows it', () => {
    expect(isFiltered(INITIAL_CASE_QUERY)).toBe(false);
    expect(isFiltered({ ...INITIAL_CASE_QUERY, search: '羊肉' })).toBe(true);
    expect(isFiltered({ ...INITIAL_CASE_QUERY, unitCode: '152502' })).toBe(true);
    expect(isFiltered({ ...INITIAL_CASE_QUERY, deadline: 'overdue' })).toBe(true);
  });

  it('chart options carry the dashboard’s figures, one series per category and one bar per unit', () => {
    const figures = (n: number): DashboardFigures =>
      ({
        ...(Object.fromEntries(FUNNEL.map((f) => [f, n])) as Record<string, number>),
        overdue: n,
        penalties: 0,
        giApproved: 0,
        tasksOverdue: 1,
      }) as unknown as DashboardFigures;
    const casesByMonth = Object.fromEntries(CASE_CATEGORIES.map((c) => [c, Array.from({ length: 12 }, () => 0)])) as DashboardResult['casesByMonth'];
    casesByMonth.trademark[2] = 4;
    const data: DashboardResult = {
      year: 2026,
      unit: { code: '152500', name: '锡林郭勒盟' },
      isLeague: true,
      units: [
        { code: '152500', name: '锡林郭勒盟市场监督管理局', figures: figures(1) },
        { code: '152502', name: '锡林浩特市', figures: figures(2) },
      ],
      total: figures(3),
      casesByMonth,
      giUsersByYear: [{ year: 2025, approved: 2, standing: 5 }],
    };
    const { result } = renderHook(() => useCharts(data, t as unknown as (k: string, o?: Record<string, unknown>) => string));
    type Chart = { series: { name?: string; data: unknown[] }[]; yAxis?: { data?: string[] }; xAxis?: { data?: string[] } };
    const { byMonth, funnel, overdue, gi } = result.current as unknown as { byMonth: Chart; funnel: Chart; overdue: Chart; gi: Chart };
    expect(byMonth.series).toHaveLength(CASE_CATEGORIES.length);
    expect(byMonth.series[0]?.name).toBe('商标侵权');
    expect(byMonth.series[0]?.data[2]).toBe(4);
    expect((funnel.series[0]?.data as { value: number }[]).map((d) => d.value)).toStrictEqual([3, 3, 3, 3]);
    expect(overdue.yAxis?.data).toStrictEqual(['锡林郭勒盟市场监督管理局', '锡林浩特市']);
    expect(overdue.series[0]?.data).toStrictEqual([1, 2]);
    expect(gi.xAxis?.data).toStrictEqual(['2025']);
  });
});
