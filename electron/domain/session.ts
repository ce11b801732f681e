/**
 * A session = an open ledger plus this installation's identity. Hosts (the data worker, the CLI,
 * tests) create one with `openSession` and pass it to domain functions and contract handlers.
 */
import path from 'node:path';
import { DomainError } from '../../shared/errors';
import type { WriteContext } from '../store/change-log';
import { openLedger, type Ledger, type OpenOptions } from '../store/ledger';
import { tidyDataDir } from '../store/private-files';
import { loadReferenceData, referenceDir } from '../store/reference-data';
import { ensureInstallation, type Installation } from './installation';
import { getSetting } from './local-settings';
import { attachmentsDirFor } from './cases/attachments';
import { seedGiCatalogue } from './gi/seed';
import { seedIndicators } from './plans/seed';

export interface Session {
  ledger: Ledger;
  installation: Installation;
  /** Injected clock for tests. */
  now: () => number;
  /** Content-addressed evidence files, next to the ledger file. */
  attachmentsDir: string;
}

export interface SessionOptions extends OpenOptions {
  resourcesDir?: string;
  now?: () => number;
}

export async function openSession(file: string, options: SessionOptions = {}): Promise<Session> {
  const ledger = await openLedger(file, options);
  try {
    const dir = options.resourcesDir ?? referenceDir();
    loadReferenceData(ledger, dir);
    seedGiCatalogue(ledger, dir);
    seedIndicators(ledger, dir);
    const installation = ensureInstallation(ledger);
    tidyDataDir(path.dirname(file));
    return { ledger, installation, now: options.now ?? Date.now, attachmentsDir: attachmentsDirFor(file) };
  } catch (error) {
    ledger.close();
    throw error;
  }
}

/** Write context for the configured office; refuses before the first-run setup is done. */
export function writeContext(session: Session): WriteContext {
  const unitCode = getSetting(session.ledger, 'unit_code');
  const user = getSetting(session.ledger, 'operator_name');
  if (!unitCode || !user) throw new DomainError('not_set_up', 'office profile not set up yet');
  return { ledger: session.ledger, installationId: session.installation.id, user, unitCode, now: session.now };
}
