/**
 * Headless commands over the same domain code the app uses.
 *   npm run cli -- <command> [options]
 * Exit codes: 0 done; 1 refused or failed (one line on stderr); 2 usage error.
 */
import { runCli } from './cli/run';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
