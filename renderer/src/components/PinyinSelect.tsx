import { Select, type SelectProps } from 'antd';
import type { KeyboardEvent, Ref } from 'react';
import type { RefSelectProps } from 'antd/es/select';
import { filterByTyped } from './pinyin-match';

/**
 * The app's select: antd Select that filters by typed Chinese text and by pinyin (initials or
 * full), with keyboard rules a clerk can rely on:
 * - Enter picks the highlighted match only; typed text that matches nothing picks nothing
 *   (and never submits the form);
 * - Tab never picks: it leaves the field as it is and moves on (after a choice in a
 *   multiple select the list stays open; Tab used to toggle its highlighted option and keep the
 *   focus in the field).
 * Options may carry a `search` text (e.g. code and name) in addition to their label.
 */
export function PinyinSelect<V = unknown>({ ref, showSearch, ...props }: SelectProps<V> & { ref?: Ref<RefSelectProps> }) {
  const search = showSearch === false ? false : { filterOption: filterByTyped, ...(typeof showSearch === 'object' ? showSearch : {}) };
  const onKeyDownCapture = (e: KeyboardEvent<HTMLElement>) => {
    // rc-select selects the active option on Tab and keeps the focus; stop it before it sees the key.
    if (e.key === 'Tab') e.stopPropagation();
  };
  // Not in SelectProps' types, but passed to the select's root element like other DOM props.
  const capture = { onKeyDownCapture } as object;
  return <Select<V> ref={ref} {...props} {...capture} showSearch={search as SelectProps<V>['showSearch']} />;
}
