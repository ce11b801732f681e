/**
 * Plausibility thresholds (设置 → 录入核对): an amount or quantity above its threshold is not refused,
 * but the field warns "明显偏大：请核对" so a slipped zero is noticed before saving. The hard limits
 * (the contract's) refuse. Kept per PC in localStorage: a clerk's habit, not ledger data.
 */
import { create } from 'zustand';

export interface Plausibility {
  /** 涉案金额/货值, 查扣/销毁货值, GI 产值 (yuan). */
  amountYuan: number;
  /** 罚款, 没收违法所得 (yuan). */
  penaltyYuan: number;
  /** 查扣 / 销毁 / 使用数量, 标志印制数量. */
  quantity: number;
}

export const DEFAULT_PLAUSIBILITY: Plausibility = { amountYuan: 10_000_000, penaltyYuan: 5_000_000, quantity: 1_000_000 };
const KEY = 'ip-ledger.plausibility';

/** The stored thresholds, each a positive number, else its default (a damaged entry never disables a warning). */
export function readPlausibility(raw: string | null): Plausibility {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    parsed = {};
  }
  const pick = (k: keyof Plausibility) => {
    const v = parsed[k];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : DEFAULT_PLAUSIBILITY[k];
  };
  return { amountYuan: pick('amountYuan'), penaltyYuan: pick('penaltyYuan'), quantity: pick('quantity') };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const usePlausibility = create<{ thresholds: Plausibility; save: (p: Plausibility) => void }>((set) => ({
  thresholds: readPlausibility(storage()?.getItem(KEY) ?? null),
  save: (p) => {
    storage()?.setItem(KEY, JSON.stringify(p));
    set({ thresholds: p });
  },
}));
