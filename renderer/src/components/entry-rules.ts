/**
 * Form rules for the "nothing changed silently" rule (issue 17): a value the clerk typed is kept
 * as typed; if it cannot be saved the field says why and the form does not submit. Controls are
 * never given min / max / precision / maxLength / disabledDate, which would clamp, round, cut or
 * drop the typed value without a word — these rules check it instead. The server (zod contract and
 * domain) refuses the same values.
 */
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { localIsoDate } from '../../../shared/calendar';
import { formatYuan } from '../../../shared/cases/money';
import { isPlausiblePhone } from '../../../shared/phone';

/** A 'YYYY-MM-DD' form value is not after today (stage dates, leads, reports are never in the future). */
export function notFutureRule(t: TFunction, today: () => string = () => localIsoDate()): Rule {
  return {
    validator: async (_r, value: unknown) => {
      const now = today();
      if (typeof value === 'string' && value > now) throw new Error(t('entry.dateFuture', { today: now }));
    },
  };
}

export interface NumberLimits {
  /** Hard lower limit (default 0: amounts and quantities are never negative). */
  min?: number;
  /** Hard upper limit: the contract's. */
  max?: number;
  /** Decimal places allowed (0: whole numbers). Unlimited when absent. */
  decimals?: number;
  /** Shown when the limit is shown as money (yuan). */
  money?: boolean;
}

const fmt = (n: number, money?: boolean) => (money ? formatYuan(Math.round(n * 100)) : n.toLocaleString('zh-CN'));

/** What is wrong with a typed number, as a message, or null when it is fine. */
export function numberProblem(t: TFunction, value: unknown, limits: NumberLimits): string | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return t('entry.notNumber');
  const min = limits.min ?? 0;
  if (n < min) return min === 0 ? t('entry.negative') : t('entry.belowMin', { min: fmt(min, limits.money) });
  if (limits.max !== undefined && n > limits.max) return t('entry.aboveMax', { max: fmt(limits.max, limits.money) });
  if (limits.decimals !== undefined) {
    const places = (String(n).split('.')[1] ?? '').length;
    if (limits.decimals === 0 && places > 0) return t('entry.integer');
    if (places > limits.decimals) return t('entry.decimals', { n: limits.decimals });
  }
  return null;
}

/** Yuan in forms: the contract's fen limit (1e15 fen), two decimals. */
export const MONEY_LIMITS: NumberLimits = { max: 1e13, decimals: 2, money: true };
/** Quantities (pieces, kg …): the contract's limit. */
export const QUANTITY_LIMITS: NumberLimits = { max: 1e12 };

/** Hard limits (refuse) and an optional plausibility threshold (warn only: the clerk may save after checking). */
export function numberRules(t: TFunction, limits: NumberLimits, warnAbove?: number | null): Rule[] {
  const rules: Rule[] = [
    {
      validator: async (_r, value: unknown) => {
        const problem = numberProblem(t, value, limits);
        if (problem) throw new Error(problem);
      },
    },
  ];
  if (warnAbove !== undefined && warnAbove !== null && warnAbove > 0) {
    rules.push({
      warningOnly: true,
      validator: async (_r, value: unknown) => {
        if (typeof value === 'number' && value > warnAbove && !numberProblem(t, value, limits))
          throw new Error(t('entry.implausible', { threshold: fmt(warnAbove, limits.money) }));
      },
    });
  }
  return rules;
}

/** A year between min and max (a GI use report's 年度 cannot be a future year). */
export function yearRules(t: TFunction, min: number, max: number): Rule[] {
  return [
    {
      validator: async (_r, value: unknown) => {
        if (value === null || value === undefined || value === '') return;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new Error(t('entry.yearRange', { min, max }));
      },
    },
  ];
}

/** Text longer than `max` characters (after trimming, as the contract counts) is refused, not cut. */
export function lengthRule(t: TFunction, max: number): Rule {
  return {
    validator: async (_r, value: unknown) => {
      const count = typeof value === 'string' ? [...value.trim()].length : 0;
      if (count > max) throw new Error(t('entry.tooLong', { max, count }));
    },
  };
}

/**
 * An input's visible counter: always for long texts, from 80 % of the limit for short ones.
 * antd marks the field red past the limit and never cuts what was typed or pasted.
 */
export function lengthCount(max: number) {
  return {
    max,
    strategy: (text: string) => [...text].length,
    show: ({ count }: { count: number }) => (max >= 200 || count >= max * 0.8 ? `${count} / ${max}` : ''),
  };
}

/** Empty, or a phone number as shared/phone.ts accepts it. */
export function phoneRule(t: TFunction): Rule {
  return {
    validator: async (_r, value: unknown) => {
      if (typeof value === 'string' && value.trim() && !isPlausiblePhone(value)) throw new Error(t('entry.phone'));
    },
  };
}
