/**
 * The implementation of every contract method, composed from the features' slices
 * (electron/domain/<feature>/handlers.ts), the workflows across features and the desktop stubs.
 * Hosts never call these directly: they go through `dispatch`, which validates first. A new
 * feature adds one line here (and one in shared/contract.ts).
 */
import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/contract';
import { actionsHandlers } from '../domain/actions/handlers';
import { bundlesHandlers } from '../domain/bundles/handlers';
import { casesHandlers } from '../domain/cases/handlers';
import type { Session } from '../domain/core/session';
import { giHandlers } from '../domain/gi/handlers';
import { historyHandlers } from '../domain/history/handlers';
import { officeHandlers } from '../domain/office/handlers';
import { plansHandlers } from '../domain/plans/handlers';
import { referenceHandlers } from '../domain/reference/handlers';
import { reportsHandlers } from '../domain/reports/handlers';
import { desktopHandlers } from './desktop-handlers';
import { workflowHandlers } from './workflows';

export type Handlers = {
  [M in MethodName]: (session: Session, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

export const handlers: Handlers = {
  ...officeHandlers,
  ...referenceHandlers,
  ...casesHandlers,
  ...giHandlers,
  ...plansHandlers,
  ...actionsHandlers,
  ...bundlesHandlers,
  ...reportsHandlers,
  ...historyHandlers,
  ...desktopHandlers,
  ...workflowHandlers,
};
