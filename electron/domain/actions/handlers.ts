/** The enforcement-action slice (执法行动记录 and the unit's key physical markets). */
import type { actionsContract } from '../../../shared/actions/contract';
import type { HandlersOf } from '../core/handlers';
import { listActions, listKeyMarkets, removeAction, saveAction, saveKeyMarket } from './actions';

export const actionsHandlers: HandlersOf<typeof actionsContract> = {
  'actions.list': (s, input) => listActions(s, input.year),
  'actions.save': (s, input) => saveAction(s, input),
  'actions.remove': (s, input) => removeAction(s, input.id),
  'actions.markets': (s) => listKeyMarkets(s),
  'actions.saveMarket': (s, input) => saveKeyMarket(s, input),
};
