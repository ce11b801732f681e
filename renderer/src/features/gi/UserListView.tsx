import { ArrowLeftOutlined, DownloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Input, Space, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import { USER_FLAGS, USER_STATUSES, type UserFlag, type UserStatus } from '../../../../shared/gi/vocabulary';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { downloadBase64, XLSX_MIME } from '../../components/download';
import type { GiUsersParams } from '../../state/route';
import { showGi } from './gi-route';
import { GiKindTag, VerifyTag } from './GiTags';
import { UserTable } from './UserTable';
import { usePlaces } from '../../components/use-places';
import { useCounties } from '../../components/use-league';

/** One GI's authorised users with their flags; register, filter, export. The filters live in the route, so a user opened from the list goes back to the same list. */
export function UserListView({ params }: { params: GiUsersParams }) {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.profile?.role);
  const { nameOf } = usePlaces();
  const { giId, status, flag, unit } = params;
  const counties = useCounties();
  const search = params.search ?? '';
  const filter = (patch: { status?: UserStatus; flag?: UserFlag; search?: string; unit?: string }) =>
    showGi({ view: 'users', params: { ...params, ...patch } });
  const gi = useLedgerQuery('gi.get', { id: giId }, giId);
  const users = useLedgerQuery('gi.users', { giId, status, flag, search }, `${giId}:${status}:${flag}:${search}`);
  const { saving, run } = useMutation();
  const exportUsers = async () => {
    const file = await run(() => call('gi.export', { giId }), t('gi.exported'));
    if (file) downloadBase64(file.fileName, file.base64, XLSX_MIME);
  };
  if (gi.error) return <QueryError error={gi.error} onRetry={gi.reload} />;
  const g = gi.data;
  const filtered = !!status || !!flag || !!search || !!unit;
  const shown = (users.data ?? []).filter((u) => !unit || u.unitCode === unit);
  return (
    <div className="page-stack">
      <Card>
        <div className="toolbar">
          <Button icon={<ArrowLeftOutlined />} onClick={() => showGi({ view: 'catalogue', params: {} })}>
            {t('gi.backToCatalogue')}
          </Button>
          <Space direction="vertical" size={4} style={{ flex: 1 }}>
            <Space wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="gi-title">
                {g?.name}
              </Typography.Title>
              {g ? <GiKindTag kind={g.kind} /> : null}
              {g ? <VerifyTag entry={g} /> : null}
            </Space>
          </Space>
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={saving} onClick={() => void exportUsers()} data-testid="gi-export-users">
              {t('gi.exportUsers')}
            </Button>
            {role === 'county' && g?.status !== 'revoked' ? (
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => showGi({ view: 'newUser', params: { giId } })} data-testid="gi-new-user">
                {t('gi.newUser')}
              </Button>
            ) : null}
          </Space>
        </div>
        {g ? (
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('gi.field.identifier')}>{g.identifier || t('gi.notFound')}</Descriptions.Item>
            <Descriptions.Item label={t('gi.field.registeredDate')}>{g.registeredDate || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('gi.field.holder')}>{g.holder || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('gi.field.productScope')}>{g.productScope.join('、') || t('gi.unrestricted')}</Descriptions.Item>
            <Descriptions.Item label={t('gi.field.areaCodes')} span={2}>
              {g.areaCodes.map((c) => nameOf(c)).join('、') || t('gi.unrestricted')}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      <Card>
        <div className="filter-bar">
          <Input.Search
            allowClear
            placeholder={t('gi.searchPlaceholder')}
            defaultValue={search}
            onSearch={(text) => filter({ search: text })}
            style={{ width: 340 }}
            data-testid="gi-user-search"
          />
          <PinyinSelect
            allowClear
            placeholder={t('gi.user.status')}
            value={status}
            onChange={(value?: UserStatus) => filter({ status: value })}
            style={{ width: 140 }}
            options={USER_STATUSES.map((s) => ({ value: s, label: t(`gi.userStatus.${s}`) }))}
          />
          <PinyinSelect
            allowClear
            placeholder={t('gi.user.flags')}
            value={flag}
            onChange={(value?: UserFlag) => filter({ flag: value })}
            style={{ width: 180 }}
            options={USER_FLAGS.map((f) => ({ value: f, label: t(`gi.flag.${f}`) }))}
            data-testid="gi-flag-filter"
          />
          {role === 'league' ? (
            <PinyinSelect
              allowClear
              placeholder={t('cases.filterUnit')}
              value={unit}
              onChange={(value?: string) => filter({ unit: value })}
              style={{ width: 150 }}
              options={counties}
              data-testid="gi-unit-filter"
            />
          ) : null}
          <Typography.Text type="secondary" data-testid="gi-user-total">
            {t('gi.users.total', { count: shown.length })}
          </Typography.Text>
        </div>
        <UserTable
          users={shown}
          loading={users.loading}
          showGi={false}
          emptyText={filtered ? t('gi.users.noMatch') : role === 'county' ? t('gi.users.emptyCounty') : t('gi.users.empty')}
        />
      </Card>
    </div>
  );
}
