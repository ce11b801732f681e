/** The exchange slice. */
import type { bundlesContract } from '../../../shared/bundles/contract';
import type { HandlersOf } from '../core/handlers';
import { applyUpload, exchangeOverview, exportForDownload, exportToMany, previewUpload, quarantinePage } from './exchange';

export const bundlesHandlers: HandlersOf<typeof bundlesContract> = {
  'bundles.overview': (s) => exchangeOverview(s),
  'bundles.export': (s, input) => exportForDownload(s, input),
  'bundles.exportMany': (s, input) => exportToMany(s, input),
  'bundles.preview': (s, input) => previewUpload(s, input),
  'bundles.apply': (s, input) => applyUpload(s, input),
  'bundles.quarantine': (s, input) => quarantinePage(s, input),
};
