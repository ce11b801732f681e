export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CliCommand {
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(args: CliArgs, io: CliIo): Promise<number>;
}

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export function requireString(args: CliArgs, name: string): string {
  const v = args.values[name];
  if (typeof v !== 'string' || v === '') throw new CliUsageError(`--${name} is required`);
  return v;
}

export function optionalString(args: CliArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}
