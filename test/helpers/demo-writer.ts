/**
 * A second process for the two-writers test: adds demo cases to a ledger in small transactions
 * (each takes and releases the write lock), so two of these interleave. Usage:
 * tsx test/helpers/demo-writer.ts LEDGER COUNT SEED
 */
import { generateDemoCases } from '../../electron/demo/cases';
import { openAppSession } from '../../electron/api/open-session';

async function main(): Promise<void> {
  const [file, count, seed] = process.argv.slice(2);
  const session = await openAppSession(String(file), { mustExist: true });
  try {
    generateDemoCases(session, { count: Number(count), seed: Number(seed), batch: 10 });
  } finally {
    session.ledger.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
