import { App as AntApp } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

/**
 * A write from a screen: `saving` while it runs, a success message when it worked, the
 * translated error (what happened, what to do) when it did not. Returns the result, or
 * undefined after an error, so the screen only moves on when the write landed.
 */
export function useMutation() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [saving, setSaving] = useState(false);
  const run = async <T>(action: () => Promise<T>, success?: string | ((result: T) => string)): Promise<T | undefined> => {
    setSaving(true);
    try {
      const result = await action();
      if (success) void message.success(typeof success === 'function' ? success(result) : success);
      return result;
    } catch (error) {
      void message.error(errorMessage(t, error));
      return undefined;
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}
