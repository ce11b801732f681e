/**
 * How hosts (the data worker, the CLI, tests, the benchmark) open a ledger: the kernel's
 * `openSession` with every feature's baseline seeders (the GI catalogue's seed entries, the
 * indicators and their targets). The kernel itself knows no feature; this composition does.
 */
import { openSession, type Seeder, type Session, type SessionOptions } from '../domain/core/session';
import { seedGiCatalogue } from '../domain/gi/seed';
import { seedIndicators } from '../domain/plans/seed';

export const BASELINE_SEEDERS: readonly Seeder[] = [seedGiCatalogue, seedIndicators];

export function openAppSession(file: string, options: SessionOptions = {}): Promise<Session> {
  return openSession(file, { seeders: BASELINE_SEEDERS, ...options });
}
