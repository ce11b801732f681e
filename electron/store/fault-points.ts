/**
 * Named points where a fault test may kill this process on purpose (`IP_LEDGER_FAULT=<name>`), so
 * that the crash windows the code is designed around — between reserving an export and moving
 * its file, between moving it and marking it written — are each tested, not only hit by chance.
 * Without the variable this does nothing.
 */
export function faultPoint(name: string): void {
  if (process.env.IP_LEDGER_FAULT === name) process.kill(process.pid, 'SIGKILL');
}
