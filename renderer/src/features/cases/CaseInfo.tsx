import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/cases/types';
import { formatDateTime } from '../../../../shared/format';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useRoute } from '../../state/route';
import { yuanText } from '../../components/money';
import { useVocabulary } from '../../components/use-vocabulary';

/** Go to the GI user whose failed inspection opened this case. */
function openGiUser(userId: string): void {
  useRoute.getState().navigate({ section: 'gi', view: 'user', params: { id: userId } });
}

/** Every field of a case, grouped as on the form; ID numbers in full (the detail view only). */
export function CaseInfo({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const townships = useLedgerQuery('reference.townships', {});
  const townshipName = (code: string | null) => (code ? (townships.data?.find((tw) => tw.code === code)?.name ?? code) : '');
  const r = detail.record;
  const qty = (q: number | null, unit: string) => (q === null ? '' : `${q} ${unit}`);
  return (
    <Space direction="vertical" size={20} style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} title={t('cases.section.basic')}>
        <Descriptions.Item label={t('cases.field.caseNumber')}>
          <span className="mono" data-testid="detail-case-number">
            {r.caseNumber}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.leadDate')}>{r.leadDate}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.source')}>{t(`cases.source.${r.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.category')}>{t(`cases.category.${r.category}`)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.campaigns')}>
          {r.campaigns.map((c) => (
            <Tag key={c} color="blue">
              {vocabulary.label('campaign', c)}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.flags')}>
          {r.flags.map((f) => (
            <Tag key={f}>{t(`cases.flag.${f}`)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.violationType')}>
          {r.violationType ? vocabulary.label('violation_type', r.violationType) : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.legalBasis')} span={2}>
          {r.legalBasis}
        </Descriptions.Item>
      </Descriptions>
      <Descriptions bordered size="small" column={1} title={t('cases.section.parties')}>
        {detail.parties.map((p, i) => (
          <Descriptions.Item key={p.id} label={t('cases.party.title', { n: i + 1 })}>
            <Space direction="vertical" size={2}>
              <Space>
                <Typography.Text strong>{p.name}</Typography.Text>
                <Tag>{t(`cases.partyKind.${p.kind}`)}</Tag>
              </Space>
              {p.idNumber ? (
                <Typography.Text>
                  {t(`cases.idType.${p.idType}`)} <span className="mono">{p.idNumber}</span>{' '}
                  {p.idOverride ? <Tag color="warning">{t('cases.detail.identifierOverride')}</Tag> : null}
                </Typography.Text>
              ) : null}
              {p.legalRepresentative ? (
                <Typography.Text type="secondary">
                  {t('common.labelValue', { label: t('cases.party.legalRepresentative'), value: p.legalRepresentative })}
                </Typography.Text>
              ) : null}
              {p.address || p.townshipCode ? (
                <Typography.Text type="secondary">{[townshipName(p.townshipCode), p.address].filter(Boolean).join(' · ')}</Typography.Text>
              ) : null}
              {p.phone ? <Typography.Text type="secondary">{p.phone}</Typography.Text> : null}
            </Space>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} title={t('cases.section.goods')}>
        <Descriptions.Item label={t('cases.field.goods')}>{r.goods}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.goodsCategory')}>
          {r.goodsCategory ? vocabulary.label('goods_category', r.goodsCategory) : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.placeType')}>{r.placeType ? vocabulary.label('place_type', r.placeType) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.township')}>{townshipName(r.townshipCode)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.platform')}>{r.platform}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.shopUrl')}>{r.shopUrl}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.giProduct')}>{r.giProduct}</Descriptions.Item>
        {detail.giLink ? (
          <Descriptions.Item label={t('cases.field.giInspection')} span={2}>
            <Typography.Link onClick={() => openGiUser(detail.giLink?.userId ?? '')} data-testid="case-gi-link">
              {t('cases.detail.giInspectionLink', { date: detail.giLink.inspectionDate, name: detail.giLink.enterpriseName, gi: detail.giLink.giName })}
            </Typography.Link>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 4 }} title={t('cases.section.amounts')}>
        <Descriptions.Item label={t('cases.field.amountInvolved')}>{yuanText(r.amountInvolvedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.fine')}>
          <span data-testid="detail-fine">{yuanText(r.fineFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.confiscated')}>{yuanText(r.confiscatedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.penaltyKinds')}>
          <span data-testid="detail-penalty-kinds">{r.penaltyKinds.map((k) => t(`cases.penaltyKind.${k}`)).join(t('common.listSeparator'))}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.penaltyTotal')}>
          <Typography.Text strong data-testid="detail-penalty-total">
            {yuanText(r.penaltyTotalFen)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.seizedQty')}>{qty(r.seizedQty, r.seizedUnit)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.seizedValue')}>{yuanText(r.seizedValueFen)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.destroyedQty')}>{qty(r.destroyedQty, r.destroyedUnit)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.destroyedValue')}>{yuanText(r.destroyedValueFen)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.recoveredLoss')}>
          <span data-testid="detail-recovered-loss">{yuanText(r.recoveredLossFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.recoveredForeignLoss')}>{yuanText(r.recoveredForeignLossFen)}</Descriptions.Item>
      </Descriptions>
      {r.policeTransferDate ? (
        <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} title={t('cases.field.policeTransfer')}>
          <Descriptions.Item label={t('cases.advance.date')}>{r.policeTransferDate}</Descriptions.Item>
          <Descriptions.Item label={t('cases.advance.receiver')}>{r.policeReceiver}</Descriptions.Item>
          <Descriptions.Item label={t('cases.advance.persons')}>
            {r.policePersons === null ? '' : t('cases.field.policePersons', { count: r.policePersons })}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title={t('cases.section.handling')}>
        <Descriptions.Item label={t('cases.field.handlers')}>{r.handlers}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.extensionNote')}>
          {[r.filingExtended ? t('cases.field.filingExtended') : '', r.decisionExtended ? t('cases.field.decisionExtended') : '', r.extensionNote]
            .filter(Boolean)
            .join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.procedure')}>{t(`cases.procedure.${r.procedure}`)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.filingExcludedDays')}>{r.filingExcludedDays}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.decisionExtensions')} span={2}>
          <span data-testid="detail-extensions">
            {r.decisionExtensions
              .map((e) => `${e.approvedOn} ${t(`cases.extensionBy.${e.by}`)} +${e.days}${t('common.parenthetical', { text: e.reason })}`)
              .join(t('common.listSeparator'))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.field.noticeServedDate')}>{r.noticeServedDate ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.rightsWaivedDate')}>{r.rightsWaivedDate ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.policeReportDate')}>{r.policeReportDate ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.policeApprovedDate')}>{r.policeApprovedDate ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('cases.field.notes')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.notes}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">
        {t('cases.detail.createdBy', { user: r.createdBy, time: formatDateTime(r.createdAt) })} ·{' '}
        {t('cases.detail.updatedBy', { user: r.updatedBy, time: formatDateTime(r.updatedAt) })}
      </Typography.Text>
    </Space>
  );
}
