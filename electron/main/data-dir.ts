/**
 * The data directory is made before anything else touches it (Electron's userData, the lock,
 * the log, the ledger), and checked for writing, so a read-only or full disk or a folder without
 * permission is told to the user in a dialog instead of surfacing later as "open failed".
 */
import fs from 'node:fs';
import path from 'node:path';

export type DataDirResult = { ok: true } | { ok: false; code: string; message: string };

export function prepareDataDir(dir: string): DataDirResult {
  try {
    // Owner-only: the folder holds the ledger, its backups, evidence files and logs (issue 18).
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    return { ok: false, code, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The dialog's text: Chinese first, then English, as the other main-process messages. */
export function dataDirProblemText(dir: string, result: { code: string; message: string }): { title: string; body: string } {
  const why: Record<string, [string, string]> = {
    EACCES: ['没有写入该文件夹的权限', 'no permission to write to this folder'],
    EPERM: ['没有写入该文件夹的权限', 'no permission to write to this folder'],
    EROFS: ['磁盘是只读的', 'the disk is read-only'],
    ENOSPC: ['磁盘已满', 'the disk is full'],
    EDQUOT: ['磁盘配额已用完', 'the disk quota is used up'],
    ENOTDIR: ['路径中有同名文件占用', 'a file is in the way on this path'],
    EEXIST: ['路径中有同名文件占用', 'a file is in the way on this path'],
  };
  const [zh, en] = why[result.code] ?? ['无法创建或写入', 'cannot be created or written'];
  return {
    title: 'IP Ledger 知识产权工作台账：无法使用数据文件夹 / Cannot use the data folder',
    body:
      `数据文件夹：${dir}\n原因：${zh}。\n请释放磁盘空间、检查权限，或用环境变量 IP_LEDGER_DATA_DIR 指定其他可写的文件夹后再启动。\n\n` +
      `Data folder: ${dir}\nReason: ${en} (${result.code}: ${result.message}).\nFree some disk space, check the permissions, or set IP_LEDGER_DATA_DIR to another writable folder, then start again.`,
  };
}
