/**
 * A corpus of hostile or broken bundles, generated here: each is refused with its own reason and
 * the league ledger is left exactly as it was.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/domain/bundles/export';
import { writeZip } from '../../electron/domain/bundles/zip-write';
import { BundleError } from '../../electron/domain/bundles/format';
import { openBundleZip } from '../../electron/domain/bundles/zip-read';
import { importBundle } from '../../electron/domain/bundles/import';
import { createCase } from '../../electron/domain/cases/write';
import { generateIdentityKeys } from '../../electron/domain/core/keys';
import { caseInput, FIXED_NOW } from '../helpers/cases';
import { craftBundle, ledgerFingerprint, officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

const LEAGUE = '152500';

async function setup() {
  const county = await officeAt('152502', '锡林浩特市市场监督管理局', FIXED_NOW);
  const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
  createCase(county, caseInput());
  return { county, league };
}

/** [offset, length] of every entry's stored (compressed) bytes in a ZIP file. */
async function entryDataRanges(file: string): Promise<[number, number][]> {
  const bytes = fs.readFileSync(file);
  const zip = await openBundleZip(file);
  try {
    return [...zip.entries.values()].map((e) => {
      const local = e.entry.relativeOffsetOfLocalHeader;
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      return [start, e.compressedSize] as [number, number];
    });
  } finally {
    zip.close();
  }
}

async function problemOf(league: Awaited<ReturnType<typeof setup>>['league'], file: string): Promise<string> {
  const before = ledgerFingerprint(league);
  try {
    await importBundle(league, file, { trust: true });
  } catch (error) {
    expect(ledgerFingerprint(league)).toBe(before);
    if (error instanceof BundleError) return error.problem;
    throw error;
  }
  return 'accepted';
}

