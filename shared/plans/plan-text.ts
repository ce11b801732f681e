/**
 * A plan carried into another year (copied, or created from a template of another year) keeps its
 * structure but not what belongs to the original document: contact names and phone numbers go,
 * and dates written in the text ("于2023年12月6日前") follow the new plan's dates. Pure, so the
 * screen can show exactly what will be written.
 */

const CN_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;

/** '2023-12-06' → '2023年12月6日'. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** Move an ISO date by whole years (29 February becomes 28 February). */
export function shiftYears(date: string, years: number): string {
  if (!date) return date;
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

export interface Carry {
  fromYear: number;
  toYear: number;
  /** The old and new summary due dates: the old one written in the text becomes the new one. */
  fromDue: string;
  toDue: string;
}

/** Dates in a text: the old due date becomes the new one, other dates of the old year move with it. */
export function carryText(text: string, c: Carry): string {
  const years = c.toYear - c.fromYear;
  const oldDue = chineseDate(c.fromDue);
  return text.replace(CN_DATE, (whole, y: string, m: string, d: string) => {
    if (whole === oldDue) return chineseDate(c.toDue);
    if (Number(y) !== c.fromYear || years === 0) return whole;
    const iso = shiftYears(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, years);
    return chineseDate(iso);
  });
}

/** A plan's title in another year: its year number replaced. */
export function carryTitle(title: string, fromYear: number, toYear: number): string {
  return title.split(String(fromYear)).join(String(toYear));
}

const CONTACT = /(联系人|联系电话|电话|手机|传真|邮箱|E-?mail)|(\d{3,4}-\d{7,8})|(1[3-9]\d{9})/iu;

/** Notes without the original document's contact person, phone numbers and e-mail. */
export function withoutContacts(notes: string): string {
  return notes
    .split(/\n/)
    .filter((line) => !CONTACT.test(line))
    .join('\n')
    .trim();
}
