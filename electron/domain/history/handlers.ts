/** The change-log slice (变更记录). */
import type { historyContract } from '../../../shared/history/contract';
import type { HandlersOf } from '../core/handlers';
import { listChanges } from '../core/change-history';

export const historyHandlers: HandlersOf<typeof historyContract> = {
  'changes.list': (s, input) => listChanges(s.ledger, input),
};
