/** Normalisation shared by the identifier validators: what clerks type vs. what is stored. */

/** Full-width ASCII (U+FF01–U+FF5E) → half-width, ideographic space → space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Trim, drop spaces and hyphens (also full-width ones), upper-case. */
export function normalizeCode(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .toUpperCase();
}
