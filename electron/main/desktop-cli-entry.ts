/**
 * dist-electron/cli.cjs: the headless commands for the installed app. main.cjs loads this bundle
 * only for `--cli`, so a normal start does not parse the whole CLI. The commands find their
 * migrations and reference data next to this bundle (dist-electron/migrations,
 * resources/reference — the same places in the repository and in app.asar).
 */
import { runCli } from '../cli/run';
import { useNativeBinding } from './sqlite-binding';

export async function runDesktopCli(argv: string[], nativeBinding: string): Promise<number> {
  useNativeBinding(nativeBinding);
  return runCli(argv);
}
