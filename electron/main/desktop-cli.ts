/**
 * `ip-ledger --cli <command> …`: the installed app runs the same headless commands as
 * `npm run cli` (electron/cli/run.ts), with the same exit codes, inside the main process — no
 * window, no single-instance lock, no data directory — so the RunAsNode fuse stays off.
 * Everything after `--cli` belongs to the command; switches before it go to Electron/Chromium
 * (e.g. `--ozone-platform=headless` on a Linux machine without a display).
 */
export const CLI_SWITCH = '--cli';

export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_SWITCH);
  return at < 0 ? null : argv.slice(at + 1);
}

/** What dist-electron/cli.cjs exports (electron/main/desktop-cli-entry.ts). */
export interface DesktopCliModule {
  runDesktopCli(argv: string[], nativeBinding: string): Promise<number>;
}

/** Runs the command and returns its exit code; a crash of the command itself is exit code 1 with one line. */
export async function runDesktopCommand(load: () => DesktopCliModule, argv: string[], nativeBinding: string, err: (line: string) => void): Promise<number> {
  try {
    return await load().runDesktopCli(argv, nativeBinding);
  } catch (error) {
    err(`失败 failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
