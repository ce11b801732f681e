/** Tag lists in one text column. */
/** Tag lists are stored as ',a,b,' so `LIKE '%,a,%'` finds one tag without a join. */
export function encodeTags(tags: readonly string[]): string {
  const unique = [...new Set(tags)];
  return unique.length ? `,${unique.join(',')},` : '';
}

export function decodeTags(text: string): string[] {
  return text.split(',').filter(Boolean);
}
