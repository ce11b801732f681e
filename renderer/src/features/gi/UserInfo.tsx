import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format';
import type { GiUserDetail } from '../../../../shared/gi/types';
import { usePlaces } from '../../components/use-places';

export function UserInfo({ detail }: { detail: GiUserDetail }) {
  const { t } = useTranslation();
  const { nameOf } = usePlaces();
  const r = detail.record;
  const dash = (v: string | null | undefined) => v || '-';
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="user-info">
      <Descriptions.Item label={t('gi.user.enterprise')}>{r.enterpriseName}</Descriptions.Item>
      <Descriptions.Item label={t('gi.user.uscc')}>
        <Typography.Text className="mono">{r.uscc}</Typography.Text>
        {r.usccOverride ? <Tag color="warning">{t('cases.detail.identifierOverride')}</Tag> : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('gi.user.gi')}>{detail.gi.name}</Descriptions.Item>
      <Descriptions.Item label={t('cases.party.legalRepresentative')}>{dash(r.legalRepresentative)}</Descriptions.Item>
      <Descriptions.Item label={t('cases.party.address')}>{dash(r.address)}</Descriptions.Item>
      <Descriptions.Item label={t('gi.user.township')}>{dash(nameOf(r.townshipCode))}</Descriptions.Item>
      <Descriptions.Item label={t('gi.user.products')}>{r.products.join('、')}</Descriptions.Item>
      <Descriptions.Item label={t('gi.user.varieties')}>{dash(r.varieties)}</Descriptions.Item>
      <Descriptions.Item label={t('gi.user.contactPerson')}>{dash(r.contactPerson)}</Descriptions.Item>
      <Descriptions.Item label={t('cases.party.phone')}>{dash(r.phone)}</Descriptions.Item>
      <Descriptions.Item label={t('gi.user.appliedDate')}>{r.appliedDate}</Descriptions.Item>
      <Descriptions.Item label={t('gi.user.announcement')}>{r.announcedDate ? `${r.announcedDate} ${r.announcementNumber}` : '-'}</Descriptions.Item>
      {r.statusDate ? (
        <Descriptions.Item label={t('gi.user.statusChange')} span={2}>
          {t('gi.detail.statusLine', { status: t(`gi.userStatus.${r.status}`), date: r.statusDate, reason: r.statusReason })}
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('gi.field.notes')} span={2}>
        {dash(r.notes)}
      </Descriptions.Item>
      <Descriptions.Item label={t('gi.detail.recorded')} span={2}>
        {t('gi.detail.recordedLine', { created: formatDateTime(r.createdAt), by: r.createdBy, updated: formatDateTime(r.updatedAt), updatedBy: r.updatedBy })}
      </Descriptions.Item>
    </Descriptions>
  );
}
