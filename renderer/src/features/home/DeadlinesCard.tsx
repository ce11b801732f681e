import { Button, Card, Col, Empty, List, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { DeadlineTag } from '../../components/DeadlineTag';
import { useRoute } from '../../state/route';

/** Overdue and due-within-5-days legal deadlines of open cases, each one click from its case. */
export function DeadlinesCard() {
  const { t } = useTranslation();
  const { navigate, filterCases } = useRoute.getState();
  const overview = useLedgerQuery('cases.deadlines', undefined);
  const openCase = (id: string) => navigate({ section: 'cases', view: 'detail', params: { id } });
  // The case list as last filtered, narrowed to the overdue cases, most urgent first.
  const showOverdue = () => filterCases({ deadline: 'overdue', sort: 'deadline', order: 'asc' });
  const data = overview.data;
  return (
    <Card
      title={t('home.deadlines')}
      extra={
        data && data.overdue > 0 ? (
          <Button type="link" onClick={showOverdue} data-testid="show-overdue">
            {t('home.showOverdue')}
          </Button>
        ) : null
      }
      data-testid="home-deadlines"
    >
      {overview.error ? <QueryError error={overview.error} onRetry={overview.reload} /> : null}
      {data ? (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={8}>
              <Statistic
                title={t('home.overdue')}
                value={data.overdue}
                valueStyle={{ color: data.overdue ? '#cf1322' : undefined }}
                data-testid="stat-overdue"
              />
            </Col>
            <Col span={8}>
              <Statistic
                title={t('home.dueSoon')}
                value={data.dueSoon}
                valueStyle={{ color: data.dueSoon ? '#d48806' : undefined }}
                data-testid="stat-due-soon"
              />
            </Col>
            <Col span={8}>
              <Statistic title={t('home.openCases')} value={data.open} />
            </Col>
          </Row>
          {data.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noDeadlines')} />
          ) : (
            <List
              size="small"
              dataSource={data.items.slice(0, 8)}
              renderItem={(item) => (
                <List.Item
                  key={`${item.caseId}-${item.kind}`}
                  actions={[<DeadlineTag key="d" deadline={{ kind: item.kind, due: item.due }} state={item.state} />]}
                >
                  <List.Item.Meta
                    title={
                      <Typography.Link onClick={() => openCase(item.caseId)} data-testid="deadline-item">
                        {item.title}
                      </Typography.Link>
                    }
                    description={<span className="mono">{item.caseNumber}</span>}
                  />
                </List.Item>
              )}
            />
          )}
        </>
      ) : null}
    </Card>
  );
}
