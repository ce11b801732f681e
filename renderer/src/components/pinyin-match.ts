/**
 * Typed text against an option's label: the Chinese text itself, or its pinyin — initials
 * (`tq` → 铁拳, `xlht` → 锡林浩特市) or the full syllables without tones (`tiequan`).
 * pinyin-pro is used rather than a hand table: it is maintained, covers the whole CJK range
 * (place names such as 苏尼特右旗, 正镶白旗 and rare characters in enterprise names) and picks the
 * reading of polyphonic characters from its word list (长 in 长安 → cháng).
 */
import { pinyin } from 'pinyin-pro';

interface Keys {
  text: string;
  initials: string;
  full: string;
}

const cache = new Map<string, Keys>();

function keysOf(text: string): Keys {
  let k = cache.get(text);
  if (!k) {
    const lower = text.toLowerCase();
    const hasHan = /[\u3400-\u9fff]/.test(text);
    const initials = hasHan
      ? pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').replace(/\s+/g, '').toLowerCase()
      : lower;
    const full = hasHan ? pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').replace(/\s+/g, '').toLowerCase() : lower;
    k = { text: lower, initials, full };
    if (cache.size > 5000) cache.clear();
    cache.set(text, k);
  }
  return k;
}

/** True when `query` (trimmed, any case) is part of `text`, of its pinyin initials or of its pinyin. */
export function matchesTyped(text: string, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return true;
  const k = keysOf(text);
  if (k.text.replace(/\s+/g, '').includes(q)) return true;
  if (!/^[a-z0-9]+$/.test(q)) return false;
  return k.initials.includes(q) || k.full.includes(q);
}

/** The text an option is searched by: its `search` field if it has one, else its label when that is text. */
export function optionSearchText(option: { label?: unknown; search?: unknown; title?: unknown } | undefined): string {
  if (!option) return '';
  const parts: string[] = [];
  if (typeof option.search === 'string') parts.push(option.search);
  if (typeof option.label === 'string' || typeof option.label === 'number') parts.push(String(option.label));
  else if (typeof option.title === 'string') parts.push(option.title);
  return parts.join(' ');
}

/** antd Select's filterOption: Chinese text or pinyin (initials or full) of the option's text. */
export function filterByTyped(input: string, option: { label?: unknown; search?: unknown; title?: unknown } | undefined): boolean {
  return matchesTyped(optionSearchText(option), input);
}
