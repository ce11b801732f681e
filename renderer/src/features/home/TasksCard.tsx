import { Button, Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { useRoute } from '../../state/route';

/** Who owes what by when: a county's overdue and due-this-week tasks; the league's overdue counties. */
export function TasksCard() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.profile?.role);
  const query = useLedgerQuery('plans.overview', undefined);
  const open = () => useRoute.getState().navigate({ section: 'plans', view: 'main', params: { tab: 'tasks' } });
  const data = query.data;
  return (
    <Card
      title={role === 'league' ? t('home.tasksLeague') : t('home.tasks')}
      extra={
        <Button type="link" onClick={open} data-testid="home-tasks">
          {t('home.openTasks')}
        </Button>
      }
    >
      {query.error ? <QueryError error={query.error} onRetry={query.reload} /> : null}
      {data ? (
        <>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={12}>
              <Statistic
                title={t('home.tasksOverdue')}
                value={data.overdue}
                valueStyle={data.overdue ? { color: '#cf1322' } : undefined}
                data-testid="home-tasks-overdue"
              />
            </Col>
            <Col span={12}>
              <Statistic title={t('home.tasksDueSoon')} value={data.dueSoon} />
            </Col>
          </Row>
          {data.items.length ? (
            <List
              size="small"
              dataSource={data.items}
              renderItem={(x) => (
                <List.Item>
                  <Typography.Text ellipsis style={{ maxWidth: '60%' }}>
                    {x.unit ? `${x.unit} · ` : ''}
                    {x.summary ? t('home.summaryItem', { title: x.title }) : x.title}
                  </Typography.Text>
                  <Tag color={x.daysLeft < 0 ? 'red' : 'orange'}>
                    {x.daysLeft < 0 ? t('plans.state.overdueDays', { days: -x.daysLeft }) : t('plans.state.dueSoonDays', { days: x.daysLeft })}
                  </Tag>
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.tasksNone')} />
          )}
        </>
      ) : null}
    </Card>
  );
}
