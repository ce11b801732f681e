/**
 * `npm run bench [-- --sizes 100000,1000000] [--gi-users 500,3000] [--exchange 20000,100000] [--attachments-mib 200] [--fresh] [--skip-foundation]`
 * (`--sizes 0 --gi-users 0` runs the exchange figures alone): prints a table and
 * writes bench-results.json. Targets are reported here, never asserted in unit tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { casesBench } from './cases';
import { exchangeBench } from './exchange';
import { foundationBench } from './foundation';
import { giBench } from './gi';
import type { Row } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100000,1000000' },
      fresh: { type: 'boolean', default: false },
      'skip-foundation': { type: 'boolean', default: false },
      'gi-users': { type: 'string', default: '500,3000' },
      exchange: { type: 'string', default: '20000,100000' },
      'attachments-mib': { type: 'string', default: '200' },
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('--sizes takes a comma-separated list of case counts (0 skips)');
  const rows: Row[] = [];
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (!values['skip-foundation']) {
    log('foundation …');
    await foundationBench(rows);
  }
  for (const users of values['gi-users']
    .split(',')
    .map(Number)
    .filter((n) => n > 0)) {
    log(`GI register × ${users} users …`);
    await giBench(rows, users);
  }
  for (const n of sizes.filter((s) => s > 0)) {
    log(`cases × ${n.toLocaleString('en-US')} …`);
    await casesBench(rows, n, values.fresh, log);
  }
  const exchangeSizes = values.exchange
    .split(',')
    .map((s) => Number(s.replace(/_/g, '')))
    .filter((n) => n > 0);
  await exchangeBench(rows, exchangeSizes, Number(values['attachments-mib']), log);
  rows.push({ measure: 'peak RSS (whole run)', value: process.resourceUsage().maxRSS / 1024, unit: 'MB' });
  console.log(`IP Ledger benchmark — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
  console.table(
    rows.map((r) => ({
      measure: r.measure,
      value: Number(r.value.toFixed(r.value < 10 ? 2 : 0)),
      unit: r.unit,
      target: r.target ?? '',
      met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    })),
  );
  fs.writeFileSync('bench-results.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));
  console.log('written: bench-results.json');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
