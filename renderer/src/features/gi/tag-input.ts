/** Tag inputs split on ASCII and full-width commas and the enumeration comma (typed by Chinese IMEs). */
export const TAG_SEPARATORS = [',', '\uFF0C', '\u3001'];
