/**
 * Global setup and teardown of the E2E run. The setup gives the run an id (passed to the workers
 * in the environment; temp.ts names the data directories with it); the teardown fails the run if
 * any of this run's data directories is still in the system temp folder — the `ledger` fixture
 * removes each one after its test, so a leftover means a fixture (or a worker) did not finish.
 * Leftovers are listed and then removed, so one bad run does not leave them behind either.
 */
import { KEEP_ENV, RUN_ENV, keepDataDirs, leftoverDataDirs, newRunId, removeDataDir } from './temp';

export default function globalSetup(): () => void {
  const run = newRunId();
  process.env[RUN_ENV] = run;
  return () => {
    const left = leftoverDataDirs(run);
    if (left.length === 0) return;
    if (keepDataDirs()) {
      console.log(`${KEEP_ENV}=1: this run's data directories are kept:\n${left.join('\n')}`);
      return;
    }
    for (const dir of left) removeDataDir(dir);
    throw new Error(
      `${left.length} data director${left.length === 1 ? 'y was' : 'ies were'} left in the temp folder by this run (now removed):\n${left.join('\n')}`,
    );
  };
}
