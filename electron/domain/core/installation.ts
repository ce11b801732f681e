/** This installation's identity: id (UUIDv7), Ed25519 key pair and HLC state, made at first run. */
import { v7 as uuidv7 } from 'uuid';
import { hlcToString, nodeFromInstallationId } from '../../store/hlc';
import type { Ledger } from '../../store/ledger';
import { generateIdentityKeys, keyFingerprint } from './keys';

export interface Installation {
  id: string;
  createdAt: string;
  publicKeyPem: string;
  fingerprint: string;
}

export function ensureInstallation(ledger: Ledger, now = new Date()): Installation {
  const existing = readInstallation(ledger);
  if (existing) return existing;
  const id = uuidv7();
  const keys = generateIdentityKeys();
  const initialHlc = hlcToString({ millis: 0, counter: 0, node: nodeFromInstallationId(id) });
  ledger
    .stmt('INSERT INTO installation (singleton, id, created_at, public_key_pem, private_key_pem, hlc_last) VALUES (1, ?, ?, ?, ?, ?)')
    .run(id, now.toISOString(), keys.publicKeyPem, keys.privateKeyPem, initialHlc);
  return readInstallation(ledger) as Installation;
}

export function readInstallation(ledger: Ledger): Installation | null {
  const row = ledger.stmt('SELECT id, created_at, public_key_pem FROM installation WHERE singleton = 1').get() as
    { id: string; created_at: string; public_key_pem: string } | undefined;
  if (!row) return null;
  return { id: row.id, createdAt: row.created_at, publicKeyPem: row.public_key_pem, fingerprint: keyFingerprint(row.public_key_pem) };
}
