import { EditOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Progress, Space, Spin, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attainment } from '../../../../shared/plans/indicators';
import type { IndicatorCell, IndicatorRecord, IndicatorTable } from '../../../../shared/plans/types';
import { localIsoDate } from '../../../../shared/calendar';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { IndicatorEditModal } from './IndicatorEditModal';
import { TargetModal, ValueModal } from './IndicatorModals';

type Row = IndicatorTable['rows'][number];

function formatValue(v: number | null): string {
  return v === null ? '—' : v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** Targets against values for a year: the league, then its counties (a county sees the league and itself). */
export function IndicatorView() {
  const { t } = useTranslation();
  const profile = useAppStore((s) => s.profile);
  const [year, setYear] = useState(Number(localIsoDate().slice(0, 4)));
  const query = useLedgerQuery('indicators.table', { year }, String(year));
  const [target, setTarget] = useState<{ indicator: IndicatorRecord; unit: { code: string; name: string }; cell: IndicatorCell } | null>(null);
  const [entry, setEntry] = useState<IndicatorRecord | null>(null);
  const [editing, setEditing] = useState<IndicatorRecord | null>(null);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const table = query.data;
  const isLeague = profile?.role === 'league';
  return (
    <Card
      title={t('plans.indicators.title')}
      extra={
        <Space>
          <span>{t('plans.indicators.year')}</span>
          <InputNumber<number> min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="indicator-year" />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{isLeague ? t('plans.indicators.leagueHelp') : t('plans.indicators.countyHelp')}</Typography.Paragraph>
      {!table ? (
        <Spin />
      ) : (
        <Table<Row>
          rowKey={(r) => r.indicator.id}
          dataSource={table.rows}
          pagination={false}
          size="small"
          bordered
          scroll={{ x: 260 + table.units.length * 130 }}
          data-testid="indicator-table"
          columns={[
            {
              title: t('plans.indicators.indicator'),
              key: 'name',
              fixed: 'left',
              width: 260,
              render: (_v, r) => (
                <Space direction="vertical" size={0}>
                  <Space size={2}>
                    <Tooltip title={r.indicator.formulaNotes || undefined}>
                      <Typography.Text strong>{r.indicator.name}</Typography.Text>
                    </Tooltip>
                    {isLeague ? (
                      <Button
                        type="text"
                        size="small"
                        icon={<SettingOutlined />}
                        onClick={() => setEditing(r.indicator)}
                        aria-label={t('plans.indicators.editDefinitionShort')}
                        data-testid={`define-${r.indicator.code}`}
                      />
                    ) : null}
                  </Space>
                  <Space size={4}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.indicator.unit}
                      {r.indicator.computed ? ` · ${t(`plans.indicators.computed.${r.indicator.computed}`)}` : ''}
                    </Typography.Text>
                    {!r.indicator.computed ? (
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0, height: 'auto' }}
                        onClick={() => setEntry(r.indicator)}
                        data-testid={`value-${r.indicator.code}`}
                      >
                        {t('plans.indicators.enter')}
                      </Button>
                    ) : null}
                  </Space>
                </Space>
              ),
            },
            ...table.units.map((u, i) => ({
              title: i === 0 ? t('plans.indicators.leagueColumn', { name: u.name }) : u.name,
              key: u.code,
              width: 130,
              render: (_v: unknown, r: Row) => {
                const cell = r.cells[i] as IndicatorCell;
                const share = attainment(cell.target, cell.value);
                return (
                  <div className="indicator-cell" data-testid={`ind-${r.indicator.code}-${u.code}`}>
                    <Typography.Text strong>{formatValue(cell.value)}</Typography.Text>
                    {cell.origin === 'counties' ? (
                      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                        {' '}
                        {t('plans.indicators.sumOfCounties')}
                      </Typography.Text>
                    ) : null}
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('plans.indicators.target', { value: formatValue(cell.target) })}
                      </Typography.Text>
                      {isLeague ? (
                        <Button
                          type="text"
                          size="small"
                          icon={<EditOutlined />}
                          onClick={() => setTarget({ indicator: r.indicator, unit: u, cell })}
                          aria-label={t('plans.indicators.editTarget')}
                          data-testid={`target-${r.indicator.code}-${u.code}`}
                        />
                      ) : null}
                    </div>
                    {share !== null ? <Progress percent={Math.round(share * 100)} size="small" status={share >= 1 ? 'success' : 'active'} showInfo /> : null}
                  </div>
                );
              },
            })),
          ]}
        />
      )}
      {target ? (
        <TargetModal
          year={year}
          {...target}
          onClose={() => setTarget(null)}
          onDone={() => {
            setTarget(null);
            query.reload();
          }}
        />
      ) : null}
      {editing ? (
        <IndicatorEditModal
          indicator={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            query.reload();
          }}
        />
      ) : null}
      {entry ? (
        <ValueModal
          indicator={entry}
          year={year}
          onClose={() => {
            setEntry(null);
            query.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
