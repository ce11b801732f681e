/** Ed25519 identity keys. Bundles are signed with them (docs/bundle-format.md). */
import crypto from 'node:crypto';

export interface KeyPairPem {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateIdentityKeys(): KeyPairPem {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/**
 * A short fingerprint to read aloud over the phone: SHA-256 of the SPKI DER, first 16 bytes,
 * upper-case hex in groups of four. Both apps show it; the league confirms it on first import.
 */
export function keyFingerprint(publicKeyPem: string): string {
  const der = crypto.createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
