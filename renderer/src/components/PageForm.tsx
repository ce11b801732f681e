import { App as AntApp, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../state/route';

/**
 * A full-page form (a case, a GI user): edits mark the screen as unsaved (the leave guard asks
 * before navigating away), a failed submit says so and scrolls to the first field to fix.
 */
export function PageForm<V extends object>({
  form,
  initialValues,
  onFinish,
  testId,
  children,
}: {
  form: FormInstance<V>;
  initialValues: Partial<V>;
  onFinish: (values: V) => void;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const setUnsavedChanges = useRoute((s) => s.setUnsavedChanges);
  return (
    <Form<V>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onFinishFailed={() => void message.warning(t('cases.form.invalid'))}
      onValuesChange={() => setUnsavedChanges(true)}
      scrollToFirstError
      data-testid={testId}
    >
      {children}
    </Form>
  );
}
