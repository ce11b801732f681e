/**
 * `export`, `verify` and `import`: the bundle exchange from the command line. Refusals print
 * their own reason on one line and exit 1; the same bundle imported twice is not an error
 * ("already imported on …", exit 0).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../shared/bundles/types';
import { appSchemaVersion } from '../store/ledger';
import { exportBundle } from '../domain/bundles/export';
import { BundleError } from '../domain/bundles/format';
import { importBundle } from '../domain/bundles/import';
import { readChanges, verifyBundle } from '../domain/bundles/verify';
import { rejectionText } from './rejection-text';
import { keyFingerprint } from '../domain/core/keys';
import { openAppSession } from '../api/open-session';
import { CliUsageError, optionalString, requireString, type CliCommand, type CliIo } from './types';

function bundleFailure(error: unknown, io: CliIo, json: boolean): number {
  if (!(error instanceof BundleError)) throw error;
  if (json) io.out(JSON.stringify({ ok: false, problem: error.problem, detail: error.detail }));
  io.err(`拒绝 refused (${error.problem}): ${error.detail}`);
  return 1;
}

export const exportCommand: CliCommand = {
  options: { db: { type: 'string' }, out: { type: 'string' }, to: { type: 'string' }, full: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, io) {
    const db = path.resolve(requireString(args, 'db'));
    const out = path.resolve(requireString(args, 'out'));
    const to = optionalString(args, 'to');
    if (to !== undefined && !/^\d{6}$/.test(to)) throw new CliUsageError('--to takes a 6-digit unit code');
    const session = await openAppSession(db, { mustExist: true });
    try {
      const stages = { changes: '写出变更 changes written', zip: '打包附件 packing files', verify: '重新校验 re-verifying', move: '保存到 saving to' } as const;
      const onStage = (stage: keyof typeof stages, detail: string) => {
        if (!args.values.json) io.err(`  ${stages[stage]} ${detail}`);
      };
      const { file, manifest, restamped } = await exportBundle(session, out, { to, full: !!args.values.full, onStage });
      if (args.values.json) io.out(JSON.stringify({ ok: true, file, manifest }, null, 2));
      else {
        io.out(`已导出 exported: ${file}`);
        io.out(
          `  发往 to ${manifest.destination.unitCode} · 序号 sequence ${manifest.sequence} · 变更 changes ${manifest.counts.changes} · 附件 attachments ${manifest.counts.attachments}`,
        );
        io.out(`  密钥指纹 key fingerprint ${keyFingerprint(manifest.source.publicKeyPem)}`);
        if (restamped.count > 0) {
          const days = Math.ceil(restamped.aheadMillis / 86_400_000);
          io.out(
            `  本机日期曾快约 ${days} 天：${restamped.count} 条修改已按改正后的日期重新登记 / this PC's date was ~${days} days ahead: ${restamped.count} changes re-stamped with the corrected date`,
          );
        }
      }
      return 0;
    } finally {
      session.ledger.close();
    }
  },
};

export const verifyCommand: CliCommand = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new CliUsageError('verify needs the bundle file: verify BUNDLE [--json]');
    if (!fs.existsSync(file)) throw new CliUsageError(`no such file: ${file}`);
    const json = !!args.values.json;
    try {
      const bundle = await verifyBundle(path.resolve(file), { schemaVersion: appSchemaVersion() });
      try {
        const m = bundle.manifest;
        await readChanges(bundle);
        const fingerprint = keyFingerprint(m.source.publicKeyPem);
        if (json) io.out(JSON.stringify({ ok: true, manifestSha256: bundle.manifestSha256, fingerprint, manifest: m }, null, 2));
        else {
          io.out(`有效 valid: ${m.source.unitName} (${m.source.unitCode}) → ${m.destination.unitCode}, 序号 sequence ${m.sequence}`);
          io.out(`  变更 changes ${m.counts.changes} · 附件 attachments ${m.counts.attachments} · 签名密钥指纹 signed by ${fingerprint}`);
        }
        return 0;
      } finally {
        bundle.zip.close();
      }
    } catch (error) {
      return bundleFailure(error, io, json);
    }
  },
};

function printReport(r: ImportReport, io: CliIo): void {
  if (r.status === 'duplicate') {
    io.out(`已于 ${r.importedAt} 导入过，未作改动 / already imported on ${r.importedAt}; nothing changed`);
    return;
  }
  io.out(
    `${r.status === 'previewed' ? '预览（未写入）preview, nothing written' : '已导入 imported'}: ${r.source.unitName} (${r.source.unitCode}) 序号 sequence ${r.sequence}`,
  );
  if (r.firstContact) io.out(`  首次收到该单位的数据包，密钥指纹 first bundle from this unit, key fingerprint ${r.source.fingerprint}`);
  if (r.gap)
    io.out(
      `  缺少序号 ${r.gap.expected}–${r.gap.got - 1} 的数据包（数据已随本包补齐）/ bundle(s) ${r.gap.expected}–${r.gap.got - 1} never arrived (this cumulative bundle carries their data)`,
    );
  for (const [entity, c] of Object.entries(r.entities))
    io.out(
      `  ${entity}: new ${c.new}, updated ${c.updated}, unchanged ${c.unchanged} (records; ${c.changes} changes applied), rejected ${c.rejected}, conflicts ${c.conflicts}`,
    );
  if (r.keyChange)
    io.out(
      `  密钥已更换 the unit's key changes: ${r.keyChange.trustedFingerprint} → ${r.source.fingerprint}${r.status === 'previewed' ? '（导入需 --rekey --trust needs --rekey --trust）' : ''}`,
    );
  const rejected = Object.values(r.entities).reduce((n, c) => n + c.rejected, 0);
  if (rejected) {
    io.out(`  拒收并隔离 rejected and quarantined: ${rejected}`);
    for (const x of r.rejected.slice(0, 20)) io.out(`    - ${rejectionText(x)}`);
    if (rejected > 20) io.out(`    … (${rejected - 20} more / 另有 ${rejected - 20} 条)`);
  }
  if (r.futureDriftMs)
    io.out(
      `  警告 warning: a change is ${Math.round(r.futureDriftMs / 60_000)} min ahead of this PC's clock / 对方时钟快约 ${Math.round(r.futureDriftMs / 60_000)} 分钟`,
    );
}

export const importCommand: CliCommand = {
  options: { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, trust: { type: 'boolean' }, rekey: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, io) {
    const db = path.resolve(requireString(args, 'db'));
    const file = args.positionals[0];
    if (!file) throw new CliUsageError('import needs the bundle file: import --db FILE BUNDLE [--dry-run] [--trust] [--json]');
    if (!fs.existsSync(file)) throw new CliUsageError(`no such file: ${file}`);
    const json = !!args.values.json;
    const session = await openAppSession(db, { mustExist: true });
    try {
      // Deliberately replacing the sender's trusted key (a reinstalled county) needs --trust for the new
      // one; the key is replaced in the import's own transaction, so a refused bundle changes no trust.
      if (args.values.rekey && !args.values.trust) throw new CliUsageError('--rekey replaces a unit’s trusted key and needs --trust to accept the new one');
      const report = await importBundle(session, path.resolve(file), {
        dryRun: !!args.values['dry-run'],
        trust: !!args.values.trust,
        rekey: !!args.values.rekey,
      });
      if (json) io.out(JSON.stringify({ ok: true, ...report }, null, 2));
      else printReport(report, io);
      return 0;
    } catch (error) {
      return bundleFailure(error, io, json);
    } finally {
      session.ledger.close();
    }
  },
};
