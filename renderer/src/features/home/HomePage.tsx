import { Button, Card, Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '../../../../shared/units';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { ChangeTable } from '../../components/ChangeTable';
import { useRecordValueFormatter } from '../../components/change-values/record-values';
import { DrillDrawer } from '../../components/DrillDrawer';
import { IdentityDescriptions } from '../../components/IdentityDescriptions';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { useRoute } from '../../state/route';
import { DeadlinesCard } from './DeadlinesCard';
import { GiAttentionCard } from './GiAttentionCard';
import { TasksCard } from './TasksCard';

/**
 * 首页. The dashboard and the league's data-completeness table are screens of 统计报表: the app
 * layout hands them in (features do not import each other), and their figures open the shared
 * record drawer or the case list through the route.
 */
export function HomePage({ dashboard, completeness }: { dashboard: ReactNode; completeness: ReactNode }) {
  const { t } = useTranslation();
  const formatValue = useRecordValueFormatter();
  const profile = useAppStore((s) => s.profile);
  const openSection = useRoute((s) => s.openSection);
  const about = useLedgerQuery('app.about', undefined);
  const stats = useLedgerQuery('ledger.stats', undefined);
  const recent = useLedgerQuery('changes.list', { limit: 8 });
  if (!profile) return null;
  const league = profile.role === 'league';
  return (
    <Row gutter={[16, 16]}>
      {league ? (
        <Col xs={24}>
          {dashboard}
        </Col>
      ) : null}
      <Col xs={24}>
        <DeadlinesCard />
      </Col>
      {league ? null : (
        <Col xs={24}>
          {dashboard}
        </Col>
      )}
      <Col xs={24} xl={12}>
        <TasksCard />
      </Col>
      <Col xs={24} xl={12}>
        <GiAttentionCard />
      </Col>
      {league ? (
        <Col xs={24}>
          <Card title={t('reports.completeness.homeTitle')} data-testid="home-completeness">
            {completeness}
          </Card>
        </Col>
      ) : null}
      <Col xs={24} xl={14}>
        <Card
          title={profile.bureauName}
          extra={<Tag color={profile.role === 'league' ? 'purple' : 'blue'}>{t(`role.${profile.role}`)}</Tag>}
          data-testid="home-profile"
        >
          <Descriptions column={1} size="middle">
            <Descriptions.Item label={t('home.unit')}>
              {t('common.nameWithCode', { name: profile.unitName, code: profile.unitCode })}
              {profile.unitInGbt2260 ? null : <Tag color="warning">{t('common.nonGbt')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('home.casePrefix')}>
              {profile.casePrefix}{' '}
              <Typography.Text type="secondary">
                {t('common.parenthetical', { text: formatCaseNumber(profile.casePrefix, new Date().getFullYear(), 1) })}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('changes.user')}>{profile.operatorName}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('home.identity')}>
          {about.error ? <QueryError error={about.error} onRetry={about.reload} /> : null}
          {about.data ? <IdentityDescriptions about={about.data} /> : null}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, marginTop: 8 }}>
            {t('home.fingerprintHelp')}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('home.records')}>
          {stats.error ? <QueryError error={stats.error} onRetry={stats.reload} /> : null}
          {stats.data ? (
            <Row gutter={16}>
              <Col span={5}>
                <Statistic title={t('nav.cases')} value={stats.data.entities.case ?? 0} data-testid="stat-cases" />
              </Col>
              <Col span={5}>
                <Statistic title={t('entities.gi_user')} value={stats.data.entities.gi_user ?? 0} data-testid="stat-gi-users" />
              </Col>
              <Col span={5}>
                <Statistic title={t('home.changeLogEntries')} value={stats.data.changeLogEntries} data-testid="stat-changes" />
              </Col>
              <Col span={9}>
                <Statistic
                  title={t('home.referenceData')}
                  valueRender={() => (
                    <Typography.Text style={{ fontSize: 15 }}>
                      {t('home.referenceSummary', {
                        regions: stats.data?.reference.regions,
                        townships: stats.data?.reference.townships,
                        stages: stats.data?.reference.caseStages,
                        holidays: stats.data?.reference.holidays,
                      })}
                    </Typography.Text>
                  )}
                />
              </Col>
            </Row>
          ) : null}
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          title={t('home.recentChanges')}
          extra={
            <Button type="link" onClick={() => openSection('changes')}>
              {t('home.viewAll')}
            </Button>
          }
        >
          {recent.error ? (
            <QueryError error={recent.error} onRetry={recent.reload} />
          ) : (
            <ChangeTable
              formatValue={formatValue}
              compact
              entries={(recent.data?.entries ?? []).slice(0, 12)}
              loading={recent.loading}
              installationId={about.data?.installationId}
            />
          )}
        </Card>
      </Col>
      <DrillDrawer />
    </Row>
  );
}
