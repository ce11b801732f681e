import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GiEntry } from '../../../../shared/gi/types';
import type { GiKind } from '../../../../shared/gi/vocabulary';

export function GiKindTag({ kind }: { kind: GiKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'unconfirmed' ? 'default' : 'geekblue'}>{t(`gi.kind.${kind}`)}</Tag>;
}

/** Seed facts are marked until someone checks them against the source and ticks 已核实. */
export function VerifyTag({ entry }: { entry: Pick<GiEntry, 'verified' | 'confidence' | 'source'> }) {
  const { t } = useTranslation();
  if (entry.verified) return <Tag color="green">{t('gi.verified')}</Tag>;
  return (
    <Tooltip title={t('gi.unverifiedHelp', { source: entry.source || '-' })}>
      <Tag color={entry.confidence === 'U' ? 'red' : 'orange'} data-testid="gi-unverified">
        {entry.confidence === 'U' ? t('gi.confidence.U') : t('gi.toVerify')}
      </Tag>
    </Tooltip>
  );
}
