/** 数据交换: signed bundles between a county and its league. */
import { z } from 'zod';
import { method, none } from '../contract-kit';
import { idSchema, unitCodeSchema, uploadIdSchema } from '../schema-parts';
import type { ExchangeOverview, ExportBatch, ExportedBundle, ImportReport, QuarantinePage } from './types';

export const bundlesContract = {
  'bundles.overview': method<ExchangeOverview>()(none),
  'bundles.export': method<ExportedBundle>()(z.object({ to: unitCodeSchema.optional(), full: z.boolean().default(false) }).strict()),
  'bundles.exportMany': method<ExportBatch>()(z.object({ to: z.array(unitCodeSchema).min(1).max(50), full: z.boolean().default(false) }).strict()),
  // The bundle is staged as a file first (the preview host's /upload, Electron's files.openBundle / files.stage).
  'bundles.preview': method<{ uploadId: string; report: ImportReport }>()(
    z.object({ uploadId: uploadIdSchema, fileName: z.string().trim().min(1).max(200) }).strict(),
  ),
  'bundles.apply': method<ImportReport>()(z.object({ uploadId: idSchema, trust: z.boolean().default(false), rekey: z.boolean().default(false) }).strict()),
  'bundles.quarantine': method<QuarantinePage>()(
    z.object({ offset: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
} as const;
