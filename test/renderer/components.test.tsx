/**
 * Shared UI pieces moved to renderer/src/components/ (used by several features): the identifier
 * check with its feedback, the deadline tag, money, and the record drawer of a report figure.
 */
import { App as AntApp, Button, Form, Input } from 'antd';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { setupProfile } from '../../electron/domain/core/profile';
import { buildBridge } from '../../electron/preload/bridge';
import { DeadlineTag } from '../../renderer/src/components/DeadlineTag';
import { DrillDrawer, useDrillDrawer } from '../../renderer/src/components/DrillDrawer';
import { checkIdentifier } from '../../renderer/src/components/identifier-check';
import { ConfirmIdentifierAlert, identifierItemProps } from '../../renderer/src/components/IdentifierFeedback';
import { fenToYuanInput, yuanInputToFen, yuanText } from '../../renderer/src/components/money';
import { initI18n } from '../../renderer/src/i18n';
import { useRoute } from '../../renderer/src/state/route';
import { addDays, localIsoDate } from '../../shared/calendar';
import { COUNTY_SETUP, tempSession } from '../helpers/temp-ledger';

// Busy machines: let antd's validation and the ledger calls take a few seconds.
configure({ asyncUtilTimeout: 15_000 });

const VALID_USCC = '911525020783710633';
const BAD_CHECK_USCC = '911525020783710634';

/** A form with one USCC field wired as the case and GI forms wire theirs. */
function UsccForm({ onFinish }: { onFinish: (values: unknown) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const uscc = Form.useWatch('uscc', form) as string | undefined;
  const feedback = identifierItemProps(t, checkIdentifier('uscc', uscc), uscc, 'idle help');
  return (
    <Form form={form} onFinish={onFinish}>
      <Form.Item name="uscc" label="USCC" {...feedback.itemProps}>
        <Input data-testid="uscc" />
      </Form.Item>
      {feedback.needsConfirmation ? <ConfirmIdentifierAlert name="usccOverride" testId="uscc-confirm" /> : null}
      <Button htmlType="submit" data-testid="submit">
        OK
      </Button>
    </Form>
  );
}

describe('shared components', () => {
  beforeEach(() => {
    initI18n('zh-CN');
    useRoute.setState(useRoute.getInitialState(), true);
  });

  it('identifier feedback: valid, malformed (blocks saving), and a failed check that needs the explicit confirmation', async () => {
    const onFinish = vi.fn();
    render(<UsccForm onFinish={onFinish} />);
    expect(screen.getByText('idle help')).toBeTruthy();
    // The field's DOM changes once feedback shows (antd adds the icon wrapper): find it each time.
    const type = (value: string) => fireEvent.change(screen.getByTestId('uscc'), { target: { value } });

    type(` ${VALID_USCC} `);
    expect(await screen.findByText(`将保存为：${VALID_USCC}`)).toBeTruthy();
    type(VALID_USCC);
    expect(await screen.findByText('校验通过')).toBeTruthy();

    type('91152502');
    expect((await screen.findAllByText('统一社会信用代码应为 18 位')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByTestId('submit'));
    await waitFor(() => expect(document.querySelector('.ant-form-item-has-error')).toBeTruthy());
    expect(onFinish).not.toHaveBeenCalled();

    type(BAD_CHECK_USCC);
    expect(await screen.findByText('证件号码校验有警告：请核对后勾选确认，或修改号码')).toBeTruthy();
    fireEvent.click(screen.getByTestId('submit'));
    expect(await screen.findByText('请勾选确认后再保存')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('uscc-confirm'));
    fireEvent.click(screen.getByTestId('submit'));
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ uscc: BAD_CHECK_USCC, usccOverride: true }));
  });

  it('deadline tag: overdue, due today, due soon and later, with what the deadline is for', () => {
    const today = localIsoDate();
    render(
      <>
        <DeadlineTag deadline={{ kind: 'filing', due: addDays(today, -3) }} state="overdue" />
        <DeadlineTag deadline={{ kind: 'decision', due: today }} state="due_soon" />
        <DeadlineTag deadline={{ kind: 'service', due: addDays(today, 2) }} state="due_soon" />
        <DeadlineTag deadline={{ kind: 'publication', due: '2099-12-10' }} state="ok" />
      </>,
    );
    expect(screen.getByTestId('deadline-overdue').textContent).toBe('决定是否立案 · 超期 3 天');
    expect(screen.getAllByTestId('deadline-due_soon').map((e) => e.textContent)).toEqual(['作出处理决定 · 今日到期', '送达决定书 · 2 天后到期']);
    expect(screen.getByTestId('deadline-ok').textContent).toBe('公示处罚信息 · 2099-12-10 前');
  });

  it('money: the forms edit yuan, the contract carries fen', () => {
    expect(fenToYuanInput(1234567)).toBe(12345.67);
    expect(fenToYuanInput(null)).toBeNull();
    expect(yuanInputToFen(12345.67)).toBe(1234567);
    expect(yuanInputToFen(0.1 + 0.2)).toBe(30);
    expect(yuanInputToFen(undefined)).toBeNull();
    expect(yuanText(1234567)).toBe('12,345.67');
    expect(yuanText(null)).toBe('');
  });

  it('record drawer: lists the records behind a figure and opens one through the route', async () => {
    const session = await tempSession();
    setupProfile(session, COUNTY_SETUP);
    const dispatch = createDispatch(session);
    window.ipLedger = buildBridge((channel, input) => dispatch(channel.replace(/^ledger:/, ''), input));
    const catalogue = (await dispatch('gi.catalogue', undefined)) as { ok: true; value: { id: string; name: string }[] };
    const giId = catalogue.value.find((g) => g.name === '乌珠穆沁羊肉')?.id;
    const created = (await dispatch('gi.createUser', {
      giId,
      enterpriseName: '锡林浩特市草原肉业有限公司',
      uscc: VALID_USCC,
      townshipCode: '152502001',
      products: ['羊肉'],
      appliedDate: localIsoDate(),
    })) as { ok: boolean; value: { record: { id: string } } };
    expect(created.ok).toBe(true);

    render(
      <AntApp>
        <DrillDrawer />
      </AntApp>,
    );
    act(() => useDrillDrawer.getState().open({ report: 'gi', period: localIsoDate().slice(0, 4), column: 'applying' }, '申请中'));
    await waitFor(() => expect(screen.getByTestId('drill-count').textContent).toBe('共 1 条记录'));
    fireEvent.click(await screen.findByTestId('drill-record'));
    expect(useRoute.getState().route).toStrictEqual({ section: 'gi', view: 'user', params: { id: created.value.record.id } });
    expect(useDrillDrawer.getState().input).toBeNull();
  });
});
