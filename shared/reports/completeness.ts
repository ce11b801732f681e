/** Data completeness per county for a period (the league's "is this table final?"). */
import { z } from 'zod';
import { periodSchema } from './samr-report';

export const completenessInputSchema = z.object({ period: periodSchema }).strict();

export const COMPLETENESS_STATES = ['complete', 'stale', 'none'] as const;

export interface Completeness {
  period: string;
  /** The period's last day: a bundle made after it carries the whole period. */
  to: string;
  units: {
    code: string;
    name: string;
    lastSequence: number | null;
    lastImportedAt: string | null;
    /** When the county made its last bundle (its manifest's time). */
    lastExportedAt: string | null;
    /** complete: a bundle made after the period ended; stale: only earlier ones; none: nothing received. */
    status: (typeof COMPLETENESS_STATES)[number];
  }[];
}
