import type { TFunction } from 'i18next';
import { BUNDLE_ERROR_PREFIX, BUNDLE_PROBLEMS } from '../../../shared/bundles/problems';
import { isValidationCode } from '../../../shared/cases/validation-codes';
import { LedgerCallError } from './client';

/** A translated, actionable message for any error a call can throw. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof LedgerCallError) {
    // Domain refusals carry their reason as a code with its own message.
    if (error.code === 'validation' && isValidationCode(error.message)) return t(`validation.${error.message}`);
    // A refused bundle says why in its own words (signature, hash, replay, fork …).
    if (error.code === 'validation' && error.message.startsWith(BUNDLE_ERROR_PREFIX)) {
      const problem = error.message.slice(BUNDLE_ERROR_PREFIX.length);
      if ((BUNDLE_PROBLEMS as readonly string[]).includes(problem)) return t(`bundles.problem.${problem}`, error.params);
    }
    const text = t(`errors.${error.code}`);
    return error.code === 'invalid_input' || error.code === 'internal' || error.code === 'ledger_too_new'
      ? t('common.withDetail', { text, detail: error.message })
      : text;
  }
  return t('errors.internal');
}
