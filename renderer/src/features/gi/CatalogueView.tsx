import { DownloadOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GiSummary } from '../../../../shared/gi/types';
import { USER_STATUSES } from '../../../../shared/gi/vocabulary';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { downloadBase64, XLSX_MIME } from '../../components/download';
import { GiEntryModal } from './GiEntryModal';
import { showGi } from './gi-route';
import { GiKindTag, VerifyTag } from './GiTags';

/** The league's GIs and its counties' proposals, with how many users each has per status. */
export function CatalogueView() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.profile?.role);
  const query = useLedgerQuery('gi.catalogue', undefined);
  const [editing, setEditing] = useState<{ entry: GiSummary | null; adopt: boolean } | null>(null);
  const { saving, run } = useMutation();
  const exportRegister = async () => {
    const file = await run(() => call('gi.export', {}), t('gi.exported'));
    if (file) downloadBase64(file.fileName, file.base64, XLSX_MIME);
  };
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  return (
    <Card
      title={t('gi.catalogue.title')}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={saving} onClick={() => void exportRegister()} data-testid="gi-export-register">
            {t('gi.exportRegister')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ entry: null, adopt: false })} data-testid="gi-new-entry">
            {role === 'league' ? t('gi.catalogue.add') : t('gi.catalogue.propose')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{role === 'league' ? t('gi.catalogue.leagueHelp') : t('gi.catalogue.countyHelp')}</Typography.Paragraph>
      <Table<GiSummary>
        rowKey="id"
        size="middle"
        loading={query.loading}
        dataSource={query.data ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('gi.catalogue.empty') }}
        onRow={(g) => ({ onDoubleClick: () => showGi({ view: 'users', params: { giId: g.id } }) })}
        data-testid="gi-catalogue"
        columns={[
          {
            title: t('gi.field.name'),
            key: 'name',
            width: 230,
            render: (_v, g) => (
              <Space direction="vertical" size={2}>
                <Typography.Link strong onClick={() => showGi({ view: 'users', params: { giId: g.id } })} data-testid={`gi-open-${g.name}`}>
                  {g.name}
                </Typography.Link>
                <Space size={4} wrap>
                  <GiKindTag kind={g.kind} />
                  <VerifyTag entry={g} />
                  {g.status !== 'active' ? <Tag color={g.status === 'proposed' ? 'cyan' : 'default'}>{t(`gi.status.${g.status}`)}</Tag> : null}
                  {g.adoptedBy ? <Tag color="green">{t('gi.catalogue.adopted')}</Tag> : null}
                </Space>
              </Space>
            ),
          },
          {
            title: t('gi.field.identifier'),
            key: 'identifier',
            width: 210,
            render: (_v, g) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>{g.identifier || t('gi.notFound')}</Typography.Text>
                <Typography.Text type="secondary">{g.registeredDate}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('gi.field.areaText'),
            dataIndex: 'areaText',
            ellipsis: { showTitle: false },
            render: (text: string) => (
              <Tooltip title={text} placement="topLeft">
                {text}
              </Tooltip>
            ),
          },
          {
            title: t('gi.catalogue.users'),
            key: 'users',
            width: 300,
            render: (_v, g) => (
              <Space size={4} wrap data-testid={`gi-counts-${g.name}`}>
                {USER_STATUSES.map((s) => (
                  <Tag key={s} bordered={false} color={g.users[s] ? (s === 'approved' ? 'green' : s === 'applying' ? 'blue' : 'default') : undefined}>
                    {t(`gi.userStatus.${s}`)} {g.users[s]}
                  </Tag>
                ))}
                {g.flagged ? <Tag color="red">{t('gi.catalogue.flagged', { count: g.flagged })}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('gi.catalogue.actions'),
            key: 'actions',
            width: 190,
            fixed: 'right',
            render: (_v, g) => (
              <Space size={0}>
                <Button type="link" icon={<TeamOutlined />} onClick={() => showGi({ view: 'users', params: { giId: g.id } })}>
                  {t('gi.catalogue.openUsers')}
                </Button>
                {canEdit(g, role) ? (
                  <Button type="link" icon={<EditOutlined />} onClick={() => setEditing({ entry: g, adopt: false })} aria-label={t('gi.catalogue.edit')} />
                ) : role === 'league' && g.status === 'proposed' && !g.adoptedBy ? (
                  <Button type="link" onClick={() => setEditing({ entry: g, adopt: true })}>
                    {t('gi.catalogue.adopt')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <GiEntryModal
          entry={editing.entry}
          adopt={editing.adopt}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            query.reload();
          }}
        />
      ) : null}
    </Card>
  );
}

function canEdit(g: GiSummary, role: string | undefined): boolean {
  // The league edits its entries; a county edits only its own proposals.
  return role === 'league' ? g.status !== 'proposed' : g.status === 'proposed';
}
