import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../shared/cases/money';
import type { VocabularyKind } from '../../../../shared/cases/vocabulary';
import { useLedgerQuery } from '../../api/use-ledger-query';
import type { ChangeValueFormatter } from '../ChangeTable';
import { useVocabulary } from '../use-vocabulary';

/** Case-log fields stored as codes, fen or flags, and how the history shows them. */
const CODE_LABELS: Record<string, string> = {
  category: 'cases.category.',
  source: 'cases.source.',
  outcome: 'cases.outcome.',
  stage: 'cases.stage.',
  kind: 'cases.partyKind.',
  id_type: 'cases.idType.',
};
const VOCABULARY_FIELDS: Record<string, VocabularyKind> = { goods_category: 'goods_category', place_type: 'place_type', violation_type: 'violation_type' };
const FEN_FIELDS = new Set(['amount_involved_fen', 'fine_fen', 'confiscated_fen', 'seized_value_fen', 'destroyed_value_fen']);
const YES_NO_FIELDS = new Set(['filing_extended', 'decision_extended', 'id_override']);

/** Readable history values for case records (null: let the generic display decide). */
export function useCaseValueFormatter(): ChangeValueFormatter {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const townships = useLedgerQuery('reference.townships', {});
  return useCallback(
    (entity, field, value) => {
      if (!entity.startsWith('case') || value === null || value === undefined) return null;
      if (FEN_FIELDS.has(field) && typeof value === 'number') return formatYuan(value);
      if (YES_NO_FIELDS.has(field)) return t(value === 1 ? 'common.yes' : 'common.no');
      if (typeof value !== 'string') return null;
      const prefix = CODE_LABELS[field];
      if (prefix && entity !== 'case_attachment') return t(`${prefix}${value}`, { defaultValue: value });
      const kind = VOCABULARY_FIELDS[field];
      if (kind) return vocabulary.label(kind, value);
      if (field === 'campaigns')
        return value
          .split(',')
          .filter(Boolean)
          .map((c) => vocabulary.label('campaign', c))
          .join('、');
      if (field === 'flags')
        return value
          .split(',')
          .filter(Boolean)
          .map((f) => t(`cases.flag.${f}`, { defaultValue: f }))
          .join('、');
      if (field === 'township_code') return townships.data?.find((tw) => tw.code === value)?.name ?? value;
      return null;
    },
    [t, vocabulary, townships.data],
  );
}

/** Bookkeeping fields the case history leaves out (links and counters, not facts a user edits). */
export const CASE_HISTORY_HIDDEN_FIELDS = new Set(['case_id', 'ord', 'number_year', 'number_seq', 'doc_type', 'doc_year', 'doc_seq', 'sha256', 'mime']);
