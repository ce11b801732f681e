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
 * In tags mode typed pinyin offers the matching option before a new tag of the typed letters.
 * Options may carry a `search` text (e.g. code and name) in addition to their label.
 */
export function PinyinSelect<V = unknown>({ ref, showSearch, ...props }: SelectProps<V> & { ref?: Ref<RefSelectProps> }) {
  const known = new Set((props.options ?? []).map((o) => o.value as unknown));
  // Tags: typed pinyin ("yr") would otherwise be offered — and picked by Enter — as a new tag ahead
  // of the option it stands for (羊肉); typed Chinese stays first (a new product is typed out).
  const tagsLast =
    props.mode === 'tags'
      ? {
          filterSort: (a: { value?: unknown }, b: { value?: unknown }, { searchValue }: { searchValue: string }) => {
            if (!/^[a-z0-9]+$/i.test(searchValue)) return 0;
            const typedA = a.value === searchValue && !known.has(a.value);
            const typedB = b.value === searchValue && !known.has(b.value);
            return typedA === typedB ? 0 : typedA ? 1 : -1;
          },
        }
      : {};
  const search = showSearch === false ? false : { filterOption: filterByTyped, ...tagsLast, ...(typeof showSearch === 'object' ? showSearch : {}) };
  const onKeyDownCapture = (e: KeyboardEvent<HTMLElement>) => {
    // rc-select selects the active option on Tab and keeps the focus; stop it before it sees the key.
    if (e.key === 'Tab') e.stopPropagation();
  };
  // Not in SelectProps' types, but passed to the select's root element like other DOM props.
  const capture = { onKeyDownCapture } as object;
  return <Select<V> ref={ref} {...props} {...capture} showSearch={search as SelectProps<V>['showSearch']} />;
}
