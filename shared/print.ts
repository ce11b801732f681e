/** Saving the current report as PDF (Electron only; see electron/main/print-pdf.ts). */
import { z } from 'zod';

export const savePdfInputSchema = z.object({ fileName: z.string().trim().min(1).max(120) }).strict();
