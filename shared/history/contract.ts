/** 变更记录: the change log, field by field. */
import { method } from '../contract-kit';
import type { ChangePage } from './types';
import { changeListSchema } from './types';

export const historyContract = {
  'changes.list': method<ChangePage>()(changeListSchema),
} as const;
