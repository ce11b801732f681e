/**
 * The contract methods the data worker's read-only connection may answer (issue 20: a trivial
 * call must not wait behind a long import, export, report or backup on the writer). A method is
 * listed when it only reads the ledger. Listing one that writes is safe, not silent: the reader's
 * connection is `query_only`, the write is refused before it changes anything, and the client
 * sends the call to the writer (electron/main/ledger-workers.ts). Reads see the last committed
 * state: a read asked after a write has answered sees that write.
 */
import type { MethodName } from '../../shared/contract';

export const READ_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.about',
  'settings.get',
  'profile.get',
  'ledger.stats',
  'changes.list',
  'reference.units',
  'reference.townships',
  'reference.caseStages',
  'reference.timeLimits',
  'reference.calendar',
  'reference.vocabulary',
  'cases.list',
  'cases.count',
  'cases.get',
  'cases.history',
  'cases.checkAdvance',
  'attachments.read',
  'gi.catalogue',
  'gi.get',
  'gi.users',
  'gi.attention',
  'gi.user',
  'gi.userHistory',
  'plans.templates',
  'plans.list',
  'plans.get',
  'plans.matrix',
  'plans.myTasks',
  'plans.overview',
  'indicators.list',
  'indicators.table',
  'indicators.values',
  'actions.list',
  'actions.markets',
  'bundles.overview',
  'bundles.quarantine',
  'reports.samr',
  'reports.campaign',
  'reports.gi',
  'reports.tasks',
  'reports.drill',
  'reports.dashboard',
  'reports.completeness',
]);

export function isReadMethod(method: string): boolean {
  return READ_METHODS.has(method as MethodName);
}
