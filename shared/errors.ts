/**
 * The result envelope every contract call returns, and the closed set of error codes.
 * The renderer maps each code to a translated message (`errors.<code>` in the locales),
 * so a new code needs a translation in both languages (the i18n test enforces it).
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'forbidden_sender',
  'unauthorized',
  'not_set_up',
  'already_set_up',
  'not_found',
  'conflict',
  'validation',
  'ledger_too_new',
  /** Another window or command held the ledger's write lock longer than the busy timeout. */
  'ledger_busy',
  /** A read sent to the data worker's read-only connection tried to write; the client sends it to the writer instead (never shown). */
  'read_only',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface LedgerError {
  code: ErrorCode;
  /** Developer-facing detail (English or the validator's text); the UI shows the translated code. */
  message: string;
  /** Values the translated message needs (a line number, how many days a clock is ahead …). */
  params?: Record<string, string | number>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: LedgerError };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, params?: Record<string, string | number>): Envelope<never> {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Thrown by domain code for expected refusals; the dispatcher turns it into an envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
