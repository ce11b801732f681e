import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../state/route';

/** Wraps a navigation (menu, back buttons) in the unsaved-changes question when a form has edits. */
export function useLeaveGuard(): (go: () => void) => void {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const unsavedChanges = useRoute((s) => s.unsavedChanges);
  const setUnsavedChanges = useRoute((s) => s.setUnsavedChanges);
  return (go) => {
    if (!unsavedChanges) return go();
    modal.confirm({
      title: t('common.unsavedTitle'),
      content: t('common.unsavedContent'),
      okText: t('common.discard'),
      cancelText: t('common.keepEditing'),
      okButtonProps: { danger: true },
      onOk: () => {
        setUnsavedChanges(false);
        go();
      },
    });
  };
}
