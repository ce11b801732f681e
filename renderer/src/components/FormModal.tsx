import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A dialog around one form: OK submits the form, Cancel closes, nothing survives closing. */
export function FormModal({
  title,
  okText,
  saving,
  onSubmit,
  onClose,
  okTestId,
  width,
  children,
}: {
  title: ReactNode;
  okText: string;
  saving: boolean;
  onSubmit: () => void;
  onClose: () => void;
  okTestId?: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('cases.form.cancel')}
      confirmLoading={saving}
      onOk={onSubmit}
      onCancel={onClose}
      destroyOnHidden
      width={width}
      okButtonProps={okTestId ? ({ 'data-testid': okTestId } as Record<`data-${string}`, string>) : undefined}
    >
      {children}
    </Modal>
  );
}
