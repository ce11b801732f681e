import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyItem } from '../../../shared/cases/types';
import type { VocabularyKind } from '../../../shared/cases/vocabulary';
import { useLedgerQuery } from '../api/use-ledger-query';

export interface Vocabulary {
  /** Active items of a kind as select options, labelled in the UI language. */
  options(kind: VocabularyKind): { value: string; label: string }[];
  /** Label of a code (retired items keep their label on old cases). */
  label(kind: VocabularyKind, code: string): string;
  items: VocabularyItem[];
}

/** The editable reference vocabularies (campaigns, goods categories, place types, violation types). */
export function useVocabulary(): Vocabulary {
  const { i18n } = useTranslation();
  const query = useLedgerQuery('reference.vocabulary', {});
  const english = i18n.language === 'en';
  return useMemo(() => {
    const items = query.data ?? [];
    const name = (v: VocabularyItem) => (english && v.nameEn ? v.nameEn : v.name);
    return {
      items,
      options: (kind) => items.filter((v) => v.kind === kind && v.active).map((v) => ({ value: v.code, label: name(v) })),
      label: (kind, code) => {
        const item = items.find((v) => v.kind === kind && v.code === code);
        return item ? name(item) : code;
      },
    };
  }, [query.data, english]);
}
