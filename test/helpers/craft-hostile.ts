/**
 * For the E2E test of refused changes: writes a bundle validly signed by a county (its own key and
 * installation) that tries to rewrite another county's case, adds a party with an invalid ID number
 * to its own case and sends a plan. Usage: tsx test/helpers/craft-hostile.ts SENDER.sqlite VICTIM.sqlite OUT.zip
 */
import { v7 as uuidv7 } from 'uuid';
import { openAppSession } from '../../electron/api/open-session';
import type { BundleChange } from '../../electron/domain/bundles/format';
import { writeCraftedBundle } from './craft-bundle';

async function main(): Promise<void> {
  const [senderFile, victimFile, out] = process.argv.slice(2) as [string, string, string];
  const sender = await openAppSession(senderFile, { mustExist: true });
  const victim = await openAppSession(victimFile, { mustExist: true });
  try {
    const unit = sender.ledger.db.prepare("SELECT value FROM local_settings WHERE key = 'unit_code'").pluck().get() as string;
    const victimCase = victim.ledger.db.prepare('SELECT id FROM cases ORDER BY id LIMIT 1').pluck().get() as string;
    const ownCase = sender.ledger.db.prepare('SELECT id FROM cases ORDER BY id LIMIT 1').pluck().get() as string;
    const node = sender.installation.id.replace(/-/g, '').slice(16);
    let n = 0;
    const change = (entity: string, rowId: string, fields: BundleChange['fields']): BundleChange => ({
      entity,
      rowId,
      hlc: `${new Date(Date.now() - 60_000).toISOString()}-${(n++).toString(16).toUpperCase().padStart(4, '0')}-${node}`,
      installationId: sender.installation.id,
      user: '篡改者',
      unitCode: unit,
      fields,
    });
    writeCraftedBundle(sender, '152500', out, {
      manifest: { sequence: 3 },
      changes: [
        change('case', victimCase, { title: '被篡改的案件名称', fine_fen: 1 }),
        change('case_party', uuidv7(), { unit_code: unit, deleted: 0, case_id: ownCase, name: '张三', id_type: 'id_card', id_number: '123' }),
        change('plan', uuidv7(), { unit_code: unit, deleted: 0, title: '县局自拟的工作方案', year: 2026 }),
      ],
    });
  } finally {
    sender.ledger.close();
    victim.ledger.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
