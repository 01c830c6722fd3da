/**
 * A sortable date (YYYY, YYYY-MM or YYYY-MM-DD) from a date as the source states it.
 * Only what the text says: "October 2016" gives a month, "Spring/Summer 2017" only a year.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month?: number, day?: number): string {
  if (month === undefined || month < 1 || month > 12) return String(year);
  if (day === undefined || !isValidDay(year, month, day)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function sortDateFrom(date: string | null): string | null {
  if (!date) return null;
  const text = date.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$/.exec(text);
  if (m) return format(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  // "July 24, 2017", "Jul. 24 2017"
  m = new RegExp(`\\b${MONTH_NAME}\\s+${DAY},?\\s+${YEAR}\\b`, 'i').exec(text);
  if (m) return format(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  // "24 July 2017", "24th of July 2017"
  m = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_NAME},?\\s+${YEAR}\\b`, 'i').exec(text);
  if (m) return format(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  // "October 2016"
  m = new RegExp(`\\b${MONTH_NAME},?\\s+${YEAR}\\b`, 'i').exec(text);
  if (m) return format(Number(m[2]), monthNumber(m[1] ?? ''));
  // "24/07/2017" or "07/24/2017": the order is only certain when one part cannot be a month.
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12) return format(year, b, a);
    if (b > 12) return format(year, a, b);
    return String(year);
  }
  // "Spring/Summer 2017", "2016–2017": the first year stated.
  m = /(?<!\d)(1[5-9]\d\d|2[01]\d\d)(?!\d)/.exec(text);
  return m ? m[1] ?? null : null;
}
