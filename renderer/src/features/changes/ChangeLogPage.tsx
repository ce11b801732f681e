import { App as AntApp, Button, Card, Flex, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../../../shared/history/types';
import { SYNCABLE_ENTITIES } from '../../../../shared/entities';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { ChangeTable } from '../../components/ChangeTable';
import { useRecordValueFormatter } from '../../components/change-values/record-values';
import { QueryError } from '../../components/QueryError';

const PAGE = 50;

export function ChangeLogPage() {
  const { t } = useTranslation();
  const formatValue = useRecordValueFormatter();
  const { message } = AntApp.useApp();
  const about = useLedgerQuery('app.about', undefined);
  const [entity, setEntity] = useState<string | undefined>(undefined);
  const first = useLedgerQuery('changes.list', { entity, limit: PAGE }, entity ?? '');
  // Older pages fetched with "load more", reset whenever the first page is re-queried.
  const [older, setOlder] = useState<{ entries: ChangeEntry[]; next: number | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const entries = [...(first.data?.entries ?? []), ...(older?.entries ?? [])];
  const next = older ? older.next : (first.data?.nextBeforeSeq ?? null);

  const loadMore = async () => {
    if (next === null) return;
    setLoadingMore(true);
    try {
      const page = await call('changes.list', { entity, beforeSeq: next, limit: PAGE });
      setOlder({ entries: [...(older?.entries ?? []), ...page.entries], next: page.nextBeforeSeq });
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setLoadingMore(false);
    }
  };

  const refresh = () => {
    setOlder(null);
    first.reload();
  };

  return (
    <Card>
      <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('changes.intro')}</Typography.Text>
        <Flex gap={8}>
          <PinyinSelect
            allowClear
            style={{ width: 180 }}
            placeholder={t('changes.filterEntity')}
            value={entity}
            onChange={(v: string | undefined) => {
              setOlder(null);
              setEntity(v);
            }}
            options={SYNCABLE_ENTITIES.map((k) => ({ value: k, label: t(`entities.${k}`) }))}
          />
          <Button onClick={refresh}>{t('common.refresh')}</Button>
        </Flex>
      </Flex>
      {first.error ? <QueryError error={first.error} onRetry={refresh} /> : null}
      <ChangeTable formatValue={formatValue} entries={entries} loading={first.loading} installationId={about.data?.installationId} />
      {next !== null ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void loadMore()} loading={loadingMore}>
            {t('common.loadMore')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
