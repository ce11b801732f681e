/**
 * A session = an open ledger plus this installation's identity. Hosts (the data worker, the CLI,
 * tests) create one with `openSession` and pass it to domain functions and contract handlers.
 */
import path from 'node:path';
import { DomainError } from '../../../shared/errors';
import type { WriteContext } from '../../store/change-log';
import { openLedger, openReadOnlyLedger, type Ledger, type OpenOptions } from '../../store/ledger';
import { tidyDataDir } from '../../store/private-files';
import { loadReferenceData, referenceDir } from '../../store/shipped-reference';
import { ensureInstallation, readInstallation, type Installation } from './installation';
import { getSetting } from './local-settings';
import { attachmentsDirFor } from './blob-store';

export interface Session {
  ledger: Ledger;
  installation: Installation;
  /** Injected clock for tests. */
  now: () => number;
  /** Content-addressed evidence files, next to the ledger file. */
  attachmentsDir: string;
}

/** Writes the baseline rows a feature needs in every ledger (the GI catalogue's seed, the indicators). */
export type Seeder = (ledger: Ledger, resourcesDir: string) => unknown;

export interface SessionOptions extends OpenOptions {
  resourcesDir?: string;
  now?: () => number;
  /** Given by the host (electron/api/open-session.ts composes the features' seeders): the kernel knows no feature. */
  seeders?: readonly Seeder[];
}

export async function openSession(file: string, options: SessionOptions = {}): Promise<Session> {
  const ledger = await openLedger(file, options);
  try {
    const dir = options.resourcesDir ?? referenceDir();
    loadReferenceData(ledger, dir);
    for (const seed of options.seeders ?? []) seed(ledger, dir);
    const installation = ensureInstallation(ledger);
    tidyDataDir(path.dirname(file));
    return { ledger, installation, now: options.now ?? Date.now, attachmentsDir: attachmentsDirFor(file) };
  } catch (error) {
    ledger.close();
    throw error;
  }
}

/**
 * A read-only session on a ledger another connection has opened (and migrated): the data worker's
 * reader. Nothing is seeded or created; a call that tries to write is refused (store/ledger.ts).
 */
export function openReadSession(file: string, now: () => number = Date.now): Session {
  const ledger = openReadOnlyLedger(file);
  const installation = readInstallation(ledger);
  if (!installation) {
    ledger.close();
    throw new DomainError('unavailable', 'the ledger has no installation identity yet');
  }
  return { ledger, installation, now, attachmentsDir: attachmentsDirFor(file) };
}

/** Write context for the configured office; refuses before the first-run setup is done. */
export function writeContext(session: Session): WriteContext {
  const unitCode = getSetting(session.ledger, 'unit_code');
  const user = getSetting(session.ledger, 'operator_name');
  if (!unitCode || !user) throw new DomainError('not_set_up', 'office profile not set up yet');
  return { ledger: session.ledger, installationId: session.installation.id, user, unitCode, now: session.now };
}
