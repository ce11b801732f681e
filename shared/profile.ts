import { z } from 'zod';
import { unitCodeSchema } from './schema-parts';
import type { Role } from './units';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

const trimmed = (min: number, max: number) => z.string().trim().min(min).max(max);

/** Bureau names and prefixes appear inside official document numbers: no whitespace or brackets. */
export const casePrefixSchema = trimmed(1, 20).regex(/^[^\s〔〕[\]()（）]+$/u, 'no spaces or brackets');

export const profileEditSchema = z
  .object({
    bureauName: trimmed(2, 40),
    casePrefix: casePrefixSchema,
    operatorName: trimmed(1, 20),
  })
  .strict();

export const profileSetupSchema = profileEditSchema.extend({ unitCode: unitCodeSchema }).strict();

export type ProfileEdit = z.infer<typeof profileEditSchema>;
export type ProfileSetup = z.infer<typeof profileSetupSchema>;

export interface Profile {
  unitCode: string;
  unitName: string;
  role: Role;
  bureauId: string;
  bureauName: string;
  casePrefix: string;
  operatorName: string;
  /** For 乌拉盖管理区: its code is an NBS statistical code, not GB/T 2260. */
  unitInGbt2260: boolean;
}

export interface AppAbout {
  appVersion: string;
  schemaVersion: number;
  installationId: string;
  keyFingerprint: string;
  installedAt: string;
}

export interface LedgerStats {
  /** Rows per syncable entity, tombstones excluded. */
  entities: Record<string, number>;
  changeLogEntries: number;
  reference: Record<string, number>;
}
