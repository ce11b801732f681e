/** 执法行动记录: enforcement actions a county deploys and its list of key physical markets (issue 16). */
import { byId, method, none } from '../contract-kit';
import { actionListSchema, actionSaveSchema, keyMarketSaveSchema } from './schemas';
import type { ActionList, ActionRecord, KeyMarketRecord } from './types';

export const actionsContract = {
  'actions.list': method<ActionList>()(actionListSchema),
  'actions.save': method<ActionRecord>()(actionSaveSchema),
  'actions.remove': method<{ id: string }>()(byId),
  'actions.markets': method<KeyMarketRecord[]>()(none),
  'actions.saveMarket': method<KeyMarketRecord[]>()(keyMarketSaveSchema),
} as const;
