import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GiUserRow } from '../../../../shared/gi/types';
import { FlagTags, UserStatusTag } from './FlagTags';
import { showUser } from './gi-route';
import { useAppStore } from '../../state/app-store';
import { usePlaces } from '../../components/use-places';

/** Authorised users as a table; a row opens the user's detail. */
export function UserTable({ users, loading, showGi, emptyText }: { users: GiUserRow[]; loading: boolean; showGi: boolean; emptyText: string }) {
  const { t } = useTranslation();
  const { nameOf } = usePlaces();
  // The league sees every county's users: say whose each one is.
  const showUnit = useAppStore((st) => st.profile?.role === 'league');
  return (
    <Table<GiUserRow>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={users}
      pagination={{ defaultPageSize: 20, pageSizeOptions: [20, 50, 100], showSizeChanger: true, hideOnSinglePage: users.length <= 20, size: 'small' }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onRow={(u) => ({ onClick: () => showUser(u.id), className: 'clickable-row' })}
      data-testid="gi-user-table"
      columns={[
        {
          title: t('gi.user.enterprise'),
          key: 'name',
          render: (_v, u) => (
            <Space direction="vertical" size={0}>
              <Typography.Link strong>{u.enterpriseName}</Typography.Link>
              <Typography.Text type="secondary" className="mono">
                {u.uscc}
              </Typography.Text>
            </Space>
          ),
        },
        ...(showGi ? [{ title: t('gi.user.gi'), dataIndex: 'giName', width: 140 }] : []),
        ...(showUnit ? [{ title: t('gi.user.unit'), key: 'unit', width: 130, render: (_v: unknown, u: GiUserRow) => nameOf(u.unitCode) }] : []),
        { title: t('gi.user.township'), key: 'township', width: 130, render: (_v: unknown, u: GiUserRow) => nameOf(u.townshipCode) || '-' },
        { title: t('gi.user.products'), key: 'products', width: 140, render: (_v: unknown, u: GiUserRow) => u.products.join('、') },
        { title: t('gi.user.status'), key: 'status', width: 110, render: (_v: unknown, u: GiUserRow) => <UserStatusTag status={u.status} /> },
        {
          title: t('gi.user.lastReport'),
          key: 'report',
          width: 120,
          render: (_v: unknown, u: GiUserRow) =>
            u.lastReport ? (
              t(u.lastReport.used ? 'gi.user.reportUsed' : 'gi.user.reportUnused', { year: u.lastReport.year })
            ) : (
              <Typography.Text type="secondary">{t('gi.user.noReport')}</Typography.Text>
            ),
        },
        { title: t('gi.user.flags'), key: 'flags', width: 220, render: (_v: unknown, u: GiUserRow) => <FlagTags flags={u.flags} /> },
      ]}
    />
  );
}
