/** The same identifier checks the main process runs, for instant feedback in the form. */
import type { IdType } from '../../../shared/cases/vocabulary';
import { checkIdCard, checkUscc, type IdentifierCheck } from '../../../shared/identifiers';

export function checkIdentifier(idType: IdType | undefined, idNumber: string | undefined): IdentifierCheck | null {
  const text = (idNumber ?? '').trim();
  if (!text || !idType || idType === 'other') return null;
  return idType === 'uscc' ? checkUscc(text) : checkIdCard(text);
}