describe('hostile and broken bundles', () => {
  it('a flipped byte in any entry, or a truncated file, is refused', async () => {
    const { county, league } = await setup();
    const { file } = await exportBundle(county, path.join(tempDir(), 'good.zip'));
    const good = fs.readFileSync(file);
    const problems = new Set<string>();
    // Flip one byte at many positions inside every entry's stored data: each one must be refused.
    // (Zip header fields that carry no content — timestamps, version bytes — are not the bundle's data.)
    const positions = (await entryDataRanges(file)).flatMap(([start, length]) =>
      Array.from({ length: Math.min(25, length) }, (_v, k) => start + Math.floor((k * length) / Math.min(25, length))),
    );
    expect(positions.length).toBeGreaterThan(40);
    for (const i of positions) {
      const bad = Buffer.from(good);
      bad[i] = (bad[i] as number) ^ 0x01;
      const f = path.join(tempDir(), `flip-${i}.zip`);
      fs.writeFileSync(f, bad);
      const problem = await problemOf(league, f);
      expect(problem, `byte ${i}`).not.toBe('accepted');
      problems.add(problem);
    }
    expect(
      [...problems].every((p) =>
        [
          'signature',
          'hash_mismatch',
          'not_a_zip',
          'not_a_bundle',
          'size_mismatch',
          'manifest_json',
          'manifest_format',
          'entry_name',
          'ndjson',
          'bad_utf8',
          'bad_timestamp',
          'change_count',
          'missing_entry',
          'too_large',
        ].includes(p),
      ),
    ).toBe(true);
    const cut = path.join(tempDir(), 'cut.zip');
    fs.writeFileSync(cut, good.subarray(0, Math.floor(good.length * 0.6)));
    expect(await problemOf(league, cut)).toBe('not_a_zip');
    // The untouched bundle still imports.
    expect(await problemOf(league, file)).toBe('accepted');
  });

  it('tampered content, a foreign key, future versions and bad lines each have their own reason', async () => {
    const { county, league } = await setup();
    const change = {
      entity: 'case',
      rowId: '0190f0f0-0000-7000-8000-0000000000aa',
      hlc: '2026-11-20T02:00:00.000Z-0000-00000000000000aa',
      installationId: county.installation.id,
      user: '测试',
      unitCode: '152502',
      fields: { unit_code: '152502', deleted: 0, title: '案件' },
    };
    const cases: [string, string][] = [
      [
        craftBundle(county, LEAGUE, {
          changes: [change],
          tamper: (e) => e.map((x) => (x.name === 'changes.ndjson' ? { ...x, data: Buffer.from(x.data.toString().replace('案件', '改过')) } : x)),
        }),
        'hash_mismatch',
      ],
      [craftBundle(county, LEAGUE, { changes: [change], privateKeyPem: generateIdentityKeys().privateKeyPem }), 'signature'],
      [craftBundle(county, LEAGUE, { changes: [change], manifest: { formatVersion: 9 } }), 'format_too_new'],
      [craftBundle(county, LEAGUE, { changes: [change], manifest: { source: { schemaVersion: 99, appVersion: '9.0.0' } as never } }), 'schema_too_new'],
      [craftBundle(county, LEAGUE, { changes: [change], manifest: { counts: { changes: 5, attachments: 0, entities: {} } } }), 'change_count'],
      [craftBundle(county, LEAGUE, { changes: [{ ...change, hlc: 'yesterday' }] }), 'bad_timestamp'],
      [craftBundle(county, LEAGUE, { changes: [{ ...change, hlc: '2026-02-30T00:00:00.000Z-0000-00000000000000aa' }] }), 'bad_timestamp'],
      [craftBundle(county, LEAGUE, { changes: [{ ...change, entity: 42 as never }] }), 'ndjson'],
      [craftBundle(county, LEAGUE, { changes: [change], manifest: { format: 'something-else' as never } }), 'manifest_format'],
      [craftBundle(county, LEAGUE, { changes: [{ ...change, fields: { note: crypto.randomBytes(6.2 * 1024 * 1024).toString('base64') } }] }), 'line_too_long'],
      [craftBundle(county, '152200', { changes: [change] }), 'wrong_destination'],
    ];
    for (const [file, expected] of cases) expect(await problemOf(league, file), expected).toBe(expected);
  });

  it('zip-slip names, links, duplicates, unlisted entries and zip bombs are refused before any data is read', async () => {
    const { county, league } = await setup();
    const blob = Buffer.from('x');
    const sha = crypto.createHash('sha256').update(blob).digest('hex');
    const cases: [string, string][] = [
      [craftBundle(county, LEAGUE, { extraEntries: [{ name: '../../evil.sh', data: Buffer.from('rm -rf /') }] }), 'entry_name'],
      [craftBundle(county, LEAGUE, { extraEntries: [{ name: '/etc/passwd', data: blob }] }), 'entry_name'],
      [craftBundle(county, LEAGUE, { extraEntries: [{ name: 'C:\\Windows\\evil', data: blob }] }), 'entry_name'],
      [craftBundle(county, LEAGUE, { extraEntries: [{ name: 'attachments\\' + sha, data: blob }] }), 'entry_name'],
      [craftBundle(county, LEAGUE, { extraEntries: [{ name: `attachments/${sha}`, data: Buffer.from('/etc/passwd'), mode: 0o120777 }] }), 'entry_link'],
      [craftBundle(county, LEAGUE, { tamper: (e) => [...e, e[2] as (typeof e)[number]] }), 'duplicate_entry'],
      [craftBundle(county, LEAGUE, { extraEntries: [{ name: `attachments/${sha}`, data: blob }] }), 'unlisted_entry'],
      [
        craftBundle(county, LEAGUE, { extraEntries: [{ name: `attachments/${'0'.repeat(64)}`, data: Buffer.alloc(30 * 1024 * 1024), deflate: true }] }),
        'too_large',
      ],
      [
        craftBundle(county, LEAGUE, {
          tamper: (e) => e.map((x) => (x.name === 'changes.ndjson' ? { ...x, data: Buffer.alloc(8 * 1024 * 1024, 0x20), deflate: true } : x)),
        }),
        'compression_ratio',
      ],
    ];
    for (const [file, expected] of cases) expect(await problemOf(league, file), expected).toBe(expected);
    const notZip = path.join(tempDir(), 'not.zip');
    fs.writeFileSync(notZip, 'this is not a zip file');
    expect(await problemOf(league, notZip)).toBe('not_a_zip');
    // An ordinary ZIP (photos in a folder, a Word file) is not a bundle — not called malicious.
    const ordinary = path.join(tempDir(), '照片.zip');
    await writeZip(ordinary, [
      { name: '现场照片/IMG_0001.jpg', buffer: Buffer.from('jpeg') },
      { name: '询问笔录.docx', buffer: Buffer.from('docx') },
    ]);
    expect(await problemOf(league, ordinary)).toBe('not_a_bundle');
  });
});
