import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLedgerBusy, LEDGER_BUSY_MESSAGE } from '../store/ledger';
import { DomainError } from '../../shared/errors';
import { infoCommand } from './info';
import { demoCommand } from './demo';
import { initCommand } from './init';
import { exportCommand, importCommand, verifyCommand } from './bundles';
import { reportCommand, statsCommand } from './reports';
import { CliUsageError, type CliCommand, type CliIo } from './types';

const COMMANDS: Record<string, CliCommand> = {
  init: initCommand,
  info: infoCommand,
  demo: demoCommand,
  export: exportCommand,
  verify: verifyCommand,
  import: importCommand,
  report: reportCommand,
  stats: statsCommand,
};

export const USAGE = `IP Ledger 命令行 / command line

  init --db FILE --unit CODE6 [--name 局名称] [--operator 操作员] [--prefix 案号代字] [--json]
       新建账本（已存在的文件不会被覆盖）/ create a ledger (never overwrites)
  info --db FILE [--json]
       账本信息：单位、角色、安装标识、密钥指纹、数据结构版本、各类记录数
  demo --db FILE [--cases N] [--gi-users N] [--tasks] [--actions N] [--seed S] [--unit CODE6] [--quiet]
       生成演示数据：案件、地理标志使用人、工作方案与进度（新文件先按单位初始化，默认 152502）；
       同一种子生成相同数据 / realistic demo cases, GI users, a work plan with progress;
       deterministic for a seed
  export --db FILE --out BUNDLE [--to CODE6] [--full] [--json]
       导出数据包：对方未确认的全部变更（旗县默认发往本盟，盟局须指定旗县）
       / export everything the destination has not acknowledged (a county's default is its league)
  verify BUNDLE [--json]
       校验数据包：签名、哈希、格式 / check signature, hashes, format without a ledger
  import --db FILE BUNDLE [--dry-run] [--trust] [--rekey] [--json]
       导入数据包（--dry-run 只预览；--trust 确认首次收到的密钥）/ import (preview with --dry-run;
       --trust confirms a first-time key; --rekey --trust replaces a unit's key deliberately);
       the same bundle twice is not an error
  report samr --db FILE --period 2026Q3 [--unit CODE6] --out FILE.xlsx
       知识产权执法数据统计表（盟局含各旗县分表）/ the SAMR enforcement table as xlsx
  stats --db FILE [--period YYYY|YYYYQn] [--unit CODE6] [--json]
       各类记录数与统计表 / counts per entity and the SAMR table

exit codes: 0 done, 1 refused/failed, 2 usage error`;

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`未知命令 unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options as ParseArgsConfig['options'], allowPositionals: true, strict: true });
    return await command.run({ values: values as Record<string, string | boolean | undefined>, positionals }, io);
  } catch (error) {
    if (error instanceof CliUsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`用法错误 usage: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (isLedgerBusy(error)) {
      io.err(LEDGER_BUSY_MESSAGE);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(error instanceof DomainError ? message : `失败 failed: ${message}`);
    return 1;
  }
}
