import { Button, Card, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { USER_FLAGS } from '../../../../shared/gi/vocabulary';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { useRoute } from '../../state/route';

/** GI users needing attention, counted per flag, one click from the list. */
export function GiAttentionCard() {
  const { t } = useTranslation();
  const query = useLedgerQuery('gi.attention', undefined);
  const open = () => useRoute.getState().navigate({ section: 'gi', view: 'attention', params: {} });
  const users = query.data ?? [];
  return (
    <Card
      title={t('home.giAttention')}
      extra={
        users.length ? (
          <Button type="link" onClick={open} data-testid="home-gi-attention">
            {t('home.showGiAttention')}
          </Button>
        ) : null
      }
    >
      {query.error ? <QueryError error={query.error} onRetry={query.reload} /> : null}
      <Space size={24} wrap align="start">
        <Statistic title={t('home.giFlagged')} value={users.length} loading={query.loading} />
        <Space size={[4, 8]} wrap style={{ maxWidth: 420 }}>
          {USER_FLAGS.map((f) => {
            const n = users.filter((u) => u.flags.includes(f)).length;
            return n ? <Tag key={f}>{`${t(`gi.flag.${f}`)} ${n}`}</Tag> : null;
          })}
        </Space>
      </Space>
    </Card>
  );
}
