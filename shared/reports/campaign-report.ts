/** The campaign summary as the contract carries it. */
import { z } from 'zod';
import type { CampaignActions, CampaignFigures, CampaignSummary } from './campaign';
import { periodSchema, unitSchema } from './samr-report';

export const campaignInputSchema = z
  .object({
    campaign: z.string().trim().min(1).max(40),
    period: periodSchema,
    unit: unitSchema,
  })
  .strict();

export interface CampaignReportResult {
  campaign: string;
  period: string;
  unit: { code: string; name: string };
  current: CampaignSummary;
  /** The same period one year earlier. */
  previous: CampaignSummary;
  /** For a league: one line per unit (its own office first, then each county), this year and last. */
  units: { code: string; name: string; current: CampaignFigures; previous: CampaignFigures }[];
  /** The campaign's workload from the enforcement-action log: this period, last year's, and per unit (league). */
  actions: {
    current: CampaignActions;
    previous: CampaignActions;
    units: { code: string; name: string; current: CampaignActions }[];
  };
}
