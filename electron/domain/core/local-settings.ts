/** Per-installation settings (never synced). */
import type { Ledger } from '../../store/ledger';

export type SettingKey = 'unit_code' | 'bureau_id' | 'operator_name' | 'language';

export function getSetting(ledger: Ledger, key: SettingKey): string | null {
  return (ledger.stmt('SELECT value FROM local_settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

export function setSetting(ledger: Ledger, key: SettingKey, value: string): void {
  ledger.stmt('INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
